# Cov lus txog California cov chaw kaw neeg ntawm ICE (content/states/ca/detention.toml).
# Tsis txhob muab tus xov tooj tso rau hauv ib kab lus: cov xov tooj yog cov ntaub ntawv uas muaj qhov chaw los.

## Tseem qhib

facility-adelanto-note = Ib lub ICE processing center (chaw kaw neeg thiab ua ntaub ntawv ntawm ICE) hauv Adelanto, uas lub tuam txhab ntiag tug GEO Group tswj. Nws qhib. Ib lub tsev hais plaub tau txwv tsis pub nws txais neeg tshiab xyoo 2020, tiam sis ib qho kev sib haum xeeb (settlement) xyoo 2025 tau pub nws rov txais neeg tag nrho dua.
facility-desert-view-annex-note = Ib lub tsev ntxiv ntawm Adelanto ICE Processing Center, nyob hauv ib lub tsev loj cuj qub ntawm lub xeev, uas GEO Group tswj. Nws qhib; muaj ib qho kev tsis txaus siab (complaint) txog nws tau xa thaum lub Tsib Hlis xyoo 2024.
facility-otay-mesa-note = Ib lub chaw kaw neeg (detention center) ntawm ICE hauv cheeb tsam Otay Mesa ntawm San Diego, uas lub tuam txhab ntiag tug CoreCivic tswj. Nws qhib, thiab xyoo 2019 nws yog tib lub chaw kaw neeg ntawm ICE hauv San Diego County. ICE lub vev xaib rau nws teev cov sijhawm tuaj xyuas; cov kws lij choj tuaj xyuas tau txij 8:15 sawv ntxov txog 9:30 hmo ntuj.
facility-imperial-regional-note = Ib lub chaw kaw neeg ntawm ICE nyob sab hnub tuaj ntawm Calexico, uas lub tuam txhab ntiag tug Management and Training Corporation (MTC) tswj. Nws qhib. Nws los hloov El Centro Service Processing Center, uas tau kaw xyoo 2014.
facility-mesa-verde-note = Ib lub ICE processing center nyob ntawm Golden State Avenue hauv Bakersfield, uas GEO Group tswj; nws qhib. Cov neeg raug kaw ntawm no txais tsis tau xov tooj los ntawm sab nraud, tiam sis ICE muab ib tus lej txuas (extension) rau kev tso lus ceev. Yog xav paub txog ib tug neeg raug kaw ntawm no, hu thiab xaiv qhov ob (option two), txij yim teev sawv ntxov txog peb teev ib nrab tav su.
facility-golden-state-annex-note = Ib lub tsev ntxiv ntawm Mesa Verde center hauv Bakersfield, nyob hauv ib lub tsev loj cuj qub hauv McFarland, uas GEO Group tswj. Nws tau kaw neeg rau ICE txij lub Cuaj Hli xyoo 2020 thiab nws qhib.
facility-california-city-note = Lub chaw kaw neeg ntawm ICE loj tshaj plaws hauv California, nyob hauv ib lub tsev loj cuj qub ntawm lub xeev, uas lub tuam txhab ntiag tug CoreCivic tswj. Nws pib txais neeg rau ICE thaum kawg lub Yim Hli xyoo 2025, raws li ib daim ntawv cog lus (contract) uas siv mus txog lub Yim Hli xyoo 2027. Cov ntawv teev qub tej zaum hu qhov chaw no ua California City Correctional Center.

## Tsis meej

facility-central-valley-annex-note = Ib lub tsev loj cuj qub hauv McFarland, uas GEO Group tswj, uas tau npaj ua ib lub tsev ntxiv rau ICE xyoo 2020. Peb tsis paub tias tam sim no puas muaj leej twg raug kaw ntawd rau ICE: ib qho xov xwm xyoo 2025 hais txog ib qho chaw uas muaj daim ntawv cog lus tiam sis ICE tsis siv, thiab tej zaum yog qhov chaw no.

## Tsis kaw neeg rau ICE lawm

facility-west-county-richmond-note = Ib lub tsev loj cuj ntawm Contra Costa County hauv Richmond. Nws tsis kaw neeg rau ICE lawm txij thaum tus sheriff xaus daim ntawv cog lus xyoo 2018; lub county tau hais xyoo 2025 tias nws tsis kaw leej twg rau ICE. Tam sim no tsis muaj leej twg raug kaw ntawm no rau ICE.
facility-rio-cosumnes-note = Ib lub chaw kaw neeg (correctional center) ntawm Sacramento County hauv Elk Grove. Nws daim ntawv cog lus kaw neeg rau ICE tau raug tso tseg xyoo 2018. Tam sim no tsis muaj leej twg raug kaw ntawm no rau ICE.
facility-theo-lacy-note = Ib lub tsev loj cuj ntawm Orange County hauv lub nroog Orange. Cov tsev loj cuj ntawm Orange County, suav nrog lub no, tsis tau kaw leej twg rau ICE txij hnub tim 1 lub Yim Hli xyoo 2019. Tam sim no tsis muaj leej twg raug kaw ntawm no rau ICE.
facility-james-a-musick-note = Ib lub tsev loj cuj ntawm Orange County uas ib daim ntawv teev qub tau hais tias yog ib qho chaw kaw neeg tsiv teb tsaws chaw (immigrants). Cov tsev loj cuj ntawm Orange County tsis tau kaw leej twg rau ICE txij hnub tim 1 lub Yim Hli xyoo 2019. Tam sim no tsis muaj leej twg raug kaw ntawm no rau ICE.
facility-santa-ana-city-jail-note = Lub tsev loj cuj ntawm lub nroog Santa Ana yav tas los tau kaw neeg rau ICE. Lub nroog tau txwv tus naj npawb neeg, thiab ICE tau xaus daim ntawv cog lus xyoo 2017. Tam sim no tsis muaj leej twg raug kaw ntawm no rau ICE.
facility-yuba-county-jail-note = Lub tsev loj cuj ntawm county hauv Marysville tau kaw neeg rau ICE raws li ib daim ntawv cog lus uas pib xyoo 1994. Tsoomfwv federal tau xaus nws thaum lub Kaum Ob Hlis xyoo 2022; cov xov xwm tau piav tias nws yog daim ntawv cog lus kawg ntawm ICE nrog ib lub tsev loj cuj county hauv California. Tam sim no tsis muaj leej twg raug kaw ntawm no rau ICE.
facility-el-centro-spc-note = Ib lub ICE processing center qub hauv El Centro. Nws tau kaw hnub tim 30 lub Cuaj Hli xyoo 2014, thiab Imperial Regional Detention Facility ze Calexico tau los hloov nws. Tam sim no tsis muaj leej twg raug kaw ntawm no rau ICE.

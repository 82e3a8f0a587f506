# Cov cai California: txhua txoj cai txhais li cas rau ib tug neeg.

law-trust-act-name = TRUST Act
law-trust-act-summary = Txoj cai xyoo 2013 no yog thawj txoj cai uas txwv cov ICE hold (daim ntawv ICE thov kom kaw cia) hauv tsev loj cuj hauv zos. Nws pub ib lub tsev loj cuj kaw ib tug neeg cia dhau nws lub sijhawm tso tawm vim muaj ICE hold tsuas yog qee yam xwm txheej xwb, xws li tej kev raug txim rau kev ua txhaum loj los yog kev ua phem. Txij thaum SB 54 pib siv xyoo 2018 los, ib lub tsev loj cuj hauv zos twb tsis pub kaw leej twg cia dhau lub sijhawm tso tawm vim muaj ICE hold li lawm. Ib daim ICE hold tsuas yog ib qho kev thov xwb, tsis yog daim ntawv txiav txim ntawm kws txiav txim.

law-truth-act-name = TRUTH Act
law-truth-act-summary = Hauv ib lub tsev loj cuj hauv California, ua ntej ICE yuav xam phaj (interview) koj tau, koj yuav tsum tau txais ib daim ntawv sau. Daim ntawv ntawd hais tias kev xam phaj yog koj yeem siab xwb, thiab koj hais tau tias koj tsis kam, los yog koj tsuas tham thaum koj tus kws lij choj nyob ntawd xwb. Yog lub tsev loj cuj tau txais ib qho kev thov los ntawm ICE txog koj, nws yuav tsum muab ib daim qauv rau koj.

law-sb54-name = California Values Act (SB 54)
law-sb54-summary = Feem ntau, tub ceev xwm thiab sheriff hauv California tsis pub nug txog koj xwm txheej nkag tebchaws (immigration status) los yog pab ICE tswj txoj cai nkag tebchaws. Ib lub tsev loj cuj hauv zos tsis pub kaw koj cia dhau koj lub sijhawm tso tawm vim ICE thov. Rau cov neeg uas raug txim rau qee yam kev ua txhaum loj, lub tsev loj cuj tseem qhia tau rau ICE tias lawv yuav raug tso tawm thaum twg, los yog muab lawv cob rau ICE. Txoj cai no tsis khi cov tub ceev xwm federal, thiab nws tsis suav nrog cov tsev loj cuj ntawm lub xeev (state prisons).

law-trust-act-does-not = Nws tsis txwv ICE kom tsis txhob ntes neeg ntawm ICE tus kheej. Tam sim no, raws li SB 54, nws daim ntawv teev cov kev raug txim yog siv los txiav txim seb thaum twg lub tsev loj cuj qhia tau rau ICE txog kev tso tawm los yog muab ib tug neeg cob rau ICE, tsis yog seb lub tsev loj cuj puas kaw tau tus neeg ntawd ntev dua.
law-truth-act-does-not = Nws tsis txwv ICE kom tsis txhob nug, thiab nws tsis siv rau kev raug ICE kaw hauv chaw kaw neeg ntawm tsoomfwv federal (federal immigration detention). Nws tsuas hais txog kev xam phaj hauv tsev loj cuj hauv zos xwb.
law-sb54-does-not = Nws tsis txwv ICE los yog lwm cov tub ceev xwm federal, thiab nws tsis suav nrog cov tsev loj cuj ntawm lub xeev (CDCR). Tub ceev xwm tseem qhia tau cov ntaub ntawv uas twb yog pej xeem paub lawm (public).

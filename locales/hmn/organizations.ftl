# Cov lus qhia nrog ib lub koom haum (content/states/*/organizations.toml `note`): nws pab leej twg,
# los yog ib qho kev txwv uas ib tug neeg yuav tsum paub ua ntej hu. Los ntawm shared/research/legal_aid_orgs.csv
# thiab states_and_connecticut.md. Tsis txhob muab tus xov tooj tso rau hauv ib kab lus: cov xov tooj yog cov ntaub ntawv.

org-kind-fresno-note = Sawv cev (represent) rau menyuam yaus xwb: cov menyuam uas nyob hauv San Joaquin, Kern, Fresno, Kings, Tulare, Madera, Merced los yog Stanislaus County.
org-alameda-county-public-defender-immigration-note = Tsuas yog rau cov neeg uas nyob hauv Alameda County, los yog muaj ib qho kev raug txim (conviction) nyob ntawd xwb.
org-clsepa-note = Tsuas yog rau cov neeg uas nyob hauv San Mateo los yog Santa Clara County xwb. Sawv cev rau cov neeg laus thiab cov hluas hauv cov rooj plaub xa tawm tebchaws (deportation). Nws tsis txais cov xov tooj hu uas tus txais yuav tsum them nqi (collect calls).
org-lilac-redwood-city-note = Tsis txais neeg tuaj yam tsis tau teem sijhawm (walk-ins): hu los teem sijhawm. Txais neeg tshiab (intake) Hnub Ib txog Hnub Rau, 8 teev sawv ntxov txog 6 teev tsaus ntuj.
org-sf-public-defender-immigration-note = Tiv thaiv cov neeg uas raug kaw los ntawm kev nkag tebchaws (immigration custody), thiab muab qhov tseem ceeb ua ntej (priority) rau cov neeg uas tau nyob los yog ua haujlwm hauv San Francisco. Nws kuj pab cov neeg uas nws tab tom sawv cev tam sim no los yog tau sawv cev yav tas los, thaum lawv tsis raug kaw.
org-asian-law-caucus-note = Tsom rau cov neeg nyob hauv chaw kaw neeg (detention) uas lawv rooj plaub xa tawm tebchaws muaj keeb kwm txhaum cai (criminal record). Nws tsis txais cov rooj plaub thov chaw nyob nrab (asylum) los yog kev xam phaj asylum, suav nrog kev xam phaj credible fear.
org-immdef-note = Rau cov neeg uas tau nyiaj tsawg thiab raug kaw. Cov neeg uas nyob hauv Los Angeles County tau ua ntej.
org-immdef-san-diego-note = Tsuas yog rau cov neeg uas tau nyiaj tsawg xwb. Yuav tsum teem sijhawm xwb: tsis txais neeg tuaj yam tsis tau teem sijhawm (walk-ins).
org-international-institute-los-angeles-note = Yuav tsum teem sijhawm xwb: tsis txais neeg tuaj yam tsis tau teem sijhawm (walk-ins). Qhib Hnub Ib txog Hnub Tsib, 8:30 sawv ntxov txog 5 teev tsaus ntuj.
org-kind-los-angeles-note = Txais cov rooj plaub ntawm menyuam yaus thiab cov hluas xwb, suav nrog cov menyuam uas tuaj ib leeg. Yuav tsum teem sijhawm xwb: tsis txais neeg tuaj yam tsis tau teem sijhawm (walk-ins).
org-human-rights-first-la-note = Nrhiav cov kws lij choj pab dawb (volunteer) rau cov neeg thov asylum uas them tsis taus. Tsis txais neeg tuaj yam tsis tau teem sijhawm (walk-ins).
org-community-lawyers-compton-note = Yuav tsum teem sijhawm xwb: tsis txais neeg tuaj yam tsis tau teem sijhawm (walk-ins).
org-refugee-support-network-note = Tsis txais neeg tuaj yam tsis tau teem sijhawm (walk-ins): hu los teem sijhawm.
org-jfs-san-diego-note = Tso tau ib qho lus (voicemail) txhua lub sijhawm, nruab hnub los yog hmo ntuj. Lawv hu rov qab raws li qhov kev txheeb uas cov xov tooj tuaj.
org-sd-public-defender-irldp-note = Txais cov rooj plaub tiv thaiv kom tsis raug xa tawm tebchaws (deportation defense) xwb.
org-la-maestra-note = Nws pab pawg cai lij choj txais cov kev mloog plaub txog bond nkag tebchaws (bond hearings, nyiaj tuav kom tawm tau chaw kaw neeg), cov rooj plaub ntawm cov neeg los ntawm Ukraine los yog Afghanistan, thiab cov rooj plaub ntawm cov neeg raug muag neeg (trafficking) thiab cov neeg raug kev ua txhaum cai (U visa, T visa, VAWA).
org-socal-immigration-project-note = Cov rooj plaub asylum xwb. Nws tsom rau cov neeg los ntawm cov tebchaws hauv Africa thiab cov neeg LGBTQ los ntawm txhua lub tebchaws. Cov neeg ua haujlwm tsis hais lus Mev (Spanish).
org-catholic-charities-el-centro-note = Tsis pom tus xov tooj los yog qhov chaw nyob rau lub chaw haujlwm no. Sim tiv tauj Catholic Charities lub chaw haujlwm hauv San Diego kom cuag tau nws.
org-imperial-valley-jfon-note = Ua cov chaw pab cai lij choj pub dawb (legal clinics) ntawm First United Methodist Church hauv El Centro. Tsis paub tias cov clinic puas tseem ua.
org-ciri-bridgeport-note = Tsis txais cov rooj plaub ntawm cov neeg uas raug kaw (detention). Kev sawv cev pub dawb tej zaum yuav raug txwv los ntawm cov cai ntawm nyiaj pab (grant) thiab program.
org-ciri-hartford-note = Tsis txais cov rooj plaub ntawm cov neeg uas raug kaw (detention).
org-ccif-hartford-note = Tsuas yog rau cov neeg nyob hauv Hartford uas raug ICE kaw los yog muaj rooj plaub xa tawm tebchaws (deportation proceedings), thiab tsis muaj kws lij choj.

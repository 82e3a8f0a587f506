# Lwa lòt eta yo sou kolaborasyon ak aplikasyon lwa imigrasyon (content/state-laws.toml):
# non abityèl chak lwa ak sa li vle di pou yon moun.

law-il-trust-act-name = Illinois TRUST Act
law-il-trust-act-summary = Polis Illinois pa gen dwa kenbe ou nan prizon sèlman paske ICE voye yon demann pou kenbe (hold request) oswa yon manda imigrasyon okenn jij pa siyen. Yo pa gen dwa tou kanpe ou, kenbe ou oswa arete ou akoz estati imigrasyon ou. Lwa a pa anpeche yo pataje enfòmasyon ak ajans federal, e Way Forward Act la te elaji l an 2021.

law-il-way-forward-act-name = Illinois Way Forward Act (SB 667)
law-il-way-forward-act-summary = Lwa 2021 sa a te elaji Illinois TRUST Act la, e li te fòse gouvènman lokal yo mete fen nan kontra yo pou kenbe moun nan detansyon imigrasyon anvan 1ye janvye 2022. US Justice Department (Depatman Jistis Etazini) te fè Illinois pwosè sou lwa sanktyè li yo (sanctuary laws), e yo te rejte ka sa a an jiyè 2025.

law-ny-protect-our-courts-act-name = New York Protect Our Courts Act
law-ny-protect-our-courts-act-summary = ICE ak lòt ofisye pa gen dwa fè yon arestasyon sivil sou ou pandan w ap ale nan yon tribinal New York, pandan ou la, oswa pandan w ap soti, sòf si yo gen yon manda yon jij siyen oswa yon lòd tribinal. Nou pa jwenn okenn lwa pou tout eta New York sou demann ICE pou kenbe moun nan prizon.

law-nj-immigrant-trust-directive-name = New Jersey Immigrant Trust Directive
law-nj-immigrant-trust-directive-summary = Sa a se yon lòd Attorney General New Jersey (Pwokirè Jeneral eta a) bay polis, se pa yon lwa lejislati a pase, e yon tribinal dapèl federal te konfime l an 2021. Polis pa gen dwa kanpe ou, kesyonnen ou oswa kenbe ou jis akoz estati imigrasyon ou, e apre yon arestasyon pou yon ti ofans, an jeneral yon prizon pa gen dwa kenbe ou pou ICE ni di ICE ki lè y ap lage ou. Yo dwe avèti ou sou nenpòt demann ICE fè pou ou, e ICE ka fè entèvyou avè ou sèlman apre yo di ou ou ka gen yon avoka e ou dakò alekri.

law-wa-keep-washington-working-act-name = Keep Washington Working Act
law-wa-keep-washington-working-act-summary = An jeneral, polis Washington pa gen dwa poze kesyon sou estati imigrasyon ou oswa kote ou fèt, kenbe ou pou verifye estati ou, ni kenbe ou sou yon manda imigrasyon sivil. Yo pa gen dwa bay ICE oswa CBP (Customs and Border Protection) enfòmasyon pèsonèl prive ou, ni kite ICE fè entèvyou avè ou anba gad san pwoteksyon. Lwa a entèdi tou akò 287(g) ak kontra pou lwe kabann prizon bay ICE.

law-wa-courts-open-to-all-act-name = Washington Courts Open to All Act
law-wa-courts-open-to-all-act-summary = Pèsonn pa gen dwa fè yon arestasyon imigrasyon sivil sou ou pandan ou nan yon tribinal Washington, sòf si yo gen yon manda yon jij siyen. An jeneral, jij, anplwaye tribinal ak pwokirè pa gen dwa poze kesyon sou estati imigrasyon ou ni pase l bay otorite imigrasyon. Nou pa jwenn nimewo pwojè lwa a ni ane li te pase.

law-or-sanctuary-law-1987-name = Lwa sanktyè Oregon 1987 la
law-or-sanctuary-law-1987-summary = Ajans eta ak ajans lokal Oregon pa gen dwa sèvi ak resous yo pou chèche oswa arete moun ki sèl ofans yo se paske yo nan peyi Etazini kont lwa imigrasyon federal. An 2018, votè yo te kenbe lwa sa a lè yo te rejte Measure 105, ki ta aboli l.

law-or-sanctuary-promise-act-name = Oregon Sanctuary Promise Act
law-or-sanctuary-promise-act-summary = Ajans piblik Oregon pa gen dwa sèvi ak bilding yo, lajan yo, anplwaye yo oswa dosye yo pou ede aplike lwa imigrasyon, pa egzanp lè yo bay dat y ap lage ou, adrès ou oswa lè randevou siveyans ou. Yo dwe refize demann imigrasyon federal sòf si yon jij siyen yon sitasyon (subpoena), e yo dwe rapòte demann sa yo bay eta a. Si yo arete ou, yo dwe di ou ou gen dwa refize di estati imigrasyon ou; moun ka rapòte vyolasyon yo nan yon liy dirèk oswa yon sit entènèt eta a, e moun ka fè ajans yo pwosè.

law-co-hb19-1124-name = Protect Colorado Residents From Federal Government Overreach Act (HB19-1124)
law-co-hb19-1124-summary = Ofisye Colorado pa gen dwa arete ou oswa kenbe ou nan prizon sèlman akoz yon demann ICE pou kenbe sivil (civil detainer), byenke yo ka aji sou yon manda yon jij federal siyen, e anplwaye pwobasyon pa gen dwa bay ICE enfòmasyon pèsonèl ou. Anvan yon entèvyou ICE pa telefòn oswa pa videyo nan prizon, yo dwe di ou ou ka di non, rete an silans epi pale ak yon avoka anvan, e ke sa ou di ka sèvi nan tribinal imigrasyon.

law-co-hb23-1100-name = Colorado HB23-1100 (akò pou detansyon imigrasyon)
law-co-hb23-1100-summary = Dapre tit li, lwa sa a limite akò gouvènman eta ak gouvènman lokal Colorado fè pou kenbe moun nan detansyon imigrasyon. Nou pa verifye kisa l fè anplis.

law-ma-lunn-v-commonwealth-name = Lunn v. Commonwealth (desizyon tribinal Massachusetts)
law-ma-lunn-v-commonwealth-summary = Sa a se yon desizyon 2017 pi wo tribinal Massachusetts la, se pa yon lwa lejislati a pase. Li di ofisye Massachusetts pa gen pouvwa dapre lwa eta a pou arete ou oswa kenbe ou sèlman paske ICE voye yon demann pou kenbe sivil (civil detainer). Department of Correction eta a (depatman prizon) te toujou gen yon akò 287(g) ak ICE an 2025.

law-vt-s79-name = Vermont S.79 (2017)
law-vt-s79-summary = Lwa sa a limite jiska ki pwen ajans eta ak ajans lokal Vermont patisipe nan aplikasyon lwa imigrasyon federal; nouvèl nan medya te di li pa fè Vermont tounen yon eta sanktyè. Nou pa verifye kisa l fè anplis.

law-md-dignity-not-detention-act-name = Maryland Dignity Not Detention Act (lwa "diyite, pa detansyon")
law-md-dignity-not-detention-act-summary = Lwa sa a te mete fen nan kontra pou prizon konte Maryland yo kenbe moun pou ICE, e kontra ki te egziste yo te dwe fini anvan 1ye oktòb 2022. Lejislatè yo te pase l malgre veto Gouvènè a, an desanm 2021.

law-md-287g-ban-name = Entèdiksyon 287(g) Maryland
law-md-287g-ban-summary = Lwa sa a, yo te siyen an fevriye 2026, entèdi akò fòmèl 287(g) ak ICE nan Maryland. Sous yo pa dakò sou si entèdiksyon an te aplike touswit oswa apati jiyè 2026.

law-de-287g-ban-name = Entèdiksyon 287(g) Delaware (HB 182)
law-de-287g-ban-summary = Lwa 2025 sa a entèdi akò 287(g) ak ICE nan Delaware. Akò ki te deja egziste yo te dwe fini anvan 13 out 2025.

law-nm-immigrant-safety-act-name = New Mexico Immigrant Safety Act
law-nm-immigrant-safety-act-summary = Ajans piblik New Mexico pa gen dwa fè akò pou kenbe moun pou vyolasyon imigrasyon sivil, ni sèvi ak tè piblik, vann li oswa lwe l pou sa, e akò 287(g) entèdi; akò ki egziste yo dwe fini. Attorney General eta a (Pwokirè Jeneral) oswa yon pwokirè distri (district attorney) ka ale nan tribinal pou kanpe yon vyolasyon, men lwa a pa bay okenn dedomajman an lajan.

law-me-ld-1971-name = Maine LD 1971
law-me-ld-1971-summary = Polis Maine pa gen dwa fè ankèt sou ou, kanpe ou, kenbe ou oswa arete ou pou aplike lwa imigrasyon sivil, kenbe ou sou yon demann ICE pou kenbe (detainer), ni bay detay prive tankou dat y ap lage ou oswa adrès ou. Si ou anba gad, yo dwe di ou dwa ou anvan yon entèvyou ICE, men polis toujou swiv manda kriminèl ak lòd tribinal. Li te vin lwa an janvye 2026 san siyati Gouvènè a, e li te dwe antre an vigè anviwon mitan mwa jiyè 2026; State Police (polis eta a) te kòmanse swiv règ li yo an desanm 2025.

law-ri-detainer-policy-2014-name = Politik Rhode Island sou demann pou kenbe (detainer) (2014)
law-ri-detainer-policy-2014-summary = Sa a se te yon politik Gouvènè a, se pa yon lwa lejislati a pase. An jiyè 2014, Department of Corrections (depatman prizon) te di li pa t ap respekte demann ICE pou kenbe san yon manda. Yon politik out 2014 pou tout ajans eta yo te limite sa: yo respekte demann pou kenbe ki vini ak yon lòd depòtasyon yon jij bay (deportation or removal order). Nou pa jwenn si politik sa a toujou aplike jodi a.

law-tx-sb4-2017-name = Texas SB 4 (2017): entèdiksyon politik sanktyè
law-tx-sb4-2017-summary = Vil ak konte Texas pa gen dwa adopte politik ki limite aplikasyon lwa imigrasyon, prizon lokal yo dwe respekte demann ICE pou kenbe, e yo ka pini ofisyèl ki pa obeyi. Yon tribinal dapèl federal te kite prèske tout lwa a kanpe an 2018; li te anile sèlman pati ki te anpeche ofisyèl yo pale an favè politik sanktyè.

law-tx-sb4-2023-name = Texas SB 4 (2023): krim eta pou antre ilegalman
law-tx-sb4-2023-summary = Lwa sa a fè l tounen yon krim nan Texas pou antre soti nan yon lòt peyi nenpòt kote ki pa yon pò antre (port of entry), ak pou antre ankò apre yo fin depòte ou, e li pèmèt jij eta yo bay lòd pou moun retounen nan peyi yo soti a. Yon tribinal te bloke l an fevriye 2024, e yon panèl tribinal dapèl te kenbe l bloke an jiyè 2025. Rapò ki vin apre di tout tribinal dapèl la te leve blokaj la answit paske moun ki te fè pwosè a pa t gen kalite pou fè l (standing), sa ki ta pèmèt Texas aplike l, men sa pa konfime.

law-tx-sb8-2025-name = Texas SB 8 (2025)
law-tx-sb8-2025-summary = Kèk sheriff konte nan Texas ki jere prizon dwe chèche akò 287(g) ak ICE. Attorney General la (Pwokirè Jeneral eta a) ka fè pwosè pou fè aplike sa apati 1ye desanm 2026.

law-fl-sb168-name = Lwa Florida kont sanktyè (SB 168)
law-fl-sb168-summary = Florida entèdi politik sanktyè: ajans eta ak ajans lokal yo dwe fè tout efò yo pou sipòte aplikasyon lwa imigrasyon federal, pèsonn pa ka anpeche yo pataje enfòmasyon sou imigrasyon ak ajans federal, e prizon yo dwe respekte demann ICE pou kenbe ki vini ak bon papye yo. Pati ki gen pou wè ak aplikasyon lwa a te antre an vigè 1ye oktòb 2019. Yon tribinal te kite pifò ladan l kanpe an 2019, e yon desizyon 2020 te bay moun ki te fè pwosè a rezon an pati; nou pa verifye kisa desizyon sa a te chanje, ni kijan nenpòt apèl te fini.

law-fl-sb1718-name = Florida SB 1718 (lwa 2023)
law-fl-sb1718-summary = Pami lòt bagay, Florida konsidere lisans kondui lòt eta bay moun ki pa gen papye, sa gen ladan l lisans pou kondui sèlman Connecticut, kòm pa valab, e kondui nan Florida ak youn se yon krim. Lwa a te fè l tounen yon krim tou pou mennen moun ki pa gen papye antre Florida, men yon tribinal te bloke pati sa a an me 2024; rès la an vigè.

law-ga-hb1105-name = Georgia Criminal Alien Track and Report Act of 2024 (HB 1105)
law-ga-hb1105-summary = Prizon Georgia yo dwe verifye estati imigrasyon moun ak ICE, respekte demann ICE pou kenbe, fè demann chak ane pou akò tip 287(g), e pibliye rapò sou demann pou kenbe chak twa mwa. Ofisyèl ki vyole règ kont sanktyè yo komèt yon ti krim (misdemeanor), e gouvènman lokal yo pèdi lajan eta a. Pifò ladan l te antre an vigè lè yo te siyen l an me 2024, byenke sous yo pa dakò sou dat la; yon pwojè lwa 2025, SB 21, pou retire iminite gouvènman lokal yo pou vyolasyon sou sanktyè t ap tann, e nou pa jwenn rezilta l.

law-tn-sb6002-name = Tennessee SB 6002 / HB 6001 (sesyon espesyal 2025)
law-tn-sb6002-summary = Lejislatè Tennessee yo te pase pwojè lwa sa a an janvye 2025. Li fè l tounen yon felony pou ofisyèl lokal vote pou politik sanktyè, e li kreye yon divizyon eta pou aplike lwa imigrasyon ki anba direksyon yon chèf ofisye aplikasyon lwa imigrasyon. Nou pa gen konfimasyon si Gouvènè a te siyen l e si li te vin lwa.

law-ia-sf481-name = Lwa Iowa kont sanktyè (SF 481)
law-ia-sf481-summary = Gouvènman lokal Iowa yo dwe respekte demann ICE pou kenbe e yo pa gen dwa limite aplikasyon lwa imigrasyon, sinon yo pèdi lajan eta a.

law-nh-anti-sanctuary-bill-2025-name = New Hampshire Anti-Sanctuary City Act (pwojè lwa 2025)
law-nh-anti-sanctuary-bill-2025-summary = Pwojè lwa 2025 sa a ta entèdi politik lokal ki bare lwa imigrasyon federal, e li ta pèmèt yo kenbe yon moun 48 èdtan, san konte wikenn ak jou konje, apre akizasyon eta kont moun nan fini. Refi pou respekte demann ICE pou kenbe ta dwe rapòte bay Attorney General la (Pwokirè Jeneral eta a). Rezime pwojè lwa a pale tou de amann jiska 25 pousan lajan eta a, san li pa di plis. Li bay 1ye janvye 2026 kòm dat li kòmanse, men nou pa gen konfimasyon si pwojè lwa a te vin lwa.

law-az-sb1070-name = Arizona SB 1070 (lwa 2010)
law-az-sb1070-summary = An 2012, US Supreme Court (Tribinal Siprèm Etazini) te anile twa pati nan lwa sa a paske yo te an konfli ak lwa federal. Yo te kite pati ki pèmèt polis Arizona verifye estati imigrasyon yon moun pandan yon kanpe legal antre an vigè.

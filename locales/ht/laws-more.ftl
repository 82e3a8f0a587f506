# Plis lwa California: sa chak lwa vle di pou yon moun, ak sa li pa fè.

law-vision-act-name = VISION Act (AB 937)
law-vision-act-summary = Pwojè lwa sa a ta anpeche prizon leta ak prizon lokal renmèt moun bay ICE lè moun yo vin gen dwa pou yo lage yo. Li te pase nan Assembly (chanm depite eta a) an 2021. Li te echwe nan Sena eta a an 2022, li te manke 3 vòt. Se pa yon lwa.
law-vision-act-does-not = Se pa yon lwa, kidonk li pa pwoteje pèsonn. Prizon leta yo ka toujou di ICE sou moun ki pral soti nan prizon, e fè aranjman pou renmèt yo. Limit SB 54 yo kouvri polis lokal ak sheriff, pa prizon leta yo.

law-home-act-name = HOME Act (AB 1306)
law-home-act-summary = Pwojè lwa sa a te vini apre VISION Act. Gouvènè Newsom te mete veto sou li 22 septanm 2023, kidonk se pa yon lwa. Lè li te mete veto a, li te di prizon leta yo t ap limite kontak yo ak ICE a de moman: lè yon moun antre nan prizon, ak lè moun nan prèt pou yo lage l.
law-home-act-does-not = Se pa yon lwa, kidonk li pa pwoteje pèsonn. Prizon leta yo ka toujou di ICE sou moun ki pral soti nan prizon, e fè aranjman pou renmèt yo.

law-ab60-name = Lisans kondui AB 60
law-ab60-summary = Ou ka jwenn yon lisans kondui California menm si ou pa ka pwouve ou nan peyi Etazini legalman. Ou dwe respekte tout lòt règ yo, e pwouve kiyès ou ye ak ke ou rete nan California. Se kont lalwa pou yo trete ou enjisteman paske ou gen kalite lisans sa a.
law-ab60-does-not = Se yon lisans pou kondui. Li pa konte kòm pyès idantite pou zafè federal. Li pa fè dosye DMV ou sekrè pou polis: DMV a ka toujou pataje dosye ak fòs lòd pou yon ankèt, e sa ka gen ladan l ICE.

law-ab450-name = Immigrant Worker Protection Act (AB 450)
law-ab450-summary = Patwon ou pa gen dwa chwazi kite ajan imigrasyon antre nan pati kote ou travay ke piblik la pa konn antre, tankou biwo oswa sal ki pou travayè sèlman, sòf si ajan yo gen yon manda yon jij siyen. Patwon ou pa gen dwa tou kite ajan yo wè oswa pran dosye travayè yo san yon manda yon jij siyen, yon sitasyon (subpoena), oswa yon avi federal pou enspekte papye travay (fòm I-9). Si patwon ou resevwa yon avi konsa, li dwe di travayè yo nan 72 èdtan, nan lang li konn itilize avè yo.
law-ab450-does-not = Se yon règ pou patwon, se pa pou ICE. Si ajan yo gen yon manda yon jij siyen, yo ka toujou antre. Yon fòm ICE, tankou Fòm I-200 oswa Fòm I-205, se pa yon manda yon jij siyen. Patwon ou pa oblije bare ajan yo ak kò li. Ou kenbe pwòp dwa pa ou nan travay, tankou dwa pou rete an silans.

law-ab49-name = Safe Haven Schools (AB 49)
law-ab49-summary = Ofisye imigrasyon pa gen dwa antre nan pati yon lekòl ki pa ouvè pou piblik la, sòf si yo montre yon pyès idantite ki valab e yo gen yon manda oswa yon sitasyon (subpoena) yon jij siyen, oswa yon lòd tribinal. Lekòl yo pa gen dwa bay ajan yo enfòmasyon sou elèv, fanmi oswa anplwaye san yon manda yon jij siyen.
law-ab49-does-not = Li pa kenbe deyò ofisye ki montre yon pyès idantite ki valab e ki gen yon manda yon jij siyen, yon sitasyon (subpoena) yon jij siyen, oswa yon lòd tribinal. Règ li sou antre a se pou pati yon lekòl ki pa ouvè pou piblik la.

law-sb81-name = Kote pou swen sante (SB 81)
law-sb81-summary = Moun ki bay swen sante dwe chwazi ki pati nan lokal yo ki pa ouvè pou piblik la. Yo dwe kenbe ajan imigrasyon andeyò pati sa yo, sòf si ajan yo gen yon manda yon jij siyen oswa yon lòd tribinal. Yo konsidere estati imigrasyon ou kòm yon pati nan dosye medikal ou.
law-sb81-does-not = Li pa kenbe deyò ajan ki gen yon manda yon jij siyen oswa yon lòd tribinal. Règ li a se pou pati moun ki bay swen an make kòm pa ouvè pou piblik la.

law-sb98-name = Lekòl yo dwe avèti fanmi yo (SB 98)
law-sb98-summary = Lè yon lekòl konfime gen ajan imigrasyon sou kanpis la, li dwe avèti paran, elèv ak anplwaye yo. Plan sekirite lekòl yo dwe gen sa anvan 1ye mas 2026. Règ la dire jiska 1ye janvye 2031.
law-sb98-does-not = Li konsène avèti moun, se pa kenbe ajan yo deyò. Se AB 49 ki gen règ sou ki lè ajan yo ka antre nan pati yon lekòl ki pa ouvè pou piblik la.

law-sb627-name = No Secret Police Act (SB 627)
law-sb627-summary = Lwa sa a di ofisye lokal, eta ak federal pa gen dwa kouvri figi yo pandan y ap aji ak piblik la. Gen eksepsyon, tankou travay an kachèt (undercover), mask medikal tip N95 ak ekipman SWAT. Dat li kòmanse se 1ye janvye 2026. California pase lwa sa a. Si yo ka aplike l sou ajan federal se yon batay k ap fèt nan tribinal: U.S. Department of Justice (Depatman Jistis Etazini) te fè California pwosè an novanm 2025.
law-sb627-does-not = Pa konte sou ajan federal pou yo respekte l. Gouvènman Etazini di li p ap respekte l, e pwokirè federal yo te di li pa gen okenn efè sou travay yo. Toutotan tribinal yo pa deside, sa poko regle.

law-sb805-name = No Vigilantes Act (SB 805)
law-sb805-summary = Lwa sa a di ofisye ki pa an inifòm dwe montre yon non oswa yon nimewo badj moun ka wè. Ajan kosyon (bail agents) pa gen dwa patisipe nan aplikasyon lwa imigrasyon. California pase lwa sa a. Si yo ka aplike l sou ajan federal se yon batay k ap fèt nan tribinal: U.S. Department of Justice (Depatman Jistis Etazini) te fè California pwosè an novanm 2025.
law-sb805-does-not = Pa konte sou ajan federal pou yo respekte l. Gouvènman Etazini di li p ap respekte l, e pwokirè federal yo te di li pa gen okenn efè sou travay yo. Toutotan tribinal yo pa deside, sa poko regle.

# Lwa California yo: sa chak lwa vle di pou yon moun.

law-trust-act-name = TRUST Act
law-trust-act-summary = Lwa 2013 sa a se te premye lwa ki limite demann ICE pou kenbe moun nan prizon lokal yo. Li te pèmèt yon prizon kenbe yon moun apre lè yo te dwe lage l, sou yon demann ICE pou kenbe (detainer), sèlman nan kèk ka, tankou kèk kondanasyon pou krim grav oswa krim vyolan. Depi SB 54 antre an vigè an 2018, yon prizon lokal pa gen dwa kenbe pèsonn apre lè yo dwe lage l sou yon demann ICE pou kenbe, nan okenn ka. Yon demann ICE pou kenbe se yon demann, se pa yon lòd yon jij bay.

law-truth-act-name = TRUTH Act
law-truth-act-summary = Nan yon prizon nan California, anvan ICE ka fè yon entèvyou avè ou, yo dwe ba ou yon fòm ekri. Fòm nan di entèvyou a volontè, e ou ka di non oswa pale sèlman si avoka ou la. Si prizon an resevwa yon demann ICE sou ou, li dwe ba ou yon kopi.

law-sb54-name = California Values Act (SB 54)
law-sb54-summary = An jeneral, polis ak sheriff nan California pa gen dwa poze kesyon sou estati imigrasyon ou, ni ede ICE aplike lwa imigrasyon. Yon prizon lokal pa gen dwa kenbe ou apre lè yo dwe lage ou paske ICE mande sa. Pou moun ki gen kèk kondanasyon pou krim grav, yon prizon ka toujou di ICE ki lè y ap lage yo, oswa renmèt yo bay ICE. Lwa sa a pa oblije ajan federal yo, e li pa kouvri prizon leta yo.

law-trust-act-does-not = Li pa anpeche ICE arete moun li menm. Kounye a, lis kondanasyon li a deside ki lè yon prizon ka di ICE dat y ap lage yon moun oswa renmèt moun nan bay ICE, dapre SB 54; li pa deside ankò si prizon an ka kenbe moun nan pi lontan.
law-truth-act-does-not = Li pa anpeche ICE mande, e li pa aplike nan detansyon imigrasyon federal. Li kouvri entèvyou nan prizon lokal yo.
law-sb54-does-not = Li pa anpeche ICE ni lòt ajan federal, e li pa kouvri prizon leta yo (CDCR). Polis ka toujou pataje enfòmasyon ki deja piblik.

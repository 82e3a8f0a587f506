# Other states' laws on cooperation with immigration enforcement (content/state-laws.toml):
# each law's usual name and what it means for a person.

law-il-trust-act-name = TRUST Act ng Illinois (Illinois TRUST Act)
law-il-trust-act-summary = Hindi ka maaaring ikulong ng pulis ng Illinois dahil lamang nagpadala ang ICE ng hold request o ng immigration warrant na walang hukom na pumirma. Hindi ka rin nila maaaring pahintuin, pigilan o arestuhin dahil sa iyong katayuan sa imigrasyon. Hindi sila pinipigilan ng batas na magbahagi ng impormasyon sa mga pederal na ahensiya, at pinalawak ito noong 2021 ng Way Forward Act.

law-il-way-forward-act-name = Way Forward Act ng Illinois (Illinois Way Forward Act, SB 667)
law-il-way-forward-act-summary = Pinalawak ng batas na ito noong 2021 ang Illinois TRUST Act at inatasan nito ang mga lokal na gobyerno na tapusin ang kanilang mga kontrata para magkulong ng mga tao sa detensyon ng imigrasyon pagsapit ng Enero 1, 2022. Idinemanda ng US Justice Department ang Illinois dahil sa mga sanctuary law nito, at ibinasura ang kasong iyon noong Hulyo 2025.

law-ny-protect-our-courts-act-name = Protect Our Courts Act ng New York (New York Protect Our Courts Act)
law-ny-protect-our-courts-act-summary = Hindi ka maaaring arestuhin nang sibil ng ICE at ng iba pang opisyal habang papunta ka sa isang korte sa New York, habang naroon ka, o habang paalis ka, maliban kung may warrant ng hukom o utos ng korte sila. Walang nakitang batas para sa buong New York tungkol sa mga ICE hold sa kulungan.

law-nj-immigrant-trust-directive-name = Immigrant Trust Directive ng New Jersey (New Jersey Immigrant Trust Directive)
law-nj-immigrant-trust-directive-summary = Utos ito ng Attorney General (ang pinakamataas na abogado ng estado) ng New Jersey sa pulis, hindi batas na ipinasa ng lehislatura, at kinatigan ito ng isang pederal na appeals court noong 2021. Hindi ka maaaring pahintuin, tanungin o pigilan ng pulis dahil lamang sa iyong katayuan sa imigrasyon, at matapos ang pag-aresto para sa isang maliit na paglabag, sa pangkalahatan ay hindi ka maaaring panatilihin ng kulungan para sa ICE o sabihin sa ICE kung kailan ka palalayain. Dapat kang sabihan tungkol sa anumang kahilingan ng ICE para sa iyo, at maaari ka lamang i-interview ng ICE matapos kang sabihan na maaari kang magkaroon ng abogado at matapos kang pumayag nang nakasulat.

law-wa-keep-washington-working-act-name = Keep Washington Working Act (batas ng Washington)
law-wa-keep-washington-working-act-summary = Sa pangkalahatan, hindi maaaring itanong ng pulis ng Washington ang iyong katayuan sa imigrasyon o lugar ng kapanganakan, pigilan ka para suriin ang iyong katayuan, o ikulong ka dahil sa isang civil immigration warrant. Hindi nila maaaring ibigay sa ICE o sa CBP (Customs and Border Protection) ang iyong pribadong personal na impormasyon, o hayaan ang ICE na i-interview ka sa kustodiya nang walang mga pananggalang. Ipinagbabawal din ng batas ang mga kasunduang 287(g) at ang mga kontrata para paupahan sa ICE ang mga kama sa kulungan.

law-wa-courts-open-to-all-act-name = Courts Open to All Act ng Washington (Washington Courts Open to All Act)
law-wa-courts-open-to-all-act-summary = Walang sinumang maaaring mag-aresto sa iyo nang sibil dahil sa imigrasyon habang dumadalo ka sa isang korte sa Washington maliban kung may warrant ng hukom sila. Sa pangkalahatan, hindi maaaring itanong ng mga hukom, kawani ng korte at prosecutor ang iyong katayuan sa imigrasyon o ipasa ito sa mga awtoridad sa imigrasyon. Hindi nakita ang bill number at ang taon ng pagpasa nito.

law-or-sanctuary-law-1987-name = Sanctuary law ng Oregon noong 1987
law-or-sanctuary-law-1987-summary = Hindi maaaring gamitin ng mga ahensiya ng estado at lokal sa Oregon ang kanilang mapagkukunan para hanapin o arestuhin ang mga taong ang tanging paglabag ay ang pagiging nasa US nang labag sa pederal na batas sa imigrasyon. Pinanatili ng mga botante ang batas na ito noong 2018 sa pamamagitan ng pagtanggi sa Measure 105, na magpapawalang-bisa sana rito.

law-or-sanctuary-promise-act-name = Sanctuary Promise Act ng Oregon (Oregon Sanctuary Promise Act)
law-or-sanctuary-promise-act-summary = Hindi maaaring gamitin ng mga pampublikong ahensiya ng Oregon ang kanilang mga gusali, pera, kawani o record para tumulong sa pagpapatupad ng batas sa imigrasyon, halimbawa sa pamamagitan ng pagbibigay ng iyong petsa ng paglaya, iyong address o mga oras ng iyong mga supervision appointment. Dapat nilang tanggihan ang mga pederal na kahilingan tungkol sa imigrasyon maliban kung may subpoena na pinirmahan ng hukom, at iulat ang mga kahilingang iyon sa estado. Kung arestuhin ka, dapat kang sabihan na maaari kang tumangging sabihin ang iyong katayuan sa imigrasyon; maaaring iulat ang mga paglabag sa isang hotline o website ng estado, at maaaring idemanda ang mga ahensiya.

law-co-hb19-1124-name = Protect Colorado Residents From Federal Government Overreach Act (HB19-1124)
law-co-hb19-1124-summary = Hindi ka maaaring arestuhin o ikulong ng mga opisyal ng Colorado dahil lamang sa civil detainer ng ICE, bagaman maaari silang kumilos batay sa warrant ng isang pederal na hukom, at hindi maaaring ibigay ng mga kawani ng probation sa ICE ang iyong personal na impormasyon. Bago ang interview ng ICE sa telepono o video sa kulungan, dapat kang sabihan na maaari kang tumanggi, manahimik at makipag-usap muna sa isang abogado, at na ang sasabihin mo ay maaaring gamitin sa korte ng imigrasyon.

law-co-hb23-1100-name = Colorado HB23-1100 (mga kasunduan sa detensyon ng imigrasyon)
law-co-hb23-1100-summary = Batay sa pamagat nito, nililimitahan ng batas na ito ang mga kasunduan ng mga gobyerno ng estado at lokal sa Colorado para magkulong ng mga tao sa detensyon ng imigrasyon. Hindi nasuri kung ano pa ang ginagawa nito.

law-ma-lunn-v-commonwealth-name = Lunn v. Commonwealth (desisyon ng korte sa Massachusetts)
law-ma-lunn-v-commonwealth-summary = Desisyon ito noong 2017 ng pinakamataas na korte ng Massachusetts, hindi batas na ipinasa ng lehislatura. Sinasabi nito na walang kapangyarihan ang mga opisyal ng Massachusetts sa ilalim ng batas ng estado na arestuhin ka o ikulong ka dahil lamang nagpadala ang ICE ng civil detainer. May kasunduang 287(g) pa rin sa ICE ang Department of Correction ng estado noong 2025.

law-vt-s79-name = Vermont S.79 (2017)
law-vt-s79-summary = Nililimitahan ng batas na ito kung gaano kalawak nakikilahok ang mga ahensiya ng estado at lokal sa Vermont sa pederal na pagpapatupad ng batas sa imigrasyon; sinabi ng mga balita na hindi nito ginagawang sanctuary state ang Vermont. Hindi nasuri kung ano pa ang ginagawa nito.

law-md-dignity-not-detention-act-name = Dignity Not Detention Act ng Maryland (Maryland Dignity Not Detention Act)
law-md-dignity-not-detention-act-summary = Tinapos ng batas na ito ang mga kontrata ng mga kulungan ng county sa Maryland para magkulong ng mga tao para sa ICE, at kinailangang matapos ang mga umiiral na kontrata pagsapit ng Oktubre 1, 2022. Ipinasa ito ng mga mambabatas sa kabila ng veto ng Gobernador noong Disyembre 2021.

law-md-287g-ban-name = Pagbabawal sa 287(g) sa Maryland
law-md-287g-ban-summary = Pinirmahan noong Pebrero 2026, ipinagbabawal ng batas na ito ang mga pormal na kasunduang 287(g) sa ICE sa Maryland. Hindi nagkakasundo ang mga pinagmulan kung agad na umiral ang pagbabawal o mula Hulyo 2026.

law-de-287g-ban-name = Pagbabawal sa 287(g) sa Delaware (HB 182)
law-de-287g-ban-summary = Ipinagbabawal ng batas na ito noong 2025 ang mga kasunduang 287(g) sa ICE sa Delaware. Kinailangang matapos ang mga umiiral na kasunduan pagsapit ng Agosto 13, 2025.

law-nm-immigrant-safety-act-name = Immigrant Safety Act ng New Mexico (New Mexico Immigrant Safety Act)
law-nm-immigrant-safety-act-summary = Hindi maaaring gumawa ang mga pampublikong ahensiya ng New Mexico ng mga kasunduan para magkulong ng mga tao dahil sa mga paglabag na sibil sa imigrasyon, o gamitin, ibenta o paupahan ang pampublikong lupa para roon, at ipinagbabawal ang mga kasunduang 287(g); dapat tapusin ang mga umiiral na kasunduan. Maaaring pumunta sa korte ang Attorney General (ang pinakamataas na abogado ng estado) o ang isang district attorney para pigilan ang isang paglabag, pero hindi nagbibigay ang batas ng bayad-pinsala (money damages).

law-me-ld-1971-name = Maine LD 1971
law-me-ld-1971-summary = Hindi ka maaaring imbestigahan, pahintuin, pigilan o arestuhin ng pulis ng Maine para sa sibil na pagpapatupad ng batas sa imigrasyon, ikulong ka dahil sa detainer ng ICE, o ibigay ang mga pribadong detalye gaya ng iyong petsa ng paglaya o address. Kung nasa kustodiya ka, dapat kang sabihan ng iyong mga karapatan bago ang interview ng ICE, pero sinusunod pa rin ng pulis ang mga criminal warrant at utos ng korte. Naging batas ito noong Enero 2026 nang walang pirma ng Gobernador at inaasahang magkakabisa bandang kalagitnaan ng Hulyo 2026; nagsimulang sundin ng State Police ang mga patakaran nito noong Disyembre 2025.

law-ri-detainer-policy-2014-name = Patakaran ng Rhode Island sa detainer (2014)
law-ri-detainer-policy-2014-summary = Patakaran ito ng Gobernador, hindi batas na ipinasa ng lehislatura. Noong Hulyo 2014, sinabi ng Department of Corrections na hindi nito susundin ang mga detainer ng ICE nang walang warrant. Nilimitahan ang pagtangging iyon ng isang patakaran noong Agosto 2014 para sa lahat ng ahensiya ng estado: sinusunod nila ang mga detainer na may kasamang deportation o removal order ng isang hukom. Hindi nalaman kung umiiral pa ang patakarang ito ngayon.

law-tx-sb4-2017-name = Texas SB 4 (2017): pagbabawal sa mga sanctuary policy
law-tx-sb4-2017-summary = Hindi maaaring magpatibay ang mga lungsod at county sa Texas ng mga patakarang naglilimita sa pagpapatupad ng batas sa imigrasyon, dapat sundin ng mga lokal na kulungan ang mga ICE hold request, at maaaring parusahan ang mga opisyal na hindi sumusunod. Hinayaan ng isang pederal na appeals court na manatili ang halos lahat nito noong 2018; tanging ang bahaging nagbabawal sa mga opisyal na magsalita pabor sa mga sanctuary policy ang tinanggal nito.

law-tx-sb4-2023-name = Texas SB 4 (2023): krimen sa estado ang ilegal na pagpasok
law-tx-sb4-2023-summary = Ginagawa ng batas na ito na krimen sa Texas ang pumasok mula sa ibang bansa saanman maliban sa isang port of entry, at ang muling pumasok matapos ma-deport, at pinapayagan nito ang mga hukom ng estado na utusan ang mga tao na bumalik sa bansang pinanggalingan nila. Pinigil ito ng isang korte noong Pebrero 2024, at pinanatili itong pigil ng isang appeals panel noong Hulyo 2025. Ayon sa mga mas huling ulat, inalis pagkatapos ng buong appeals court ang pagpigil dahil walang standing (legal na karapatang magdemanda) ang mga nagdemanda, na magpapahintulot sa Texas na ipatupad ito, pero hindi ito kumpirmado.

law-tx-sb8-2025-name = Texas SB 8 (2025)
law-tx-sb8-2025-summary = Dapat humingi ng mga kasunduang 287(g) sa ICE ang ilang sheriff ng county sa Texas na nagpapatakbo ng mga kulungan. Maaaring magdemanda ang Attorney General (ang pinakamataas na abogado ng estado) para ipatupad ito simula Disyembre 1, 2026.

law-fl-sb168-name = Batas ng Florida laban sa sanctuary (SB 168)
law-fl-sb168-summary = Ipinagbabawal ng Florida ang mga sanctuary policy: dapat gawin ng mga ahensiya ng estado at lokal ang lahat ng makakaya nila para suportahan ang pederal na pagpapatupad ng batas sa imigrasyon, hindi sila maaaring pigilan na magbahagi ng impormasyon tungkol sa imigrasyon sa mga pederal na ahensiya, at dapat sundin ng mga kulungan ang mga detainer ng ICE na may kasamang tamang papeles. Nagkabisa ang mga bahagi nitong pampatupad noong Oktubre 1, 2019. Hinayaan ng isang korte na manatili ang karamihan nito noong 2019, at bahagyang pumanig sa mga nagdemanda ang isang desisyon noong 2020; hindi nasuri kung ano ang binago ng desisyong iyon at kung paano natapos ang anumang apela.

law-fl-sb1718-name = Florida SB 1718 (taong 2023)
law-fl-sb1718-summary = Bukod sa iba pa, itinuturing ng Florida na hindi balido ang mga driver's license na ibinibigay ng ibang estado sa mga taong walang dokumento, kasama ang drive-only license ng Connecticut, at krimen ang magmaneho sa Florida gamit ang isa sa mga ito. Ginawa rin ng batas na krimen ang pagdadala ng mga taong walang dokumento sa Florida, pero pinigil ng isang korte ang bahaging iyon noong Mayo 2024; may bisa ang iba pa.

law-ga-hb1105-name = Georgia Criminal Alien Track and Report Act of 2024 (HB 1105)
law-ga-hb1105-summary = Dapat suriin ng mga kulungan sa Georgia ang katayuan sa imigrasyon ng mga tao sa pamamagitan ng ICE, sundin ang mga detainer ng ICE, mag-apply bawat taon para sa mga kasunduang tulad ng 287(g), at maglathala ng mga ulat tungkol sa detainer tuwing tatlong buwan. Ang mga opisyal na lumalabag sa mga patakarang laban sa sanctuary ay nakagagawa ng misdemeanor (magaang uri ng krimen), at nawawalan ng pondo ng estado ang kanilang mga lokal na gobyerno. Nagkabisa ang karamihan nito nang pirmahan ito noong Mayo 2024, bagaman magkakaiba ang petsa ayon sa mga pinagmulan; nakabinbin ang isang panukalang batas noong 2025, ang SB 21, na mag-aalis sa immunity ng mga lokal na gobyerno sa mga paglabag na may kinalaman sa sanctuary, at hindi nalaman ang kinalabasan nito.

law-tn-sb6002-name = Tennessee SB 6002 / HB 6001 (special session ng 2025)
law-tn-sb6002-summary = Ipinasa ng mga mambabatas ng Tennessee ang panukalang batas na ito noong Enero 2025. Ginagawa nitong felony ang pagboto ng mga lokal na opisyal pabor sa mga sanctuary policy at lumilikha ito ng isang dibisyon ng estado para sa pagpapatupad ng batas sa imigrasyon na pinamumunuan ng isang chief immigration enforcement officer. Hindi kumpirmado kung pinirmahan ito ng Gobernador at kung naging batas ito.

law-ia-sf481-name = Batas ng Iowa laban sa sanctuary (SF 481)
law-ia-sf481-summary = Dapat sundin ng mga lokal na gobyerno ng Iowa ang mga detainer ng ICE at hindi nila maaaring limitahan ang pagpapatupad ng batas sa imigrasyon, kung hindi ay mawawalan sila ng pondo ng estado.

law-nh-anti-sanctuary-bill-2025-name = New Hampshire Anti-Sanctuary City Act (panukalang batas ng 2025)
law-nh-anti-sanctuary-bill-2025-summary = Ipagbabawal ng panukalang batas na ito noong 2025 ang mga lokal na patakarang humahadlang sa pederal na batas sa imigrasyon, at papayagan nito ang mga hold nang 48 oras, hindi kasama ang mga weekend at holiday, matapos magwakas ang mga kaso ng estado laban sa isang tao. Kailangang iulat sa Attorney General (ang pinakamataas na abogado ng estado) ang mga pagtangging sundin ang mga detainer ng ICE. Binabanggit din ng buod ng panukalang batas ang mga multang hanggang 25 porsiyento ng pondo ng estado, nang walang iba pang paliwanag. Enero 1, 2026 ang petsa ng pagsisimula na nakasaad dito, pero hindi kumpirmado kung naging batas ang panukala.

law-az-sb1070-name = Arizona SB 1070 (taong 2010)
law-az-sb1070-summary = Noong 2012, pinawalang-bisa ng US Supreme Court ang tatlong bahagi ng batas na ito dahil salungat ang mga ito sa pederal na batas. Ang bahaging nagpapahintulot sa pulis ng Arizona na suriin ang katayuan sa imigrasyon ng isang tao habang may legal na pagpapahinto ay pinayagang magkabisa.

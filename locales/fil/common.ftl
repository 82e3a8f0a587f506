# Steps shared by several situations.

common-stay-silent-do = Maaari kang manahimik. Kung pipiliin mo ito, sabihin ito nang malakas.
common-stay-silent-say = Ginagamit ko po ang aking karapatang manahimik. Gusto kong makausap ang isang abogado.
common-stay-silent-why = Sa ilalim ng Fifth Amendment (Ikalimang Susog sa Konstitusyon), maaari kang tumangging sumagot sa mga tanong. Hindi mo kailangang sabihin kung saan ka ipinanganak, ano ang iyong katayuan sa imigrasyon, o paano ka nakarating sa bansang ito. Ang sasabihin mo ay maaaring gamitin laban sa iyo sa korte.

common-do-not-sign-do = Huwag pumirma ng anumang papel hangga't hindi mo pa nakakausap ang isang abogado.
common-do-not-sign-say = Hindi po ako pipirma ng kahit ano hangga't hindi ko nakakausap ang isang abogado.
common-do-not-sign-why = May mga papel, gaya ng mga form para sa "voluntary departure" (kusang pag-alis sa bansa), na maaaring mag-alis ng pagkakataon mong humarap sa isang hukom ng imigrasyon.

common-do-not-lie-do = Huwag magsinungaling. Huwag sabihing mamamayan ka ng U.S. kung hindi naman. Huwag magpakita ng pekeng papeles.
common-do-not-lie-why = May karapatan kang manahimik, pero wala kang karapatang magsinungaling. Ang maling pag-angkin na mamamayan ka ng U.S. ay maaaring magdulot ng malubhang pinsala sa iyong kaso sa imigrasyon, at kadalasan ay permanente ang pinsalang ito.

common-ask-if-free-to-go-do = Itanong kung malaya kang umalis. Kung oo ang sagot, umalis nang mahinahon. Kung hindi ang sagot, manahimik at humingi ng abogado.
common-ask-if-free-to-go-say = Malaya po ba akong umalis?
common-ask-if-free-to-go-why = Kung hindi ka pinipigil, hindi mo kailangang manatili at sumagot sa mga tanong.

# "Do not" points shared by several situations.

common-dont-resist = Huwag tumakbo, lumaban, makipagtalo o humarang sa mga ahente, kahit sa tingin mo ay mali sila.
common-dont-lie = Huwag magsinungaling, huwag sabihing mamamayan ka ng U.S. kung hindi naman, at huwag magpakita ng pekeng papeles.
common-dont-sign = Huwag pumirma ng kahit ano, lalo na ng mga papel para sa "voluntary departure" (kusang pag-alis sa bansa), nang hindi muna nakakausap ang isang abogado.

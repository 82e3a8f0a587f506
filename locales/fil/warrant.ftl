# The warrant checker: agents at the door of your home say they have a warrant.
# Questions with choices lead to an outcome. Every outcome also shows the
# fixed advice below it (warrant-advice-*), and its words to say in the
# user's language and the officer's.

## Questions

warrant-q-who = Ayon sa mga taong nasa pinto, sino sila?
warrant-who-immigration = Mga ahente ng imigrasyon, o ICE
warrant-who-police = Pulis
warrant-who-other = Ibang tao
warrant-who-dont-know = Hindi ko alam

warrant-q-paper = Tingnan ang papel na ipinapakita nila sa iyo, sa bintana o matapos nilang isingit ito sa ilalim ng pinto. Huwag buksan ang pinto. Anong papel ito?
warrant-q-paper-not-immigration = Tingnan ang papel na ipinapakita nila sa iyo, sa bintana o matapos nilang isingit ito sa ilalim ng pinto. Huwag buksan ang pinto. May mga ahente ng imigrasyon na nagsasabing pulis sila. Kung galing sa ICE o sa Department of Homeland Security (DHS) ang papel, ituring silang mga ahente ng imigrasyon. Anong papel ito?
warrant-paper-none = Wala silang ipinakitang anumang papel sa akin
warrant-paper-i200 = Isang warrant of arrest ng ICE (Form I-200)
warrant-paper-i205 = Isang warrant of removal (para sa deportasyon) ng ICE (Form I-205)
warrant-paper-i247 = Isang detainer ng ICE (Form I-247): kahilingan sa isang kulungan na panatilihin doon ang isang tao
warrant-paper-judge-arrest = Isang warrant of arrest mula sa korte, na pinirmahan ng isang hukom
warrant-paper-judge-search = Isang search warrant mula sa korte, na pinirmahan ng isang hukom
warrant-paper-cant-tell = Hindi ko matukoy

warrant-q-final-order = May nakatira ba rito na may pinal na utos ng deportasyon (final order of removal)? Ito ay utos na umalis sa bansa, sa pagtatapos ng isang kaso sa imigrasyon.
warrant-q-lives-here = Nakatira ba rito ang taong nakapangalan sa warrant of arrest?
warrant-q-search-address = Nakasulat ba sa search warrant ang address ng bahay na ito?
warrant-answer-yes = Oo
warrant-answer-no = Hindi
warrant-answer-dont-know = Hindi ko alam

## Outcomes

warrant-o-no-paper = Kung sinasabi nilang may warrant sila, hilingin na isingit nila ito sa ilalim ng pinto o itapat ito sa bintana. Huwag buksan ang pinto para basahin ito. Minsan sinasabi ng mga ahente na may warrant sila kahit wala. Kung walang warrant na pinirmahan ng hukom, hindi mo kailangang papasukin sila. Kapag nakita mo na ang papel, sagutin muli ang mga tanong na ito.
warrant-o-no-paper-say = Hindi po ako pumapayag na pumasok kayo sa bahay ko. Kung may warrant kayong pinirmahan ng hukom, pakisingit po ito sa ilalim ng pinto.

warrant-o-i200 = Ito ay warrant of arrest ng ICE (Form I-200). Tinatawag din itong administrative warrant. Isang opisyal ng ICE ang pumirma nito, hindi isang hukom. Hindi nito pinapayagan ang mga ahente na pumasok sa bahay mo nang hindi ka pumapayag. Hindi mo kailangang buksan ang pinto.
warrant-o-i200-say = Hindi po ako pumapayag na pumasok kayo sa bahay ko. Hindi pinirmahan ng hukom ang warrant na ito.

warrant-o-i205-final-order = Ito ay warrant of removal (para sa deportasyon) ng ICE (Form I-205). Isang opisyal ng ICE ang pumirma nito, hindi isang hukom. Ayon sa mga tagapagtanggol ng imigrante, hindi nito pinapayagan ang mga ahente na pumasok sa bahay mo nang hindi ka pumapayag. Pero mula 2025, sinasabi ng ICE na maaaring pumasok nang sapilitan ang mga ahente nito sa isang bahay gamit ang form na ito para arestuhin ang taong may pinal na utos ng deportasyon (final order of removal). May mga kaso ngayon sa korte na kumukuwestiyon sa pahayag na iyon, at hindi pa ito tiyak. Maaaring pumasok nang sapilitan ang mga ahente. Huwag buksan ang pinto, at huwag pumayag na papasukin sila.
warrant-o-i205-final-order-say = Hindi po ako pumapayag na pumasok kayo sa bahay ko. Hindi pinirmahan ng hukom ang warrant na ito.

warrant-o-i205-not-sure = Ito ay warrant of removal (para sa deportasyon) ng ICE (Form I-205). Isang opisyal ng ICE ang pumirma nito, hindi isang hukom. Ayon sa mga tagapagtanggol ng imigrante, hindi nito pinapayagan ang mga ahente na pumasok sa bahay mo nang hindi ka pumapayag. Pero mula 2025, sinasabi ng ICE na maaaring pumasok nang sapilitan ang mga ahente nito sa isang bahay gamit ang form na ito para arestuhin ang taong may pinal na utos ng deportasyon (final order of removal). May mga kaso ngayon sa korte na kumukuwestiyon sa pahayag na iyon, at hindi pa ito tiyak. Kung hindi ka sigurado kung may pinal na utos ang sinuman dito, maging handa na maaaring pumasok nang sapilitan ang mga ahente. Huwag buksan ang pinto, at huwag pumayag na papasukin sila. Pagkatapos, magpatulong sa isang abogado para malaman kung may anumang utos.
warrant-o-i205-not-sure-say = Hindi po ako pumapayag na pumasok kayo sa bahay ko. Hindi pinirmahan ng hukom ang warrant na ito.

warrant-o-i205-no-final-order = Ito ay warrant of removal (para sa deportasyon) ng ICE (Form I-205). Isang opisyal ng ICE ang pumirma nito, hindi isang hukom. Ayon sa mga tagapagtanggol ng imigrante, hindi nito pinapayagan ang mga ahente na pumasok sa bahay mo nang hindi ka pumapayag. Mula 2025, sinasabi ng ICE na maaaring pumasok nang sapilitan ang mga ahente nito sa isang bahay gamit ang form na ito para arestuhin ang taong may pinal na utos ng deportasyon (final order of removal). May mga kaso ngayon sa korte na kumukuwestiyon sa pahayag na iyon, at hindi pa ito tiyak. Sinabi mong walang sinuman dito ang may pinal na utos. Maaari pa ring subukang pumasok ng mga ahente. Huwag buksan ang pinto, at huwag pumayag na papasukin sila.
warrant-o-i205-no-final-order-say = Hindi po ako pumapayag na pumasok kayo sa bahay ko. Hindi pinirmahan ng hukom ang warrant na ito.

warrant-o-detainer = Ito ay detainer ng ICE (Form I-247, halimbawa ang I-247A). Ang detainer ay kahilingan ng ICE sa isang kulungan na panatilihin doon ang isang tao. Hindi ito warrant, at walang hukom na pumirma nito. Hindi mo kailangang buksan ang pinto.
warrant-o-detainer-say = Hindi po ako pumapayag na pumasok kayo sa bahay ko. Ang papel na ito ay hindi warrant na pinirmahan ng hukom.

warrant-o-judge-arrest = Maaaring ito ay tunay na warrant of arrest na pinirmahan ng hukom. Pinapayagan nito ang mga opisyal na pumasok sa bahay ng taong nakapangalan dito, para arestuhin ang taong iyon, kung naniniwala silang nasa loob siya. Maaaring pumasok ang mga ahente. Huwag harangan ang pinto at huwag silang labanan. Maaari ka pa ring manahimik. Hindi mo kailangang pumayag na halughugin ang anumang iba pa. Tingnan ang petsa sa warrant. Kung mukhang luma na ito, magtanong sa isang abogado tungkol dito.
warrant-o-judge-arrest-say = Ginagamit ko po ang aking karapatang manahimik. Gusto kong makausap ang isang abogado.

warrant-o-arrest-not-here = Ang warrant of arrest na pinirmahan ng hukom ay nagpapahintulot sa mga opisyal na pumasok sa bahay ng taong nakapangalan dito. Hindi sila nito pinapayagang pumasok sa bahay ng ibang tao para hanapin ang taong iyon. Para roon, kailangan nila ng search warrant. Sinabi mong hindi nakatira rito ang taong nakapangalan, kaya hindi mo kailangang papasukin sila. Hindi mo kailangang sagutin ang kanilang mga tanong. Huwag magsinungaling sa kanila.
warrant-o-arrest-not-here-say = Hindi po ako pumapayag na pumasok kayo sa bahay ko.

warrant-o-judge-search = Maaaring ito ay tunay na search warrant na pinirmahan ng hukom. Pinapayagan nito ang mga opisyal na halughugin ang address na nakasulat dito, sinuman ang nakatira roon. Maaari lamang nilang halughugin ang mga lugar na nakalista sa warrant, at hanapin lamang ang mga bagay na nakalista rito. Maaaring pumasok ang mga ahente. Huwag harangan ang pinto at huwag silang labanan. Maaari ka pa ring manahimik. Tingnan ang petsa sa warrant. Kung mukhang luma na ito, magtanong sa isang abogado tungkol dito.
warrant-o-judge-search-say = Ginagamit ko po ang aking karapatang manahimik. Gusto kong makausap ang isang abogado.

warrant-o-wrong-address = Ibang address ang nakasulat sa search warrant, hindi ang bahay na ito. Hindi mo kailangang buksan ang pinto. Panatilihin itong nakasara.
warrant-o-wrong-address-say = Hindi po ako pumapayag na pumasok kayo sa bahay ko. Para sa ibang address ang warrant na ito.

warrant-o-cant-tell = Kung hindi mo matukoy kung anong papel ito, o kung sino ang pumirma nito, huwag buksan ang pinto. Hilingin na isingit nila ito sa ilalim ng pinto para mabasa mo. Maaari kang humingi ng interpreter. Ayon sa mga tagapagtanggol ng imigrante, tanging warrant na pinirmahan ng hukom ang nagpapahintulot sa mga ahente na pumasok nang hindi ka pumapayag. Mula 2025, sinasabi rin ng ICE na maaaring pumasok nang sapilitan ang mga ahente nito gamit ang Form I-205 para arestuhin ang taong may pinal na utos ng deportasyon (final order of removal); may mga kaso ngayon sa korte na kumukuwestiyon sa pahayag na iyon.
warrant-o-cant-tell-say = Hindi po ako pumapayag na pumasok kayo sa bahay ko. Pakipakita po sa akin ang warrant na pinirmahan ng hukom.

## Advice: the fixed list every outcome draws from, in this order

warrant-advice-keep-door-closed = Panatilihing nakasara ang pinto. Makipag-usap sa kanila habang nakasara ang pinto.
warrant-advice-do-not-consent = Sabihin nang malinaw na hindi ka pumapayag na pumasok sila o manghalughog.
warrant-advice-do-not-resist = Kung pumasok ang mga ahente o pumasok sila nang sapilitan, huwag tumakbo, lumaban o humarang sa kanila.
warrant-advice-stay-silent = Maaari kang manahimik. Kung pipiliin mo ito, sabihin ito nang malakas.
warrant-advice-ask-for-lawyer = Humingi ng abogado.
warrant-advice-do-not-sign = Huwag pumirma ng kahit ano hangga't hindi mo nakakausap ang isang abogado.
warrant-advice-note-details = Isulat ang mga pangalan ng mga ahente, ang kanilang mga badge number, ang oras, at ang nangyari.
warrant-advice-call-rapid-response = Tawagan ang rapid response line ng iyong county. Makikita mo ito sa help finder (tagahanap ng tulong) ng app na ito.

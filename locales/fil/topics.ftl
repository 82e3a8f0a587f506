# The situations. Plain words, short sentences, one action per step.

## At home

at-home-title = May mga ahente sa iyong pinto
at-home-summary = May mga ahente ng imigrasyon na kumakatok sa iyong bahay.

at-home-keep-door-closed-do = Panatilihing nakasara ang pinto. Makipag-usap habang nakasara ang pinto. Itanong kung sino sila at bakit sila pumunta. Hilingin na ipakita nila ang kanilang badge sa bintana.
at-home-keep-door-closed-say = Sino po kayo, at bakit kayo narito? Pakipakita po sa akin ang inyong badge sa bintana.
at-home-keep-door-closed-why = Ang pagbubukas ng pinto ay hindi nagbibigay sa kanila ng pahintulot na pumasok. Pero mas ligtas ang makipag-usap habang nakasara ang pinto.

at-home-ask-for-warrant-do = Itanong kung may warrant silang pinirmahan ng hukom. Hilingin na isingit nila ito sa ilalim ng pinto o itapat ito sa bintana. Huwag buksan ang pinto para basahin ito.
at-home-ask-for-warrant-say = Hindi po ako pumapayag na pumasok kayo sa bahay ko. Kung may warrant kayong pinirmahan ng hukom, pakisingit po ito sa ilalim ng pinto.
at-home-ask-for-warrant-why = Ayon sa mga tagapagtanggol ng imigrante, kung walang warrant na pinirmahan ng hukom, kailangan ng mga ahente ang pahintulot mo para pumasok sa iyong bahay. Mula 2025, sinasabi ng ICE na maaaring pumasok nang sapilitan ang mga ahente nito gamit ang Form I-205 para arestuhin ang taong may pinal na utos ng deportasyon (final order of removal). May mga kaso ngayon sa korte na kumukuwestiyon sa pahayag na iyon.

at-home-check-the-warrant-do = Tingnan ang papel. Ang warrant ng hukom ay galing sa korte at pinirmahan ng isang hukom. Dapat nakasulat sa search warrant ang address na ito. Dapat nakapangalan sa warrant of arrest ang isang taong nakatira rito. Tingnan din ang petsa. Gagabayan ka ng warrant checker (pansuri ng warrant) sa app na ito.
at-home-check-the-warrant-why = Ang papel mula sa ICE, gaya ng Form I-200 o Form I-205, ay pinirmahan ng isang opisyal ng ICE, hindi ng isang hukom. Ayon sa mga tagapagtanggol ng imigrante, hindi nito pinapayagan ang mga ahente na pumasok sa bahay mo nang walang pahintulot mo, pero mula 2025 sinasabi ng ICE na maaari itong pumasok nang sapilitan gamit ang Form I-205 para arestuhin ang taong may pinal na utos ng deportasyon (final order of removal). Kung ibang address ang nakasulat sa search warrant, o kung walang nakatira rito na nakapangalan sa warrant of arrest, hindi mo kailangang buksan ang pinto.

at-home-if-they-come-in-do = Kung pumasok nang sapilitan ang mga ahente, huwag silang labanan o harangan. Sabihin nang malinaw na hindi ka pumapayag sa kanilang pagpasok o sa paghahalughog. Manahimik at humingi ng abogado.
at-home-if-they-come-in-say = Hindi po ako pumapayag sa pagpasok na ito o sa anumang paghahalughog.
at-home-if-they-come-in-why = Ang paglaban ay maaaring maglagay sa iyo at sa iyong pamilya sa panganib. Maaari ka pa ring tumanggi sa pamamagitan ng iyong mga salita.

## In public

in-public-title = Pinahinto sa pampublikong lugar
in-public-summary = Pinahinto ka ng mga ahente o ng pulis sa kalye o sa isang pampublikong lugar.

in-public-stay-calm-do = Manatiling kalmado. Huwag tumakbo, makipagtalo, lumaban o humarang sa opisyal, kahit sa tingin mo ay mali ang pagpapahinto sa iyo. Ilagay ang iyong mga kamay kung saan nila ito nakikita.
in-public-stay-calm-why = Ang pagtakbo o paglaban ay maaaring maglagay sa iyo sa panganib.

in-public-refuse-search-do = Maaari kang tumanggi sa paghahalughog sa iyong mga bulsa o bag. Maaari pa ring kapkapan ng mga opisyal ang labas ng iyong damit para tingnan kung may armas.
in-public-refuse-search-say = Hindi po ako pumapayag sa paghahalughog.
in-public-refuse-search-why = May karapatan kang tumanggi. Kung halughugin ka pa rin nila, huwag silang labanan.

in-public-papers-do = Kung may balido kang papeles sa imigrasyon, gaya ng green card o work permit, dalhin ang mga ito, at ipakita kung hihingin ng isang ahente ng imigrasyon. Kung wala kang papeles, maaari kang manahimik. Huwag kailanman magpakita ng pekeng papeles. Huwag magdala ng papeles mula sa ibang bansa, gaya ng pasaporte ng ibang bansa.
in-public-papers-why = Sinasabi ng pederal na batas na ang mga adultong binigyan ng mga papeles na ito ay dapat magdala nito at ipakita ito sa mga ahente ng imigrasyon na humihingi. Ang hindi pagdadala nito ay isang pederal na misdemeanor (magaang uri ng krimen). Ang papeles mula sa ibang bansa ay maaaring magpakita kung taga-saan ka.

## Traffic stop

traffic-stop-title = Pinahinto habang nasa sasakyan
traffic-stop-summary = Pinahinto ng pulis o ng mga ahente ang sasakyang minamaneho mo o sinasakyan mo.

traffic-stop-pull-over-safely-do = Tumabi sa isang ligtas na lugar. Patayin ang makina. Buksan ang ilaw sa loob ng sasakyan. Ibaba nang kaunti ang bintana. Ilagay ang iyong mga kamay sa manibela kung saan nakikita ng opisyal.
traffic-stop-pull-over-safely-why = Ipinapakita nito sa opisyal na hindi ka mapanganib, at mas ligtas ang lahat.

traffic-stop-show-license-do = Kung hihingin ng opisyal, ipakita ang iyong driver's license, ang rehistro ng sasakyan at ang patunay ng insurance. Kung wala ka ng isa sa mga ito, huwag kailanman magpakita ng peke.
traffic-stop-show-license-why = Dapat ipakita ng mga drayber ang mga papeles na ito kapag hiningi.

traffic-stop-ca-ab60-do = Sa California, maaari kang magmaneho gamit ang lisensiyang ibinibigay ng DMV sa ilalim ng batas na AB 60, kahit hindi mo mapatunayang legal kang nasa U.S.
traffic-stop-ca-ab60-why = Balido ang AB 60 license para sa pagmamaneho sa California. Hindi ito pederal na ID. Labag sa batas na tratuhin nang hindi patas ang isang tao dahil mayroon siya nito.

traffic-stop-stay-silent-do = Ang drayber at lahat ng pasahero ay maaaring manahimik. Kung pipiliin mo ito, sabihin ito nang malakas.

traffic-stop-refuse-search-do = Huwag pumayag na halughugin ang sasakyan. Kung halughugin pa rin nila, huwag silang labanan.
traffic-stop-refuse-search-say = Hindi po ako pumapayag na halughugin ang sasakyan ko.
traffic-stop-refuse-search-why = Maaari pa ring manghalughog ang pulis nang walang pahintulot mo kung naniniwala silang may ebidensiya ng krimen. Ang paglaban ay maaaring maglagay sa iyo sa panganib.

traffic-stop-passenger-free-to-go-do = Kung pasahero ka, itanong kung malaya kang umalis. Kung oo ang sagot, umalis nang mahinahon.

traffic-stop-officer-name-do = Kung pulis ang mga opisyal, hingin ang kanilang mga pangalan at badge number. Isulat ang mga ito.
traffic-stop-officer-name-say = Maaari ko po bang malaman ang inyong pangalan at badge number?
traffic-stop-officer-name-why = Kapag isinulat mo ang mga ito, may tala ka kung sino ang nagpahinto sa iyo.

traffic-stop-immigration-agents-do = Kung mula sa ICE o sa Border Patrol ang mga ahente, pareho ang mga hakbang: manatiling kalmado, manahimik, at huwag pumayag sa paghahalughog.
traffic-stop-immigration-agents-why = Sa pangkalahatan, kailangan ng mga ahente ng imigrasyon ng reasonable suspicion (makatwirang hinala) na may paglabag sa imigrasyon o krimen para pahintuin ang isang sasakyan, at ng warrant o probable cause (ang legal na pamantayan para sa aresto o paghahalughog) para halughugin ito. Noong Setyembre 2025, pinayagan ng U.S. Supreme Court na magpatuloy ang pagpapahinto ng imigrasyon sa lugar ng Los Angeles habang nagpapatuloy ang isang kaso sa korte. Hindi pa tiyak kung ano ang pinapayagan ng utos na iyon: magtanong sa isang abogado.

## At home: do not

at-home-dont-open-the-door = Huwag buksan ang pinto maliban kung ipakita sa iyo ng mga ahente, sa ilalim ng pinto o sa bintana, ang isang warrant na pinirmahan ng hukom na tugma sa bahay na ito: isang search warrant para sa address na ito, o isang warrant of arrest para sa isang taong nakatira rito.

## In public: do not

in-public-dont-carry-foreign-papers = Huwag magdala ng papeles mula sa ibang bansa, gaya ng pasaporte ng ibang bansa o consular ID. Maaari nitong ipakita kung taga-saan ka. Galing ang payong ito sa mga grupong nagtatanggol sa mga imigrante, ayon sa pagbanggit ng ibang website: magtanong sa isang abogado kung hindi ka sigurado kung ano ang dadalhin.
in-public-dont-follow-agents = Huwag sumama sa mga ahente sa isang opisina o pumayag na "magkita para magkape". Maaaring panlilinlang ito.

## Traffic stop: do not

traffic-stop-dont-show-false-papers = Huwag magpakita ng pekeng lisensiya o pekeng papeles, kahit wala kang tunay na mga ito.
traffic-stop-dont-consent-to-search = Huwag pumayag na halughugin ang sasakyan. Kung halughugin pa rin nila, huwag silang labanan.

## Traffic stop: immigration papers

traffic-stop-papers-do = Kung may balido kang papeles sa imigrasyon, gaya ng green card o work permit, dalhin ang mga ito. Kung hingin ito ng isang ahente ng imigrasyon, ipakita ito. Kung wala kang papeles, maaari kang manahimik. Huwag magsinungaling, at huwag kailanman magpakita ng pekeng papeles o papeles mula sa ibang bansa.
traffic-stop-papers-why = Sinasabi ng pederal na batas na ang mga adultong binigyan ng mga papeles na ito ay dapat magdala nito. Ang hindi pagdadala nito ay isang pederal na misdemeanor (magaang uri ng krimen), na may multang hanggang $100 o hanggang 30 araw sa kulungan. Mula 2025, pinapaalalahanan ng gobyerno ang mga tao tungkol sa patakarang ito. Maaari ka pa ring manahimik tungkol sa lahat ng iba pa. Ang mga pinagmulan namin para sa mga detalye ay mga pahina ng law firm: magtanong sa isang abogado kung ano ang ibig sabihin nito para sa iyong mga papeles.

# The training quiz: one question per block, then its choices and why. Each
# question tests one step of its situation (content/quiz/<topic>.toml).

## Agents at your door

quiz-at-home-door = Kumakatok ang mga ahente ng imigrasyon sa iyong bahay. Ano ang dapat mong gawin?
quiz-at-home-door-a = Buksan nang kaunti ang pinto para makipag-usap.
quiz-at-home-door-b = Panatilihing nakasara ang pinto at makipag-usap habang nakasara ito.
quiz-at-home-door-c = Lumabas para makipag-usap sa kanila.
quiz-at-home-door-why = Panatilihing nakasara ang pinto at makipag-usap habang nakasara ito. Itanong kung sino sila at bakit sila pumunta. Ang pagbubukas ng pinto ay hindi nagbibigay sa kanila ng pahintulot na pumasok, pero mas ligtas ang makipag-usap habang nakasara ang pinto.

quiz-at-home-open = Gusto ng mga ahente na buksan mo ang pinto. Ano ang dapat nilang ipakita sa iyo bago mo ito buksan?
quiz-at-home-open-a = Isang badge sa bintana.
quiz-at-home-open-b = Anumang papel na may nakasulat na "warrant".
quiz-at-home-open-c = Isang warrant na pinirmahan ng hukom na tugma sa bahay na ito.
quiz-at-home-open-why = Huwag buksan ang pinto maliban kung ipakita nila sa iyo, sa ilalim ng pinto o sa bintana, ang isang warrant na pinirmahan ng hukom na tugma sa bahay na ito. Ibig sabihin, isang search warrant para sa address na ito, o isang warrant of arrest para sa isang taong nakatira rito.

quiz-at-home-silent = Tinatanong ng mga ahente kung saan ka ipinanganak. Kailangan mo bang sumagot?
quiz-at-home-silent-a = Hindi. Maaari kang manahimik.
quiz-at-home-silent-b = Oo. Dapat mong sagutin ang bawat tanong.
quiz-at-home-silent-c = Hindi, pero dapat mong sabihin sa kanila ang iyong katayuan sa imigrasyon.
quiz-at-home-silent-why = Sa ilalim ng Fifth Amendment (Ikalimang Susog sa Konstitusyon), maaari kang tumangging sumagot sa mga tanong. Hindi mo kailangang sabihin kung saan ka ipinanganak, ano ang iyong katayuan sa imigrasyon, o paano ka nakarating sa bansang ito. Kung pipiliin mong manahimik, sabihin ito nang malakas.

quiz-at-home-forced = Pumasok nang sapilitan ang mga ahente sa iyong bahay. Ano ang dapat mong gawin?
quiz-at-home-forced-a = Harangan sila para hindi sila makapasok.
quiz-at-home-forced-b = Huwag lumaban. Sabihing hindi ka pumapayag sa kanilang pagpasok o sa paghahalughog.
quiz-at-home-forced-c = Sagutin ang kanilang mga tanong para mas maaga silang umalis.
quiz-at-home-forced-why = Huwag silang labanan o harangan: ang paglaban ay maaaring maglagay sa iyo at sa iyong pamilya sa panganib. Maaari ka pa ring tumanggi sa pamamagitan ng iyong mga salita. Sabihing hindi ka pumapayag sa kanilang pagpasok o sa paghahalughog, manahimik at humingi ng abogado.

## Checking a warrant

quiz-warrant-check-say-warrant = Sinasabi ng mga ahente mula sa labas ng pinto na may warrant sila. Ano ang dapat mong gawin?
quiz-warrant-check-say-warrant-a = Buksan ang pinto, dahil sinabi nila iyon.
quiz-warrant-check-say-warrant-b = Huwag buksan ang pinto. Tingnan muna ang papel.
quiz-warrant-check-say-warrant-c = Buksan ang pinto kung sasabihin nilang pulis sila.
quiz-warrant-check-say-warrant-why = Huwag buksan ang pinto dahil lamang sinasabi ng mga ahente na may warrant sila. Minsan sinasabi ng mga ahente na may warrant sila kahit wala, o sinasabi nilang pulis sila. Tingnan muna ang papel.

quiz-warrant-check-judge = Paano mo malalaman na ang isang papel ay warrant mula sa hukom?
quiz-warrant-check-judge-a = Galing ito sa korte, at pinirmahan ito ng isang hukom.
quiz-warrant-check-judge-b = Pinirmahan ito ng isang opisyal ng ICE.
quiz-warrant-check-judge-c = Sinasabi ng ahente na iyon nga ito.
quiz-warrant-check-judge-why = Tingnan kung sino ang pumirma sa papel. Ang warrant mula sa hukom ay galing sa korte, gaya ng U.S. District Court o California Superior Court. Isang hukom ang pumipirma nito.

quiz-warrant-check-ice-form = Ang papel ay Form I-205 ng ICE. Ito ba ay warrant ng hukom?
quiz-warrant-check-ice-form-a = Oo. Lahat ng form ng warrant ay galing sa hukom.
quiz-warrant-check-ice-form-b = Oo, kung pinirmahan ito ng isang opisyal ng ICE.
quiz-warrant-check-ice-form-c = Hindi. Isang opisyal ng ICE ang pumipirma nito, hindi isang hukom.
quiz-warrant-check-ice-form-why = Ang mga form mula sa ICE, gaya ng Form I-200 o Form I-205, ay pinirmahan ng isang opisyal ng ICE, hindi ng isang hukom. Ayon sa mga tagapagtanggol ng imigrante, hindi pinapayagan ng mga ito ang mga ahente na pumasok sa iyong bahay nang walang pahintulot mo, pero mula 2025 sinasabi ng ICE na maaaring pumasok nang sapilitan ang mga ahente nito gamit ang Form I-205 para arestuhin ang taong may pinal na utos ng deportasyon (final order of removal), at may mga kaso ngayon sa korte na kumukuwestiyon sa pahayag na iyon. Kung pumasok nang sapilitan ang mga ahente, huwag silang labanan o harangan.

quiz-warrant-check-wrong-person = Pinirmahan ng isang hukom ang isang warrant of arrest, pero walang nakatira sa bahay mo na nakapangalan dito. Kailangan mo bang buksan ang pinto?
quiz-warrant-check-wrong-person-a = Oo. Pinapapasok sila ng anumang warrant ng hukom.
quiz-warrant-check-wrong-person-b = Hindi. Hindi mo kailangang buksan ang pinto.
quiz-warrant-check-wrong-person-c = Oo, kapag naisingit na nila ito sa ilalim ng pinto.
quiz-warrant-check-wrong-person-why = Hindi pinapayagan ng warrant of arrest ang mga opisyal na pumasok sa bahay ng ibang tao para hanapin ang taong nakapangalan dito. Para roon, kailangan nila ng search warrant. Kung walang nakatira rito na nakapangalan sa warrant of arrest, hindi mo kailangang buksan ang pinto.

## Stopped in public

quiz-in-public-free-to-go = Sa kalye, tinanong mo ang isang ahente kung malaya kang umalis. Oo ang sagot. Ano ang maaari mong gawin?
quiz-in-public-free-to-go-a = Dapat kang manatili at sagutin ang kanilang mga tanong.
quiz-in-public-free-to-go-b = Umalis nang mahinahon.
quiz-in-public-free-to-go-c = Tumakbo palayo nang mabilis.
quiz-in-public-free-to-go-why = Kung oo ang sagot, umalis nang mahinahon. Kung hindi ka pinipigil, hindi mo kailangang manatili at sumagot sa mga tanong. Kung hindi ang sagot, manahimik at humingi ng abogado.

quiz-in-public-search = Gustong halughugin ng isang opisyal sa kalye ang iyong bag. Ano ang maaari mong gawin?
quiz-in-public-search-a = Sabihin: Hindi po ako pumapayag sa paghahalughog.
quiz-in-public-search-b = Hawakan nang mahigpit ang iyong bag at labanan sila.
quiz-in-public-search-c = Wala. Hindi ka maaaring tumanggi.
quiz-in-public-search-why = May karapatan kang tumanggi sa paghahalughog sa iyong mga bulsa o bag. Maaari pa ring kapkapan ng mga opisyal ang labas ng iyong damit para tingnan kung may armas. Kung halughugin ka pa rin nila, huwag silang labanan.

quiz-in-public-green-card = May balido kang green card. Ano ang dapat mong gawin kapag lumalabas ka?
quiz-in-public-green-card-a = Iwanan ito sa bahay para manatili itong ligtas.
quiz-in-public-green-card-b = Dalhin ito, pero huwag itong ipakita sa mga ahente ng imigrasyon na humihingi.
quiz-in-public-green-card-c = Dalhin ito, at ipakita kung hihingin ng isang ahente ng imigrasyon.
quiz-in-public-green-card-why = Sinasabi ng pederal na batas na ang mga adultong binigyan ng mga papeles na ito ay dapat magdala nito at ipakita ito sa mga ahente ng imigrasyon na humihingi. Ang hindi pagdadala nito ay isang pederal na misdemeanor (magaang uri ng krimen).

quiz-in-public-coffee = Pinapupunta ka ng mga ahente sa kanilang opisina o inaaya kang "magkita para magkape". Ano ang dapat mong gawin?
quiz-in-public-coffee-a = Pumunta, para makita nilang wala kang itinatago.
quiz-in-public-coffee-b = Huwag pumunta. Maaaring panlilinlang ito.
quiz-in-public-coffee-c = Pumunta, kung mukha silang mabait.
quiz-in-public-coffee-why = Huwag sumama sa mga ahente sa isang opisina o pumayag na "magkita para magkape". Maaaring panlilinlang ito.

## Stopped in a car

quiz-traffic-stop-pull-over = Sinesenyasan ka ng pulis na tumabi. Ano ang dapat mong gawin?
quiz-traffic-stop-pull-over-a = Huwag patayin ang makina para handa kang umalis.
quiz-traffic-stop-pull-over-b = Huminto sa isang ligtas na lugar, patayin ang makina, at ilagay ang iyong mga kamay sa manibela.
quiz-traffic-stop-pull-over-c = Abutin agad ang iyong mga papeles sa ilalim ng upuan.
quiz-traffic-stop-pull-over-why = Tumabi sa isang ligtas na lugar, patayin ang makina, buksan ang ilaw sa loob ng sasakyan, at ilagay ang iyong mga kamay sa manibela kung saan nakikita ng opisyal. Ipinapakita nito sa opisyal na hindi ka mapanganib, at mas ligtas ang lahat.

quiz-traffic-stop-who-silent = Pinahinto ng pulis ang iyong sasakyan. Sino ang maaaring manahimik?
quiz-traffic-stop-who-silent-a = Ang drayber lamang.
quiz-traffic-stop-who-silent-b = Ang mga pasahero lamang.
quiz-traffic-stop-who-silent-c = Ang drayber at lahat ng pasahero.
quiz-traffic-stop-who-silent-why = Ang drayber at lahat ng pasahero ay maaaring manahimik. Kung pipiliin mo ito, sabihin ito nang malakas. Ang sasabihin mo ay maaaring gamitin laban sa iyo sa korte.

quiz-traffic-stop-car-search = Humihingi ng pahintulot ang isang opisyal na halughugin ang iyong sasakyan. Ano ang maaari mong sabihin?
quiz-traffic-stop-car-search-a = Hindi po ako pumapayag na halughugin ang sasakyan ko.
quiz-traffic-stop-car-search-b = Sige po, wala akong itinatago.
quiz-traffic-stop-car-search-c = Maaari ninyong halughugin kung paaalisin ninyo ako pagkatapos.
quiz-traffic-stop-car-search-why = Huwag pumayag na halughugin ang sasakyan. Maaari pa ring manghalughog ang pulis nang walang pahintulot mo kung naniniwala silang may ebidensiya ng krimen. Kung halughugin pa rin nila, huwag silang labanan: ang paglaban ay maaaring maglagay sa iyo sa panganib.

quiz-traffic-stop-passenger = Pasahero ka. Tinanong mo kung malaya kang umalis, at sinabi ng opisyal na oo. Ano ang maaari mong gawin?
quiz-traffic-stop-passenger-a = Dapat kang manatili at sumagot sa mga tanong.
quiz-traffic-stop-passenger-b = Umalis nang mahinahon.
quiz-traffic-stop-passenger-c = Tumakbo palayo sa sasakyan.
quiz-traffic-stop-passenger-why = Kung pasahero ka, itanong kung malaya kang umalis. Kung oo ang sagot, umalis nang mahinahon. Kung hindi ka pinipigil, hindi mo kailangang manatili at sumagot sa mga tanong.

## Agents at your work

quiz-at-work-areas = Saan sa trabaho maaaring pumasok ang ICE nang hindi humihingi ng pahintulot?
quiz-at-work-areas-a = Sa mga pampublikong bahagi, gaya ng lobby o paradahan.
quiz-at-work-areas-b = Sa kusina o sa opisina.
quiz-at-work-areas-c = Sa anumang kuwarto, kahit sa mga kuwartong para lamang sa mga manggagawa.
quiz-at-work-areas-why = Maaaring pumasok ang ICE sa mga pampublikong bahagi ng isang negosyo, gaya ng kainan, lobby o paradahan, nang hindi humihingi ng pahintulot. Para pumasok sa mga bahaging hindi pampubliko, gaya ng kusina, opisina o mga kuwartong para lamang sa mga manggagawa, kailangan nila ng pahintulot ng employer o ng warrant na pinirmahan ng hukom. Ang pagiging nasa pampublikong bahagi ay hindi, sa sarili nito, nagpapahintulot sa mga ahente na pigilan, tanungin o arestuhin ang sinuman.

quiz-at-work-free-to-leave = Sa trabaho, tinanong mo ang isang ahente kung malaya kang bumalik sa trabaho. Oo ang sagot. Ano ang maaari mong gawin?
quiz-at-work-free-to-leave-a = Dapat ka munang manatili at sumagot sa mga tanong.
quiz-at-work-free-to-leave-b = Tumakbo palabas sa pintuan sa likod.
quiz-at-work-free-to-leave-c = Sabihing ayaw mong makipag-usap, pagkatapos ay bumalik sa trabaho nang mahinahon.
quiz-at-work-free-to-leave-why = Kung oo ang sagot, sabihing ayaw mong makipag-usap. Pagkatapos, bumalik sa trabaho o umalis nang mahinahon. Kung hindi ka pinipigil, hindi mo kailangang manatili at sumagot sa mga tanong.

quiz-at-work-groups = Inuutusan ng mga ahente ang mga manggagawa na maghiwa-hiwalay sa mga grupo ayon sa katayuan sa imigrasyon. Ano ang maaari mong gawin?
quiz-at-work-groups-a = Dapat kang lumipat sa grupo para sa iyong katayuan.
quiz-at-work-groups-b = Manatili kung nasaan ka.
quiz-at-work-groups-c = Lumipat sa isang grupo, dahil wala naman itong sinasabi sa kanila.
quiz-at-work-groups-why = Maaari kang manatili kung nasaan ka. Ang paglipat sa isa sa mga grupong iyon ay paraan ng pagsasabi sa kanila ng iyong katayuan, at hindi mo kailangang sabihin sa kanila ang iyong katayuan.

quiz-at-work-search = Gustong manghalughog ng mga ahente sa iyong trabaho. Ano ang maaari mong sabihin?
quiz-at-work-search-a = Hindi po ako pumapayag sa paghahalughog.
quiz-at-work-search-b = Sige po, wala akong itinatago.
quiz-at-work-search-c = Maaari kayong manghalughog kung hindi ninyo ako tatanungin.
quiz-at-work-search-why = Huwag pumayag sa paghahalughog. Maaari mong sabihin nang malakas: Hindi po ako pumapayag sa paghahalughog.

## Arrested by police

quiz-arrested-used-against = Pagkatapos ng pag-aresto, saan maaaring gamitin laban sa iyo ang sasabihin mo?
quiz-arrested-used-against-a = Sa criminal court lamang
quiz-arrested-used-against-b = Wala kahit saan, dahil lokal na pulis sila
quiz-arrested-used-against-c = Sa criminal court at sa korte ng imigrasyon
quiz-arrested-used-against-why = Ang sasabihin mo ay maaaring gamitin laban sa iyo sa criminal court at sa korte ng imigrasyon. Kaya humingi ng abogado, at huwag magpasya ng anuman hangga't hindi mo nakakausap ang isang abogado.

quiz-arrested-caregiver = Inaresto ka, at ikaw ang pangunahing tagapag-alaga ng isang bata. Ano ang maaari mong gawin?
quiz-arrested-caregiver-a = Sabihin sa opisyal ang tungkol sa iyong anak
quiz-arrested-caregiver-b = Itago ito sa opisyal
quiz-arrested-caregiver-c = Hintaying palayain ka bago ito banggitin
quiz-arrested-caregiver-why = Maaari mong sabihin sa opisyal na ikaw ang magulang o pangunahing tagapag-alaga ng isang bata, at ang tungkol sa anumang pangangailangang medikal. Makakatulong ito para matiyak na maaalagaan ang iyong anak at malalaman ang iyong mga pangangailangang pangkalusugan.

quiz-arrested-wrong-arrest = Sa tingin mo ay nagkakamali ang pulis sa pag-aresto sa iyo. Ano ang dapat mong gawin?
quiz-arrested-wrong-arrest-a = Tumakbo kung may pagkakataon
quiz-arrested-wrong-arrest-b = Huwag tumakbo o lumaban, kahit sa tingin mo ay mali ito
quiz-arrested-wrong-arrest-c = Lumaban para pakawalan ka nila
quiz-arrested-wrong-arrest-why = Huwag tumakbo palayo sa pulis o lumaban sa kanila, kahit sa tingin mo ay mali ang pag-aresto.

quiz-arrested-calls = Sa California, ilang tawag sa telepono ang maaari mong gawin pagkatapos kang arestuhin?
quiz-arrested-calls-a = Hindi bababa sa 3 tawag na talagang makakakonekta
quiz-arrested-calls-b = 1 tawag lamang
quiz-arrested-calls-c = Wala hangga't hindi ka humaharap sa hukom
quiz-arrested-calls-why = Binibigyan ka ng California Penal Code section 851.5 ng hindi bababa sa 3 tawag na talagang makakakonekta. Makukuha mo ang mga ito kaagad pagkatapos ng booking (pagtatala sa iyo sa kulungan), at hindi lalampas sa 3 oras pagkatapos ng pag-aresto sa iyo, maliban kung pisikal na imposible ito.

## Held in a local jail

quiz-in-jail-silent = Habang nakakulong ka, tinatanong ka kung saan ka ipinanganak. Kailangan mo bang sumagot?
quiz-in-jail-silent-a = Oo, dahil nasa kulungan ka
quiz-in-jail-silent-b = Hindi. Maaari kang manahimik, at sabihin ito nang malakas
quiz-in-jail-silent-c = Oo, kung isang opisyal ang magtatanong sa iyo
quiz-in-jail-silent-why = Sa ilalim ng Fifth Amendment (Ikalimang Susog sa Konstitusyon), maaari kang tumangging sumagot sa mga tanong. Hindi mo kailangang sabihin kung saan ka ipinanganak. Kung pipiliin mong manahimik, sabihin ito nang malakas.

quiz-in-jail-sign = Sa kulungan, binigyan ka ng mga papel para sa "voluntary departure" (kusang pag-alis sa bansa). Ano ang dapat mong gawin?
quiz-in-jail-sign-a = Pirmahan ang mga ito para mas mabilis kang makalabas
quiz-in-jail-sign-b = Pirmahan ang mga ito kung sasabihin sa iyo ng isang opisyal
quiz-in-jail-sign-c = Huwag pumirma hangga't hindi mo pa nakakausap ang isang abogado
quiz-in-jail-sign-why = Huwag pumirma ng kahit ano, lalo na ng mga papel para sa "voluntary departure" (kusang pag-alis sa bansa), nang hindi muna nakakausap ang isang abogado.

quiz-in-jail-citizen = Hindi ka mamamayan ng U.S. Tinatanong ka ng isang opisyal kung mamamayan ka. Ano ang tama?
quiz-in-jail-citizen-a = Huwag sabihing mamamayan ka ng U.S.
quiz-in-jail-citizen-b = Sabihing mamamayan ka, para sigurado
quiz-in-jail-citizen-c = Magpakita ng pekeng papeles kung mayroon ka
quiz-in-jail-citizen-why = Huwag magsinungaling. Huwag sabihing mamamayan ka ng U.S. kung hindi naman, at huwag magpakita ng pekeng papeles.

quiz-in-jail-interview = Sa isang kulungan ng lungsod o county sa California, gusto kang i-interview ng ICE. Ano ang maaari mong gawin?
quiz-in-jail-interview-a = Makipag-usap sa ICE, dahil nasa kulungan ka
quiz-in-jail-interview-b = Tumanggi, o makipag-usap lamang kung naroon ang iyong abogado
quiz-in-jail-interview-c = Wala, ang kulungan ang magpapasya para sa iyo
quiz-in-jail-interview-why = Boluntaryo ang interview. Maaari kang tumanggi, o sabihing makikipag-usap ka lamang kung naroon ang iyong abogado. Ang sasabihin mo sa ICE ay maaaring gamitin laban sa iyo sa korte ng imigrasyon.

## Held by ICE

quiz-ice-detention-free-help = Hawak ka ng ICE at wala kang abogado. Ano ang maaari mong hingin sa mga opisyal?
quiz-ice-detention-free-help-a = Wala, dapat kang maghanap ng abogado nang mag-isa
quiz-ice-detention-free-help-b = Wala hanggang sa petsa ng iyong pagharap sa korte
quiz-ice-detention-free-help-c = Ang listahan ng mga libreng (pro bono) legal na serbisyo
quiz-ice-detention-free-help-why = Kung wala kang abogado, hingin sa mga opisyal ang listahan ng mga libreng legal na serbisyo. Sa mga kaso sa imigrasyon, karaniwang hindi binabayaran ng gobyerno ang iyong abogado. Libreng nagbibigay ng legal na tulong ang mga grupo sa listahan.

quiz-ice-detention-phone = Ano ang hindi mo dapat pag-usapan sa telepono sa detensyon?
quiz-ice-detention-phone-a = Ang iyong katayuan sa imigrasyon o kung saan ka ipinanganak
quiz-ice-detention-phone-b = Wala, dahil pribado ang mga tawag na ito
quiz-ice-detention-phone-c = Wala, kung sarili mong wika ang gamit mo
quiz-ice-detention-phone-why = Maaaring pinakikinggan ang mga tawag sa mga telepono sa detensyon. Kaya huwag pag-usapan sa mga ito ang iyong katayuan sa imigrasyon o kung saan ka ipinanganak.

quiz-ice-detention-locator = Ano ang kailangan ng iyong pamilya para mahanap ka gamit ang Online Detainee Locator ng ICE?
quiz-ice-detention-locator-a = Ang iyong unang pangalan lamang
quiz-ice-detention-locator-b = Ang iyong A-number o ang eksakto mong pangalan, at ang bansa kung saan ka ipinanganak
quiz-ice-detention-locator-c = Ang bansa kung saan ka ipinanganak lamang
quiz-ice-detention-locator-why = Kailangan nila ang iyong A-number at ang bansa kung saan ka ipinanganak, o ang iyong pangalan at ang bansa kung saan ka ipinanganak. Dapat eksaktong tugma ang pangalan sa mga record ng ICE. Nahahanap ng locator ang mga taong 18 taong gulang pataas.

quiz-ice-detention-departure = Inaalok ka ng ICE ng voluntary departure (kusang pag-alis sa bansa). Ano ang dapat mong gawin muna?
quiz-ice-detention-departure-a = Pumayag agad para matapos na
quiz-ice-detention-departure-b = Hayaan ang opisyal na magpasya para sa iyo
quiz-ice-detention-departure-c = Makipag-usap sa isang abogado bago ka pumayag
quiz-ice-detention-departure-why = Huwag pumayag sa voluntary departure (kusang pag-alis sa bansa), o magpasya ng anupaman tungkol sa iyong kaso, bago ka makipag-usap sa isang abogado.

## Going to court

quiz-in-court-case-line = Ano ang totoo tungkol sa awtomatikong linya ng korte ng imigrasyon para sa mga kaso?
quiz-in-court-case-line-a = Pinapatakbo ito ng mga tagapagtanggol ng imigrante na nasa panig mo
quiz-in-court-case-line-b = Kailangan nito ang A-number, at ang gobyerno ang nagpapatakbo nito
quiz-in-court-case-line-c = Magagamit mo ito kahit walang A-number
quiz-in-court-case-line-why = Para makakuha ng impormasyon tungkol sa isang kaso, ihanda ang A-number ng tao. Kailangan ito ng awtomatikong linya. Pinapatakbo ng gobyerno ang linya, hindi ng mga tagapagtanggol ng imigrante.

quiz-in-court-lawyer = May kaso ka sa korte ng imigrasyon. Ano ang maaari mong gawin tungkol sa abogado?
quiz-in-court-lawyer-a = Humiling na makausap ang isang abogado, at maging handang maghanap nito nang ikaw mismo
quiz-in-court-lawyer-b = Maghintay, dahil magpapadala ang korte ng libreng abogado para sa iyo
quiz-in-court-lawyer-c = Pumunta nang walang abogado, dahil hindi ka maaaring humingi nito
quiz-in-court-lawyer-why = Maaari kang humiling na makausap ang isang abogado. Sa mga kaso sa imigrasyon, karaniwang hindi binabayaran ng gobyerno ang iyong abogado, kaya maaaring kailangan mong maghanap ng abogado nang ikaw mismo.

quiz-in-court-free-help = Saan ka maaaring maghanap ng libreng legal na tulong para sa isang kaso sa imigrasyon?
quiz-in-court-free-help-a = Wala, dahil may bayad ang legal na tulong
quiz-in-court-free-help-b = Pagkatapos lamang matapos ang iyong kaso
quiz-in-court-free-help-c = Sa mga direktoryo online, at sa listahan ng korte ng mga libreng legal provider
quiz-in-court-free-help-why = Maaari kang maghanap online sa dalawang pambansang direktoryo ng libre at murang legal na serbisyo. Mayroon ding listahan ang korte ng imigrasyon ng mga libreng (pro bono) legal provider. Kung nakadetine ka at walang abogado, hingin sa mga opisyal ang listahan.

quiz-in-court-state-case = May kasong kriminal ka sa korte ng estado ng California. Maaari ba itong makaapekto sa imigrasyon?
quiz-in-court-state-case-a = Hindi, walang kinalaman ang mga korte ng estado sa imigrasyon
quiz-in-court-state-case-b = Oo, may mga resultang makakasama sa iyong katayuan, kaya magtanong sa isang abogado sa imigrasyon
quiz-in-court-state-case-c = Tanging kung pag-uusapan mo ang imigrasyon sa korte
quiz-in-court-state-case-why = Huwag isiping walang kinalaman sa imigrasyon ang isang kaso sa korte ng estado. May mga resulta sa kasong kriminal na makakasama sa iyong katayuan. Magtanong sa isang abogado sa imigrasyon.

## At a school or hospital

quiz-school-hospital-records = Humihingi ang mga ahente sa isang paaralan sa California ng impormasyon tungkol sa mga estudyante. Ano ang dapat munang mayroon ang mga ahente?
quiz-school-hospital-records-a = Isang warrant mula sa hukom
quiz-school-hospital-records-b = Isang papel na pinirmahan ng isang opisyal ng ICE
quiz-school-hospital-records-c = Wala, kailangan lang nilang humingi
quiz-school-hospital-records-why = Sa ilalim ng AB 49, hindi maaaring magbigay ang paaralan sa mga ahente ng impormasyon tungkol sa mga estudyante, pamilya o kawani maliban kung may warrant mula sa hukom ang mga ahente. Ang papel na pinirmahan ng isang opisyal ng ICE, at hindi ng isang hukom, ay hindi warrant ng hukom.

quiz-school-hospital-clinic-areas = Sa ilalim ng SB 81 ng California, ano ang dapat gawin ng mga klinika at ospital?
quiz-school-hospital-clinic-areas-a = Papasukin ang mga ahente sa anumang bahaging hingin nila
quiz-school-hospital-clinic-areas-b = Pigilan ang mga ahente na pumasok sa waiting room lamang
quiz-school-hospital-clinic-areas-c = Pigilan ang mga ahente na pumasok sa mga bahaging hindi pampubliko kung walang warrant ng hukom o utos ng korte
quiz-school-hospital-clinic-areas-why = Dapat piliin ng mga klinika at ospital kung aling mga bahagi nila ang hindi bukas sa publiko. Dapat nilang pigilan ang mga ahente ng imigrasyon na pumasok sa mga bahaging iyon maliban kung may warrant mula sa hukom o utos ng korte ang mga ahente.

quiz-school-hospital-emergency = Kailangan mo ng emergency na pagpapagamot sa California, pero natatakot ka dahil sa iyong katayuan sa imigrasyon. Ano ang dapat mong gawin?
quiz-school-hospital-emergency-a = Manatili sa bahay hanggang magkaroon ka ng papeles
quiz-school-hospital-emergency-b = Kunin ang emergency na pagpapagamot na kailangan mo
quiz-school-hospital-emergency-c = Huwag na, dahil nakadepende sa iyong katayuan ang pagpapagamot
quiz-school-hospital-emergency-why = Magpagamot sa emergency kapag kailangan mo. Ayon sa California Attorney General (ang pinakamataas na abogado ng estado), maaari kang makakuha ng emergency na pagpapagamot anuman ang iyong katayuan sa imigrasyon.

quiz-school-hospital-with-warrant = Napipigilan ba ng mga batas na ito ng California ang lahat ng ahente na pumasok sa mga paaralan at ospital?
quiz-school-hospital-with-warrant-a = Hindi, maaari pa ring pumasok ang mga ahenteng may warrant ng hukom o utos ng korte
quiz-school-hospital-with-warrant-b = Oo, hindi talaga maaaring pumasok ang mga ahente
quiz-school-hospital-with-warrant-c = Oo, maliban kung naka-uniporme ang mga ahente
quiz-school-hospital-with-warrant-why = Huwag umasa sa mga batas na ito lamang para mapalayo ang mga ahente. Maaari pa ring pumasok ang mga ahenteng may warrant na pinirmahan ng hukom, o may utos ng korte.

## Near the border

quiz-border-zone-checkpoint = Sa isang checkpoint ng Border Patrol, tinatanong ka ng mga ahente. Ano ang maaari mong gawin?
quiz-border-zone-checkpoint-a = Dapat kang sumagot, dahil malapit ka sa border
quiz-border-zone-checkpoint-b = Manatiling kalmado, ilagay ang mga kamay kung saan nakikita, at maaari kang manahimik
quiz-border-zone-checkpoint-c = Itago ang iyong mga kamay at makipagtalo sa mga ahente
quiz-border-zone-checkpoint-why = Umiiral pa rin ang Konstitusyon sa mga checkpoint ng Border Patrol, kasama ang iyong karapatang hindi sumagot sa mga tanong. Manatiling kalmado at ilagay ang iyong mga kamay kung saan nakikita ng mga ahente. Kung pipiliin mong manahimik, sabihin ito nang malakas.

quiz-border-zone-car-search = Gustong halughugin ng mga ahente ng Border Patrol ang iyong sasakyan. Ano ang dapat mong gawin?
quiz-border-zone-car-search-a = Sabihing "Hindi po ako pumapayag na halughugin ang sasakyan ko," at huwag lumaban kung halughugin pa rin nila
quiz-border-zone-car-search-b = Pumayag sa paghahalughog, dahil wala kang karapatan malapit sa border
quiz-border-zone-car-search-c = Harangan ang mga pinto ng sasakyan para hindi sila makapanghalughog
quiz-border-zone-car-search-why = Huwag pumayag na halughugin ang iyong sasakyan. Sa loob ng 100-milyang zone, kailangan ng Border Patrol ng warrant o probable cause (ang legal na pamantayan para sa aresto o paghahalughog) para halughugin ang isang sasakyan. Kung halughugin pa rin nila, huwag silang labanan.

quiz-border-zone-port-search = Pumasok ka sa bansa sa isang paliparan. Maaari bang halughugin ng mga opisyal ang iyong mga bag nang walang warrant?
quiz-border-zone-port-search-a = Hindi, kailangan muna nila ng warrant
quiz-border-zone-port-search-b = Tanging kung hindi ka mamamayan ng U.S.
quiz-border-zone-port-search-c = Oo, hindi kailangan ng warrant o dahilan para sa mga karaniwang paghahalughog doon
quiz-border-zone-port-search-why = Ang mga paliparan, tawiran sa lupa at daungan ay mga port of entry. Doon, hindi kailangan ng mga opisyal ng warrant o ng dahilan para sa mga karaniwang paghahalughog, kahit sa mga mamamayan ng U.S. at sa mga may green card. Masalimuot ang mga patakaran sa border: magtanong sa isang abogado bago ka bumiyahe kung nag-aalala ka.

quiz-border-zone-phone-password = Sa isang port of entry, hinihingi ng isang opisyal ang password ng iyong telepono. Ano ang totoo?
quiz-border-zone-phone-password-a = Dapat mo itong ibigay, kung hindi ay lalabag ka sa batas
quiz-border-zone-phone-password-b = Hindi mo kailangang ibigay ito, pero maaaring hindi mapigilan ng pagtanggi ang paghahalughog
quiz-border-zone-phone-password-c = Kung tumanggi ka, dapat nilang ibalik agad ang iyong telepono
quiz-border-zone-phone-password-why = Hindi mo kailangang ibigay ang iyong password, pero maaaring hindi mapigilan ng pagtanggi ang paghahalughog. Kung hindi mo i-unlock ang isang device, maaari itong hawakan ng mga opisyal nang ilang linggo. Ang biyaherong hindi mamamayan ng U.S. at walang green card ay maaaring hindi papasukin sa bansa.

## Recording agents

quiz-recording-right = Maaari mo bang i-record ang mga ahente ng imigrasyon na nagtatrabaho sa isang pampublikong lugar?
quiz-recording-right-a = Hindi, labag sa batas ang pagre-record sa mga ahente sa publiko
quiz-recording-right-b = Oo, at maaari kang tumayo nang kasinlapit ng gusto mo
quiz-recording-right-c = Oo, mula sa lugar kung saan ka pinapayagang naroon, sa ligtas na distansya
quiz-recording-right-why = Sinasabi ng mga pederal na korte na may karapatan ang mga tao sa ilalim ng First Amendment na i-record ang pulis habang ginagawa nila ang kanilang trabaho sa publiko, at ginagamit din ang parehong ideya para sa mga ahente ng imigrasyon. Manatili kung saan ka pinapayagang naroon, panatilihin ang ligtas na distansya, at huwag humarang sa kanila.

quiz-recording-move-back = Habang nagre-record ka, inutusan ka ng isang ahente na umatras. Ano ang dapat mong gawin?
quiz-recording-move-back-a = Umatras at magpatuloy sa pagre-record mula sa mas malayo
quiz-recording-move-back-b = Manatili kung nasaan ka, dahil may karapatan kang mag-record
quiz-recording-move-back-c = Lumapit pa para ipakita sa kanila na kinukunan mo sila ng video
quiz-recording-move-back-why = Maaaring legal kang utusan ng mga ahente na umatras para sa kaligtasan. Kung tumanggi ka, maaari kang arestuhin. Maaari kang magpatuloy sa pagre-record mula sa mas malayo.

quiz-recording-phone = Hinihiling ng isang opisyal na makita ang iyong telepono at inuutusan kang burahin ang iyong video. Ano ang maaari mong gawin?
quiz-recording-phone-a = Dapat mo itong i-unlock at burahin ang video
quiz-recording-phone-b = Maaari kang tumanggi: hindi mo kailangang i-unlock ito o burahin ang iyong video
quiz-recording-phone-c = Lumaban para hindi makuha ang iyong telepono kung kukunin nila ito
quiz-recording-phone-why = Ayon sa aming pinagmulan, isang buod ng payo mula sa Electronic Frontier Foundation, kung walang warrant ay hindi dapat halughugin ng mga opisyal ang iyong telepono, pilitin kang burahin ang video, o pilitin kang i-unlock ito. Kung kunin pa rin ng mga opisyal ang iyong telepono, huwag silang labanan. Kailangang suriin ng isang abogado ang puntong ito para sa sarili mong kaso.

quiz-recording-camera = Saan mo dapat itutok ang iyong camera?
quiz-recording-camera-a = Sa mga ahente
quiz-recording-camera-b = Sa taong hawak ng mga ahente
quiz-recording-camera-c = Kahit saan. Hindi ito mahalaga.
quiz-recording-camera-why = Itutok ang iyong camera sa mga ahente, hindi sa taong hawak nila. Pinoprotektahan nito ang privacy ng taong dinedetine.

## Make a family plan

quiz-family-plan-numbers = Paano mo dapat itago ang mga numero ng telepono ng isang taong pinagkakatiwalaan mo at ng isang abogado?
quiz-family-plan-numbers-a = Sa telepono mo lamang
quiz-family-plan-numbers-b = Kabisaduhin ang mga ito
quiz-family-plan-numbers-c = Hindi mo kailangan ang mga ito
quiz-family-plan-numbers-why = Kabisaduhin ang mga numerong ito. Kung madetine ka, maaaring wala sa iyo ang telepono mo.

quiz-family-plan-a-number = Kung may A-number ka, ano ang dapat mong gawin dito?
quiz-family-plan-a-number-a = Itago ito sa iyong pamilya
quiz-family-plan-a-number-b = Wala, hindi ito kakailanganin ng iyong pamilya
quiz-family-plan-a-number-c = Alamin ito, at isulat ito kung saan ito makikita ng iyong pamilya
quiz-family-plan-a-number-why = Kung adulto ka at madetine, maaari kang hanapin ng iyong pamilya sa online detainee locator ng ICE gamit ang iyong A-number at ang bansa kung saan ka ipinanganak. Hinihingi rin ng linya ng korte ng imigrasyon para sa mga kaso ang A-number.

quiz-family-plan-pickup = Balang araw, maaaring hindi mo masundo ang iyong mga anak. Ano ang dapat mong gawin ngayon?
quiz-family-plan-pickup-a = Wala. May makakaalam ng gagawin.
quiz-family-plan-pickup-b = Magpasya kung sino ang maaaring sumundo sa kanila, at isulat ito.
quiz-family-plan-pickup-c = Hintaying mangyari ito, saka magpasya.
quiz-family-plan-pickup-why = Magpasya kung sino ang maaaring sumundo sa iyong mga anak kung hindi mo kaya, at isulat ito. Sa gayon, alam ng mga taong pinagkakatiwalaan mo ang gagawin kung hindi ka makauwi.

quiz-family-plan-when = Kailan ka dapat gumawa ng plano ng pamilya?
quiz-family-plan-when-a = Kapag dumating na ang mga ahente sa iyong pinto
quiz-family-plan-when-b = Kapag may nakita ka nang mga ahente sa inyong lugar
quiz-family-plan-when-c = Ngayon, bago pa may mangyari
quiz-family-plan-when-why = Huwag hintaying dumating ang mga ahente bago gumawa ng plano. Ihanda ang iyong pamilya bago pa may mangyari.

quiz-family-plan-ct-guardian = Sa Connecticut, paano ka makakapili ng standby guardian (nakahandang tagapag-alaga) para sa iyong mga anak?
quiz-family-plan-ct-guardian-a = Sa pamamagitan lamang ng abogado at ng korte
quiz-family-plan-ct-guardian-b = Gamit ang Family Preparedness Plan toolkit ng estado, nang walang bayad
quiz-family-plan-ct-guardian-c = Sa pamamagitan ng pagbabayad ng fee sa estado
quiz-family-plan-ct-guardian-why = Gumawa ang Connecticut ng Family Preparedness Plan toolkit para sa mga magulang, para makapili ng standby guardian kung sakaling madetine o ma-deport ka. Maaari kang pumili ng standby guardian nang walang abogado, walang korte at walang bayad.

## Immigration scams

quiz-scams-who-advises = Sino ang maaaring magbigay sa iyo ng legal na payo tungkol sa imigrasyon?
quiz-scams-who-advises-a = Isang lisensiyadong abogado, o isang representative na accredited ng U.S. Department of Justice
quiz-scams-who-advises-b = Sinumang "notario"
quiz-scams-who-advises-c = Sinumang nagpupuno ng mga form sa imigrasyon
quiz-scams-who-advises-why = Ang isang lisensiyadong abogado o isang representative na accredited ng U.S. Department of Justice lamang ang pinapayagang magbigay ng legal na payo tungkol sa imigrasyon.

quiz-scams-consultant = Nag-aalok na tumulong sa iyo ang isang consultant na hindi abogado. Ano ang maaari niyang gawin?
quiz-scams-consultant-a = Sabihin sa iyo kung ano ang gagawin sa iyong kaso
quiz-scams-consultant-b = Magpuno lamang ng mga form at magsalin
quiz-scams-consultant-c = Magbigay sa iyo ng legal na payo kung magbabayad ka nang mas malaki
quiz-scams-consultant-why = Ang consultant na hindi abogado ay maaari lamang magpuno ng mga form at magsalin. Hindi nila maaaring sabihin sa iyo kung ano ang gagawin sa iyong kaso. Bago ka magbayad sa sinuman, itanong kung abogado sila o accredited representative.

quiz-scams-text = May natanggap kang text na nagsasabing may problema sa iyong katayuan sa imigrasyon. Ano ang dapat mong gawin?
quiz-scams-text-a = Bayaran ang hinihingi nila, para maayos ito agad
quiz-scams-text-b = Ipadala ang iyong personal na impormasyon para masuri nila
quiz-scams-text-c = Huwag magbigay ng pera o personal na impormasyon, at alamin ito sa sarili mong abogado
quiz-scams-text-why = Kung may tumawag, mag-text o mag-email sa iyo tungkol sa problema sa iyong katayuan sa imigrasyon, huwag silang bigyan ng pera o personal na impormasyon. Nagbababala ang California Attorney General (ang pinakamataas na abogado ng estado) sa mga tao na huwag gawin ito. Alamin ito sa sarili mong abogado.

quiz-scams-free-help = Sa California, saan mo mahahanap ang mga grupong nagbibigay ng libreng legal na tulong sa imigrasyon?
quiz-scams-free-help-a = Wala, kailangan mong magbayad para sa legal na tulong
quiz-scams-free-help-b = Sa mga listahan mula sa California Department of Social Services
quiz-scams-free-help-c = Sa isang "notario", na may bayad
quiz-scams-free-help-why = Nagbabayad ang State of California sa mga nonprofit na grupo para magbigay ng libreng legal na serbisyo sa imigrasyon. Naglalathala ang California Department of Social Services ng mga listahan ng mga grupong nagbibigay ng tulong na ito.

## Rumors and sightings

quiz-rumors-check = May nakita kang post na nagsasabing may mga ahente ng imigrasyon sa isang tindahan malapit sa iyo. Ano ang dapat mong gawin bago mo ito ibahagi?
quiz-rumors-check-a = Ibahagi agad, kung sakali
quiz-rumors-check-b = Tiyaking totoo ito
quiz-rumors-check-c = Ibahagi ngayon at suriin mamaya
quiz-rumors-check-why = Bago ka magbahagi ng balita tungkol sa mga ahente ng imigrasyon, tiyaking totoo ito. Ang post na hindi pa nasusuri ng sinuman ay maaaring mali, at maaari itong magkalat ng takot.

quiz-rumors-call = May nakita kang mga ahente ng imigrasyon malapit sa iyo. Ano ang mabuting gawin?
quiz-rumors-call-a = Mag-post agad tungkol dito online
quiz-rumors-call-b = Huwag sabihin sa sinuman, dahil walang tumatanggap ng ganitong mga ulat
quiz-rumors-call-c = Tawagan ang rapid response line ng iyong county
quiz-rumors-call-why = Tumatanggap ang mga rapid response line ng mga ulat tungkol sa mga ahente ng imigrasyon na nasa malapit, at tumutulong sila sa mga taong nangangailangan nito. Tawagan ang linya sa halip na mag-post. Makikita mo ito sa help finder (tagahanap ng tulong) ng app na ito.

quiz-rumors-document = May nakita kang mga ahente at gusto mong magkaroon ng tala. Paano mo ito dapat gawin?
quiz-rumors-document-a = Kung ligtas, i-record o isulat ang nakikita mo, at panatilihin ang iyong distansya
quiz-rumors-document-b = Lumapit nang husto para malinaw ang iyong video
quiz-rumors-document-c = Tumayo sa daraanan ng mga ahente para mapilitan silang huminto
quiz-rumors-document-why = Makakatulong sa susunod ang isang tala ng nangyari. Gawin lamang ito kung ligtas, at panatilihin ang iyong distansya. Maaari kang arestuhin kung hahadlangan mo ang mga ahente.

quiz-rumors-numbers = Saan dapat galing ang mga numero ng tulong na ibinabahagi mo?
quiz-rumors-numbers-a = Sa post ng isang taong hindi mo kilala
quiz-rumors-numbers-b = Sa isang pinagmulang pinagkakatiwalaan mo, gaya ng iyong lokal na rapid response network
quiz-rumors-numbers-c = Sa numero ng DHS para sa pag-uulat ng mga tao sa ICE
quiz-rumors-numbers-why = Ibahagi lamang ang mga numero ng tulong na galing sa isang pinagmulang pinagkakatiwalaan mo, gaya ng iyong lokal na rapid response network. May numero ang Department of Homeland Security (DHS) para iulat ng publiko ang mga tao sa ICE. Hindi ito linya ng tulong.

# More situations: checking a warrant, at work, arrested, in a local jail,
# held by ICE. Plain words, short sentences, one action per step.

## Checking a warrant

warrant-check-title = Pagsuri sa warrant
warrant-check-summary = Sinasabi ng mga ahente na may warrant sila. Ganito suriin ang papel.

warrant-check-keep-door-closed-do = Panatilihing nakasara ang pinto habang nagsusuri ka. Hilingin sa mga ahente na isingit ang warrant sa ilalim ng pinto o itapat ito sa bintana.
warrant-check-keep-door-closed-say = Pakisingit po ang warrant sa ilalim ng pinto o itapat ito sa bintana.
warrant-check-keep-door-closed-why = Ang pagbubukas ng pinto ay hindi nagbibigay sa kanila ng pahintulot na pumasok. Pero mas ligtas na basahin ang papel habang nakasara ang pinto. Kung hindi mo ito mabasa, maaari kang humingi ng interpreter.

warrant-check-who-signed-do = Tingnan kung sino ang pumirma sa papel. Ang warrant mula sa hukom ay galing sa korte, gaya ng U.S. District Court o California Superior Court. Isang hukom ang pumipirma nito.
warrant-check-who-signed-why = Pinoprotektahan ng Konstitusyon ang lahat ng tao sa U.S., anuman ang kanilang katayuan sa imigrasyon. Ayon sa mga tagapagtanggol ng imigrante, kung walang warrant na pinirmahan ng hukom, kailangan ng mga ahente ang pahintulot mo para pumasok sa iyong bahay.

warrant-check-ice-forms-do = Kung ang papel ay form mula sa ICE o sa Department of Homeland Security, gaya ng Form I-200 o Form I-205, hindi ito warrant ng hukom. Panatilihing nakasara ang pinto, at huwag pumayag na papasukin sila.
warrant-check-ice-forms-say = Hindi pinirmahan ng hukom ang papel na ito. Hindi po ako pumapayag na pumasok kayo sa bahay ko.
warrant-check-ice-forms-why = Isang opisyal ng ICE ang pumipirma sa mga form na ito, hindi isang hukom. Ayon sa mga tagapagtanggol ng imigrante, hindi pinapayagan ng mga ito ang mga ahente na pumasok sa iyong bahay nang walang pahintulot mo. Pero mula 2025, sinasabi ng ICE na maaaring pumasok nang sapilitan ang mga ahente nito gamit ang Form I-205 para arestuhin ang taong may pinal na utos ng deportasyon (final order of removal). May mga kaso ngayon sa korte na kumukuwestiyon sa pahayag na iyon. Kung pumasok nang sapilitan ang mga ahente, huwag silang labanan o harangan.

warrant-check-check-details-do = Kung hukom ang pumirma, suriin ang mga detalye. Dapat nakasulat sa search warrant ang tamang address mo. Dapat nakapangalan sa warrant of arrest ang isang taong talagang nakatira rito. Hanapin ang pirma ng hukom.
warrant-check-check-details-why = Pinapayagan ng search warrant ang mga opisyal na halughugin ang address na nakasulat dito, sinuman ang nakatira roon. Hindi pinapayagan ng warrant of arrest ang mga opisyal na pumasok sa bahay ng ibang tao para hanapin ang taong nakapangalan dito: para roon, kailangan nila ng search warrant. Kung ibang address ang nakasulat sa search warrant, o kung walang nakatira rito na nakapangalan sa warrant of arrest, hindi mo kailangang buksan ang pinto.

warrant-check-check-the-date-do = Tingnan ang petsa sa warrant.
warrant-check-check-the-date-why = Maaaring masyado nang luma ang isang warrant para magamit. Kung gaano katagal bago ito maging masyadong luma ay tanong para sa isang abogado. Kung hindi ka sigurado, magtanong sa isang abogado.

warrant-check-search-or-arrest-do = Basahin kung anong uri ng warrant ito: search warrant o warrant of arrest.
warrant-check-search-or-arrest-why = Pinapayagan ng search warrant ang mga opisyal na pumasok sa address na nakasulat dito, sinuman ang nakatira roon, pero maaari lamang nilang halughugin ang mga lugar at bagay na nakalista rito. Pinapayagan ng warrant of arrest ang mga opisyal na pumasok sa bahay ng taong nakapangalan dito, kung naniniwala silang nasa loob ang taong iyon.

warrant-check-stay-silent-do = Kahit balido ang warrant at pumasok ang mga ahente, maaari ka pa ring manahimik. Kung pipiliin mo ito, sabihin ito nang malakas.
warrant-check-stay-silent-why = Pinapayagan ng warrant na pumasok ang mga ahente. Hindi ka nito inoobligang sagutin ang kanilang mga tanong. Ang sasabihin mo ay maaaring gamitin laban sa iyo sa korte.

warrant-check-dont-open-to-read = Huwag buksan ang pinto para basahin ang warrant.
warrant-check-dont-take-their-word = Huwag buksan ang pinto dahil lamang sinasabi ng mga ahente na may warrant sila. Minsan sinasabi ng mga ahente na may warrant sila kahit wala, o sinasabi nilang pulis sila. Tingnan muna ang papel.

## At work

at-work-title = May mga ahente sa iyong trabaho
at-work-summary = Dumating ang mga ahente ng imigrasyon sa lugar na pinagtatrabahuhan mo.

at-work-know-the-areas-do = Alamin kung saan maaaring pumunta ang mga ahente. Maaaring pumasok ang ICE sa mga pampublikong bahagi ng isang negosyo, gaya ng kainan, lobby o paradahan, nang hindi humihingi ng pahintulot.
at-work-know-the-areas-why = Ang pagiging nasa pampublikong bahagi ay hindi, sa sarili nito, nagpapahintulot sa mga ahente na pigilan, tanungin o arestuhin ang sinuman. Para pumasok sa mga bahaging hindi pampubliko, gaya ng kusina, opisina o mga kuwartong para lamang sa mga manggagawa, kailangan nila ng pahintulot ng employer o ng warrant na pinirmahan ng hukom.

at-work-ask-if-free-do = Kung lapitan ka ng isang ahente, itanong kung malaya kang umalis o bumalik sa trabaho. Kung oo ang sagot, sabihing ayaw mong makipag-usap. Pagkatapos, bumalik sa trabaho o umalis nang mahinahon.
at-work-ask-if-free-say = Malaya po ba akong umalis o bumalik sa trabaho?

at-work-stay-where-you-are-do = Kung utusan ng mga ahente ang mga manggagawa na maghiwa-hiwalay sa mga grupo ayon sa katayuan sa imigrasyon, maaari kang manatili kung nasaan ka.
at-work-stay-where-you-are-why = Ang paglipat sa isa sa mga grupong iyon ay paraan ng pagsasabi sa kanila ng iyong katayuan. Hindi mo kailangang sabihin sa kanila ang iyong katayuan.

at-work-papers-do = Kung may balido kang papeles sa imigrasyon, gaya ng green card o work permit, ipakita lamang ang mga ito kung hihingin ng isang ahente ng imigrasyon. Huwag kailanman magpakita ng pekeng papeles.
at-work-papers-why = Sinasabi ng pederal na batas na ang mga taong may ganitong papeles ay dapat magdala nito at ipakita ito sa mga ahente ng imigrasyon na humihingi. Maaari ka pa ring manahimik tungkol sa lahat ng iba pa.

at-work-employer-rules-do = Alamin kung ano ang hinihingi ng California sa iyong employer. Sa ilalim ng batas na tinatawag na AB 450, hindi maaaring piliin ng iyong employer na papasukin ang mga ahente ng imigrasyon sa mga bahaging hindi pampubliko nang walang warrant na pinirmahan ng hukom. Hindi rin maaaring hayaan ng iyong employer na makita o kunin nila ang mga record ng manggagawa nang walang warrant ng hukom, subpoena o pederal na abiso ng inspeksiyon.
at-work-employer-rules-why = Hindi sapat ang form ng ICE, gaya ng Form I-200 o Form I-205, sa ilalim ng batas na ito. Pero ang batas ay para sa mga employer, hindi para sa ICE. Kung may warrant na pinirmahan ng hukom, maaari pa ring pumasok ang mga ahente. Nananatili sa iyo ang sarili mong mga karapatan sa alinmang kaso. Ang employer na lumabag sa batas na ito ay maaaring pagmultahin ng $2,000 hanggang $10,000 sa bawat paglabag.

at-work-records-notice-do = Kung bigyan ng ICE ang iyong employer ng abiso na iinspeksiyunin nito ang mga record ng manggagawa, gaya ng mga I-9 form, dapat magpaskil ang iyong employer ng abiso para sa mga manggagawa sa loob ng 72 oras.
at-work-records-notice-why = Sinasabi ng AB 450 na dapat nasa wikang karaniwang ginagamit ng iyong employer sa mga manggagawa ang abiso. May karapatan din ang mga manggagawang apektado ng inspeksiyon na makuha ang resulta nito.

at-work-dont-consent-to-search = Huwag pumayag sa paghahalughog. Maaari mong sabihin nang malakas: Hindi po ako pumapayag sa paghahalughog.

## Arrested by police

arrested-title = Inaresto ng pulis
arrested-summary = Inaresto ka ng lokal na pulis o ng mga deputy ng sheriff.

arrested-ask-for-lawyer-do = Humingi ng abogado. Huwag magpasya ng anuman hangga't hindi mo nakakausap ang isang abogado.
arrested-ask-for-lawyer-say = Gusto ko pong makausap ang isang abogado.
arrested-ask-for-lawyer-why = Ang sasabihin mo ay maaaring gamitin laban sa iyo sa criminal court at sa korte ng imigrasyon.

arrested-phone-calls-do = Hingin ang iyong mga tawag sa telepono. Sa California, maaari kang gumawa ng hindi bababa sa 3 tawag na talagang makakakonekta. Makukuha mo ang mga ito kaagad pagkatapos ng booking (pagtatala sa iyo sa kulungan), at hindi lalampas sa 3 oras pagkatapos ng pag-aresto sa iyo, maliban kung pisikal na imposible ito.
arrested-phone-calls-say = Gusto ko pong gawin ang mga tawag ko sa telepono.
arrested-phone-calls-why = Ang California Penal Code section 851.5 ang nagbibigay sa iyo ng mga tawag na ito. Libre ang mga tawag sa loob ng lokal na lugar. Ang opisyal na sadyang nagkakait sa iyo ng mga tawag na ito ay lumalabag sa batas.

arrested-whom-to-call-do = Gamitin ang iyong mga tawag para maabot ang isang abogado o public defender, isang bail bond agent, at isang kapamilya o ibang tao.
arrested-whom-to-call-why = Hindi maaaring pakinggan o i-record ng pulis ang tawag mo sa isang abogado. Maaaring wala sa iyo ang telepono mo, kaya kabisaduhin ang mga numero ng isang abogado at ng isang taong pinagkakatiwalaan mo bago mo pa man kailanganin ang mga ito.

arrested-child-care-calls-do = Kung magulang ka na may kustodiya ng isang bata, sabihin ito. Humingi ng 2 pang libreng tawag para maiayos ang pag-aalaga sa iyong anak.
arrested-child-care-calls-say = Magulang po ako. Kailangan ko ang mga dagdag kong tawag para maiayos ang pag-aalaga sa anak ko.
arrested-child-care-calls-why = Binibigyan ng batas ng California ang mga magulang na may kustodiya ng isang bata ng 2 dagdag na libreng tawag para maiayos ang pag-aalaga sa bata.

arrested-tell-your-needs-do = Sabihin sa opisyal kung ikaw ang magulang o pangunahing tagapag-alaga ng isang bata. Sabihin din sa kanila kung may pangangailangan kang medikal.
arrested-tell-your-needs-why = Maaari mong sabihin ito sa kanila. Makakatulong ito para matiyak na maaalagaan ang iyong anak at malalaman ang iyong mga pangangailangang pangkalusugan.

arrested-dont-resist = Huwag tumakbo palayo sa pulis o lumaban sa kanila, kahit sa tingin mo ay mali ang pag-aresto.
arrested-dont-answer-status-questions = Huwag sagutin ang mga tanong tungkol sa kung saan ka ipinanganak, ang iyong katayuan sa imigrasyon, o kung paano ka nakarating sa U.S. Sa pangkalahatan, hindi maaaring itanong ng pulis sa California ang iyong katayuan para tumulong sa pagpapatupad ng batas sa imigrasyon.

## Held in a local jail

in-jail-title = Nakakulong sa lokal na kulungan
in-jail-summary = Nakakulong ka sa kulungan ng lungsod o ng county, at maaaring gusto kang kausapin o kunin ng ICE.

in-jail-consent-form-do = Bago ka ma-interview ng ICE sa isang lokal na kulungan, dapat kang bigyan ng kulungan ng nakasulat na form. Basahin ito. Kung hindi mo ito naiintindihan, sabihing kailangan mo ng interpreter.
in-jail-consent-form-why = Inaatas ng TRUTH Act ng California ang form na ito. Dapat ipaliwanag nito kung para saan ang interview, na boluntaryo ito, at na maaari kang tumanggi o isama ang iyong abogado. May form sa Ingles, Espanyol, Tsino, Tagalog, Vietnamese at Koreano, at sa ilang county, sa iba pang wika rin.

in-jail-refuse-interview-do = Maaari kang tumanggi sa interview ng ICE. O maaari mong sabihing makikipag-usap ka lamang kung naroon ang iyong abogado.
in-jail-refuse-interview-say = Hindi po ako pumapayag sa interview ng ICE kung wala rito ang aking abogado.
in-jail-refuse-interview-why = Boluntaryo ang interview. Ang sasabihin mo sa ICE ay maaaring gamitin laban sa iyo sa korte ng imigrasyon.

in-jail-ask-for-copy-do = Itanong kung nakatanggap ang kulungan ng ICE hold, notification request (kahilingang abisuhan ang ICE) o transfer request (kahilingang ilipat ka sa ICE) tungkol sa iyo. Kung oo, humingi ng kopya. Itanong kung susundin ng kulungan ang hinihingi ng ICE.
in-jail-ask-for-copy-say = Nagpadala po ba ang ICE ng hold o ng kahilingan tungkol sa akin? Pakibigyan po ako ng kopya.
in-jail-ask-for-copy-why = Sinasabi ng TRUTH Act na dapat kang bigyan ng kulungan ng kopya ng anumang ganitong kahilingan at sabihin sa iyo kung balak nitong sumunod. Kung sabihin ng kulungan sa ICE ang petsa ng iyong paglaya, dapat din nitong sabihin ito sa iyo nang nakasulat, at sabihin ito sa iyong abogado o sa isa pang taong pipiliin mo.

in-jail-hold-is-a-request-do = Alamin na ang ICE hold ay kahilingan mula sa ICE. Hindi ito utos ng hukom.
in-jail-hold-is-a-request-why = Sa ilalim ng SB 54 ng California, hindi ka maaaring panatilihin ng lokal na kulungan nang lampas sa oras ng iyong paglaya dahil hiniling ito ng ICE. Pero kung nahatulan ka sa ilang mabibigat na krimen, gaya ng ilang mabibigat o marahas na felony, maaari pa ring sabihin ng kulungan sa ICE kung kailan ka palalayain, o ibigay ka sa ICE. Maaari ka rin nitong ibigay sa ICE kung may warrant na pinirmahan ng hukom. Ang mga batas na ito ay naglilimita sa lokal na pulis at sa mga kulungan, hindi sa mga ahente ng ICE.

in-jail-state-prison-do = Kung nasa bilangguan ka ng estado (state prison), hindi sa kulungan ng lungsod o ng county, iba ang mga patakaran. Hindi sakop ng SB 54 ang mga bilangguan ng estado.
in-jail-state-prison-why = Maaari pa ring sabihin ng mga bilangguan ng estado sa ICE ang tungkol sa mga taong lalabas ng bilangguan, at isaayos ang pagbibigay sa kanila sa ICE. Pero dapat ka pa ring bigyan ng bilangguan ng estado ng form bago ang interview ng ICE, at ng mga kopya ng mga kahilingan ng ICE tungkol sa iyo.

in-jail-dont-think-you-must-talk = Huwag isiping kailangan mong makipag-usap sa ICE sa isang lokal na kulungan. Ikaw ang pipili kung papayag ka sa interview.

## Held by ICE

ice-detention-title = Hawak ng ICE
ice-detention-summary = Hawak ka ng ICE sa detensyon ng imigrasyon.

ice-detention-free-legal-help-do = Kung wala kang abogado, hingin sa mga opisyal ang listahan ng mga libreng (pro bono) legal na serbisyo.
ice-detention-free-legal-help-say = Wala po akong abogado. Pakibigay po sa akin ang listahan ng mga libreng legal na serbisyo.
ice-detention-free-legal-help-why = Sa mga kaso sa imigrasyon, karaniwang hindi binabayaran ng gobyerno ang iyong abogado. Libreng nagbibigay ng legal na tulong ang mga grupo sa listahan.

ice-detention-consulate-do = Maaari kang humiling na makipag-ugnayan sa konsulado ng iyong bansa, o hilingin sa isang opisyal na sabihan ang konsulado na nakakulong ka.
ice-detention-consulate-say = Gusto ko pong makipag-ugnayan sa aking konsulado.
ice-detention-consulate-why = Maaari mo itong hilingin kapag hawak ka ng ICE. Ikaw ang magpapasya.

ice-detention-careful-on-the-phone-do = Sa mga telepono sa detensyon, huwag pag-usapan ang iyong katayuan sa imigrasyon o kung saan ka ipinanganak.
ice-detention-careful-on-the-phone-why = Maaaring pinakikinggan ang mga tawag sa mga telepono sa detensyon.

ice-detention-family-can-find-you-do = Maaari kang hanapin ng iyong pamilya gamit ang Online Detainee Locator ng ICE, isang website (ang link na kasama ng hakbang na ito). Nahahanap nito ang mga taong 18 taong gulang pataas.
ice-detention-family-can-find-you-why = Para maghanap, kailangan nila ang iyong A-number at ang bansa kung saan ka ipinanganak, o ang iyong pangalan at ang bansa kung saan ka ipinanganak. Dapat eksaktong tugma ang pangalan sa mga record ng ICE.

ice-detention-a-number-do = Kung may A-number ka, tiyaking alam ito ng iyong pamilya.
ice-detention-a-number-why = May awtomatikong linya ng telepono ang korte ng imigrasyon na may impormasyon tungkol sa iyong kaso, at hinihingi nito ang iyong A-number. Pinapatakbo ng gobyerno ang linyang iyon. Hindi ito katulong na nasa panig mo.

ice-detention-dont-decide-alone = Huwag pumayag sa voluntary departure (kusang pag-alis sa bansa), o magpasya ng anupaman tungkol sa iyong kaso, bago ka makipag-usap sa isang abogado.

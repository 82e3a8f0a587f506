# Situations 9 to 15. Plain words, short sentences, one action per step.
# Never put a phone number in a message.

## In court

in-court-title = Pagpunta sa korte
in-court-summary = May kaso ka sa korte ng estado o sa korte ng imigrasyon.

in-court-state-court-do = Alamin na hindi ang korte ng estado ng California ang nagpapasya sa iyong katayuan sa imigrasyon.
in-court-state-court-why = Gayunman, ang nangyayari sa isang kaso sa korte ng estado ay maaaring makaapekto sa iyong kaso sa imigrasyon. May mga resultang makakatulong sa iyo. May mga resultang makakasama sa iyo.

in-court-ask-immigration-lawyer-do = Kung may kaso ka sa korte ng estado, pag-usapan mo rin ito sa isang abogado sa imigrasyon.
in-court-ask-immigration-lawyer-why = May mga usapin sa korte ng estado na makakatulong, gaya ng mga SIJS finding para sa mga kabataan, o mga usapin para sa mga biktima ng krimen. May mga resulta sa kasong kriminal na makakasama sa iyong katayuan sa imigrasyon.

in-court-case-information-do = Para makakuha ng impormasyon tungkol sa isang kaso sa korte ng imigrasyon, ihanda ang A-number ng tao. Nakalista sa help finder (tagahanap ng tulong) ng app na ito ang awtomatikong linya ng korte para sa mga kaso.
in-court-case-information-why = Kailangan ng awtomatikong linya ang A-number. Pinapatakbo ng gobyerno ang linya, hindi ng mga tagapagtanggol ng imigrante.

in-court-ask-for-lawyer-do = Maaari kang humiling na makausap ang isang abogado.
in-court-ask-for-lawyer-say = Gusto ko pong makausap ang isang abogado.
in-court-ask-for-lawyer-why = Sa mga kaso sa imigrasyon, karaniwang hindi binabayaran ng gobyerno ang iyong abogado. Maaaring kailangan mong maghanap ng abogado nang ikaw mismo.

in-court-free-legal-help-do = Maghanap ng libreng legal na tulong. Maaari kang maghanap online sa dalawang pambansang direktoryo ng libre at murang legal na serbisyo (ang mga link na kasama ng hakbang na ito). Mayroon ding listahan ang korte ng imigrasyon ng mga libreng (pro bono) legal provider.
in-court-free-legal-help-why = Makakatulong ang mga listahang ito para makahanap ka ng libreng legal na tulong. Kung nakadetine ka at walang abogado, hingin sa mga opisyal ang listahan ng mga libreng legal provider.

in-court-dont-ignore-state-case = Huwag isiping walang kinalaman sa imigrasyon ang isang kaso sa korte ng estado. May mga resulta sa kasong kriminal na makakasama sa iyong katayuan. Magtanong sa isang abogado sa imigrasyon.

## At a school or hospital

school-hospital-title = Sa paaralan o ospital
school-hospital-summary = Dumating ang mga ahente ng imigrasyon sa isang paaralan, klinika o ospital.

school-hospital-school-private-areas-do = Alamin ang batas para sa mga paaralan. Hindi maaaring pumasok ang mga ahente ng imigrasyon sa mga bahagi ng paaralan na hindi bukas sa publiko maliban kung magpakita sila ng balidong ID at ng warrant, subpoena o utos mula sa isang hukom o korte.
school-hospital-school-private-areas-why = Ang batas na ito ng California ay tinatawag na AB 49. Pinirmahan ito noong Setyembre 20, 2025.

school-hospital-school-records-do = Alamin na hindi maaaring magbigay ang paaralan sa mga ahente ng impormasyon tungkol sa mga estudyante, pamilya o kawani maliban kung may warrant mula sa hukom ang mga ahente.
school-hospital-school-records-why = Pinoprotektahan din ng AB 49 ang impormasyong ito. Ang papel na pinirmahan ng isang opisyal ng ICE, at hindi ng isang hukom, ay hindi warrant ng hukom.

school-hospital-school-notice-do = Abangan ang mga mensahe mula sa paaralan ng iyong anak. Kapag kinumpirma ng paaralan na may mga ahente ng imigrasyon sa campus, dapat nitong sabihan ang mga magulang, estudyante at kawani.
school-hospital-school-notice-why = Ang batas na ito ng California ay tinatawag na SB 98. Kinailangang idagdag ng mga paaralan ang hakbang na ito sa kanilang mga safety plan pagsapit ng Marso 1, 2026. Tatagal ang patakaran hanggang Enero 1, 2031.

school-hospital-health-private-areas-do = Alamin ang batas para sa health care. Dapat piliin ng mga klinika at ospital kung aling mga bahagi nila ang hindi bukas sa publiko. Dapat nilang pigilan ang mga ahente ng imigrasyon na pumasok sa mga bahaging iyon maliban kung may warrant mula sa hukom o utos ng korte ang mga ahente.
school-hospital-health-private-areas-why = Ang batas na ito ng California ay tinatawag na SB 81. Itinuturing din nito ang iyong katayuan sa imigrasyon bilang bahagi ng iyong medical record.

school-hospital-emergency-care-do = Magpagamot sa emergency kapag kailangan mo.
school-hospital-emergency-care-why = Ayon sa California Attorney General (ang pinakamataas na abogado ng estado), maaari kang makakuha ng emergency na pagpapagamot anuman ang iyong katayuan sa imigrasyon.

school-hospital-dont-public-areas = Huwag isiping saklaw ng mga batas na ito ang bawat bahagi ng paaralan o ospital. Tungkol ang mga ito sa mga bahaging hindi bukas sa publiko.
school-hospital-dont-count-on-agents = Huwag umasa sa mga batas na ito lamang para mapalayo ang mga ahente. Maaari pa ring pumasok ang mga ahenteng may warrant na pinirmahan ng hukom, o may utos ng korte.
school-hospital-dont-skip-care = Huwag umiwas sa emergency na pagpapagamot dahil sa iyong katayuan sa imigrasyon.

## Near the border

border-zone-title = Malapit sa border
border-zone-summary = Mga checkpoint ng Border Patrol, at mga paliparan o tawiran sa border kung saan ka pumapasok sa bansa.

border-zone-hundred-mile-zone-do = Alamin na sinasabi ng mga ahente sa border na may dagdag silang kapangyarihan sa loob ng 100 milya mula sa anumang border ng U.S., kasama ang baybayin. Nasa zone na ito ang karamihan sa malalaking lungsod ng California.
border-zone-hundred-mile-zone-why = Pinapayagan ng isang pederal na batas, 8 U.S.C. §1357(a)(3), ang mga ahenteng ito na kumilos sa loob ng "reasonable distance" (makatwirang layo) mula sa border, at itinatakda ng isang pederal na patakaran ang layong iyon sa 100 air mile (milyang sinusukat nang tuwid). Pinoprotektahan ka pa rin ng Konstitusyon sa loob ng zone na ito. Ang mga pinagmulan namin para dito ay mga kopya ng isang ACLU fact sheet, hindi ang sariling pahina ng ACLU, at masalimuot ang mga patakaran sa border: magtanong sa isang abogado tungkol sa iyong sitwasyon.

border-zone-checkpoint-silent-do = Sa checkpoint ng Border Patrol, manatiling kalmado at ilagay ang iyong mga kamay kung saan nakikita ng mga ahente. Maaari kang manahimik. Kung pipiliin mo ito, sabihin ito nang malakas.
border-zone-checkpoint-silent-why = Maaaring magpatakbo ang Border Patrol ng mga immigration checkpoint. Pero umiiral pa rin doon ang Konstitusyon, kasama ang iyong karapatang hindi sumagot sa mga tanong.

border-zone-papers-do = Sa checkpoint, o saanman malapit sa border, kung may balido kang papeles sa imigrasyon, gaya ng green card o work permit, dalhin ang mga ito at ipakita sa mga ahente ng imigrasyon na humihingi. Kung wala kang papeles, maaari kang manahimik. Huwag magsinungaling, at huwag kailanman magpakita ng pekeng papeles o papeles mula sa ibang bansa.
border-zone-papers-why = Sinasabi ng pederal na batas na ang mga adultong binigyan ng mga papeles na ito ay dapat magdala nito. Ang hindi pagdadala nito ay isang pederal na misdemeanor (magaang uri ng krimen). Mula 2025, pinapaalalahanan ng Customs and Border Protection ang mga tao tungkol sa patakarang ito. Ang mga pinagmulan namin para sa mga detalye ay mga pahina ng law firm at mga balita: magtanong sa isang abogado kung ano ang ibig sabihin nito para sa iyong mga papeles.

border-zone-refuse-search-do = Huwag pumayag na halughugin ang iyong sasakyan. Kung halughugin pa rin nila, huwag silang labanan.
border-zone-refuse-search-say = Hindi po ako pumapayag na halughugin ang sasakyan ko.
border-zone-refuse-search-why = Sa loob ng zone, kailangan ng Border Patrol ng reasonable suspicion (makatwirang hinala) na may paglabag sa imigrasyon o krimen para pahintuin ang isang sasakyan. Para halughugin ang sasakyan, kailangan nito ng warrant o probable cause (ang legal na pamantayan para sa aresto o paghahalughog).

border-zone-ports-of-entry-do = Kapag pumasok ka sa bansa sa isang paliparan, tawiran sa lupa o daungan, asahan na maaaring halughugin ng mga opisyal ang iyong mga bag at sasakyan.
border-zone-ports-of-entry-why = Tinatawag na ports of entry ang mga lugar na ito. Doon, hindi kailangan ng mga opisyal ng warrant o ng dahilan para sa mga karaniwang paghahalughog, kahit sa mga mamamayan ng U.S. at sa mga may green card. Ibang-iba ang mga patakaran kumpara sa pagpapahinto sa loob ng bansa. Masalimuot ang mga patakaran sa border: magtanong sa isang abogado bago ka bumiyahe kung nag-aalala ka.

border-zone-phones-laptops-do = Alamin ang mga patakaran para sa telepono at laptop sa isang port of entry. Sinasabi ng mga opisyal na maaari nilang halughugin ang mga ito nang walang warrant. Hindi mo kailangang ibigay ang iyong password.
border-zone-phones-laptops-why = Maaaring hindi mapigilan ng pagtanggi ang paghahalughog. Kung hindi mo i-unlock ang isang device, maaari itong hawakan ng mga opisyal nang ilang linggo. Ang biyaherong hindi mamamayan ng U.S. at walang green card ay maaaring hindi papasukin sa bansa.

border-zone-lawyer-at-port-do = Kung mamamayan ka ng U.S., maaari kang humingi ng abogado habang tinatanong ka ng mga opisyal sa isang port of entry.
border-zone-lawyer-at-port-say = Gusto ko pong makausap ang isang abogado.
border-zone-lawyer-at-port-why = Karaniwang walang karapatan sa abogado ang mga may green card at visa sa pagsusuring ito, maliban kung maging usaping kriminal ito. Masalimuot ang mga patakaran sa border. Pangkalahatang impormasyon ito: magtanong sa isang abogado sa imigrasyon bago ka bumiyahe.

border-zone-dont-no-rights = Huwag isiping nawawala ang iyong mga karapatan malapit sa border. Umiiral pa rin ang Konstitusyon sa 100-milyang zone.

## Recording agents

recording-title = Pagre-record sa mga ahente
recording-summary = May nakikita kang mga ahente ng imigrasyon na nagtatrabaho sa isang pampublikong lugar at gusto mo silang i-record.

recording-right-to-record-do = Maaari mong i-record ang mga ahente sa isang pampublikong lugar. Manatili kung saan ka pinapayagang naroon. Panatilihin ang ligtas na distansya. Huwag humarang sa kanila.
recording-right-to-record-why = Sinasabi ng mga pederal na korte, kasama ang appeals court na sumasaklaw sa California, na may karapatan ang mga tao sa ilalim ng First Amendment na i-record ang pulis habang ginagawa nila ang kanilang trabaho sa publiko. Ginagamit din ang parehong ideya para sa mga ahente ng imigrasyon.

recording-know-the-risk-do = Alamin ang panganib bago ka mag-record. May mga taong inaresto habang kinukunan ng video ang mga ahente.
recording-know-the-risk-why = Ang ProPublica, isang grupo ng balita, ay nakabilang ng hindi bababa sa 130 taong inaresto dahil umano sa paghadlang sa mga ahente o pagkuha ng video sa kanila. Tinawag ng Department of Homeland Security na "doxing" ang pagre-record sa mga ahente, isang salita para sa paglalantad ng pribadong impormasyon ng mga tao.

recording-move-back-do = Kung utusan ka ng isang ahente na umatras, gawin ito. Maaari kang magpatuloy sa pagre-record mula sa mas malayo.
recording-move-back-why = Maaaring legal kang utusan ng mga ahente na umatras para sa kaligtasan. Kung tumanggi ka, maaari kang arestuhin.

recording-protect-phone-do = Kung hilingin ng isang opisyal na makita ang iyong telepono, maaari kang tumanggi. Hindi mo kailangang i-unlock ito o burahin ang iyong video.
recording-protect-phone-say = Hindi po ako pumapayag na halughugin ang telepono ko.
recording-protect-phone-why = Ayon sa aming pinagmulan, isang buod ng payo mula sa Electronic Frontier Foundation, kung walang warrant ay hindi dapat halughugin ng mga opisyal ang iyong telepono, pilitin kang burahin ang video, o pilitin kang i-unlock ito. Kailangang suriin ng isang abogado ang puntong ito para sa sarili mong kaso. Kung kunin pa rin ng mga opisyal ang iyong telepono, huwag silang labanan.

recording-write-details-do = Isulat ang petsa, oras at lugar. Itala ang mga pangalan ng mga ahente, mga badge number, mga sasakyan at mga plaka.
recording-write-details-why = Ang mga detalyeng ito ay nagbibigay ng malinaw na tala ng nangyari at kung sino ang naroon.

recording-focus-on-agents-do = Itutok ang iyong camera sa mga ahente, hindi sa taong hawak nila.
recording-focus-on-agents-why = Pinoprotektahan nito ang privacy ng taong dinedetine.

recording-dont-interfere = Huwag hawakan, harangan o hadlangan ang mga ahente habang nagre-record ka.
recording-dont-ignore-orders = Huwag tumanggi sa utos na umatras. Sa halip, magpatuloy sa pagre-record mula sa ligtas na distansya.
recording-dont-delete-footage = Huwag i-unlock ang iyong telepono o burahin ang iyong video dahil lamang sinabi ito ng isang opisyal.

## Family plan

family-plan-title = Gumawa ng plano ng pamilya
family-plan-summary = Ihanda ang iyong pamilya bago pa may mangyari.

family-plan-memorize-numbers-do = Kabisaduhin ang mga numero ng telepono ng isang taong pinagkakatiwalaan mo at ng isang abogado.
family-plan-memorize-numbers-why = Kung madetine ka, maaaring wala sa iyo ang telepono mo.

family-plan-children-pickup-do = Magpasya kung sino ang maaaring sumundo sa iyong mga anak kung hindi mo kaya. Isulat ito.
family-plan-children-pickup-why = Sa gayon, alam ng mga taong pinagkakatiwalaan mo ang gagawin kung hindi ka makauwi.

family-plan-documents-do = Itago ang mahahalagang papeles mo sa iisang lugar na maaabot ng mga taong pinagkakatiwalaan mo.
family-plan-documents-why = Maaaring kailanganin agad ng iyong pamilya ang mga papeles na ito kung may mangyari sa iyo.

family-plan-a-number-do = Kung may A-number ka, alamin ito. Isulat ito kung saan ito makikita ng iyong pamilya.
family-plan-a-number-why = Kung adulto ka at madetine, maaari kang hanapin ng iyong pamilya sa online detainee locator ng ICE gamit ang iyong A-number at ang bansa kung saan ka ipinanganak. Hinihingi rin ng linya ng korte ng imigrasyon para sa mga kaso ang A-number.

family-plan-tell-officer-parent-do = Kung arestuhin ka o madetine, sabihin sa opisyal kung ikaw ang magulang o pangunahing tagapag-alaga ng isang bata. Sabihin din sa kanila kung may pangangailangan kang medikal.
family-plan-tell-officer-parent-say = Ako po ang magulang at pangunahing tagapag-alaga ng isang bata.
family-plan-tell-officer-parent-why = Maaari mong sabihin ito sa mga opisyal. Kung arestuhin ka ng lokal na pulis sa California, ang magulang na may kustodiya ay may dalawang dagdag na libreng tawag sa telepono para maiayos ang pag-aalaga sa mga bata.

family-plan-plan-form-do = Punan ang isang form ng plano ng pamilya. May ILRC Family Preparedness Plan sa Ingles, Espanyol, Tagalog, Vietnamese at Tradisyonal na Tsino.
family-plan-plan-form-why = Mas madaling ibahagi sa mga taong pinagkakatiwalaan mo ang isang nakasulat na plano na nasa iisang lugar.

family-plan-dont-wait = Huwag hintaying dumating ang mga ahente bago gumawa ng plano.
family-plan-dont-rely-on-phone = Huwag itago ang mahahalagang numero sa telepono mo lamang. Maaaring wala ito sa iyo kung madetine ka.

## Scams

scams-title = Mga scam sa imigrasyon
scams-summary = May nag-aalok sa iyo ng tulong sa imigrasyon, o may nagsasabing may problema sa iyong katayuan.

scams-real-lawyer-do = Kumuha ng legal na payo tungkol sa imigrasyon mula lamang sa isang lisensiyadong abogado o sa isang representative na accredited ng U.S. Department of Justice.
scams-real-lawyer-why = Sila lamang ang pinapayagang magbigay ng legal na payo tungkol sa imigrasyon.

scams-consultants-do = Mag-ingat sa mga "notario" at sa mga immigration consultant. Bago ka magbayad sa sinuman, itanong kung abogado sila o accredited representative.
scams-consultants-why = Ang consultant na hindi abogado ay maaari lamang magpuno ng mga form at magsalin. Hindi nila maaaring sabihin sa iyo kung ano ang gagawin sa iyong kaso.

scams-calls-and-texts-do = Kung may tumawag, mag-text o mag-email sa iyo para sabihing may problema sa iyong katayuan sa imigrasyon, huwag silang bigyan ng pera o personal na impormasyon.
scams-calls-and-texts-say = Hindi ako magbibigay ng pera o personal na impormasyon. Aalamin ko ito sa sarili kong abogado.
scams-calls-and-texts-why = Nagbababala ang California Attorney General (ang pinakamataas na abogado ng estado) sa mga tao na huwag gawin ito.

scams-free-help-do = Maghanap ng libreng legal na tulong. Naglalathala ang California Department of Social Services ng mga listahan ng mga grupong nagbibigay nito.
scams-free-help-why = Nagbabayad ang State of California sa mga nonprofit na grupo para magbigay ng libreng legal na serbisyo sa imigrasyon.

scams-dont-pay-for-advice = Huwag magbayad sa isang "notario" o consultant para sa legal na payo tungkol sa iyong kaso sa imigrasyon.
scams-dont-share-details = Huwag magbigay ng pera o personal na impormasyon sa sinumang kumokontak sa iyo tungkol sa problema sa iyong katayuan. Sa halip, magtanong sa isang abogadong pinagkakatiwalaan mo.

## Rumors and sightings

rumors-title = Mga bali-balita at mga nakita
rumors-summary = May naririnig kang may mga ahente ng imigrasyon sa malapit, o ikaw mismo ang nakakita sa kanila.

rumors-check-first-do = Bago ka magbahagi ng balita tungkol sa mga ahente ng imigrasyon, tiyaking totoo ito.
rumors-check-first-why = Ang post na hindi pa nasusuri ng sinuman ay maaaring mali, at maaari itong magkalat ng takot.

rumors-call-rapid-response-do = Kung makakita ka ng mga ahente ng imigrasyon, tawagan ang rapid response line ng iyong county sa halip na mag-post tungkol dito. Makikita mo ang linya sa help finder (tagahanap ng tulong) ng app na ito.
rumors-call-rapid-response-why = Tumatanggap ang mga rapid response line ng mga ulat tungkol sa mga ahente ng imigrasyon na nasa malapit, at tumutulong sila sa mga taong nangangailangan nito.

rumors-document-safely-do = Kung ligtas, i-record o isulat ang nakikita mo. Panatilihin ang iyong distansya.
rumors-document-safely-why = Makakatulong sa susunod ang isang tala ng nangyari. Maaari kang arestuhin kung hahadlangan mo ang mga ahente.

rumors-stay-silent-do = Kung tanungin ka ng mga ahente habang nanonood ka, maaari kang manahimik. Kung pipiliin mo ito, sabihin ito nang malakas.

rumors-right-numbers-do = Ibahagi lamang ang mga numero ng tulong na galing sa isang pinagmulang pinagkakatiwalaan mo, gaya ng iyong lokal na rapid response network.
rumors-right-numbers-why = May numero ang Department of Homeland Security (DHS) para iulat ng publiko ang mga tao sa ICE. Hindi ito linya ng tulong.

rumors-dont-post-unchecked = Huwag mag-post ng mga ulat na may nakitang ahente ng imigrasyon kung hindi pa nasusuri ng sinuman ang mga ito.
rumors-dont-share-tip-line = Huwag ibahagi ang numero ng DHS para sa pag-uulat ng mga tao sa ICE na parang numero ito ng tulong.
rumors-dont-interfere = Huwag hadlangan ang mga ahente o subukang pigilan sila.

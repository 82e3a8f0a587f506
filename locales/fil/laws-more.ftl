# More California laws: what each means for a person, and what it does not do.

law-vision-act-name = VISION Act (AB 937)
law-vision-act-summary = Pipigilan sana ng panukalang batas na ito ang mga bilangguan ng estado at mga lokal na kulungan na ibigay ang mga tao sa ICE kapag maaari na silang palayain. Naipasa ito sa Assembly noong 2021. Hindi ito naipasa sa Senado ng estado noong 2022, kulang ng 3 boto. Hindi ito batas.
law-vision-act-does-not = Hindi ito batas, kaya wala itong pinoprotektahan. Maaari pa ring sabihin ng mga bilangguan ng estado sa ICE ang tungkol sa mga taong lalabas ng bilangguan at isaayos ang pagbibigay sa kanila sa ICE. Ang mga limitasyon sa SB 54 ay para sa lokal na pulis at mga sheriff, hindi para sa mga bilangguan ng estado.

law-home-act-name = HOME Act (AB 1306)
law-home-act-summary = Sumunod ang panukalang batas na ito sa VISION Act. Na-veto ito ni Gobernador Newsom noong Setyembre 22, 2023, kaya hindi ito batas. Nang i-veto niya ito, sinabi niyang lilimitahan ng mga bilangguan ng estado ang pakikipag-ugnayan nila sa ICE sa dalawang pagkakataon: kapag pumasok ang tao sa bilangguan at kapag malapit na siyang palayain.
law-home-act-does-not = Hindi ito batas, kaya wala itong pinoprotektahan. Maaari pa ring sabihin ng mga bilangguan ng estado sa ICE ang tungkol sa mga taong lalabas ng bilangguan at isaayos ang pagbibigay sa kanila sa ICE.

law-ab60-name = Mga driver's license sa ilalim ng AB 60
law-ab60-summary = Maaari kang kumuha ng driver's license sa California kahit hindi mo mapatunayang legal kang nasa U.S. Dapat mong matugunan ang lahat ng iba pang patakaran, at patunayan kung sino ka at na nakatira ka sa California. Labag sa batas na tratuhin ka nang hindi patas dahil mayroon kang ganitong uri ng lisensiya.
law-ab60-does-not = Lisensiya ito para magmaneho. Hindi ito itinuturing na ID para sa mga pederal na layunin. Hindi nito inililihim sa pulis ang iyong record sa DMV: maaari pa ring ibahagi ng DMV ang mga record sa mga tagapagpatupad ng batas para sa isang imbestigasyon, at maaaring kasama rito ang ICE.

law-ab450-name = Immigrant Worker Protection Act (AB 450)
law-ab450-summary = Hindi maaaring piliin ng iyong employer na papasukin ang mga ahente ng imigrasyon sa mga bahagi ng iyong pinagtatrabahuhan na hindi karaniwang pinapasok ng publiko, gaya ng mga opisina o mga kuwartong para lamang sa mga manggagawa, maliban kung may warrant na pinirmahan ng hukom ang mga ahente. Hindi rin maaaring hayaan ng iyong employer na makita o kunin ng mga ahente ang mga record ng manggagawa nang walang warrant ng hukom, subpoena, o pederal na abiso ng inspeksiyon ng mga papeles sa trabaho (mga I-9 form). Kung makatanggap ang iyong employer ng ganitong abiso, dapat nitong sabihan ang mga manggagawa sa loob ng 72 oras, sa wikang karaniwan nitong ginagamit sa kanila.
law-ab450-does-not = Patakaran ito para sa mga employer, hindi para sa ICE. Kung may warrant na pinirmahan ng hukom ang mga ahente, maaari pa rin silang pumasok. Ang form ng ICE, gaya ng Form I-200 o Form I-205, ay hindi warrant ng hukom. Hindi kailangang harangan ng iyong employer ang mga ahente gamit ang katawan. Nananatili sa iyo ang sarili mong mga karapatan sa trabaho, gaya ng karapatang manahimik.

law-ab49-name = Safe Haven Schools (AB 49)
law-ab49-summary = Hindi maaaring pumasok ang mga ahente ng imigrasyon sa mga bahagi ng paaralan na hindi bukas sa publiko maliban kung magpakita sila ng balidong ID at may warrant o subpoena sila mula sa isang hukom, o utos ng korte. Hindi maaaring magbigay ang mga paaralan sa mga ahente ng impormasyon tungkol sa mga estudyante, pamilya o kawani nang walang warrant ng hukom.
law-ab49-does-not = Hindi nito hinaharangan ang mga opisyal na nagpapakita ng balidong ID at may warrant ng hukom, subpoena ng hukom o utos ng korte. Ang patakaran nito tungkol sa pagpasok ay para sa mga bahagi ng paaralan na hindi bukas sa publiko.

law-sb81-name = Mga lugar ng pangangalagang pangkalusugan (SB 81)
law-sb81-summary = Dapat piliin ng mga health care provider kung aling mga bahagi nila ang hindi bukas sa publiko. Dapat nilang pigilan ang mga ahente ng imigrasyon na pumasok sa mga bahaging iyon maliban kung may warrant na pinirmahan ng hukom o utos ng korte ang mga ahente. Itinuturing na bahagi ng iyong medical record ang iyong katayuan sa imigrasyon.
law-sb81-does-not = Hindi nito hinaharangan ang mga ahenteng may warrant na pinirmahan ng hukom o utos ng korte. Ang patakaran nito ay para sa mga bahaging minarkahan ng provider na hindi bukas sa publiko.

law-sb98-name = Dapat sabihan ng paaralan ang mga pamilya (SB 98)
law-sb98-summary = Kapag kinumpirma ng paaralan na may mga ahente ng imigrasyon sa campus, dapat nitong sabihan ang mga magulang, estudyante at kawani. Dapat nakasama ito sa mga safety plan ng paaralan pagsapit ng Marso 1, 2026. Tatagal ang patakaran hanggang Enero 1, 2031.
law-sb98-does-not = Tungkol ito sa pagsasabi sa mga tao, hindi sa paghadlang sa mga ahente. Nasa AB 49 ang mga patakaran kung kailan maaaring pumasok ang mga ahente sa mga bahagi ng paaralan na hindi bukas sa publiko.

law-sb627-name = No Secret Police Act (SB 627)
law-sb627-summary = Sinasabi ng batas na ito na hindi maaaring takpan ng mga lokal, pang-estado at pederal na opisyal ang kanilang mukha habang nakikitungo sa publiko. May mga eksepsiyon, gaya ng undercover na trabaho, mga medical mask na tulad ng N95 at gamit ng SWAT. Ang petsa ng pagsisimula nito ay Enero 1, 2026. Ipinasa ng California ang batas na ito. Pinaglalabanan sa korte kung maipapatupad ito laban sa mga pederal na ahente: idinemanda ng U.S. Department of Justice ang California noong Nobyembre 2025.
law-sb627-does-not = Huwag umasa na susundin ito ng mga pederal na ahente. Sinasabi ng gobyerno ng U.S. na hindi ito susunod, at sinabi ng mga pederal na prosecutor na wala itong epekto sa kanilang trabaho. Hangga't hindi nagpapasya ang mga korte, hindi pa ito tiyak.

law-sb805-name = No Vigilantes Act (SB 805)
law-sb805-summary = Sinasabi ng batas na ito na ang mga opisyal na hindi naka-uniporme ay dapat magpakita ng pangalan o badge number na nakikita ng mga tao. Hindi maaaring makilahok ang mga bail agent sa pagpapatupad ng batas sa imigrasyon. Ipinasa ng California ang batas na ito. Pinaglalabanan sa korte kung maipapatupad ito laban sa mga pederal na ahente: idinemanda ng U.S. Department of Justice ang California noong Nobyembre 2025.
law-sb805-does-not = Huwag umasa na susundin ito ng mga pederal na ahente. Sinasabi ng gobyerno ng U.S. na hindi ito susunod, at sinabi ng mga pederal na prosecutor na wala itong epekto sa kanilang trabaho. Hangga't hindi nagpapasya ang mga korte, hindi pa ito tiyak.

# California laws: what each means for a person.

law-trust-act-name = TRUST Act
law-trust-act-summary = Ang batas na ito noong 2013 ang unang naglimita sa mga ICE hold sa mga lokal na kulungan. Pinayagan nito ang kulungan na panatilihin ang isang tao nang lampas sa oras ng kanyang paglaya dahil sa ICE hold sa ilang kaso lamang, gaya ng ilang mabibigat o marahas na krimen na nahatulan siya. Mula nang magkabisa ang SB 54 noong 2018, hindi na maaaring panatilihin ng lokal na kulungan ang sinuman nang lampas sa paglaya dahil sa ICE hold, sa anumang kaso. Ang ICE hold ay isang kahilingan, hindi utos ng hukom.

law-truth-act-name = TRUTH Act
law-truth-act-summary = Sa isang kulungan sa California, bago ka ma-interview ng ICE, dapat kang bigyan ng nakasulat na form. Sinasabi nito na boluntaryo ang interview, at maaari kang tumanggi o makipag-usap lamang kung naroon ang iyong abogado. Kung nakatanggap ang kulungan ng kahilingan ng ICE tungkol sa iyo, dapat ka nitong bigyan ng kopya.

law-sb54-name = California Values Act (SB 54)
law-sb54-summary = Sa pangkalahatan, hindi maaaring itanong ng pulis at ng mga sheriff sa California ang iyong katayuan sa imigrasyon o tumulong sa ICE sa pagpapatupad ng batas sa imigrasyon. Hindi ka maaaring panatilihin ng lokal na kulungan nang lampas sa oras ng iyong paglaya dahil hiniling ito ng ICE. Para sa mga taong nahatulan sa ilang mabibigat na krimen, maaari pa ring sabihin ng kulungan sa ICE kung kailan sila palalayain, o ibigay sila sa ICE. Hindi kailangang sundin ng mga pederal na ahente ang batas na ito, at hindi nito sakop ang mga bilangguan ng estado (state prison).

law-trust-act-does-not = Hindi nito pinipigilan ang ICE na mismong mag-aresto ng mga tao. Ang listahan nito ng mga krimeng nahatulan ang nagpapasya ngayon, sa ilalim ng SB 54, kung kailan maaaring sabihin ng kulungan sa ICE ang tungkol sa paglaya ng isang tao o ibigay ang tao sa ICE, hindi kung maaaring panatilihin ng kulungan ang tao nang mas matagal.
law-truth-act-does-not = Hindi nito pinipigilan ang ICE na magtanong, at hindi ito sumasaklaw sa pederal na detensyon ng imigrasyon. Saklaw nito ang mga interview sa mga lokal na kulungan.
law-sb54-does-not = Hindi nito pinipigilan ang ICE o ibang pederal na ahente, at hindi nito sakop ang mga bilangguan ng estado (CDCR). Maaari pa ring magbahagi ang pulis ng impormasyong pampubliko na.

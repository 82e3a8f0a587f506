# Qhov uas tsis ua haujlwm, hais ua lus uas ib tug neeg paub tias yuav ua li cas ntxiv. Lub app
# qhia cov lus no thaum ib yam haujlwm tsis tiav; tsis muaj ib qho rov hais dua qhov uas tus neeg tau ntaus.

error-invalid-locale = Lub app nyeem tsis tau qhov teeb tsa hom lus ntawd. Xaiv ib hom lus ntawm daim ntawv teev npe.
error-unknown-topic = Qhov xwm txheej ntawd tsis muaj nyob hauv lub app no. Xaiv ib qho ntawm daim ntawv teev npe.
error-unknown-law = Txoj cai ntawd tsis muaj nyob hauv lub app no. Xaiv ib txoj ntawm daim ntawv teev npe.
error-unknown-warrant-state = Lub app tsis paub lawm tias koj teb cov lus nug txog daim ntawv warrant mus txog qhov twg. Rov pib cov lus nug dua.
error-unknown-warrant-choice = Qhov ntawd tsis yog ib qho lus teb rau lo lus nug no. Xaiv ib qho ntawm cov lus teb uas muaj qhia.
error-unknown-message = Lub app thov ib cov lus uas tsis muaj. Qhov no yog ib qho yuam kev hauv lub app (bug).
error-invalid-coordinates = Lub app nyeem tsis tau qhov chaw koj nyob. Ntaus ib tus ZIP code los yog lub npe ntawm ib lub county hloov.
error-invalid-zip = Ib tus ZIP code muaj 5 tus lej, piv txwv li 90012.
error-unknown-zip = Lub app no tsis paub tus ZIP code ntawd. Kuaj xyuas dua, los yog ntaus lub npe ntawm koj lub county.
error-unknown-county = Tsis muaj lub county twg muaj lub npe ntawd nyob hauv thaj chaw uas lub app no pab.
error-unknown-city = Tsis muaj lub nroog twg muaj lub npe ntawd nyob hauv thaj chaw uas lub app no pab.
error-unknown-state = Qhov ntawd tsis yog ib lub xeev hauv Tebchaws Asmeskas. Ntaus lub xeev tus code ob tug tsiaj ntawv, piv txwv li CA.
error-invalid-time = Lub app nyeem tsis tau lub sijhawm ntawd. Sau ib hnub thiab ib lub sijhawm, piv txwv li Mon 22:30.
error-not-a-pack = Daim file no tsis yog daim file ntaub ntawv ntawm Amparo. Lub app tsis tau hloov dabtsi li.
error-unsupported-pack-format = Daim file ntaub ntawv no yog rau lwm version ntawm lub app. Lub app tsis tau hloov dabtsi li.
error-corrupt-pack = Daim file ntaub ntawv no puas lawm los yog tsis tiav. Lub app tsis tau hloov dabtsi li.
error-pack-too-large = Daim file ntaub ntawv no loj dhau heev, yog li nws tsis yog daim tiag. Lub app tsis tau hloov dabtsi li.
error-unknown-key = Amparo tsis tau kos npe rau daim file ntaub ntawv no. Tej zaum nws yog daim cuav. Lub app tsis tau hloov dabtsi li.
error-bad-signature = Daim file ntaub ntawv no raug hloov tom qab Amparo kos npe rau nws lawm. Tej zaum nws yog daim cuav. Lub app tsis tau hloov dabtsi li.
# $offered: tus version ntawm cov ntaub ntawv hauv daim file; $in_use: tus version uas lub app siv.
error-not-newer = Daim file ntaub ntawv no (version { $offered }) tsis tshiab dua cov ntaub ntawv uas koj muaj (version { $in_use }). Lub app tsis tau hloov dabtsi li.
# $required: ib tus version ntawm lub app, xws li 0.2.0.
error-needs-newer-app = Daim file ntaub ntawv no xav tau ib tus version tshiab dua ntawm lub app ({ $required }). Update lub app ua ntej. Lub app tsis tau hloov dabtsi li.
# $missing: cov code hom lus, xws li "km, ti".
error-fewer-languages = Daim file ntaub ntawv no tsis muaj qee hom lus uas lub app twb muaj lawm ({ $missing }). Lub app tsis tau hloov dabtsi li.
error-storage = Lub app khaws tsis tau daim file ntaub ntawv rau hauv lub xov tooj no. Cov ntaub ntawv uas koj muaj tseem siv tau.
error-no-data-folder = Lub app nruab tsis tau cov file ntaub ntawv rau ntawm no. Cov ntaub ntawv uas koj muaj tseem siv tau.
error-unknown-question = Lo lus nug ntawd tsis muaj nyob hauv cov lus nug xyaum no. Rov pib cov lus nug xyaum dua.
error-unknown-quiz-choice = Qhov ntawd tsis yog ib qho lus teb rau lo lus nug no. Xaiv ib tus tsiaj ntawv uas muaj qhia.
error-unknown-emergency-message = Cov lus text ntawd tsis muaj nyob hauv lub app no. Xaiv ib qho ntawm daim ntawv teev npe.
error-unknown-message-value = Lub app muab ib yam rau cov lus no uas cov lus no tsis tau thov. Qhov no yog ib qho yuam kev hauv lub app (bug).
error-value-too-long = Qhov ntawd ntev dhau rau ib qho lus text. Siv { $limit } tus tsiaj ntawv los yog tsawg dua.

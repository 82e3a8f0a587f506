# Notes shown with an organization (content/states/*/organizations.toml `note`): who it
# serves, or a limit a person must know before calling. From shared/research/legal_aid_orgs.csv
# and states_and_connecticut.md. Never put a phone number in a message: numbers are data.

org-kind-fresno-note = Mga bata lamang ang kinakatawan: mga batang nakatira sa San Joaquin, Kern, Fresno, Kings, Tulare, Madera, Merced o Stanislaus County.
org-alameda-county-public-defender-immigration-note = Para lamang sa mga taong nakatira sa Alameda County o nahatulan sa isang krimen doon.
org-clsepa-note = Para lamang sa mga taong nakatira sa San Mateo o Santa Clara County. Kinakatawan nito ang mga adulto at kabataan sa mga kaso ng deportasyon. Hindi ito tumatanggap ng collect call.
org-lilac-redwood-city-note = Walang walk-in: tumawag para sa appointment. Ang intake (pagtanggap ng bagong kliyente) ay Lunes hanggang Sabado, 8 a.m. hanggang 6 p.m.
org-sf-public-defender-immigration-note = Ipinagtatanggol nito ang mga taong nakakulong sa kustodiya ng imigrasyon, at inuuna ang mga taong nanirahan o nagtrabaho sa San Francisco. Tinutulungan din nito ang mga taong kinakatawan nito ngayon o kinatawan nito dati, kapag hindi sila nakadetine.
org-asian-law-caucus-note = Nakatuon ito sa mga taong nasa detensyon na ang kaso sa deportasyon ay may kinalaman sa criminal record. Hindi ito tumatanggap ng mga kaso ng asylum o ng mga asylum interview, kasama ang mga credible fear interview.
org-immdef-note = Para sa mga taong mababa ang kita na nakadetine. Inuuna ang mga taong nakatira sa Los Angeles County.
org-immdef-san-diego-note = Para lamang sa mga taong mababa ang kita. Sa appointment lamang: walang walk-in.
org-international-institute-los-angeles-note = Sa appointment lamang: walang walk-in. Bukas Lunes hanggang Biyernes, 8:30 a.m. hanggang 5 p.m.
org-kind-los-angeles-note = Mga kaso lamang ng mga bata at kabataan ang tinatanggap, kasama ang mga batang dumating nang mag-isa. Sa appointment lamang: walang walk-in.
org-human-rights-first-la-note = Naghahanap ng libreng boluntaryong abogado para sa mga naghahanap ng asylum na hindi makakabayad. Walang walk-in.
org-community-lawyers-compton-note = Sa appointment lamang: walang walk-in.
org-refugee-support-network-note = Walang walk-in: tumawag para sa appointment.
org-jfs-san-diego-note = Mag-iwan ng voicemail anumang oras, araw man o gabi. Tinatawagan pabalik ang mga tawag ayon sa pagkakasunod-sunod ng pagdating nila.
org-sd-public-defender-irldp-note = Mga kaso lamang ng depensa laban sa deportasyon ang tinatanggap.
org-la-maestra-note = Tumatanggap ang legal team nito ng mga bond hearing (pagdinig sa piyansa sa imigrasyon), mga kaso ng mga taong mula sa Ukraine o Afghanistan, at mga kaso ng mga biktima ng trafficking at ng krimen (U visa, T visa, VAWA).
org-socal-immigration-project-note = Mga kaso ng asylum lamang. Nakatuon ito sa mga taong mula sa mga bansa sa Africa at sa mga LGBTQ mula sa anumang bansa. Hindi nagsasalita ng Espanyol ang mga kawani.
org-catholic-charities-el-centro-note = Walang nakitang numero ng telepono o address sa kalye para sa tanggapang ito. Subukan ang tanggapan ng Catholic Charities sa San Diego para maabot ito.
org-imperial-valley-jfon-note = Nagdaraos ng mga libreng legal clinic sa First United Methodist Church sa El Centro. Hindi alam kung patuloy pa ang mga clinic.
org-ciri-bridgeport-note = Hindi tumatanggap ng mga kaso ng mga taong nasa detensyon. Maaaring limitado ang libreng representasyon dahil sa mga patakaran ng grant at ng programa.
org-ciri-hartford-note = Hindi tumatanggap ng mga kaso ng mga taong nasa detensyon.
org-ccif-hartford-note = Para lamang sa mga residente ng Hartford na nasa detensyon ng ICE o may deportation proceedings (kaso ng deportasyon) at walang abogado.

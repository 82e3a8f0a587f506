# Notes shown with an organization (content/states/*/organizations.toml `note`): who it
# serves, or a limit a person must know before calling. From shared/research/legal_aid_orgs.csv
# and states_and_connecticut.md. Never put a phone number in a message: numbers are data.

org-kind-fresno-note = یوازې د ماشومانو استازیتوب کوي: د هغو ماشومانو چې په یوه له دې کاونټیو کې اوسېږي: San Joaquin، Kern، Fresno، Kings، Tulare، Madera، Merced یا Stanislaus County.
org-alameda-county-public-defender-immigration-note = یوازې د هغو کسانو لپاره چې په Alameda County کې اوسېږي یا هلته محکومیت لري.
org-clsepa-note = یوازې د هغو کسانو لپاره چې په San Mateo یا Santa Clara County کې اوسېږي. د اخراج په قضیو کې د لویانو او ځوانانو استازیتوب کوي. هغه زنګونه نه مني چې پیسې یې اخیستونکی ورکوي (collect calls).
org-lilac-redwood-city-note = بې له وخت اخیستلو نه شئ ورتلای: د وخت اخیستلو لپاره زنګ ووهئ. د نویو قضیو منل (intake) له دوشنبې تر شنبې، له سهار 8 څخه تر ماښام 6 بجو پورې دي.
org-sf-public-defender-immigration-note = د هغو کسانو دفاع کوي چې د مهاجرت په توقیف (custody) کې ساتل کېږي، او هغو کسانو ته لومړیتوب ورکوي چې په San Francisco کې اوسېدلي یا یې هلته کار کړی. همدارنګه له هغو کسانو سره مرسته کوي چې اوس یې استازیتوب کوي یا یې پخوا کړی، کله چې هغوی توقیف نه وي.
org-asian-law-caucus-note = پر هغو توقیف شویو کسانو تمرکز کوي چې د اخراج په قضیه کې یې جرمي سابقه شامله ده. د پناه غوښتنې (asylum) قضیې یا د پناه مرکې نه اخلي، په شمول د باوري وېرې مرکو (credible fear interviews).
org-immdef-note = د هغو توقیف شویو کسانو لپاره چې ټیټ عاید لري. هغه کسان چې په Los Angeles County کې اوسېږي، لومړیتوب لري.
org-immdef-san-diego-note = یوازې د ټیټ عاید لرونکو کسانو لپاره. یوازې د وخت په اخیستلو: بې له وخته نه شئ ورتلای.
org-international-institute-los-angeles-note = یوازې د وخت په اخیستلو: بې له وخته نه شئ ورتلای. له دوشنبې تر جمعې، له سهار 8:30 څخه د غرمې وروسته تر 5 بجو پورې خلاص دی.
org-kind-los-angeles-note = یوازې د ماشومانو او ځوانانو قضیې اخلي، په شمول د هغو ماشومانو چې یوازې راغلي. یوازې د وخت په اخیستلو: بې له وخته نه شئ ورتلای.
org-human-rights-first-la-note = د هغو پناه غوښتونکو لپاره چې پیسې نه شي ورکولای، وړیا رضاکار وکیلان پیدا کوي. بې له وخته نه شئ ورتلای.
org-community-lawyers-compton-note = یوازې د وخت په اخیستلو: بې له وخته نه شئ ورتلای.
org-refugee-support-network-note = بې له وخته نه شئ ورتلای: د وخت اخیستلو لپاره زنګ ووهئ.
org-jfs-san-diego-note = هر وخت، د ورځې یا شپې، غږیز پیغام (voicemail) پرېږدئ. زنګونو ته په هغه ترتیب ځواب ورکول کېږي چې راغلي وي.
org-sd-public-defender-irldp-note = یوازې د اخراج پر ضد د دفاع قضیې اخلي.
org-la-maestra-note = حقوقي ټیم یې د مهاجرت د ضمانت اورېدنې (bond hearings)، د اوکراین یا افغانستان د خلکو قضیې، او د قاچاق او جرم د قربانیانو قضیې (U visa، T visa، VAWA) اخلي.
org-socal-immigration-project-note = یوازې د پناه غوښتنې قضیې. پر هغو کسانو تمرکز کوي چې له افریقايي هېوادونو څخه دي، او پر LGBTQ کسانو له هر هېواد څخه. کارکوونکي یې هسپانوي خبرې نه کوي.
org-catholic-charities-el-centro-note = د دې دفتر لپاره تلیفون یا د سړک پته ونه موندل شوه. له دې دفتر سره د اړیکې لپاره په San Diego کې د Catholic Charities دفتر وازمویئ.
org-imperial-valley-jfon-note = په El Centro کې په First United Methodist Church کې وړیا حقوقي کلینیکونه جوړوي. دا معلومه نه ده چې کلینیکونه لا هم روان دي که نه.
org-ciri-bridgeport-note = د هغو کسانو قضیې نه اخلي چې په توقیف کې دي. وړیا استازیتوب ښایي د مرستې (grant) او پروګرام د قواعدو له امله محدود وي.
org-ciri-hartford-note = د هغو کسانو قضیې نه اخلي چې په توقیف کې دي.
org-ccif-hartford-note = یوازې د Hartford د هغو اوسېدونکو لپاره چې د ICE په توقیف کې یا د اخراج په محاکمه (deportation proceedings) کې دي او وکیل نه لري.

# 団体と一緒に表示する注記（content/states/*/organizations.toml の `note`）：対象者、
# または電話する前に知っておくべき制限。出典は shared/research/legal_aid_orgs.csv と
# states_and_connecticut.md。メッセージに電話番号を書かないこと。番号はデータ。

org-kind-fresno-note = 子どもだけを代理します。San Joaquin、Kern、Fresno、Kings、Tulare、Madera、Merced、Stanislausのいずれかの郡（County）に住む子どもが対象です。
org-alameda-county-public-defender-immigration-note = Alameda Countyに住んでいる人、またはAlameda Countyで有罪判決を受けた人だけが対象です。
org-clsepa-note = San Mateo CountyかSanta Clara Countyに住んでいる人だけが対象です。強制送還の事件で大人と若者を代理します。コレクトコールは受け付けていません。
org-lilac-redwood-city-note = 予約なしの来所は受け付けていません。電話で予約してください。受付（intake）は月曜日から土曜日の午前8時から午後6時までです。
org-sf-public-defender-immigration-note = 移民当局に身柄を拘束されている人を弁護し、San Franciscoに住んだことや働いたことがある人を優先します。現在代理している人や以前代理したことがある人については、収容されていなくても支援します。
org-asian-law-caucus-note = 強制送還の事件に犯罪歴が関わっている、収容中の人を主に支援しています。庇護（asylum）の事件や庇護の面接は、信頼できる恐怖の面接（credible fear interview）も含め、扱っていません。
org-immdef-note = 収容されている低所得の人が対象です。Los Angeles Countyに住む人が優先されます。
org-immdef-san-diego-note = 低所得の人だけが対象です。予約制のみで、予約なしの来所は受け付けていません。
org-international-institute-los-angeles-note = 予約制のみで、予約なしの来所は受け付けていません。月曜日から金曜日の午前8時30分から午後5時まで開いています。
org-kind-los-angeles-note = 子どもと若者の事件だけを扱います。一人で米国に来た子どもも含みます。予約制のみで、予約なしの来所は受け付けていません。
org-human-rights-first-la-note = 費用を払えない庇護希望者のために、無料のボランティア弁護士を探します。予約なしの来所は受け付けていません。
org-community-lawyers-compton-note = 予約制のみで、予約なしの来所は受け付けていません。
org-refugee-support-network-note = 予約なしの来所は受け付けていません。電話で予約してください。
org-jfs-san-diego-note = 昼でも夜でも、いつでも留守番電話にメッセージを残せます。折り返しの電話は、受けた順にかけています。
org-sd-public-defender-irldp-note = 強制送還に対する弁護の事件だけを扱います。
org-la-maestra-note = 法務チームは、移民の保釈審問（bond hearing）、ウクライナやアフガニスタン出身の人の事件、人身取引や犯罪の被害者の事件（U visa、T visa、VAWA）を扱います。
org-socal-immigration-project-note = 庇護（asylum）の事件だけを扱います。アフリカ諸国出身の人と、どの国の出身であってもLGBTQの人を主に支援しています。スタッフはスペイン語を話しません。
org-catholic-charities-el-centro-note = この事務所の電話番号も住所も見つかりませんでした。連絡するには、San DiegoのCatholic Charitiesの事務所に問い合わせてください。
org-imperial-valley-jfon-note = El CentroのFirst United Methodist Churchで、無料の法律相談会を開いています。相談会が今も続いているかどうかは分かりません。
org-ciri-bridgeport-note = 収容されている人の事件は扱いません。無料の代理は、助成金やプログラムの規則によって制限されることがあります。
org-ciri-hartford-note = 収容されている人の事件は扱いません。
org-ccif-hartford-note = ICEに収容されているか強制送還の手続き中で、弁護士がいないHartfordの住民だけが対象です。

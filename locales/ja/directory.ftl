# 支援窓口検索（help finder）の文。メッセージに電話番号を書かないこと。
# 番号は出典のあるデータ。

policy-ca-baseline = カリフォルニア州では、地元の警察と保安官は、一般に、あなたの移民としての在留資格について尋ねることはできません。また、地元の拘置所は、ICEに頼まれたという理由で、釈放の時刻を過ぎてあなたを拘束することはできません。一部の重大な犯罪での有罪判決がある場合、拘置所は今でもあなたの釈放の時期をICEに知らせたり、あなたをICEに引き渡したりすることがあります。地元の拘置所では、ICEと話すことを断ることも、弁護士の立ち会いのもとでだけ話すこともできます。このことを説明する用紙を受け取れるはずです。連邦の捜査官は、これらの州法に拘束されません。

## ラインの目的と運営者

hotline-kind-rapid-response = 迅速対応ライン（rapid response）：近くにいる移民捜査官を通報し、支援を受けるための電話です。
hotline-kind-detention-info = 移民収容されている人についての情報。
hotline-kind-court-info = 移民裁判所の事件情報（自動音声）。その人のA番号（A-number）が必要です。
hotline-kind-lawyer-referral = 民間の移民弁護士の紹介。
hotline-kind-referral = 人々を支援サービスに紹介する政府の窓口。
hotline-kind-legal-aid = 無料の法律支援：申し込み、または適切な窓口への紹介のために電話してください。
hotline-operator-government = 支援団体ではなく、政府が運営しています。

## 番号について分かっていること。「確認済み」は誰かが実際に電話したという意味。

number-not-confirmed = まだ電話で確認されていません。最新の出典：{ $year }年。
number-not-confirmed-undated = まだ電話で確認されていません。出典には日付がありません。
number-confirmed = { $date }に電話で確認済み。
number-low-confidence = 信頼度が低い：この番号の出典は1つだけか、古いものです。
number-extension = 内線 { $extension }
number-takes-texts = テキストメッセージも受け付けています。
confidence-high = 信頼度が高い
confidence-medium = 信頼度は中程度
confidence-low = 信頼度が低い

## 食い違う番号と、一部の地域だけのライン

hotline-conflict = この番号について出典の内容が食い違っています。両方の番号を表示しています。まだ誰も電話で確認していません。
hotline-area = { $area }のみが対象です。郡全体ではありません。
conflict-sacramento = Sacramentoの迅速対応ラインについて、2つの出典が異なる番号を挙げています。それぞれ別のネットワークのものです。どちらが現在の番号かは分かりませんでした。両方にかけてみてください。
conflict-long-beach = 2019年のリストと、日付のない新しいリストが、Long Beach Community Defense Networkについて異なる番号を挙げています。どちらが現在の番号かは分かりませんでした。両方にかけてみてください。

## 受付時間（そのラインの時間帯で表示）

hours-always = 24時間・毎日受付
hours-days-range = { $first }～{ $last }
hours-rule = { $days } { $times }
hours-span = { $opens }～{ $closes }
hours-in-zone = { $hours }（{ $zone }）
hours-list-separator = {"、"}
hours-rules-separator = {"／"}
hours-open-now = 現在受付中
hours-closed-now = 現在受付時間外
time-zone-pacific = 太平洋時間
time-zone-eastern = 東部時間
weekday-monday = 月曜日
weekday-tuesday = 火曜日
weekday-wednesday = 水曜日
weekday-thursday = 木曜日
weekday-friday = 金曜日
weekday-saturday = 土曜日
weekday-sunday = 日曜日

## 利用者のいる場所

finder-no-local-line = この場所の地元の迅速対応ラインは見つかっていません。下にある地域全体または全国のラインに電話してください。
finder-outside = この場所は、Amparoの対象地域の外です。全国のラインは利用できます。
finder-other-state = Amparoには、{ $state }の地元の情報はまだありません。全国のラインは利用できます。
finder-location-city = 位置はおおよそです：市の中心を表示しています。
finder-location-county = 位置はおおよそです：郡しか分かっていません。
finder-location-zip = 位置はおおよそです：郵便番号（ZIP code）の区域の中心を表示しています。
nearby-shared-zip = この郵便番号の区域の一部は{ $county }にあります。
nearby-shared-city = この市の一部は{ $county }にあります。
nearby-near-border = { $county }まで{ $km } kmです。自分がどちらにいるか確認してください。
nearby-nearest = Amparoの対象の郡または地域で最も近いのは{ $county }で、{ $km } km離れています。
nearby-former-county = 以前の{ $former } Countyは、現在その一部が{ $county }にあります。

## 出典がすべて弱い（ブログ、転載、法律事務所のページ）項目に表示

caveat-weak-sources = この項目の出典は、ブログ、他のページの写し、または法律事務所のページであり、公式の文書や法律の条文ではありません。弁護士に確認してください。

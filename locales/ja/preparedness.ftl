# 家族の計画の用紙と、緊急時のテキストメッセージ。計画のラベルは手書きで記入する
# 用紙に印刷されます。メッセージは本人が送るものです（`-say` の文は、どの言語でも
# 逆翻訳で確認されます）。

## 家族の備えの計画

plan-title = 家族の備えの計画
plan-intro = 何かが起きる前に、家族と一緒に記入してください。大切な書類と一緒に、信頼できる人が見つけられる場所に保管してください。電話番号は暗記してください。
plan-emergency-contacts-label = 緊急のときに電話する人
plan-emergency-contacts-hint = 信頼できる人の名前と電話番号。番号は暗記してください。拘束された場合、携帯電話が手元にないかもしれません。
plan-lawyer-label = あなたの弁護士、または法律支援団体
plan-lawyer-hint = 名前と電話番号。この番号も暗記してください。
plan-rapid-response-label = お住まいの郡の迅速対応ライン
plan-rapid-response-hint = 近くで移民捜査官を見かけたら、電話してください。このアプリの支援窓口検索に、お住まいの郡のラインが載っています。
plan-children-pickup-label = 子どもを迎えに行ってよい人
plan-children-pickup-hint = あなたが迎えに行けないときに、子どもを迎えに行ってもらうと決めた人と、その電話番号。その人たちが知っているようにしておいてください。
plan-documents-label = 大切な書類の保管場所
plan-documents-hint = 信頼できる人がすぐに取り出せる、一か所にまとめておいてください。
plan-a-numbers-label = A番号（A-number）
plan-a-numbers-hint = それぞれの人のA番号（持っている場合）と出生国。これがあれば、家族は、ICEに収容されている大人を、ICEのオンライン被収容者検索で探すことができます。
plan-medical-needs-label = 医療上の必要
plan-medical-needs-hint = それぞれの人の健康上の問題と薬。誰かが逮捕されたり拘束されたりしたときに、係官に伝えるためのものです。

## 緊急時のテキストメッセージ

emergency-detained-title = 移民捜査官に拘束された
emergency-detained-when = 移民捜査官に拘束されたときのためのメッセージです。あなたか信頼できる人がすぐに送れるように、今のうちに書いておいてください。
emergency-detained-say = { $place }で移民捜査官に拘束されました。{ $contact }に電話してください。私のA番号は{ $a_number }です。
emergency-arrested-title = 警察に逮捕された
emergency-arrested-when = 警察に逮捕されたときのためのメッセージです。信頼できる人があなたの代わりに送れるように、今のうちに書いておいてください。
emergency-arrested-say = { $place }で警察に逮捕されました。{ $contact }に電話してください。
emergency-children-title = 子どもの迎え
emergency-children-when = 子どもを迎えに行けないときのためのメッセージです。家族の計画に書いてある人を示します。
emergency-children-say = 子どもたちを迎えに行けません。私たちの家族の計画に従ってください。{ $contact }が{ $place }へ子どもたちを迎えに行きます。
emergency-find-me-title = 私を探す方法
emergency-find-me-when = 信頼できる家族に渡しておいてください。あなたのA番号と出生国が書いてあり、ICEに収容されたとき、家族があなたを探すのに必要です。
emergency-find-me-say = 私が家に帰ってこなかったら、ICEに収容されているかもしれません。ICEのオンライン被収容者検索（Online Detainee Locator、{ $locator }）で、私のA番号（{ $a_number }）と出生国（{ $country }）を使って、私を探すことができます。

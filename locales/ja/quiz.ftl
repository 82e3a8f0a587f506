# 練習クイズ：問題ごとに一つのまとまりがあり、そのあとに選択肢と解説が続きます。
# 各問題は、その場面の一つのステップを確かめます（content/quiz/<topic>.toml）。

## 捜査官が家のドアの前に来たとき

quiz-at-home-door = 移民捜査官が家のドアをノックしています。どうすればよいですか？
quiz-at-home-door-a = ドアを少し開けて話す。
quiz-at-home-door-b = ドアを閉めたまま、ドア越しに話す。
quiz-at-home-door-c = 外に出て、捜査官と話す。
quiz-at-home-door-why = ドアは閉めたまま、ドア越しに話してください。誰なのか、なぜ来たのかを聞いてください。ドアを開けても、中に入る許可を与えたことにはなりませんが、閉めたドア越しに話すほうが安全です。

quiz-at-home-open = 捜査官がドアを開けるよう求めています。ドアを開ける前に、捜査官は何を見せなければなりませんか？
quiz-at-home-open-a = 窓越しに見せるバッジ。
quiz-at-home-open-b = 「令状」と書いてある書類なら何でも。
quiz-at-home-open-c = この家に当てはまる、裁判官が署名した令状。
quiz-at-home-open-why = 捜査官が、この家に当てはまる裁判官が署名した令状を、ドアの下から、または窓越しに見せない限り、ドアを開けないでください。当てはまる令状とは、この住所の捜索令状か、ここに住んでいる人の逮捕令状です。

quiz-at-home-silent = 捜査官が、あなたの生まれた場所を聞いてきます。答えなければなりませんか？
quiz-at-home-silent-a = いいえ。黙秘できる。
quiz-at-home-silent-b = はい。すべての質問に答えなければならない。
quiz-at-home-silent-c = いいえ。ただし、移民としての在留資格は伝えなければならない。
quiz-at-home-silent-why = 合衆国憲法修正第五条により、あなたは質問に答えることを拒否できます。生まれた場所、移民としての在留資格、この国に来た方法を言う必要はありません。黙秘する場合は、声に出してそう伝えてください。

quiz-at-home-forced = 捜査官が力ずくで家に入ってきます。どうすればよいですか？
quiz-at-home-forced-a = 入れないように行く手をふさぐ。
quiz-at-home-forced-b = 抵抗しない。立ち入りにも捜索にも同意しないと伝える。
quiz-at-home-forced-c = 早く帰ってもらうために、質問に答える。
quiz-at-home-forced-why = 抵抗したり、行く手をふさいだりしないでください。力で抵抗すると、あなたや家族が危険な目にあうことがあります。言葉で拒否することはできます。立ち入りにも捜索にも同意しないと伝え、黙秘して、弁護士を求めてください。

## 令状を確認する

quiz-warrant-check-say-warrant = 捜査官がドア越しに、令状を持っていると言っています。どうすればよいですか？
quiz-warrant-check-say-warrant-a = そう言っているのだから、ドアを開ける。
quiz-warrant-check-say-warrant-b = ドアを開けない。まず書類を見る。
quiz-warrant-check-say-warrant-c = 警察だと言うなら、ドアを開ける。
quiz-warrant-check-say-warrant-why = 捜査官が令状を持っていると言っただけで、ドアを開けないでください。捜査官は、令状がないのにあると言ったり、自分は警察だと言ったりすることがあります。まず書類を見てください。

quiz-warrant-check-judge = 書類が裁判官の令状かどうかは、どうすれば分かりますか？
quiz-warrant-check-judge-a = 裁判所が出したもので、裁判官が署名している。
quiz-warrant-check-judge-b = ICEの係官が署名している。
quiz-warrant-check-judge-c = 捜査官が令状だと言う。
quiz-warrant-check-judge-why = 誰が書類に署名したかを見てください。裁判官の令状は、U.S. District Court（連邦地方裁判所）やCalifornia Superior Court（カリフォルニア州上位裁判所）などの裁判所が出すものです。裁判官が署名します。

quiz-warrant-check-ice-form = 書類はICEのForm I-205です。これは裁判官の令状ですか？
quiz-warrant-check-ice-form-a = はい。令状の書式はすべて裁判官が出すものだ。
quiz-warrant-check-ice-form-b = はい。ICEの係官が署名していれば。
quiz-warrant-check-ice-form-c = いいえ。署名するのは裁判官ではなく、ICEの係官だ。
quiz-warrant-check-ice-form-why = Form I-200やForm I-205など、ICEの書式に署名するのは、裁判官ではなくICEの係官です。支援団体は、これらの書類では捜査官はあなたの許可なしに家に入ることはできないと言っています。しかしICEは、2025年から、最終強制退去命令を受けた人を逮捕するためなら、Form I-205があれば捜査官は力ずくで入ってよいと言っており、この主張に対する異議申し立てを裁判所が審理しています。捜査官が力ずくで入ってきても、抵抗したり、行く手をふさいだりしないでください。

quiz-warrant-check-wrong-person = 裁判官が逮捕令状に署名していますが、その令状には、あなたの家に住んでいる人の名前がありません。ドアを開けなければなりませんか？
quiz-warrant-check-wrong-person-a = はい。裁判官の令状なら、どんな令状でも中に入れる。
quiz-warrant-check-wrong-person-b = いいえ。ドアを開ける必要はない。
quiz-warrant-check-wrong-person-c = はい。令状をドアの下から差し入れられたら。
quiz-warrant-check-wrong-person-why = 逮捕令状では、係官は令状に名前がある人を探すために、別の人の家に入ることはできません。そのためには捜索令状が必要です。逮捕令状にここに住んでいる人の名前がない場合は、ドアを開ける必要はありません。

## 外で呼び止められたとき

quiz-in-public-free-to-go = 道で、立ち去ってよいかを捜査官に聞きました。答えは「はい」でした。どうすることができますか？
quiz-in-public-free-to-go-a = その場に残って、質問に答えなければならない。
quiz-in-public-free-to-go-b = 落ち着いてその場を離れる。
quiz-in-public-free-to-go-c = 急いで走って逃げる。
quiz-in-public-free-to-go-why = 答えが「はい」なら、落ち着いてその場を離れてください。身柄を拘束されていないなら、その場に残って質問に答える必要はありません。答えが「いいえ」なら、黙秘して、弁護士を求めてください。

quiz-in-public-search = 道で係官が、あなたのかばんを捜索したいと言っています。どうすることができますか？
quiz-in-public-search-a = 「私は捜索に同意しません」と言う。
quiz-in-public-search-b = かばんをしっかりつかんで、係官に抵抗する。
quiz-in-public-search-c = 何もできない。断ることはできない。
quiz-in-public-search-why = ポケットやかばんの捜索は、断る権利があります。それでも係官は、武器を持っていないか確かめるために、服の上から体を軽くたたいて調べることがあります。それでも捜索された場合は、抵抗しないでください。

quiz-in-public-green-card = 有効なグリーンカード（永住権カード）を持っています。出かけるときは、どうすればよいですか？
quiz-in-public-green-card-a = 安全のために、家に置いておく。
quiz-in-public-green-card-b = 携帯するが、移民捜査官に求められても見せない。
quiz-in-public-green-card-c = 携帯し、移民捜査官に求められたら見せる。
quiz-in-public-green-card-why = 連邦法では、これらの書類を交付された大人は、それを携帯し、求めてきた移民捜査官に見せなければならないと定められています。携帯していないことは、連邦法の軽罪（misdemeanor）です。

quiz-in-public-coffee = 捜査官が、事務所に来るよう、または「コーヒーでも飲みながら会いましょう」と誘ってきます。どうすればよいですか？
quiz-in-public-coffee-a = 隠すことは何もないと分かってもらうために行く。
quiz-in-public-coffee-b = 行かない。わなの可能性がある。
quiz-in-public-coffee-c = 相手が親切そうなら行く。
quiz-in-public-coffee-why = 捜査官と一緒に事務所へ行ったり、「コーヒーでも飲みながら会いましょう」という誘いに応じたりしないでください。わなの可能性があります。

## 車で止められたとき

quiz-traffic-stop-pull-over = 警察が、車を止めるよう合図しています。どうすればよいですか？
quiz-traffic-stop-pull-over-a = すぐに走り出せるように、エンジンをかけたままにする。
quiz-traffic-stop-pull-over-b = 安全な場所に止め、エンジンを切り、両手をハンドルの上に置く。
quiz-traffic-stop-pull-over-c = すぐに座席の下に手を伸ばして、書類を取る。
quiz-traffic-stop-pull-over-why = 安全な場所に車を止め、エンジンを切り、車内の明かりをつけて、両手をハンドルの上に置き、係官から見えるようにしてください。こうすることで、あなたが危険ではないことが係官に伝わり、全員の安全につながります。

quiz-traffic-stop-who-silent = 警察があなたの車を止めました。黙秘できるのは誰ですか？
quiz-traffic-stop-who-silent-a = 運転している人だけ。
quiz-traffic-stop-who-silent-b = 同乗している人だけ。
quiz-traffic-stop-who-silent-c = 運転している人と、同乗している人全員。
quiz-traffic-stop-who-silent-why = 運転している人も、同乗している人も、全員が黙秘できます。黙秘する場合は、声に出してそう伝えてください。あなたが言ったことは、裁判であなたに不利な証拠として使われることがあります。

quiz-traffic-stop-car-search = 係官が、車を捜索させてほしいと言っています。何と言うことができますか？
quiz-traffic-stop-car-search-a = 私は車の捜索に同意しません。
quiz-traffic-stop-car-search-b = どうぞ。隠すことは何もありません。
quiz-traffic-stop-car-search-c = あとで帰してくれるなら、捜索してもいいです。
quiz-traffic-stop-car-search-why = 車の捜索に同意しないでください。犯罪の証拠があると考える場合、警察はあなたの許可がなくても捜索することがあります。それでも捜索された場合は、抵抗しないでください。力で抵抗すると、危険な目にあうことがあります。

quiz-traffic-stop-passenger = あなたは同乗者です。立ち去ってよいかを聞くと、係官は「はい」と言いました。どうすることができますか？
quiz-traffic-stop-passenger-a = その場に残って、質問に答えなければならない。
quiz-traffic-stop-passenger-b = 落ち着いてその場を離れる。
quiz-traffic-stop-passenger-c = 車から走って逃げる。
quiz-traffic-stop-passenger-why = 同乗者の場合は、立ち去ってよいか聞いてください。答えが「はい」なら、落ち着いてその場を離れてください。身柄を拘束されていないなら、その場に残って質問に答える必要はありません。

## 捜査官が職場に来たとき

quiz-at-work-areas = 職場で、ICEが許可を求めずに入れるのはどこですか？
quiz-at-work-areas-a = ロビーや駐車場などの、公共の区域。
quiz-at-work-areas-b = 厨房や事務所。
quiz-at-work-areas-c = どの部屋でも。従業員専用の部屋でも。
quiz-at-work-areas-why = ICEは、客席、ロビー、駐車場など、店や会社の公共の区域には、許可を求めずに入ることができます。厨房、事務所、従業員専用の部屋など、公共ではない区域に入るには、雇用主の許可か、裁判官が署名した令状が必要です。捜査官が公共の区域にいるというだけでは、誰かを拘束したり、質問したり、逮捕したりすることはできません。

quiz-at-work-free-to-leave = 職場で、仕事に戻ってよいかを捜査官に聞きました。答えは「はい」でした。どうすることができますか？
quiz-at-work-free-to-leave-a = まず、その場に残って質問に答えなければならない。
quiz-at-work-free-to-leave-b = 裏口から走って出る。
quiz-at-work-free-to-leave-c = 話したくないと伝えてから、落ち着いて仕事に戻る。
quiz-at-work-free-to-leave-why = 答えが「はい」なら、話したくないと伝えてください。そして、落ち着いて仕事に戻るか、その場を離れてください。身柄を拘束されていないなら、その場に残って質問に答える必要はありません。

quiz-at-work-groups = 捜査官が従業員に、在留資格ごとにグループに分かれるよう言っています。どうすることができますか？
quiz-at-work-groups-a = 自分の在留資格のグループに移らなければならない。
quiz-at-work-groups-b = その場を動かない。
quiz-at-work-groups-c = 何も伝わらないので、どれかのグループに移る。
quiz-at-work-groups-why = その場を動かなくてかまいません。どれかのグループに移ることは、自分の在留資格を相手に伝えることになります。在留資格を伝える必要はありません。

quiz-at-work-search = 職場で、捜査官が捜索をしたいと言っています。何と言うことができますか？
quiz-at-work-search-a = 私は捜索に同意しません。
quiz-at-work-search-b = どうぞ。隠すことは何もありません。
quiz-at-work-search-c = 私に質問しないなら、捜索してもいいです。
quiz-at-work-search-why = 捜索に同意しないでください。声に出して、「私は捜索に同意しません」と言うことができます。

## 警察に逮捕されたとき

quiz-arrested-used-against = 逮捕されたあと、あなたが言ったことは、どこで不利な証拠として使われることがありますか？
quiz-arrested-used-against-a = 刑事裁判だけ
quiz-arrested-used-against-b = どこでも使われない。地元の警察だから
quiz-arrested-used-against-c = 刑事裁判と移民裁判
quiz-arrested-used-against-why = あなたが言ったことは、刑事裁判でも移民裁判でも、あなたに不利な証拠として使われることがあります。ですから、弁護士を求め、弁護士と話すまで何も決めないでください。

quiz-arrested-caregiver = あなたは逮捕されました。あなたは、主に子どもの世話をしている人です。どうすることができますか？
quiz-arrested-caregiver-a = 子どものことを係官に伝える
quiz-arrested-caregiver-b = 係官には隠しておく
quiz-arrested-caregiver-c = 釈放されるまで待ってから話す
quiz-arrested-caregiver-why = 子どもの親であることや、主に子どもの世話をしている人であること、また医療上の必要があることを、係官に伝えてかまいません。子どもの世話が確保され、あなたの健康上の必要が伝わることにつながります。

quiz-arrested-wrong-arrest = 警察が、間違ってあなたを逮捕していると思います。どうすればよいですか？
quiz-arrested-wrong-arrest-a = チャンスがあれば逃げる
quiz-arrested-wrong-arrest-b = 間違っていると思っても、逃げたり抵抗したりしない
quiz-arrested-wrong-arrest-c = 釈放してもらうために、力で抵抗する
quiz-arrested-wrong-arrest-why = 逮捕が不当だと思っても、警察から逃げたり、抵抗したりしないでください。

quiz-arrested-calls = カリフォルニア州では、逮捕されたあと、電話を何回かけることができますか？
quiz-arrested-calls-a = つながる電話を少なくとも3回
quiz-arrested-calls-b = 1回だけ
quiz-arrested-calls-c = 裁判官に会うまで、まったくかけられない
quiz-arrested-calls-why = カリフォルニア州刑法（Penal Code）第851.5条により、つながる電話を少なくとも3回かけることができます。物理的に不可能な場合を除き、登録手続き（booking）の直後、遅くとも逮捕から3時間以内にかけられます。

## 地元の拘置所にいるとき

quiz-in-jail-silent = 拘束されている間に、生まれた場所を聞かれました。答えなければなりませんか？
quiz-in-jail-silent-a = はい。拘置所にいるのだから
quiz-in-jail-silent-b = いいえ。黙秘でき、声に出してそう伝える
quiz-in-jail-silent-c = はい。係官に聞かれたら
quiz-in-jail-silent-why = 合衆国憲法修正第五条により、あなたは質問に答えることを拒否できます。生まれた場所を言う必要はありません。黙秘する場合は、声に出してそう伝えてください。

quiz-in-jail-sign = 拘置所で、「自主出国（voluntary departure）」の書類を渡されました。どうすればよいですか？
quiz-in-jail-sign-a = 早く出られるように署名する
quiz-in-jail-sign-b = 係官に言われたら署名する
quiz-in-jail-sign-c = 弁護士と話すまで署名しない
quiz-in-jail-sign-why = 弁護士と話す前に、何にも署名しないでください。特に「自主出国（voluntary departure）」の書類には署名しないでください。

quiz-in-jail-citizen = あなたは米国市民ではありません。係官が、米国市民かどうかを聞いてきます。正しいのはどれですか？
quiz-in-jail-citizen-a = 米国市民だと言わない
quiz-in-jail-citizen-b = 安全のために、市民だと言う
quiz-in-jail-citizen-c = 偽の書類を持っていれば、それを見せる
quiz-in-jail-citizen-why = うそをつかないでください。米国市民でないのに、米国市民だと言わないでください。偽の書類を見せないでください。

quiz-in-jail-interview = カリフォルニア州の市や郡の拘置所で、ICEがあなたに聴取をしたいと言っています。どうすることができますか？
quiz-in-jail-interview-a = 拘置所にいるのだから、ICEと話す
quiz-in-jail-interview-b = 断る。または、弁護士の立ち会いのもとでだけ話すと伝える
quiz-in-jail-interview-c = 何もできない。拘置所があなたの代わりに決める
quiz-in-jail-interview-why = 聴取は任意です。断ることも、弁護士の立ち会いのもとでだけ話すと伝えることもできます。あなたがICEに言ったことは、移民裁判であなたに不利な証拠として使われることがあります。

## ICEに収容されているとき

quiz-ice-detention-free-help = ICEに収容されていて、弁護士がいません。係官に何を求めることができますか？
quiz-ice-detention-free-help-a = 何も求められない。自分で弁護士を探さなければならない
quiz-ice-detention-free-help-b = 審理の日まで、何も求められない
quiz-ice-detention-free-help-c = 無料（プロボノ）の法律サービスのリスト
quiz-ice-detention-free-help-why = 弁護士がいない場合は、無料の法律サービスのリストを係官に求めてください。移民の事件では、通常、政府は弁護士の費用を払いません。リストにある団体は、無料で法律支援をしています。

quiz-ice-detention-phone = 収容施設の電話で、話してはいけないことは何ですか？
quiz-ice-detention-phone-a = 自分の在留資格や、生まれた場所
quiz-ice-detention-phone-b = 何もない。この電話は他人に聞かれないから
quiz-ice-detention-phone-c = 何もない。自分の国の言葉で話せば
quiz-ice-detention-phone-why = 収容施設の電話での会話は、聞かれていることがあります。ですから、その電話で、自分の在留資格や生まれた場所について話さないでください。

quiz-ice-detention-locator = 家族が、ICEのオンライン被収容者検索（Online Detainee Locator）であなたを見つけるには、何が必要ですか？
quiz-ice-detention-locator-a = あなたの下の名前（first name）だけ
quiz-ice-detention-locator-b = あなたのA番号か正確な名前、そして出生国
quiz-ice-detention-locator-c = あなたの出生国だけ
quiz-ice-detention-locator-why = あなたのA番号（A-number）と出生国、またはあなたの名前と出生国が必要です。名前は、ICEの記録と完全に一致していなければなりません。検索で見つかるのは、18歳以上の人です。

quiz-ice-detention-departure = ICEが、自主出国（voluntary departure）を持ちかけてきました。まず何をすべきですか？
quiz-ice-detention-departure-a = 早く終わらせるために、すぐに同意する
quiz-ice-detention-departure-b = 係官に決めてもらう
quiz-ice-detention-departure-c = 同意する前に、弁護士と話す
quiz-ice-detention-departure-why = 弁護士と話す前に、自主出国に同意したり、自分の事件についてほかのことを決めたりしないでください。

## 裁判所に行くとき

quiz-in-court-case-line = 移民裁判所の自動音声の事件情報ラインについて、正しいのはどれですか？
quiz-in-court-case-line-a = あなたの味方の支援団体が運営している
quiz-in-court-case-line-b = A番号が必要で、政府が運営している
quiz-in-court-case-line-c = A番号がなくても使える
quiz-in-court-case-line-why = 事件の情報を得るには、その人のA番号（A-number）を用意してください。自動音声のラインでは、A番号が必要です。このラインを運営しているのは政府で、支援団体ではありません。

quiz-in-court-lawyer = 移民裁判所に、あなたの事件があります。弁護士について、どうすることができますか？
quiz-in-court-lawyer-a = 弁護士と話したいと求め、自分で弁護士を探す準備もしておく
quiz-in-court-lawyer-b = 裁判所が無料の弁護士をつけてくれるので、待つ
quiz-in-court-lawyer-c = 弁護士を求めてはいけないので、弁護士なしで行く
quiz-in-court-lawyer-why = 弁護士と話したいと求めることができます。移民の事件では、通常、政府は弁護士の費用を払わないので、自分で弁護士を探さなければならないことがあります。

quiz-in-court-free-help = 移民の事件の無料の法律支援は、どこで探せますか？
quiz-in-court-free-help-a = どこにもない。法律支援にはお金がかかる
quiz-in-court-free-help-b = 事件が終わってからでないと探せない
quiz-in-court-free-help-c = オンラインの名簿と、裁判所の無料の法律サービス提供者のリスト
quiz-in-court-free-help-why = 無料または低料金の法律サービスの全国的な名簿が二つあり、オンラインで検索できます。移民裁判所にも、無料（プロボノ）の法律サービス提供者のリストがあります。収容されていて弁護士がいない場合は、そのリストを係官に求めてください。

quiz-in-court-state-case = カリフォルニア州の州裁判所に、あなたの刑事事件があります。移民に関係することがありますか？
quiz-in-court-state-case-a = いいえ。州の裁判所は移民と関係ない
quiz-in-court-state-case-b = はい。結果によっては在留資格に不利になるので、移民弁護士に相談する
quiz-in-court-state-case-c = 裁判で移民のことを話した場合だけ
quiz-in-court-state-case-why = 州の裁判所での事件は移民と関係ないと思わないでください。刑事事件の結果によっては、あなたの在留資格に不利になることがあります。移民弁護士に相談してください。

## 学校や病院で

quiz-school-hospital-records = 捜査官が、カリフォルニア州の学校に、生徒についての情報を求めています。捜査官は、まず何を持っていなければなりませんか？
quiz-school-hospital-records-a = 裁判官の令状
quiz-school-hospital-records-b = ICEの係官が署名した書類
quiz-school-hospital-records-c = 何もいらない。求めるだけでよい
quiz-school-hospital-records-why = AB 49により、捜査官が裁判官の令状を持っていない限り、学校は生徒、家族、職員についての情報を捜査官に渡してはいけません。ICEの係官が署名し、裁判官が署名していない書類は、裁判官の令状ではありません。

quiz-school-hospital-clinic-areas = カリフォルニア州のSB 81により、診療所と病院は何をしなければなりませんか？
quiz-school-hospital-clinic-areas-a = 捜査官が求める区域には、どこでも入れる
quiz-school-hospital-clinic-areas-b = 待合室にだけ、捜査官を入れない
quiz-school-hospital-clinic-areas-c = 裁判官の令状か裁判所命令がなければ、一般に公開されていない区域に捜査官を入れない
quiz-school-hospital-clinic-areas-why = 診療所と病院は、施設のどの区域を一般に公開しないかを決めなければなりません。移民捜査官が裁判官の令状か裁判所命令を持っていない限り、その区域に入れてはいけません。

quiz-school-hospital-emergency = カリフォルニア州で救急医療が必要ですが、自分の在留資格のことが心配です。どうすればよいですか？
quiz-school-hospital-emergency-a = 書類が手に入るまで、家にいる
quiz-school-hospital-emergency-b = 必要な救急医療を受ける
quiz-school-hospital-emergency-c = 医療を受けられるかどうかは在留資格しだいなので、受けない
quiz-school-hospital-emergency-why = 必要なときは、救急医療を受けてください。カリフォルニア州司法長官（Attorney General）は、移民としての在留資格に関係なく救急医療を受けられると述べています。

quiz-school-hospital-with-warrant = これらのカリフォルニア州の法律で、すべての捜査官を学校や病院から締め出せますか？
quiz-school-hospital-with-warrant-a = いいえ。裁判官の令状か裁判所命令を持つ捜査官は、それでも入ってくることがある
quiz-school-hospital-with-warrant-b = はい。捜査官はまったく入れない
quiz-school-hospital-with-warrant-c = はい。捜査官が制服を着ている場合を除いて
quiz-school-hospital-with-warrant-why = これらの法律だけで捜査官を遠ざけられると思わないでください。裁判官が署名した令状か裁判所命令を持つ捜査官は、それでも入ってくることがあります。

## 国境の近くで

quiz-border-zone-checkpoint = 国境警備隊（Border Patrol）の検問所で、捜査官が質問してきます。どうすることができますか？
quiz-border-zone-checkpoint-a = 国境の近くなので、答えなければならない
quiz-border-zone-checkpoint-b = 落ち着いて、両手を見えるところに置く。黙秘することもできる
quiz-border-zone-checkpoint-c = 手を隠して、捜査官と言い争う
quiz-border-zone-checkpoint-why = 国境警備隊の検問所でも合衆国憲法は適用され、質問に答えない権利もあります。落ち着いて、両手を捜査官から見えるところに置いてください。黙秘する場合は、声に出してそう伝えてください。

quiz-border-zone-car-search = 国境警備隊の捜査官が、あなたの車を捜索したいと言っています。どうすればよいですか？
quiz-border-zone-car-search-a = 「私は車の捜索に同意しません」と言い、それでも捜索されたら抵抗しない
quiz-border-zone-car-search-b = 国境の近くでは権利がないので、捜索に同意する
quiz-border-zone-car-search-c = 捜索できないように、車のドアをふさぐ
quiz-border-zone-car-search-why = 車の捜索に同意しないでください。100マイルの区域の中で、国境警備隊が車を捜索するには、令状か相当な理由（probable cause）が必要です。それでも捜索された場合は、抵抗しないでください。

quiz-border-zone-port-search = 空港から入国します。係官は、令状なしであなたのかばんを捜索できますか？
quiz-border-zone-port-search-a = いいえ。まず令状が必要だ
quiz-border-zone-port-search-b = あなたが米国市民でない場合だけ
quiz-border-zone-port-search-c = はい。そこでの通常の捜索には、令状も理由も必要ない
quiz-border-zone-port-search-why = 空港、陸路の国境検問所、港は、入国地（port of entry）と呼ばれます。そこでは、米国市民やグリーンカード保持者に対してでも、係官は通常の捜索に令状も理由も必要としません。国境の決まりは複雑です。心配な場合は、旅行の前に弁護士に相談してください。

quiz-border-zone-phone-password = 入国地で、係官が携帯電話のパスワードを求めてきます。正しいのはどれですか？
quiz-border-zone-phone-password-a = 教えなければならない。教えないと法律違反になる
quiz-border-zone-phone-password-b = 教える必要はないが、断っても捜索が止まるとは限らない
quiz-border-zone-phone-password-c = 断れば、係官はすぐに携帯電話を返さなければならない
quiz-border-zone-phone-password-why = パスワードを教える必要はありませんが、断っても捜索が止まるとは限りません。機器のロックを解除しない場合、係官はそれを何週間も預かることがあります。米国市民でもグリーンカード保持者でもない旅行者は、入国を拒否されることがあります。

## 捜査官を撮影する

quiz-recording-right = 公共の場所で活動している移民捜査官を、撮影できますか？
quiz-recording-right-a = いいえ。公共の場所で捜査官を撮影するのは、法律違反だ
quiz-recording-right-b = はい。どれだけ近づいてもかまわない
quiz-recording-right-c = はい。いてよい場所から、安全な距離を保って
quiz-recording-right-why = 連邦裁判所は、人々には、公共の場所で職務を行う警察を撮影する、合衆国憲法修正第一条の権利があると判断しており、同じ考え方が移民捜査官にも使われています。いてよい場所にとどまり、安全な距離を保ち、捜査官のじゃまをしないでください。

quiz-recording-move-back = 撮影している間に、捜査官が下がるよう命じてきます。どうすればよいですか？
quiz-recording-move-back-a = 下がって、もっと離れた場所から撮影を続ける
quiz-recording-move-back-b = 撮影する権利があるので、その場を動かない
quiz-recording-move-back-c = 撮影していることを見せるために、近づく
quiz-recording-move-back-why = 捜査官は、安全のために下がるよう合法的に命じることができます。拒否すると、逮捕されることがあります。もっと離れた場所から撮影を続けることができます。

quiz-recording-phone = 係官が携帯電話を見せるよう求め、動画を削除するよう言っています。どうすることができますか？
quiz-recording-phone-a = ロックを解除して、動画を削除しなければならない
quiz-recording-phone-b = 断ることができる。ロックを解除する必要も、動画を削除する必要もない
quiz-recording-phone-c = 携帯電話を取られたら、取り返そうと抵抗する
quiz-recording-phone-why = 私たちの出典は、Electronic Frontier Foundationの助言をまとめたもので、令状がなければ、係官はあなたの携帯電話を捜索したり、動画を削除させたり、ロックを解除させたりするべきではないと述べています。それでも係官が携帯電話を取り上げた場合は、抵抗しないでください。この点は、あなた自身のケースについて弁護士の確認が必要です。

quiz-recording-camera = カメラは、どこに向ければよいですか？
quiz-recording-camera-a = 捜査官に
quiz-recording-camera-b = 捜査官が拘束している人に
quiz-recording-camera-c = どこでもよい。関係ない。
quiz-recording-camera-why = カメラは、捜査官が拘束している人ではなく、捜査官に向けてください。こうすることで、拘束されている人のプライバシーを守れます。

## 家族の計画を立てる

quiz-family-plan-numbers = 信頼できる人と弁護士の電話番号は、どのように控えておけばよいですか？
quiz-family-plan-numbers-a = 携帯電話の中だけに保存する
quiz-family-plan-numbers-b = 暗記する
quiz-family-plan-numbers-c = 番号は必要ない
quiz-family-plan-numbers-why = これらの番号を暗記してください。拘束された場合、携帯電話が手元にないかもしれません。

quiz-family-plan-a-number = A番号（A-number）を持っている場合、どうすればよいですか？
quiz-family-plan-a-number-a = 家族に隠しておく
quiz-family-plan-a-number-b = 何もしない。家族には必要ない
quiz-family-plan-a-number-c = 覚えておき、家族が見つけられる場所に書いておく
quiz-family-plan-a-number-why = あなたが大人で拘束された場合、家族はICEのオンライン被収容者検索で、あなたのA番号と出生国を使ってあなたを探すことができます。移民裁判所の事件情報ラインでも、A番号を求められます。

quiz-family-plan-pickup = いつか、子どもを迎えに行けなくなるかもしれません。今、何をすべきですか？
quiz-family-plan-pickup-a = 何もしない。誰かがどうすればよいか分かるはずだ。
quiz-family-plan-pickup-b = 誰が迎えに行ってよいかを決めて、書いておく。
quiz-family-plan-pickup-c = そうなってから決める。
quiz-family-plan-pickup-why = あなたが迎えに行けないとき、誰が子どもを迎えに行ってよいかを決めて、書いておいてください。そうすれば、あなたが家に帰らなかったとき、信頼できる人たちがどうすればよいか分かります。

quiz-family-plan-when = 家族の計画は、いつ立てればよいですか？
quiz-family-plan-when-a = 捜査官が家のドアの前に来たとき
quiz-family-plan-when-b = 近所で捜査官を見かけたらすぐ
quiz-family-plan-when-c = 今。何かが起きる前に
quiz-family-plan-when-why = 捜査官が来るまで、計画を立てるのを待たないでください。何かが起きる前に、家族で準備しておきましょう。

quiz-family-plan-ct-guardian = コネチカット州では、子どもの待機後見人（standby guardian）を、どのように指名できますか？
quiz-family-plan-ct-guardian-a = 弁護士と裁判所を通してだけ
quiz-family-plan-ct-guardian-b = 州のFamily Preparedness Plan（家族の備えの計画）ツールキットを使って、無料で
quiz-family-plan-ct-guardian-c = 州に手数料を払って
quiz-family-plan-ct-guardian-why = コネチカット州は、あなたが拘束されたり強制送還されたりした場合に備えて待機後見人を指名できるよう、親のためにFamily Preparedness Plan（家族の備えの計画）ツールキットを作りました。待機後見人は、弁護士なしで、裁判所を通さず、費用をかけずに指名できます。

## 移民に関する詐欺

quiz-scams-who-advises = 移民についての法的な助言をしてよいのは、誰ですか？
quiz-scams-who-advises-a = 資格を持つ弁護士か、米国司法省に認定された代理人
quiz-scams-who-advises-b = どんなノタリオ（notario）でも
quiz-scams-who-advises-c = 移民の書類を記入する人なら、誰でも
quiz-scams-who-advises-why = 移民についての法的な助言をすることが認められているのは、資格を持つ弁護士か、米国司法省（U.S. Department of Justice）に認定された代理人だけです。

quiz-scams-consultant = 弁護士ではないコンサルタントが、手伝うと言ってきます。その人にできることは何ですか？
quiz-scams-consultant-a = あなたの事件でどうすべきかを助言する
quiz-scams-consultant-b = 書類の記入と翻訳だけ
quiz-scams-consultant-c = 多く払えば、法的な助言をする
quiz-scams-consultant-why = 弁護士ではないコンサルタントにできるのは、書類の記入と翻訳だけです。あなたの事件でどうすべきかを助言することはできません。誰かにお金を払う前に、弁護士か認定を受けた代理人かを聞いてください。

quiz-scams-text = 在留資格に問題があるという、テキストメッセージが届きました。どうすればよいですか？
quiz-scams-text-a = 早く解決するために、言われた金額を払う
quiz-scams-text-b = 確認してもらうために、個人情報を送る
quiz-scams-text-c = お金も個人情報も渡さず、自分の弁護士に確認する
quiz-scams-text-why = 誰かが電話、テキストメッセージ、メールで、あなたの在留資格に問題があると言ってきても、お金や個人情報を渡さないでください。カリフォルニア州司法長官（Attorney General）は、このようなことをしないよう人々に警告しています。自分の弁護士に確認してください。

quiz-scams-free-help = カリフォルニア州で、無料の移民法律支援をしている団体は、どこで見つけられますか？
quiz-scams-free-help-a = どこにもない。法律支援にはお金を払わなければならない
quiz-scams-free-help-b = カリフォルニア州社会福祉局（California Department of Social Services）のリスト
quiz-scams-free-help-c = ノタリオのところで、料金を払って
quiz-scams-free-help-why = カリフォルニア州は、非営利団体にお金を出して、無料の移民法律サービスを提供させています。カリフォルニア州社会福祉局が、この支援をしている団体のリストを公開しています。

## うわさと目撃情報

quiz-rumors-check = 近くの店に移民捜査官がいるという投稿を見ました。共有する前に、何をすべきですか？
quiz-rumors-check-a = 念のため、すぐに共有する
quiz-rumors-check-b = 本当かどうか確認する
quiz-rumors-check-c = 今共有して、あとで確認する
quiz-rumors-check-why = 移民捜査官についての情報を広める前に、それが本当かどうか確認してください。誰も確認していない投稿は間違っていることがあり、不安を広めることがあります。

quiz-rumors-call = 近くで移民捜査官を見かけました。どうするのがよいですか？
quiz-rumors-call-a = すぐにネットに投稿する
quiz-rumors-call-b = 誰にも言わない。こうした通報を受け付けるところはないから
quiz-rumors-call-c = お住まいの郡の迅速対応ラインに電話する
quiz-rumors-call-why = 迅速対応ラインは、近くにいる移民捜査官についての通報を受け付け、助けが必要な人を支援します。投稿するのではなく、ラインに電話してください。このアプリの支援窓口検索で見つけられます。

quiz-rumors-document = 捜査官を見かけて、記録を残したいと思っています。どうすればよいですか？
quiz-rumors-document-a = 安全であれば、見たことを撮影するか書き留め、距離を保つ
quiz-rumors-document-b = 動画がはっきり撮れるように、近くまで行く
quiz-rumors-document-c = 捜査官が止まらざるをえないように、行く手に立ちふさがる
quiz-rumors-document-why = 起きたことの記録は、後で役に立つことがあります。安全な場合だけにして、距離を保ってください。捜査官のじゃまをすると、逮捕されることがあります。

quiz-rumors-numbers = 共有する支援の番号は、どこから来たものであるべきですか？
quiz-rumors-numbers-a = 知らない人の投稿
quiz-rumors-numbers-b = 地元の迅速対応ネットワークなど、信頼できる出典
quiz-rumors-numbers-c = ICEに人を通報するための、DHSの番号
quiz-rumors-numbers-why = 地元の迅速対応ネットワークなど、信頼できる出典からの支援の番号だけを共有してください。国土安全保障省（DHS）には、一般の人がICEに人を通報するための番号があります。それは支援のためのラインではありません。

# 場面9から15。分かりやすい言葉、短い文、1つのステップに1つの行動。
# メッセージに電話番号を書かないこと。

## 裁判所で

in-court-title = 裁判所に行くとき
in-court-summary = 州の裁判所か移民裁判所に、あなたの事件があります。

in-court-state-court-do = カリフォルニア州の州裁判所は、あなたの移民としての在留資格を決めるところではないことを知っておいてください。
in-court-state-court-why = それでも、州の裁判所での事件の結果は、あなたの移民の事件に影響することがあります。有利になる結果もあります。不利になる結果もあります。

in-court-ask-immigration-lawyer-do = 州の裁判所に事件がある場合は、移民弁護士にも相談してください。
in-court-ask-immigration-lawyer-why = 若者のためのSIJS（特別移民少年）の認定や、犯罪被害者のための手続きなど、州の裁判所での手続きが助けになることがあります。刑事事件の結果によっては、あなたの在留資格に不利になることがあります。

in-court-case-information-do = 移民裁判所の事件の情報を得るには、その人のA番号（A-number）を用意してください。裁判所の自動音声の事件情報ラインは、このアプリの支援窓口検索に載っています。
in-court-case-information-why = 自動音声のラインでは、A番号が必要です。このラインを運営しているのは政府で、支援団体ではありません。

in-court-ask-for-lawyer-do = 弁護士と話したいと求めることができます。
in-court-ask-for-lawyer-say = 弁護士と話したいです。
in-court-ask-for-lawyer-why = 移民の事件では、通常、政府は弁護士の費用を払いません。自分で弁護士を探さなければならないことがあります。

in-court-free-legal-help-do = 無料の法律支援を探してください。無料または低料金の法律サービスの全国的な名簿が2つあり、オンラインで検索できます（この手順に付いているリンク）。移民裁判所にも、無料（プロボノ）の法律サービス提供者のリストがあります。
in-court-free-legal-help-why = これらのリストは、無料の法律支援を探すのに役立ちます。収容されていて弁護士がいない場合は、無料の法律サービス提供者のリストを係官に求めてください。

in-court-dont-ignore-state-case = 州の裁判所での事件は移民と関係ないと思わないでください。刑事事件の結果によっては、あなたの在留資格に不利になることがあります。移民弁護士に相談してください。

## 学校や病院で

school-hospital-title = 学校や病院で
school-hospital-summary = 移民捜査官が学校、診療所、病院に来ます。

school-hospital-school-private-areas-do = 学校についての法律を知っておいてください。移民捜査官は、有効な身分証明書を示し、かつ裁判官または裁判所の令状、召喚状、命令を示さない限り、学校の一般に公開されていない区域に入ってはいけません。
school-hospital-school-private-areas-why = このカリフォルニア州の法律はAB 49といいます。2025年9月20日に署名されました。

school-hospital-school-records-do = 捜査官が裁判官の令状を持っていない限り、学校は生徒、家族、職員についての情報を捜査官に渡してはいけないことを知っておいてください。
school-hospital-school-records-why = AB 49はこの情報も守っています。ICEの係官が署名し、裁判官が署名していない書類は、裁判官の令状ではありません。

school-hospital-school-notice-do = お子さんの学校からの連絡に注意してください。学校は、移民捜査官が校内にいることを確認したら、保護者、生徒、職員に知らせなければなりません。
school-hospital-school-notice-why = このカリフォルニア州の法律はSB 98といいます。学校は2026年3月1日までに、このステップを安全計画に加えなければなりませんでした。この決まりは2031年1月1日まで有効です。

school-hospital-health-private-areas-do = 医療についての法律を知っておいてください。診療所と病院は、施設のどの区域を一般に公開しないかを決めなければなりません。移民捜査官が裁判官の令状か裁判所命令を持っていない限り、その区域に入れてはいけません。
school-hospital-health-private-areas-why = このカリフォルニア州の法律はSB 81といいます。この法律は、あなたの移民としての在留資格を、医療記録の一部としても扱います。

school-hospital-emergency-care-do = 必要なときは、救急医療を受けてください。
school-hospital-emergency-care-why = カリフォルニア州司法長官（Attorney General）は、移民としての在留資格に関係なく救急医療を受けられると述べています。

school-hospital-dont-public-areas = これらの法律が学校や病院のすべての場所に当てはまると思わないでください。対象は、一般に公開されていない区域です。
school-hospital-dont-count-on-agents = これらの法律だけで捜査官を遠ざけられると思わないでください。裁判官が署名した令状か裁判所命令を持つ捜査官は、それでも入ってくることがあります。
school-hospital-dont-skip-care = 移民としての在留資格を理由に、救急医療を避けないでください。

## 国境の近くで

border-zone-title = 国境の近くで
border-zone-summary = 国境警備隊（Border Patrol）の検問所、そして入国するときの空港や国境の通過地点について。

border-zone-hundred-mile-zone-do = 国境の捜査官は、海岸線も含め、米国のあらゆる国境から100マイル以内では特別な権限があると言っていることを知っておいてください。カリフォルニア州の大都市のほとんどは、この区域の中にあります。
border-zone-hundred-mile-zone-why = 連邦法（8 U.S.C. §1357(a)(3)）は、これらの捜査官が国境から「合理的な距離」の範囲内で活動することを認めており、連邦の規則がその距離を直線で100マイルと定めています。この区域の中でも、合衆国憲法はあなたを守っています。この内容についての私たちの出典は、ACLU自身のページではなく、ACLUの資料（fact sheet）の写しです。また国境の決まりは複雑です。自分の状況については弁護士に相談してください。

border-zone-checkpoint-silent-do = 国境警備隊の検問所では、落ち着いて、両手を捜査官から見えるところに置いてください。黙秘することができます。黙秘する場合は、声に出してそう伝えてください。
border-zone-checkpoint-silent-why = 国境警備隊は、移民の検問所を設けることがあります。しかし、そこでも合衆国憲法は適用され、質問に答えない権利もあります。

border-zone-papers-do = 検問所や国境の近くのどこでも、グリーンカード（永住権カード）や就労許可証など、有効な移民の書類を持っている場合は、それを携帯し、求めてきた移民捜査官に見せてください。書類を持っていない場合は、黙秘できます。うそをつかないでください。偽の書類や他の国の書類は絶対に見せないでください。
border-zone-papers-why = 連邦法では、これらの書類を交付された大人は、それを携帯しなければならないと定められています。携帯していないことは、連邦法の軽罪（misdemeanor）です。2025年から、税関・国境警備局（Customs and Border Protection）がこの決まりを人々に改めて周知しています。詳しい内容についての私たちの出典は、法律事務所のページと報道です。あなたの書類にとってこれが何を意味するかは、弁護士に相談してください。

border-zone-refuse-search-do = 車の捜索に同意しないでください。それでも捜索された場合は、抵抗しないでください。
border-zone-refuse-search-say = 私は車の捜索に同意しません。
border-zone-refuse-search-why = この区域の中で、国境警備隊が車を止めるには、移民法違反または犯罪についての合理的な疑い（reasonable suspicion）が必要です。車を捜索するには、令状か相当な理由（probable cause）が必要です。

border-zone-ports-of-entry-do = 空港、陸路の国境検問所、港から入国するときは、係官がかばんや車を捜索することがあると考えておいてください。
border-zone-ports-of-entry-why = これらの場所は入国地（port of entry）と呼ばれます。そこでは、米国市民やグリーンカード保持者に対してでも、係官は通常の捜索に令状も理由も必要としません。国内での停止とは決まりが大きく違います。国境の決まりは複雑です。心配な場合は、旅行の前に弁護士に相談してください。

border-zone-phones-laptops-do = 入国地での携帯電話とノートパソコンについての決まりを知っておいてください。係官は、令状なしでそれらを捜索できると言っています。パスワードを教える必要はありません。
border-zone-phones-laptops-why = 断っても、捜索が止まるとは限りません。機器のロックを解除しない場合、係官はそれを何週間も預かることがあります。米国市民でもグリーンカード保持者でもない旅行者は、入国を拒否されることがあります。

border-zone-lawyer-at-port-do = 米国市民であれば、入国地で係官に質問されている間、弁護士を求めることができます。
border-zone-lawyer-at-port-say = 弁護士と話したいです。
border-zone-lawyer-at-port-why = グリーンカードやビザの保持者には、刑事事件にならない限り、通常この審査の間に弁護士を求める権利はありません。国境の決まりは複雑です。これは一般的な情報です。旅行の前に移民弁護士に相談してください。

border-zone-dont-no-rights = 国境の近くでは権利がなくなると思わないでください。100マイルの区域の中でも、合衆国憲法は適用されます。

## 捜査官を撮影する

recording-title = 捜査官を撮影する
recording-summary = 公共の場所で移民捜査官が活動しているのを見て、撮影したいと思っています。

recording-right-to-record-do = 公共の場所では、捜査官を撮影することができます。いてよい場所にとどまってください。安全な距離を保ってください。捜査官のじゃまをしないでください。
recording-right-to-record-why = カリフォルニア州を管轄する控訴裁判所を含む連邦裁判所は、人々には、公共の場所で職務を行う警察を撮影する、合衆国憲法修正第1条の権利があると判断しています。同じ考え方が移民捜査官にも使われています。

recording-know-the-risk-do = 撮影する前に、危険を知っておいてください。捜査官を撮影していて逮捕された人がいます。
recording-know-the-risk-why = 報道機関のProPublicaは、捜査官のじゃまをした、または捜査官を撮影したとされて逮捕された人を、少なくとも130人数えました。国土安全保障省は、捜査官を撮影することを「doxing（ドキシング）」、つまり人の個人情報をさらす行為だと呼んでいます。

recording-move-back-do = 捜査官に下がるよう命じられたら、下がってください。もっと離れた場所から撮影を続けることができます。
recording-move-back-why = 捜査官は、安全のために下がるよう合法的に命じることができます。拒否すると、逮捕されることがあります。

recording-protect-phone-do = 係官に携帯電話を見せるよう求められても、断ることができます。ロックを解除したり、動画を削除したりする必要はありません。
recording-protect-phone-say = 私は携帯電話の捜索に同意しません。
recording-protect-phone-why = 私たちの出典は、Electronic Frontier Foundationの助言をまとめたもので、令状がなければ、係官はあなたの携帯電話を捜索したり、動画を削除させたり、ロックを解除させたりするべきではないと述べています。この点は、あなた自身のケースについて弁護士の確認が必要です。それでも係官が携帯電話を取り上げた場合は、抵抗しないでください。

recording-write-details-do = 日付、時刻、場所を書き留めてください。捜査官の名前、バッジ番号、車両、ナンバープレートを記録してください。
recording-write-details-why = これらの情報は、何が起きたか、誰がいたかの明確な記録になります。

recording-focus-on-agents-do = カメラは、捜査官が拘束している人ではなく、捜査官に向けてください。
recording-focus-on-agents-why = こうすることで、拘束されている人のプライバシーを守れます。

recording-dont-interfere = 撮影している間、捜査官に触れたり、行く手をふさいだり、じゃまをしたりしないでください。
recording-dont-ignore-orders = 下がるようにという命令を拒否しないでください。代わりに、安全な距離から撮影を続けてください。
recording-dont-delete-footage = 係官に言われたからといって、携帯電話のロックを解除したり、動画を削除したりしないでください。

## 家族の計画

family-plan-title = 家族の計画を立てる
family-plan-summary = 何かが起きる前に、家族で準備しておきましょう。

family-plan-memorize-numbers-do = 信頼できる人と弁護士の電話番号を暗記してください。
family-plan-memorize-numbers-why = 拘束された場合、携帯電話が手元にないかもしれません。

family-plan-children-pickup-do = あなたが迎えに行けないとき、誰が子どもを迎えに行ってよいかを決めてください。それを書いておいてください。
family-plan-children-pickup-why = そうすれば、あなたが家に帰らなかったとき、信頼できる人たちがどうすればよいか分かります。

family-plan-documents-do = 大切な書類は1か所にまとめ、信頼できる人が取り出せるようにしておいてください。
family-plan-documents-why = あなたに何かあったとき、家族がこれらの書類をすぐに必要とするかもしれません。

family-plan-a-number-do = A番号（A-number）を持っている場合は、覚えておいてください。家族が見つけられる場所に書いておいてください。
family-plan-a-number-why = あなたが大人で拘束された場合、家族はICEのオンライン被収容者検索で、あなたのA番号と出生国を使ってあなたを探すことができます。移民裁判所の事件情報ラインでもA番号を求められます。

family-plan-tell-officer-parent-do = 逮捕または拘束された場合、子どもの親であるか、主に子どもの世話をしている人であれば、係官に伝えてください。医療上の必要がある場合も伝えてください。
family-plan-tell-officer-parent-say = 私は子どもの親で、主にその子の世話をしています。
family-plan-tell-officer-parent-why = このことは係官に伝えてかまいません。カリフォルニア州で地元の警察に逮捕された場合、監護権を持つ親は、子どもの世話を手配するために、無料の電話をさらに2回かけることができます。

family-plan-plan-form-do = 家族の計画の用紙に記入してください。ILRCのFamily Preparedness Plan（家族の備えの計画）は、英語、スペイン語、タガログ語、ベトナム語、繁体字中国語で用意されています。
family-plan-plan-form-why = 書面にした計画が1か所にあれば、信頼できる人たちと共有しやすくなります。

family-plan-dont-wait = 捜査官が来るまで計画を立てるのを待たないでください。
family-plan-dont-rely-on-phone = 大切な番号を携帯電話の中だけに保存しないでください。拘束されたとき、携帯電話が手元にないかもしれません。

## 詐欺

scams-title = 移民に関する詐欺
scams-summary = 誰かが移民の手続きを手伝うと言ってきたり、あなたの在留資格に問題があると言ってきたりします。

scams-real-lawyer-do = 移民についての法的な助言は、資格を持つ弁護士か、米国司法省（U.S. Department of Justice）に認定された代理人からだけ受けてください。
scams-real-lawyer-why = 移民についての法的な助言をすることが認められているのは、その人たちだけです。

scams-consultants-do = 「ノタリオ（notario）」や移民コンサルタントに注意してください。誰かにお金を払う前に、弁護士か認定を受けた代理人かを聞いてください。
scams-consultants-why = 弁護士ではないコンサルタントにできるのは、書類の記入と翻訳だけです。あなたの事件でどうすべきかを助言することはできません。

scams-calls-and-texts-do = 誰かが電話、テキストメッセージ、メールで、あなたの在留資格に問題があると言ってきても、お金や個人情報を渡さないでください。
scams-calls-and-texts-say = お金も個人情報も渡しません。自分の弁護士に確認します。
scams-calls-and-texts-why = カリフォルニア州司法長官（Attorney General）は、このようなことをしないよう人々に警告しています。

scams-free-help-do = 無料の法律支援を探してください。カリフォルニア州社会福祉局（California Department of Social Services）が、無料の支援をしている団体のリストを公開しています。
scams-free-help-why = カリフォルニア州は、非営利団体にお金を出して、無料の移民法律サービスを提供させています。

scams-dont-pay-for-advice = 自分の移民の事件についての法的な助言を求めて、ノタリオやコンサルタントにお金を払わないでください。
scams-dont-share-details = 在留資格に問題があると連絡してきた人に、お金や個人情報を渡さないでください。代わりに、信頼できる弁護士に相談してください。

## うわさと目撃情報

rumors-title = うわさと目撃情報
rumors-summary = 移民捜査官が近くにいると聞いた、または自分で見かけた。

rumors-check-first-do = 移民捜査官についての情報を広める前に、それが本当かどうか確認してください。
rumors-check-first-why = 誰も確認していない投稿は間違っていることがあり、不安を広めることがあります。

rumors-call-rapid-response-do = 移民捜査官を見かけたら、そのことを投稿するのではなく、お住まいの郡の迅速対応ラインに電話してください。このアプリの支援窓口検索で見つけられます。
rumors-call-rapid-response-why = 迅速対応ラインは、近くにいる移民捜査官についての通報を受け付け、助けが必要な人を支援します。

rumors-document-safely-do = 安全であれば、見たことを撮影するか書き留めてください。距離を保ってください。
rumors-document-safely-why = 起きたことの記録は、後で役に立つことがあります。捜査官のじゃまをすると、逮捕されることがあります。

rumors-stay-silent-do = 見ている間に捜査官から質問されても、黙秘することができます。黙秘する場合は、声に出してそう伝えてください。

rumors-right-numbers-do = 地元の迅速対応ネットワークなど、信頼できる出典からの支援の番号だけを共有してください。
rumors-right-numbers-why = 国土安全保障省（DHS）には、一般の人がICEに人を通報するための番号があります。それは支援のためのラインではありません。

rumors-dont-post-unchecked = 誰も確認していない移民捜査官の目撃情報を投稿しないでください。
rumors-dont-share-tip-line = ICEに人を通報するためのDHSの番号を、支援の番号であるかのように共有しないでください。
rumors-dont-interfere = 捜査官のじゃまをしたり、止めようとしたりしないでください。

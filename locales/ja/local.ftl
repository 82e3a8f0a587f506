# 地元の詳しい情報：郡と市の方針、収容施設、法律支援。

## 郡と市の方針

local-policy-as-of = { $date }時点、{ $who }によると：{ $policy }
local-policy-undated = { $who }によると（日付の記載なし）：{ $policy }
local-policy-reminder = 地元の方針は、連邦の捜査官を拘束しません。
local-policy-none-found = 調査では、ここには州法以外の地元の方針は見つかりませんでした。
local-policy-hidden-low = ここに表示していない信頼度の低い報告：{ $count }件。
reported-by-official-records = 公式の記録
reported-by-news-reports = 報道
reported-by-the-sheriff = 保安官事務所
reported-by-advocates = 支援団体
reported-by-one-secondary-source = 二次的な出典1つ
policy-category-limits-beyond-state-law = 州法を超えてICEへの協力を制限
policy-category-follows-state-law = 州法に従うだけ
policy-category-helps-ice-within-state-law = 州法が認める範囲でICEに協力
policy-category-publishes-release-dates = 釈放日を公開
policy-category-opposes-state-law = 州の制限に反対
policy-category-no-local-policy-found = 地元の方針は見つからず
policy-status-in-force = 施行中
policy-status-challenged = 施行中だが、裁判で争われている
policy-status-adopted-not-final = 採択されたが、確定していない
policy-status-repealed = 廃止された
policy-status-ended = 終了した
policy-status-symbolic = 表明であり、拘束力はない
policy-status-unconfirmed = 報告されているが、確認されていない

## 収容施設

facility-kind-processing-center = ICEの手続きセンター
facility-kind-detention-center = 収容センター
facility-kind-annex = 別の施設の別棟
facility-kind-county-jail = 郡拘置所
facility-kind-city-jail = 市の拘置所
facility-status-operating = ICEのために人を収容している
facility-status-closed = 現在はICEのための収容をしていない
facility-status-uncertain = 現在ICEのために人を収容しているかどうかは不明
detention-notice = 収容されている人は、よく移送されます。ICEに収容されている人を探すには、ICEのオンライン被収容者検索（Online Detainee Locator）を使うか、収容情報ラインに電話してください。

## 法律支援

service-legal-aid = 移民の法律支援
service-deportation-defense = 強制送還に対する弁護
service-rapid-response = 迅速対応（rapid response）
service-lawyer-referral = 弁護士の紹介
service-detention-support = 収容されている人への支援
service-children = 子どもへの支援
service-victims = 犯罪や虐待の被害者への支援
cost-free = 無料
cost-low-cost = 低料金
cost-unknown = 料金の記載なし
caution-third-party-parse = 政府のリストを第三者が写したものに基づいており、元のリストとは照合していません。
caution-single-source = 1つの出典にしか載っていません。
caution-recognition-renewal-pending = 私たちが使った政府のリストでは、移民の法律支援を行うための米国司法省の認定が、有効期限に達しているか期限が近く、更新の手続き中でした。
caution-two-numbers = 2つの出典が異なる番号を挙げています。両方を表示しています。
caution-area-code-mismatch = 電話の市外局番が、その市のものではありません。
caution-government-office = 非営利団体ではなく、政府の窓口です。
caution-merged-offices = 出典が2つの事務所を混同していました。住所や電話番号がもう一方の事務所のものかもしれません。
caution-referral-only = 弁護士を紹介する窓口です。直接の法律支援はなく、予約なしの来所も受け付けていません。
caution-limited-eligibility = 一部の人だけを支援しています。対象者を確認してください。
caution-no-phone-found = 電話番号は見つかりませんでした。

## 電話する前に読むべきラインの注記

hotline-ice-la-field-office-note = ICEが運営しています。ICEのオンライン被収容者検索でその人が見つからず、逮捕がLos Angeles、Orange、Riverside、San Bernardino、Ventura、Santa Barbara、San Luis Obispoのいずれかの郡（County）で起きた場合に電話してください。
hotline-orr-note = 難民再定住局（Office of Refugee Resettlement）に保護されている18歳未満の子どもを探している親または保護者のためのラインです。支援団体ではなく、政府の窓口です。
hotline-ct-statewide-note = 合法的な在留資格がない場合、出典によると、このラインを通さず、New Haven Legal Assistanceに直接申し込むようにとのことです。出典によると、その事務所は在留資格を警察やその他の当局に報告しません。その事務所自体の電話番号は見つかりませんでした。その事務所のウェブページが、このラインの最初の出典です。

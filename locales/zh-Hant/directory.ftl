# 求助查詢工具的文字。訊息中絕對不要放電話號碼：號碼是有來源的資料。

policy-ca-baseline = 在加州，地方警察和縣警長部門一般不可以詢問您的移民身分；地方監獄也不可以因為移民及海關執法局 (ICE) 提出要求，就在您應被釋放的時間過後繼續關押您。如果您有某些嚴重罪行的定罪紀錄，監獄仍然可能告訴 ICE 您什麼時候會被釋放，或把您移交給 ICE。在地方監獄裡，您可以拒絕和 ICE 談話，或只在您的律師在場時才和他們談；您應該會收到一份說明這一點的表格。聯邦執法人員不受這些州法律約束。

## 熱線的用途，以及由誰營運

hotline-kind-rapid-response = 快速應變熱線：打電話通報附近有移民執法人員，並取得協助。
hotline-kind-detention-info = 有關被移民拘留的人的資訊。
hotline-kind-court-info = 移民法庭案件資訊（自動語音）。您需要知道當事人的 A號碼 (A-number)。
hotline-kind-lawyer-referral = 轉介私人執業的移民律師。
hotline-kind-referral = 為民眾轉介服務的政府辦公室。
hotline-kind-legal-aid = 免費法律協助：打電話申請，或讓他們把您轉介到合適的辦公室。
hotline-operator-government = 由政府營運，不是由權益倡導團體營運。

## 我們對一個號碼知道多少。「已確認」表示有人打過這個號碼。

number-not-confirmed = 尚未打電話確認。最新的來源：{ $year } 年。
number-not-confirmed-undated = 尚未打電話確認。它的來源沒有標明日期。
number-confirmed = 已於 { $date } 打電話確認。
number-low-confidence = 可信度低：這個號碼只來自單一來源，或來自較舊的來源。
number-extension = 分機 { $extension }
number-takes-texts = 可以接收簡訊。
confidence-high = 可信度高
confidence-medium = 可信度中等
confidence-low = 可信度低

## 來源不一致的號碼，以及只服務某個地區的熱線

hotline-conflict = 不同來源對這個號碼的說法不一致。兩個號碼都列出來了，還沒有人打過這兩個號碼。
hotline-area = 只服務 { $area }，不服務整個縣。
conflict-sacramento = 有兩個來源為沙加緬度 (Sacramento) 提供了兩個不同的快速應變熱線號碼，分別來自不同的網絡。我們無法確定哪一個是現在使用的。兩個都試試看。
conflict-long-beach = 一份 2019 年的名單和一份較新、沒有日期的名單，為長堤社區保衛網絡 (Long Beach Community Defense Network) 提供了兩個不同的號碼。我們無法確定哪一個是現在使用的。兩個都試試看。

## 服務時間，以熱線所在的時區為準

hours-always = 每天 24 小時開放
hours-days-range = { $first }至{ $last }
hours-rule = { $days }，{ $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours }（{ $zone }）
hours-list-separator = {"、"}
hours-rules-separator = {"；"}
hours-open-now = 現在開放中
hours-closed-now = 現在未開放
time-zone-pacific = 太平洋時間
time-zone-eastern = 東部時間
weekday-monday = 星期一
weekday-tuesday = 星期二
weekday-wednesday = 星期三
weekday-thursday = 星期四
weekday-friday = 星期五
weekday-saturday = 星期六
weekday-sunday = 星期日

## 使用者所在的位置

finder-no-local-line = 我們不知道這個地方有本地的快速應變熱線。請打下面列出的地區熱線或全國熱線。
finder-outside = 這個地點不在 Amparo 服務的範圍內。全國熱線仍然可以使用。
finder-other-state = Amparo 還沒有{ $state }的本地內容。全國熱線仍然可以使用。
finder-location-city = 大約位置：它所在的城市的中心。
finder-location-county = 大約位置：只知道它所在的縣。
finder-location-zip = 大約位置：它所在的郵遞區號 (ZIP code) 的中心。
nearby-shared-zip = 這個郵遞區號 (ZIP code) 有一部分在 { $county }。
nearby-shared-city = 這個城市有一部分在 { $county }。
nearby-near-border = { $county } 在 { $km } 公里外。請確認您在哪一個縣或地區。
nearby-nearest = Amparo 涵蓋的最近的縣或地區是 { $county }，距離 { $km } 公里。
nearby-former-county = 以前的 { $former } 縣現在有一部分在 { $county }。

## 某一點的所有來源都不可靠時（部落格、轉貼、律師事務所網頁）顯示

caveat-weak-sources = 我們這一點的資料來源是部落格、其他網頁的複製內容或律師事務所網頁，不是官方文件或法律條文。請向律師確認。

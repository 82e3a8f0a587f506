# 求助查詢工具的標籤。訊息中絕對不要放電話號碼：號碼是有來源的資料。

policy-ca-baseline = 在加州，地方警察和縣警長部門一般不可以詢問您的移民身份，也不可以為了移民及海關執法局 (ICE) 而扣留您。有某些嚴重罪行定罪紀錄的情況屬於例外。在地方監獄裡，您可以拒絕和 ICE 談話，或只在您的律師在場時才和他們談；您應該會收到一份說明這一點的表格。聯邦執法人員不受這些州法律約束。

hotline-kind-rapid-response = 快速應變熱線：打電話通報附近有移民執法人員，並取得協助。
hotline-kind-detention-info = 有關被關在移民拘留所的人的資訊。
hotline-kind-court-info = 移民法庭案件資訊（自動語音系統）。您需要知道這個人的A號碼 (A-number)。
hotline-kind-lawyer-referral = 轉介私人執業的移民律師。
hotline-kind-referral = 為民眾轉介服務的政府辦公室。
hotline-operator-government = 由政府營運，不是由權益倡導團體營運。
hotline-unverified = 未經核實：這個號碼只來自單一來源或較舊的來源。

finder-no-local-line = 我們不知道這個縣有本地的快速應變熱線。請打下面列出的地區熱線或全國熱線。
finder-outside = 這個地點不在 Amparo 服務的範圍內。全國熱線仍然可以使用。
finder-location-city = 大約位置：所在城市的中心。
finder-location-county = 大約位置：只知道所在的縣。

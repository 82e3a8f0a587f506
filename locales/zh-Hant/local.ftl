# 地方深度內容：縣和市的政策、拘留設施、法律協助。

## 縣和市的政策

local-policy-as-of = 截至 { $date }，根據{ $who }的說法：{ $policy }
local-policy-undated = 根據{ $who }的說法（沒有標明日期）：{ $policy }
local-policy-reminder = 地方政策不約束聯邦執法人員。
local-policy-none-found = 研究在這裡沒有找到州法律以外的地方政策。
local-policy-hidden-low = 這裡沒有列出的可信度低的報告：{ $count } 份。
reported-by-official-records = 官方紀錄
reported-by-news-reports = 新聞報導
reported-by-the-sheriff = 縣警長部門
reported-by-advocates = 權益倡導團體
reported-by-one-secondary-source = 單一二手來源
policy-category-limits-beyond-state-law = 在州法律之外，進一步限制協助 ICE
policy-category-follows-state-law = 只依照州法律
policy-category-helps-ice-within-state-law = 在州法律允許的範圍內盡量協助 ICE
policy-category-publishes-release-dates = 公開釋放日期
policy-category-opposes-state-law = 反對州的限制
policy-category-no-local-policy-found = 沒有找到地方政策
policy-status-in-force = 已生效
policy-status-challenged = 已生效，但在法院受到挑戰
policy-status-adopted-not-final = 已通過，但還不是最終定案
policy-status-repealed = 已廢除
policy-status-ended = 已結束
policy-status-symbolic = 只是一項聲明，不具約束力
policy-status-unconfirmed = 有報導，但未經確認

## 拘留設施

facility-kind-processing-center = ICE 處理中心 (processing center)
facility-kind-detention-center = 拘留中心
facility-kind-annex = 另一個設施的附屬設施 (annex)
facility-kind-county-jail = 縣監獄
facility-kind-city-jail = 市監獄
facility-status-operating = 為 ICE 關押人
facility-status-closed = 不再為 ICE 關押人
facility-status-uncertain = 不知道現在是否為 ICE 關押人
detention-notice = 被關押的人常常會被轉到別的地方。要找被移民及海關執法局 (ICE) 關押的人，請使用 ICE 的線上被拘留者查詢系統 (Online Detainee Locator)，或打拘留資訊熱線。

## 法律協助

service-legal-aid = 移民法律協助
service-deportation-defense = 遣返案件辯護
service-rapid-response = 快速應變
service-lawyer-referral = 轉介律師
service-detention-support = 協助被拘留的人
service-children = 協助兒童
service-victims = 協助犯罪或虐待的倖存者
cost-free = 免費
cost-low-cost = 低收費
cost-unknown = 沒有說明費用
caution-third-party-parse = 資料來自別人複製的政府名單，沒有和原本的名單核對過。
caution-single-source = 只有一個來源列出它。
caution-recognition-renewal-pending = 在我們使用的政府名單上，它提供移民法律協助的美國司法部 (Justice Department) 認可已經到期或接近到期日，更新還在等待處理。
caution-two-numbers = 兩個來源提供兩個不同的號碼。兩個號碼都列出來了。
caution-area-code-mismatch = 這個電話的區號不是這個城市的區號。
caution-government-office = 這是政府辦公室，不是非營利組織。
caution-merged-offices = 來源把兩個辦公室混在一起了；地址或電話可能是另一個辦公室的。
caution-referral-only = 只為民眾轉介律師：不直接提供法律協助，也不接受沒有預約直接上門。
caution-limited-eligibility = 只幫助某些人：請看它服務哪些人。
caution-no-phone-found = 沒有找到它的電話號碼。

## 打電話之前必須先看的熱線說明

hotline-ice-la-field-office-note = 由移民及海關執法局 (ICE) 營運。如果 ICE 的線上被拘留者查詢系統找不到這個人，而且逮捕是在 Los Angeles、Orange、Riverside、San Bernardino、Ventura、Santa Barbara 或 San Luis Obispo 縣發生的，請打這條熱線。
hotline-orr-note = 供父母或監護人尋找被難民安置辦公室 (Office of Refugee Resettlement) 關押、未滿 18 歲的孩子。這是政府辦公室，不是權益倡導團體。
hotline-ct-statewide-note = 如果您沒有合法的移民身分，來源說請直接向 New Haven Legal Assistance 申請，不要透過這條熱線；來源也說，這個辦公室不會把移民身分報告給警察或任何其他機關。我們沒有找到它自己的電話號碼；它的網頁是這條熱線的第一個來源。

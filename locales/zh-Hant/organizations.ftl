# 和組織一起顯示的說明（content/states/*/organizations.toml 的 `note`）：它服務哪些人，
# 或打電話之前必須知道的限制。來自 shared/research/legal_aid_orgs.csv
# 和 states_and_connecticut.md。訊息中絕對不要放電話號碼：號碼是資料。

org-kind-fresno-note = 只為兒童提供法律代理：住在 San Joaquin、Kern、Fresno、Kings、Tulare、Madera、Merced 或 Stanislaus 縣的兒童。
org-alameda-county-public-defender-immigration-note = 只服務住在 Alameda 縣，或在那裡有定罪紀錄的人。
org-clsepa-note = 只服務住在 San Mateo 縣或 Santa Clara 縣的人。為遣返案件中的成年人和年輕人提供法律代理。它不接受對方付費的電話。
org-lilac-redwood-city-note = 不接受沒有預約直接上門：請打電話預約。受理新個案的時間是星期一至星期六，上午 8 點到下午 6 點。
org-sf-public-defender-immigration-note = 為被移民拘留的人辯護，並優先協助曾在 San Francisco（舊金山）居住或工作的人。對於它現在提供法律代理或以前提供過法律代理的人，在他們沒有被拘留時，它也會協助。
org-asian-law-caucus-note = 主要服務被拘留、而且遣返案件涉及犯罪紀錄的人。它不接政治庇護 (asylum) 案件或政治庇護面談，包括可信恐懼面談 (credible fear interview)。
org-immdef-note = 服務被拘留的低收入人士。住在 Los Angeles 縣的人優先。
org-immdef-san-diego-note = 只服務低收入人士。只接受預約：不接受沒有預約直接上門。
org-international-institute-los-angeles-note = 只接受預約：不接受沒有預約直接上門。開放時間是星期一至星期五，上午 8:30 到下午 5 點。
org-kind-los-angeles-note = 只接兒童和年輕人的案件，包括獨自前來的兒童。只接受預約：不接受沒有預約直接上門。
org-human-rights-first-la-note = 為付不起律師費的政治庇護申請人 (asylum seekers) 尋找免費的義務律師。不接受沒有預約直接上門。
org-community-lawyers-compton-note = 只接受預約：不接受沒有預約直接上門。
org-refugee-support-network-note = 不接受沒有預約直接上門：請打電話預約。
org-jfs-san-diego-note = 白天或晚上，任何時間都可以留下語音留言。他們會按照來電的先後順序回電。
org-sd-public-defender-irldp-note = 只接遣返案件辯護的案件。
org-la-maestra-note = 它的法律團隊接保證金聽證 (bond hearing)、來自烏克蘭或阿富汗的人的案件，以及人口販運受害者和犯罪受害者的案件（U 簽證、T 簽證、VAWA）。
org-socal-immigration-project-note = 只接政治庇護 (asylum) 案件。它主要服務來自非洲國家的人，以及來自任何國家的 LGBTQ 人士。職員不會說西班牙語。
org-catholic-charities-el-centro-note = 沒有找到這個辦公室的電話或街道地址。可以試試透過 San Diego（聖地牙哥）的 Catholic Charities 辦公室聯絡它。
org-imperial-valley-jfon-note = 在 El Centro 的 First United Methodist Church 舉辦免費法律諮詢服務 (legal clinics)。不知道這些諮詢服務現在是否還在舉辦。
org-ciri-bridgeport-note = 不接被拘留者的案件。免費法律代理可能受到資助和計劃規定的限制。
org-ciri-hartford-note = 不接被拘留者的案件。
org-ccif-hartford-note = 只服務被移民及海關執法局 (ICE) 拘留或正在遣返程序中、而且沒有律師的 Hartford 居民。

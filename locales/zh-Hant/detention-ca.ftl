# 加州移民及海關執法局 (ICE) 拘留設施的說明（content/states/ca/detention.toml）。
# 訊息中絕對不要放電話號碼：號碼是有來源的資料。

## 運作中

facility-adelanto-note = 位於 Adelanto 的移民及海關執法局 (ICE) 處理中心 (processing center)，由私人公司 GEO Group 經營。它目前在運作。2020 年，法院禁止它接收新的人，但 2025 年的一項和解讓它再次可以完全接收人。
facility-desert-view-annex-note = Adelanto ICE Processing Center 的附屬建築，位於一座以前的州立監獄內，由 GEO Group 經營。它目前在運作；2024 年 5 月有人對它提出了投訴。
facility-otay-mesa-note = 位於 San Diego（聖地牙哥）Otay Mesa 地區的移民及海關執法局 (ICE) 拘留中心，由私人公司 CoreCivic 經營。它目前在運作；2019 年時，它是 San Diego 縣唯一的 ICE 拘留中心。ICE 為它設的網頁列出了探訪時間；律師可以在上午 8:15 到晚上 9:30 之間探訪。
facility-imperial-regional-note = 位於 Calexico 以東的移民及海關執法局 (ICE) 拘留中心，由私人公司 Management and Training Corporation (MTC) 經營。它目前在運作。它取代了在 2014 年關閉的 El Centro Service Processing Center。
facility-mesa-verde-note = 位於 Bakersfield 的 Golden State Avenue 上的移民及海關執法局 (ICE) 處理中心，由 GEO Group 經營；它目前在運作。被關在這裡的人不能接聽外面打來的電話，但 ICE 提供一個分機，讓人留下緊急留言。要查詢被關在這裡的人的資訊，請在上午八點到下午三點半之間打電話，然後選擇選項二。
facility-golden-state-annex-note = Bakersfield 的 Mesa Verde 中心的附屬建築，位於 McFarland 一座以前的監獄內，由 GEO Group 經營。自 2020 年 9 月起，它一直為移民及海關執法局 (ICE) 關押人，目前在運作。
facility-california-city-note = 加州最大的移民及海關執法局 (ICE) 拘留中心，位於一座以前的州立監獄內，由私人公司 CoreCivic 經營。它在 2025 年 8 月下旬開始為 ICE 關押人，依據的合約到 2027 年 8 月為止。較舊的名單可能把這個地點稱為 California City Correctional Center。

## 不清楚

facility-central-valley-annex-note = McFarland 的一座以前的監獄，由 GEO Group 經營，2020 年曾計劃用作移民及海關執法局 (ICE) 的附屬建築。我們不知道現在是否有人為 ICE 被關在那裡：2025 年的一篇新聞報導提到一個有合約、但 ICE 沒有使用的地點，那可能就是這裡。

## 不再為 ICE 關押任何人

facility-west-county-richmond-note = Contra Costa 縣位於 Richmond 的一座監獄。2018 年縣警長終止合約後，它就不再為移民及海關執法局 (ICE) 關押人；縣政府在 2025 年說，它沒有為 ICE 關押任何人。現在這裡沒有人為 ICE 被關押。
facility-rio-cosumnes-note = Sacramento 縣位於 Elk Grove 的一座矯正中心。它為移民及海關執法局 (ICE) 關押人的合約在 2018 年被取消。現在這裡沒有人為 ICE 被關押。
facility-theo-lacy-note = Orange 縣位於 Orange 市的一座監獄。自 2019 年 8 月 1 日起，Orange 縣的監獄（包括這一座）沒有再為移民及海關執法局 (ICE) 關押任何人。現在這裡沒有人為 ICE 被關押。
facility-james-a-musick-note = Orange 縣的一座監獄，一份較舊的名單曾把它列為關押移民的地方。自 2019 年 8 月 1 日起，Orange 縣的監獄沒有再為移民及海關執法局 (ICE) 關押任何人。現在這裡沒有人為 ICE 被關押。
facility-santa-ana-city-jail-note = Santa Ana 市監獄以前為移民及海關執法局 (ICE) 關押人。市政府限制了關押的人數，ICE 在 2017 年終止了合約。現在這裡沒有人為 ICE 被關押。
facility-yuba-county-jail-note = 位於 Marysville 的縣監獄，曾根據一項從 1994 年開始的協議，為移民及海關執法局 (ICE) 關押人。聯邦政府在 2022 年 12 月終止了這項協議；新聞報導形容這是 ICE 和加州縣監獄之間的最後一份合約。現在這裡沒有為 ICE 關押任何人。
facility-el-centro-spc-note = El Centro 以前的一座移民及海關執法局 (ICE) 處理中心。它在 2014 年 9 月 30 日關閉，由 Calexico 附近的拘留設施 Imperial Regional Detention Facility 取代。現在這裡沒有人為 ICE 被關押。

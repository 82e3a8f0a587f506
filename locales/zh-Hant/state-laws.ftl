# 其他州有關配合移民執法的法律（content/state-laws.toml）：
# 每條法律的常用名稱，以及它對個人的意義。

law-il-trust-act-name = 伊利諾州 TRUST 法案 (Illinois TRUST Act)
law-il-trust-act-summary = 伊利諾州的警察不可以只因為移民及海關執法局 (ICE) 送來扣留請求，或送來沒有法官簽署的移民令狀，就把您關在監獄裡。他們也不可以因為您的移民身分而攔下、扣留或逮捕您。這條法律不阻止他們和聯邦機構分享資訊。它在 2021 年由 Way Forward 法案 (Way Forward Act) 擴大了範圍。

law-il-way-forward-act-name = 伊利諾州 Way Forward 法案 (Illinois Way Forward Act, SB 667)
law-il-way-forward-act-summary = 這條 2021 年的法律擴大了伊利諾州 TRUST 法案的範圍，並要求地方政府在 2022 年 1 月 1 日前，終止把人關押在移民拘留中的合約。美國司法部曾因為伊利諾州的庇護 (sanctuary) 法律控告伊利諾州，這宗案件在 2025 年 7 月被駁回。

law-ny-protect-our-courts-act-name = 紐約州保護我們的法院法案 (New York Protect Our Courts Act)
law-ny-protect-our-courts-act-summary = 在您前往紐約州法院的路上、在法院裡，或離開法院時，移民及海關執法局 (ICE) 和其他官員都不可以對您進行民事逮捕，除非他們有法官簽署的令狀或法院命令。沒有找到紐約州有關 ICE 監獄扣留請求的全州性法律。

law-nj-immigrant-trust-directive-name = 新澤西州移民信任指令 (New Jersey Immigrant Trust Directive)
law-nj-immigrant-trust-directive-summary = 這是新澤西州總檢察長 (Attorney General) 給警察的命令，不是州議會通過的法律；聯邦上訴法院在 2021 年維持了它。警察不可以只因為您的移民身分，就攔下、盤問或扣留您。因輕微罪行被逮捕後，監獄一般不可以為移民及海關執法局 (ICE) 繼續關押您，也不可以在您被釋放時通知 ICE。ICE 對您提出的任何請求，都必須告訴您；而且只有在您被告知可以有律師，並且您書面同意之後，ICE 才可以面談您。

law-wa-keep-washington-working-act-name = 讓華盛頓州繼續工作法案 (Keep Washington Working Act)
law-wa-keep-washington-working-act-summary = 華盛頓州的警察一般不可以詢問您的移民身分或出生地，不可以為了查您的身分而扣留您，也不可以因為民事移民令狀而關押您。他們不可以把您的私人個人資料交給移民及海關執法局 (ICE) 或海關及邊境保護局 (CBP)，也不可以在沒有保障措施的情況下，讓 ICE 在您被關押期間面談您。這條法律也禁止 287(g) 協議，以及把監獄床位租給 ICE 的合約。

law-wa-courts-open-to-all-act-name = 華盛頓州法院向所有人開放法案 (Washington Courts Open to All Act)
law-wa-courts-open-to-all-act-summary = 在您到華盛頓州的法院期間，任何人都不可以對您進行民事移民逮捕，除非他們有法官簽署的令狀。法官、法院職員和檢察官一般不可以詢問您的移民身分，也不可以把它告訴移民機關。沒有找到這項法案的編號和通過的年份。

law-or-sanctuary-law-1987-name = 奧勒岡州 1987 年的庇護法律
law-or-sanctuary-law-1987-summary = 奧勒岡州的州和地方機構，不可以用它們的資源，去查找或逮捕那些唯一的違法行為只是違反聯邦移民法、身在美國的人。2018 年，選民否決了要廢除這條法律的第 105 號提案 (Measure 105)，保留了這條法律。

law-or-sanctuary-promise-act-name = 奧勒岡州庇護承諾法案 (Oregon Sanctuary Promise Act)
law-or-sanctuary-promise-act-summary = 奧勒岡州的公共機構不可以用它們的建築物、經費、職員或紀錄來協助移民執法，例如交出您的釋放日期、您的地址，或您接受監管的約見時間。它們必須拒絕聯邦的移民請求，除非有法官簽署的傳票 (subpoena)，並且必須把這些請求報告給州政府。如果您被逮捕，必須有人告訴您，您可以拒絕說出您的移民身分；違規行為可以向州政府的熱線或網站舉報，也可以對這些機構提告。

law-co-hb19-1124-name = 保護科羅拉多州居民免受聯邦政府越權法案 (Protect Colorado Residents From Federal Government Overreach Act, HB19-1124)
law-co-hb19-1124-summary = 科羅拉多州的官員不可以只因為移民及海關執法局 (ICE) 的民事扣留請求，就逮捕您或把您關在監獄裡，不過他們可以依照聯邦法官簽署的令狀採取行動；緩刑部門的職員也不可以把您的個人資料交給 ICE。在監獄裡接受 ICE 的電話或視訊面談之前，必須有人告訴您：您可以拒絕、保持沉默，並先和律師談；而且您說的話可能在移民法庭上被使用。

law-co-hb23-1100-name = 科羅拉多州 HB23-1100（移民拘留協議）
law-co-hb23-1100-summary = 從它的標題來看，這條法律限制科羅拉多州的州政府和地方政府為了把人關在移民拘留中而訂立的協議。它還有哪些其他規定，沒有經過查核。

law-ma-lunn-v-commonwealth-name = Lunn v. Commonwealth（麻薩諸塞州法院判決）
law-ma-lunn-v-commonwealth-summary = 這是麻薩諸塞州最高法院在 2017 年的判決，不是州議會通過的法律。判決說，根據州法律，麻薩諸塞州的官員沒有權力只因為移民及海關執法局 (ICE) 送來民事扣留請求，就逮捕您或關押您。2025 年，州矯正局 (Department of Correction) 仍然和 ICE 有 287(g) 協議。

law-vt-s79-name = 佛蒙特州 S.79（2017 年）
law-vt-s79-summary = 這條法律限制佛蒙特州的州和地方機構參與聯邦移民執法的程度；新聞報導說，它並沒有讓佛蒙特州成為庇護州。它還有哪些其他規定，沒有經過查核。

law-md-dignity-not-detention-act-name = 馬里蘭州尊嚴而非拘留法案 (Maryland Dignity Not Detention Act)
law-md-dignity-not-detention-act-summary = 這條法律終止了讓馬里蘭州縣監獄為移民及海關執法局 (ICE) 關押人的合約；已有的合約必須在 2022 年 10 月 1 日前結束。2021 年 12 月，州議員推翻州長的否決，通過了這條法律。

law-md-287g-ban-name = 馬里蘭州 287(g) 禁令
law-md-287g-ban-summary = 這條法律在 2026 年 2 月簽署，禁止在馬里蘭州和移民及海關執法局 (ICE) 訂立正式的 287(g) 協議。不同來源對這項禁令是立即生效，還是從 2026 年 7 月起生效，說法不一。

law-de-287g-ban-name = 德拉瓦州 287(g) 禁令 (HB 182)
law-de-287g-ban-summary = 這條 2025 年的法律禁止在德拉瓦州和移民及海關執法局 (ICE) 訂立 287(g) 協議。已有的協議必須在 2025 年 8 月 13 日前結束。

law-nm-immigrant-safety-act-name = 新墨西哥州移民安全法案 (New Mexico Immigrant Safety Act)
law-nm-immigrant-safety-act-summary = 新墨西哥州的公共機構不可以訂立協議，為民事移民違規而關押人，也不可以為此使用、出售或出租公共土地；287(g) 協議也被禁止，已有的協議必須結束。州總檢察長或地區檢察官可以到法院要求制止違規行為，但這條法律不提供金錢賠償。

law-me-ld-1971-name = 緬因州 LD 1971
law-me-ld-1971-summary = 緬因州的警察不可以為了民事移民執法而調查、攔下、扣留或逮捕您，不可以依照移民及海關執法局 (ICE) 的扣留請求關押您，也不可以交出您的私人資料，例如您的釋放日期或地址。如果您被關押，在 ICE 面談之前必須有人告訴您您的權利，但警察仍然會執行刑事令狀和法院命令。它在 2026 年 1 月沒有經州長簽署就成為法律，預定在 2026 年 7 月中左右生效；州警察 (State Police) 在 2025 年 12 月已開始遵守它的規定。

law-ri-detainer-policy-2014-name = 羅德島州扣留請求政策（2014 年）
law-ri-detainer-policy-2014-summary = 這是州長的政策，不是州議會通過的法律。2014 年 7 月，州矯正局 (Department of Corrections) 說，沒有令狀，它不會遵照移民及海關執法局 (ICE) 的扣留請求。2014 年 8 月，一項適用於所有州機構的政策縮小了這個做法的範圍：如果扣留請求附有法官發出的遣返命令 (deportation or removal order)，它們會遵照這些扣留請求。沒有找到資料說明這項政策現在是否仍然適用。

law-tx-sb4-2017-name = 德州 SB 4（2017 年）：禁止庇護政策
law-tx-sb4-2017-summary = 德州的城市和縣不可以採用限制移民執法的政策，地方監獄必須遵照移民及海關執法局 (ICE) 的扣留請求，不遵守的官員可能受到處罰。2018 年，聯邦上訴法院讓它幾乎全部維持有效；只推翻了禁止官員發言支持庇護政策的那一部分。

law-tx-sb4-2023-name = 德州 SB 4（2023 年）：州的非法入境罪
law-tx-sb4-2023-summary = 這條法律規定，在入境口岸以外的地方從其他國家入境，以及被遣返後再次入境，都是德州的罪行；它也讓州法官可以命令人們回到他們來的國家。2024 年 2 月，法院阻止了這條法律；2025 年 7 月，上訴法院的合議庭 (panel) 維持阻止。後來的報導說，上訴法院全體法官之後以提告的人沒有起訴資格 (standing) 為理由，取消了這項阻止，這會讓德州可以執行它；但這一點尚未確認。

law-tx-sb8-2025-name = 德州 SB 8（2025 年）
law-tx-sb8-2025-summary = 某些管理監獄的德州縣警長，必須設法和移民及海關執法局 (ICE) 訂立 287(g) 協議。從 2026 年 12 月 1 日起，州總檢察長可以提告來強制執行這項規定。

law-fl-sb168-name = 佛羅里達州反庇護法 (SB 168)
law-fl-sb168-summary = 佛羅里達州禁止庇護政策：州和地方機構必須盡最大努力支持聯邦移民執法，不可以被禁止和聯邦機構分享移民資訊，而且監獄必須遵照附有適當文件的移民及海關執法局 (ICE) 扣留請求。它的執行條款在 2019 年 10 月 1 日生效。2019 年，法院讓它大部分維持有效；2020 年的一項判決部分支持了提告的人；那項判決改變了什麼，以及如果有上訴，上訴結果如何，都沒有經過查核。

law-fl-sb1718-name = 佛羅里達州 SB 1718（2023 年）
law-fl-sb1718-summary = 這條法律有多項規定，其中之一是：佛羅里達州把其他州發給無證移民的駕照，包括康乃狄克州的僅限駕駛用駕照 (drive-only license)，當作無效；在佛羅里達州持這種駕照開車是犯罪。這條法律也把帶無證移民進入佛羅里達州定為犯罪，但法院在 2024 年 5 月阻止了這一部分；其餘部分仍然有效。

law-ga-hb1105-name = 喬治亞州 2024 年犯罪外國人追蹤及報告法案 (Georgia Criminal Alien Track and Report Act of 2024, HB 1105)
law-ga-hb1105-summary = 喬治亞州的監獄必須向移民及海關執法局 (ICE) 查核人們的移民身分、遵照 ICE 扣留請求、每年申請 287(g) 類的協議，並且每三個月公布一次扣留請求報告。違反反庇護規定的官員犯輕罪，他們的地方政府會失去州政府的經費。它大部分的規定在 2024 年 5 月簽署時生效，不過不同來源對日期說法不一；2025 年有一項法案 SB 21，要取消地方政府在庇護違規方面的豁免權，當時還在審議中，結果沒有找到。

law-tn-sb6002-name = 田納西州 SB 6002 / HB 6001（2025 年特別會期）
law-tn-sb6002-summary = 田納西州議員在 2025 年 1 月通過了這項法案。它把地方官員投票支持庇護政策定為重罪，並設立一個州移民執法部門，由一名移民執法主管領導。州長是否簽署了它、它是否已成為法律，尚未確認。

law-ia-sf481-name = 愛荷華州反庇護法 (SF 481)
law-ia-sf481-summary = 愛荷華州的地方政府必須遵照移民及海關執法局 (ICE) 的扣留請求，也不可以限制移民執法，否則會失去州政府的經費。

law-nh-anti-sanctuary-bill-2025-name = 新罕布夏州反庇護城市法案 (New Hampshire Anti-Sanctuary City Act)：2025 年的法案
law-nh-anti-sanctuary-bill-2025-summary = 這項 2025 年的法案將會禁止妨礙聯邦移民法的地方政策，並將會允許在一個人的州刑事指控結束後扣留 48 小時（不計週末和假日）。拒絕遵照移民及海關執法局 (ICE) 扣留請求的情況，將必須報告給州總檢察長。法案摘要也提到最高可達州政府經費 25% 的罰款，但沒有進一步說明。摘要寫明生效日期是 2026 年 1 月 1 日，但這項法案是否已成為法律，尚未確認。

law-az-sb1070-name = 亞利桑那州 SB 1070（2010 年）
law-az-sb1070-summary = 2012 年，美國最高法院以和聯邦法律衝突為理由，推翻了這條法律的三個部分。讓亞利桑那州警察可以在合法攔查時查核一個人移民身分的那一部分，獲准生效。

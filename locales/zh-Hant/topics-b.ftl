# 第 9 到 15 種情況。用詞淺白，句子簡短，每一步只做一件事。
# 訊息裡絕對不要放電話號碼。

## 出庭

in-court-title = 出庭
in-court-summary = 您在州法院或移民法庭有案件。

in-court-state-court-do = 要知道，加州的州法院不會決定您的移民身分。
in-court-state-court-why = 即使如此，州法院案件的結果也可能影響您的移民案件。有些結果可能對您有幫助，有些可能對您不利。

in-court-ask-immigration-lawyer-do = 如果您在州法院有案件，也要和移民律師談談這件事。
in-court-ask-immigration-lawyer-why = 有些州法院的事項可能有幫助，例如為年輕人作出的 SIJS（特殊移民青少年身分）認定，或與犯罪受害者有關的事項。刑事案件的某些結果可能傷害您的移民身分。

in-court-case-information-do = 要查詢移民法庭案件的資料，請準備好當事人的 A號碼 (A-number)。移民法庭的自動案件專線列在本應用程式的「求助查詢」裡。
in-court-case-information-why = 自動專線需要 A號碼 (A-number)。這條專線由政府經營，不是由權益倡導團體經營。

in-court-ask-for-lawyer-do = 您可以要求和律師談。
in-court-ask-for-lawyer-say = 我要和律師談。
in-court-ask-for-lawyer-why = 在移民案件中，政府通常不會替您付律師費。您可能需要自己找律師。

in-court-free-legal-help-do = 尋找免費的法律協助。您可以上網搜尋兩個全國性的免費及低收費法律服務名錄（見這個步驟旁邊的連結）。移民法庭也有一份免費 (pro bono) 法律服務提供者的名單。
in-court-free-legal-help-why = 這些名單可以幫助您找到免費的法律協助。如果您被拘留又沒有律師，請向官員要免費法律服務提供者的名單。

in-court-dont-ignore-state-case = 不要以為州法院案件和移民無關。刑事案件的某些結果可能傷害您的身分。請問移民律師。

## 在學校或醫院

school-hospital-title = 在學校或醫院
school-hospital-summary = 移民執法人員來到學校、診所或醫院。

school-hospital-school-private-areas-do = 了解有關學校的法律。移民執法人員不可以進入學校裡不對公眾開放的地方，除非他們出示有效的身分證件，以及法官或法院發出的令狀、傳票或命令。
school-hospital-school-private-areas-why = 這條加州法律叫 AB 49，於 2025 年 9 月 20 日簽署。

school-hospital-school-records-do = 要知道，除非執法人員有法官簽署的令狀，否則學校不可以把學生、家庭或教職員的資料交給他們。
school-hospital-school-records-why = AB 49 也保護這些資料。由移民及海關執法局 (ICE) 官員簽署、而不是由法官簽署的文件，不是法官簽署的令狀。

school-hospital-school-notice-do = 留意您孩子的學校發出的訊息。當學校確認有移民執法人員在校園內時，學校必須通知家長、學生和教職員。
school-hospital-school-notice-why = 這條加州法律叫 SB 98。學校必須在 2026 年 3 月 1 日之前，把這個步驟加進安全計劃。這條規定有效到 2031 年 1 月 1 日。

school-hospital-health-private-areas-do = 了解有關醫療的法律。診所和醫院必須決定哪些區域不對公眾開放。除非移民執法人員有法官簽署的令狀或法院命令，否則診所和醫院必須不讓他們進入這些區域。
school-hospital-health-private-areas-why = 這條加州法律叫 SB 81。它也把您的移民身分當作您醫療紀錄的一部分。

school-hospital-emergency-care-do = 需要時，請去接受緊急醫療照護。
school-hospital-emergency-care-why = 加州總檢察長 (Attorney General) 表示，無論您的移民身分如何，您都可以接受緊急醫療照護。

school-hospital-dont-public-areas = 不要以為這些法律涵蓋學校或醫院的每一個地方。這些法律針對的是不對公眾開放的區域。
school-hospital-dont-count-on-agents = 不要只靠這些法律來擋住執法人員。有法官簽署的令狀或法院命令的執法人員，仍然可能進來。
school-hospital-dont-skip-care = 不要因為您的移民身分而不去接受緊急醫療照護。

## 在邊境附近

border-zone-title = 在邊境附近
border-zone-summary = 邊境巡邏隊 (Border Patrol) 的檢查站，以及您入境時經過的機場或邊境口岸。

border-zone-hundred-mile-zone-do = 要知道，邊境執法人員說，他們在距離美國任何邊界（包括海岸）100 英里以內有額外的權力。加州大部分的大城市都在這個範圍內。
border-zone-hundred-mile-zone-why = 聯邦法律 8 U.S.C. §1357(a)(3) 允許這些執法人員在距離邊境「合理距離」以內執法，而一條聯邦法規把這個距離定為 100 英里直線距離 (air miles)。在這個範圍內，憲法仍然保護您。我們這一點的資料來源，是美國公民自由聯盟 (ACLU) 一份資料說明的複製版本，不是 ACLU 自己的網頁；而且邊境規則很複雜：請就您的情況詢問律師。

border-zone-checkpoint-silent-do = 在邊境巡邏隊的檢查站，請保持冷靜，雙手放在執法人員看得見的地方。您可以保持沉默。如果您選擇保持沉默，請大聲說出來。
border-zone-checkpoint-silent-why = 邊境巡邏隊可以設立移民檢查站。但憲法在那裡仍然適用，包括您不回答問題的權利。

border-zone-papers-do = 在檢查站，或在邊境附近任何地方，如果您有有效的移民文件，例如綠卡或工作許可，請隨身攜帶，並在移民執法人員要求時出示給他們看。如果您沒有文件，您可以保持沉默。不要說謊，也絕對不要出示假文件或其他國家的文件。
border-zone-papers-why = 聯邦法律規定，已獲發這些文件的成年人必須隨身攜帶。沒有隨身攜帶是聯邦輕罪。自 2025 年起，海關及邊境保護局 (CBP) 一直在提醒民眾這項規定。我們有關細節的資料來源是律師事務所網頁和新聞報導：請詢問律師這對您的文件有什麼影響。

border-zone-refuse-search-do = 不要同意搜查您的車。如果他們還是搜查，不要和他們打鬥。
border-zone-refuse-search-say = 我不同意搜查我的車。
border-zone-refuse-search-why = 在這個範圍內，邊境巡邏隊必須有合理懷疑 (reasonable suspicion)，認為有違反移民法或犯罪的情況，才可以攔車。要搜查車輛，則需要令狀或相當理由 (probable cause)。

border-zone-ports-of-entry-do = 當您在機場、陸路口岸或海港入境時，要預期官員可能會搜查您的行李和車輛。
border-zone-ports-of-entry-why = 這些地方叫做入境口岸 (ports of entry)。在那裡，官員進行例行搜查不需要令狀，也不需要理由，即使對象是美國公民和綠卡持有人也一樣。這些規則和在美國境內被攔查時非常不同。邊境規則很複雜：如果您擔心，請在旅行之前詢問律師。

border-zone-phones-laptops-do = 了解在入境口岸有關手機和筆記型電腦的規則。官員說他們可以不用令狀就搜查這些裝置。您不必提供您的密碼。
border-zone-phones-laptops-why = 拒絕不一定能阻止搜查。如果您不解鎖裝置，官員可能會把它扣留好幾個星期。不是美國公民或綠卡持有人的旅客，可能會被拒絕入境。

border-zone-lawyer-at-port-do = 如果您是美國公民，在入境口岸被官員盤問時，您可以要求見律師。
border-zone-lawyer-at-port-say = 我要和律師談。
border-zone-lawyer-at-port-why = 綠卡和簽證持有人在這種檢查中通常沒有要求律師的權利，除非事情變成刑事案件。邊境規則很複雜。這只是一般資訊：旅行之前，請先問移民律師。

border-zone-dont-no-rights = 不要以為在邊境附近您就失去了權利。在 100 英里範圍內，憲法仍然適用。

## 錄影記錄執法人員

recording-title = 錄影記錄執法人員
recording-summary = 您看到移民執法人員在公共場所執法，想把他們錄下來。

recording-right-to-record-do = 您可以在公共場所錄下執法人員。請待在您可以合法停留的地方。保持安全距離。不要妨礙他們。
recording-right-to-record-why = 聯邦法院，包括管轄加州的上訴法院，都表示人們有憲法第一修正案的權利，可以錄下警察在公共場所執行職務。同樣的原則也用在移民執法人員身上。

recording-know-the-risk-do = 錄影之前要了解風險。有人在拍攝執法人員時被逮捕。
recording-know-the-risk-why = 新聞機構 ProPublica 統計，至少有 130 人因為被指稱妨礙執法人員或拍攝他們而被逮捕。國土安全部 (DHS) 把錄下執法人員稱為「doxing」，這個詞的意思是公開別人的私人資料。

recording-move-back-do = 如果執法人員命令您後退，請照做。您可以在更遠的地方繼續錄影。
recording-move-back-why = 為了安全，執法人員可以合法地叫您後退。如果您拒絕，可能會被逮捕。

recording-protect-phone-do = 如果官員要求看您的手機，您可以拒絕。您不必解鎖手機，也不必刪除您的影片。
recording-protect-phone-say = 我不同意搜查我的手機。
recording-protect-phone-why = 我們的資料來源是電子前哨基金會 (Electronic Frontier Foundation) 建議的一份摘要。它說，沒有令狀，官員不應該搜查您的手機、逼您刪除影片或逼您解鎖手機。這一點需要律師就您自己的案件確認。如果官員還是把您的手機拿走，不要和他們打鬥。

recording-write-details-do = 寫下日期、時間和地點。記下執法人員的姓名、徽章號碼、車輛和車牌。
recording-write-details-why = 這些細節可以清楚記錄發生了什麼事，以及有誰在場。

recording-focus-on-agents-do = 把鏡頭對準執法人員，而不是被他們拘留的人。
recording-focus-on-agents-why = 這樣可以保護被拘留者的隱私。

recording-dont-interfere = 錄影時，不要觸碰、阻擋或妨礙執法人員。
recording-dont-ignore-orders = 不要拒絕後退的命令。請改為在安全距離外繼續錄影。
recording-dont-delete-footage = 不要因為官員叫您這樣做，就解鎖手機或刪除影片。

## 家庭計劃

family-plan-title = 制定家庭計劃
family-plan-summary = 在任何事情發生之前，先讓您的家人做好準備。

family-plan-memorize-numbers-do = 把一位您信任的人和一位律師的電話號碼背下來。
family-plan-memorize-numbers-why = 如果您被拘留，您身上可能沒有手機。

family-plan-children-pickup-do = 決定如果您不能去接孩子，誰可以去接他們。把它寫下來。
family-plan-children-pickup-why = 這樣，如果您沒有回家，您信任的人就知道該怎麼做。

family-plan-documents-do = 把重要文件放在同一個地方，讓您信任的人拿得到。
family-plan-documents-why = 如果您出了事，您的家人可能需要很快拿到這些文件。

family-plan-a-number-do = 如果您有 A號碼 (A-number)，要記住它。把它寫在家人找得到的地方。
family-plan-a-number-why = 如果您是成年人並被拘留，您的家人可以用您的 A號碼 (A-number) 和出生國家，在移民及海關執法局 (ICE) 的線上被拘留者查詢系統找您。移民法庭的案件專線也會要求 A號碼。

family-plan-tell-officer-parent-do = 如果您被逮捕或拘留，而您是孩子的家長或主要照顧者，請告訴警員。如果您有醫療需要，也請告訴他們。
family-plan-tell-officer-parent-say = 我是孩子的家長，也是孩子的主要照顧者。
family-plan-tell-officer-parent-why = 您可以把這些告訴警員。如果加州的地方警察逮捕您，擁有監護權的家長可以多打兩通免費電話，安排人照顧孩子。

family-plan-plan-form-do = 填寫一份家庭計劃表。ILRC 的家庭準備計劃 (Family Preparedness Plan) 有英文、西班牙文、他加祿文、越南文和繁體中文版本。
family-plan-plan-form-why = 把計劃寫下來、放在同一個地方，比較容易和您信任的人分享。

family-plan-dont-wait = 不要等到執法人員來了才做計劃。
family-plan-dont-rely-on-phone = 不要只把重要的電話號碼存在手機裡。如果您被拘留，身上可能沒有手機。

## 詐騙

scams-title = 移民詐騙
scams-summary = 有人說要幫您辦移民的事，或說您的身分有問題。

scams-real-lawyer-do = 有關移民的法律意見，只向有執照的律師，或美國司法部認可的代表 (accredited representative) 尋求。
scams-real-lawyer-why = 只有他們可以提供移民法律意見。

scams-consultants-do = 小心「自稱可辦移民的公證人或顧問」(notario) 以及其他移民顧問。付錢給任何人之前，先問他們是不是律師或認可代表。
scams-consultants-why = 不是律師的顧問只可以幫忙填表格和翻譯，不可以告訴您在您的案件中該怎麼做。

scams-calls-and-texts-do = 如果有人打電話、傳簡訊或寄電子郵件，說您的移民身分有問題，不要給他們錢或個人資料。
scams-calls-and-texts-say = 我不會給錢，也不會給個人資料。我會向我自己的律師查證。
scams-calls-and-texts-why = 加州總檢察長 (Attorney General) 警告大家不要這樣做。

scams-free-help-do = 尋找免費的法律協助。加州社會服務部 (California Department of Social Services) 會公布提供免費法律協助的團體名單。
scams-free-help-why = 加州政府出錢讓非營利團體提供免費的移民法律服務。

scams-dont-pay-for-advice = 不要為了您移民案件的法律意見，付錢給「自稱可辦移民的公證人或顧問」或其他顧問。
scams-dont-share-details = 如果有人聯絡您，說您的身分有問題，不要給對方錢或個人資料。請改為詢問您信任的律師。

## 傳聞和目擊

rumors-title = 傳聞和目擊
rumors-summary = 您聽說附近有移民執法人員，或自己看到他們。

rumors-check-first-do = 分享有關移民執法人員的消息之前，先確認消息是真的。
rumors-check-first-why = 沒有人查證過的貼文可能是錯的，也可能散播恐慌。

rumors-call-rapid-response-do = 如果您看到移民執法人員，請打電話到您所在縣的快速應變熱線，而不是在網上發文。您可以在本應用程式的「求助查詢」裡找到這條熱線。
rumors-call-rapid-response-why = 快速應變熱線接收有關附近有移民執法人員的通報，並幫助有需要的人。

rumors-document-safely-do = 如果安全的話，錄下或寫下您看到的事情。保持距離。
rumors-document-safely-why = 把發生的事記錄下來，之後可能有幫助。妨礙執法人員可能會讓您被逮捕。

rumors-stay-silent-do = 如果您在旁觀時被執法人員盤問，您可以保持沉默。如果您選擇保持沉默，請大聲說出來。

rumors-right-numbers-do = 只分享來自您信任的來源的求助電話，例如您當地的快速應變網絡。
rumors-right-numbers-why = 國土安全部 (DHS) 有一個讓民眾向移民及海關執法局 (ICE) 舉報他人的電話號碼。那不是求助熱線。

rumors-dont-post-unchecked = 不要張貼沒有人查證過的移民執法人員目擊消息。
rumors-dont-share-tip-line = 不要把國土安全部 (DHS) 用來向移民及海關執法局 (ICE) 舉報他人的電話號碼，當作求助電話分享。
rumors-dont-interfere = 不要妨礙執法人員，也不要試圖阻止他們。

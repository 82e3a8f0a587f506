# 訓練測驗：每道題一個區塊，後面是選項和解釋。每道題測驗它所屬情況中的
# 一個步驟（content/quiz/<topic>.toml）。

## 執法人員在您家門口

quiz-at-home-door = 移民執法人員來敲您家的門。您應該怎麼做？
quiz-at-home-door-a = 把門打開一點來說話。
quiz-at-home-door-b = 把門關著，隔著門說話。
quiz-at-home-door-c = 走到門外和他們說話。
quiz-at-home-door-why = 把門關著，隔著門說話。問他們是誰、為什麼來。開門並不代表您同意讓他們進來，但是隔著關著的門說話比較安全。

quiz-at-home-open = 執法人員要您開門。在您開門之前，他們必須給您看什麼？
quiz-at-home-open-a = 舉在窗前的徽章。
quiz-at-home-open-b = 任何寫著「令狀」的文件。
quiz-at-home-open-c = 一份符合這個家的法官簽署的令狀。
quiz-at-home-open-why = 不要開門，除非他們從門底下或在窗前，給您看一份符合這個家的法官簽署的令狀。也就是寫著這個地址的搜查令狀，或寫著一個住在這裡的人的逮捕令狀。

quiz-at-home-silent = 執法人員問您在哪裡出生。您必須回答嗎？
quiz-at-home-silent-a = 不必。您可以保持沉默。
quiz-at-home-silent-b = 必須。您必須回答每一個問題。
quiz-at-home-silent-c = 不必，但您必須告訴他們您的移民身分。
quiz-at-home-silent-why = 美國憲法第五修正案讓您可以拒絕回答問題。您不必說出您在哪裡出生、您的移民身分是什麼，或您是怎樣來到這個國家的。如果您選擇保持沉默，請大聲說出來。

quiz-at-home-forced = 執法人員強行進入您的家。您應該怎麼做？
quiz-at-home-forced-a = 擋住他們，不讓他們進來。
quiz-at-home-forced-b = 不要打鬥。說您不同意他們進入，也不同意搜查。
quiz-at-home-forced-c = 回答他們的問題，讓他們早點離開。
quiz-at-home-forced-why = 不要和他們打鬥，也不要阻擋他們：反抗可能讓您和您的家人陷入危險。您仍然可以用言語拒絕。說您不同意他們進入，也不同意搜查，保持沉默，並要求見律師。

## 核對令狀

quiz-warrant-check-say-warrant = 執法人員隔著門說他們有令狀。您應該怎麼做？
quiz-warrant-check-say-warrant-a = 開門，因為他們這樣說了。
quiz-warrant-check-say-warrant-b = 不要開門。請先看到文件。
quiz-warrant-check-say-warrant-c = 如果他們說自己是警察，就開門。
quiz-warrant-check-say-warrant-why = 不要只因為執法人員說他們有令狀就開門。執法人員有時沒有令狀卻說有，或自稱是警察。請先看到文件。

quiz-warrant-check-judge = 怎樣才能看出一份文件是法官簽署的令狀？
quiz-warrant-check-judge-a = 它來自法院，並且由法官簽署。
quiz-warrant-check-judge-b = 它由一位 ICE 官員簽署。
quiz-warrant-check-judge-c = 執法人員告訴您它是。
quiz-warrant-check-judge-why = 看看是誰簽署這份文件。法官簽署的令狀來自法院，例如美國聯邦地區法院 (U.S. District Court) 或加州高等法院 (California Superior Court)。令狀由法官簽署。

quiz-warrant-check-ice-form = 這份文件是移民及海關執法局 (ICE) 的表格 I-205。它是法官簽署的令狀嗎？
quiz-warrant-check-ice-form-a = 是。所有令狀表格都來自法官。
quiz-warrant-check-ice-form-b = 是，如果簽署它的是 ICE 官員。
quiz-warrant-check-ice-form-c = 不是。簽署它的是 ICE 官員，不是法官。
quiz-warrant-check-ice-form-why = 移民及海關執法局 (ICE) 的表格，例如表格 I-200 或表格 I-205，是由 ICE 官員簽署，不是由法官簽署。權益倡導團體表示，未經您同意，這些表格不能讓執法人員進入您的家；但自 2025 年起，ICE 表示它的執法人員可以憑表格 I-205 強行進入，逮捕有最終遣返命令的人，而法院正在審理對這項主張的挑戰。如果執法人員強行進入，不要和他們打鬥，也不要阻擋他們。

quiz-warrant-check-wrong-person = 一位法官簽署了逮捕令狀，但令狀上寫的人沒有一個住在您家。您必須開門嗎？
quiz-warrant-check-wrong-person-a = 必須。任何法官簽署的令狀都讓他們可以進來。
quiz-warrant-check-wrong-person-b = 不必。您不必開門。
quiz-warrant-check-wrong-person-c = 必須，只要他們把它從門底下塞進來。
quiz-warrant-check-wrong-person-why = 逮捕令狀不允許官員進入別人的家，去找令狀上寫的那個人。要這樣做，他們需要搜查令狀。如果逮捕令狀上寫的人不住在這裡，您不必開門。

## 在公共場所被攔下

quiz-in-public-free-to-go = 在街上，您問執法人員您是否可以離開。答案是可以。您可以怎麼做？
quiz-in-public-free-to-go-a = 您必須留下來回答他們的問題。
quiz-in-public-free-to-go-b = 冷靜地離開。
quiz-in-public-free-to-go-c = 趕快跑掉。
quiz-in-public-free-to-go-why = 如果答案是可以，請冷靜地離開。如果您沒有被扣留，您不必留下來回答問題。如果答案是不可以，請保持沉默，並要求見律師。

quiz-in-public-search = 街上有一位官員想搜查您的包包。您可以怎麼做？
quiz-in-public-search-a = 說：我不同意搜查。
quiz-in-public-search-b = 抓緊您的包包，和他們打鬥。
quiz-in-public-search-c = 什麼都不能做。您不能拒絕。
quiz-in-public-search-why = 您有權拒絕讓他們搜查您的口袋或包包。官員仍然可以拍查您衣服的外面，檢查有沒有武器。如果他們還是搜查，不要和他們打鬥。

quiz-in-public-green-card = 您有有效的綠卡。出門時您應該怎麼做？
quiz-in-public-green-card-a = 把它留在家裡，這樣比較安全。
quiz-in-public-green-card-b = 隨身攜帶，但移民執法人員要求看時不要出示。
quiz-in-public-green-card-c = 隨身攜帶，移民執法人員要求看時就出示。
quiz-in-public-green-card-why = 聯邦法律規定，已獲發這些文件的成年人必須隨身攜帶，並在移民執法人員要求時出示。沒有隨身攜帶是聯邦輕罪。

quiz-in-public-coffee = 執法人員請您去他們的辦公室，或「見面喝杯咖啡」。您應該怎麼做？
quiz-in-public-coffee-a = 去，讓他們看到您沒有什麼好隱瞞的。
quiz-in-public-coffee-b = 不要去。這可能是圈套。
quiz-in-public-coffee-c = 如果他們看起來很友善，就去。
quiz-in-public-coffee-why = 不要跟執法人員去辦公室，也不要答應「見面喝杯咖啡」。這可能是圈套。

## 在車上被攔下

quiz-traffic-stop-pull-over = 警察示意您停車。您應該怎麼做？
quiz-traffic-stop-pull-over-a = 不關引擎，好隨時準備開走。
quiz-traffic-stop-pull-over-b = 在安全的地方停車，關掉引擎，把雙手放在方向盤上。
quiz-traffic-stop-pull-over-c = 馬上把手伸到座位底下拿您的文件。
quiz-traffic-stop-pull-over-why = 在安全的地方停車，關掉引擎，打開車內的燈，把雙手放在方向盤上，讓官員看得到。這讓官員知道您不會造成危險，也讓每個人都更安全。

quiz-traffic-stop-who-silent = 警察攔下您的車。誰可以保持沉默？
quiz-traffic-stop-who-silent-a = 只有駕駛人。
quiz-traffic-stop-who-silent-b = 只有乘客。
quiz-traffic-stop-who-silent-c = 駕駛人和所有乘客。
quiz-traffic-stop-who-silent-why = 駕駛人和乘客都可以保持沉默。如果您選擇保持沉默，請大聲說出來。您說的話可能在法庭上被用來對您不利。

quiz-traffic-stop-car-search = 官員要求搜查您的車。您可以說什麼？
quiz-traffic-stop-car-search-a = 我不同意搜查我的車。
quiz-traffic-stop-car-search-b = 請便，我沒有什麼好隱瞞的。
quiz-traffic-stop-car-search-c = 如果您之後放我走，您就可以搜查。
quiz-traffic-stop-car-search-why = 不要同意搜查汽車。如果警察相信有犯罪證據，即使沒有您的同意，他們仍然可以搜查。如果他們還是搜查，不要和他們打鬥：反抗可能讓您陷入危險。

quiz-traffic-stop-passenger = 您是乘客。您問對方您是否可以離開，官員說可以。您可以怎麼做？
quiz-traffic-stop-passenger-a = 您必須留下來回答問題。
quiz-traffic-stop-passenger-b = 冷靜地離開。
quiz-traffic-stop-passenger-c = 從車上跑掉。
quiz-traffic-stop-passenger-why = 如果您是乘客，問對方您是否可以離開。如果答案是可以，請冷靜地離開。如果您沒有被扣留，您不必留下來回答問題。

## 執法人員來到您的工作地點

quiz-at-work-areas = 在工作地點，移民及海關執法局 (ICE) 可以不經詢問就走進哪裡？
quiz-at-work-areas-a = 公共區域，例如大廳或停車場。
quiz-at-work-areas-b = 廚房或辦公室。
quiz-at-work-areas-c = 任何房間，即使是只限員工進入的房間。
quiz-at-work-areas-why = 移民及海關執法局 (ICE) 可以不經詢問，就走進商家的公共區域，例如用餐區、大廳或停車場。要進入非公共區域，例如廚房、辦公室或只限員工進入的房間，他們需要僱主的同意或法官簽署的令狀。執法人員身處公共區域，本身並不代表他們可以扣留、盤問或逮捕任何人。

quiz-at-work-free-to-leave = 在工作地點，您問執法人員您是否可以回去工作。答案是可以。您可以怎麼做？
quiz-at-work-free-to-leave-a = 您必須先留下來回答問題。
quiz-at-work-free-to-leave-b = 從後門跑出去。
quiz-at-work-free-to-leave-c = 說您不想和他們談，然後冷靜地回去工作。
quiz-at-work-free-to-leave-why = 如果答案是可以，就說您不想和他們談。然後冷靜地回去工作或離開。如果您沒有被扣留，您不必留下來回答問題。

quiz-at-work-groups = 執法人員叫員工按移民身分分組。您可以怎麼做？
quiz-at-work-groups-a = 您必須走進和您身分相符的那一組。
quiz-at-work-groups-b = 留在原地不動。
quiz-at-work-groups-c = 走進其中一組，因為這不會告訴他們任何事。
quiz-at-work-groups-why = 您可以留在原地不動。走進其中一組，就等於告訴他們您的身分，而您不必告訴他們您的身分。

quiz-at-work-search = 執法人員想在您的工作地點進行搜查。您可以說什麼？
quiz-at-work-search-a = 我不同意搜查。
quiz-at-work-search-b = 請便，我沒有什麼好隱瞞的。
quiz-at-work-search-c = 如果你們不問我問題，你們就可以搜查。
quiz-at-work-search-why = 不要同意搜查。您可以大聲說：我不同意搜查。

## 被警察逮捕

quiz-arrested-used-against = 被逮捕後，您說的話可能在哪裡被用來對您不利？
quiz-arrested-used-against-a = 只在刑事法庭上
quiz-arrested-used-against-b = 哪裡都不會，因為這些是地方警察
quiz-arrested-used-against-c = 在刑事法庭和移民法庭上
quiz-arrested-used-against-why = 您說的話可能在刑事法庭和移民法庭上被用來對您不利。所以要求見律師，在和律師談過之前，什麼都不要決定。

quiz-arrested-caregiver = 您被逮捕了，而您是一個孩子的主要照顧者。您可以怎麼做？
quiz-arrested-caregiver-a = 把您孩子的事告訴警員
quiz-arrested-caregiver-b = 不讓警員知道
quiz-arrested-caregiver-c = 等到被釋放後再提
quiz-arrested-caregiver-why = 您可以告訴警員您是孩子的家長或主要照顧者，也可以告訴他們您有什麼醫療需要。這可以幫助確保您的孩子有人照顧，也讓他們知道您的健康需要。

quiz-arrested-wrong-arrest = 您認為警察逮捕您是弄錯了。您應該怎麼做？
quiz-arrested-wrong-arrest-a = 一有機會就逃跑
quiz-arrested-wrong-arrest-b = 不要逃跑或打鬥，即使您認為這是錯的
quiz-arrested-wrong-arrest-c = 反抗，讓他們放您走
quiz-arrested-wrong-arrest-why = 不要逃跑，也不要和警察打鬥，即使您認為這次逮捕是錯的。

quiz-arrested-calls = 在加州，被逮捕後您可以打幾通電話？
quiz-arrested-calls-a = 至少 3 通能接通的電話
quiz-arrested-calls-b = 只能打 1 通
quiz-arrested-calls-c = 見到法官之前一通都不能打
quiz-arrested-calls-why = 加州刑法典 (Penal Code) 第 851.5 條給您至少 3 通能接通的電話。辦理收押登記 (booking) 之後您就可以馬上打，最遲不超過被捕後 3 小時，除非實際上不可能做到。

## 被關在地方監獄

quiz-in-jail-silent = 在您被關押期間，有人問您在哪裡出生。您必須回答嗎？
quiz-in-jail-silent-a = 必須，因為您在監獄裡
quiz-in-jail-silent-b = 不必。您可以保持沉默，並大聲說出來
quiz-in-jail-silent-c = 必須，如果是警員問您
quiz-in-jail-silent-why = 美國憲法第五修正案讓您可以拒絕回答問題。您不必說出您在哪裡出生。如果您選擇保持沉默，請大聲說出來。

quiz-in-jail-sign = 在監獄裡，有人給您「自願離境」(voluntary departure) 文件。您應該怎麼做？
quiz-in-jail-sign-a = 簽了，好早點出去
quiz-in-jail-sign-b = 如果警員叫您簽，就簽
quiz-in-jail-sign-c = 在和律師談過之前不要簽
quiz-in-jail-sign-why = 在和律師談過之前，不要簽署任何東西，特別是「自願離境」(voluntary departure) 文件。

quiz-in-jail-citizen = 您不是美國公民。警員問您是不是美國公民。怎樣做才對？
quiz-in-jail-citizen-a = 不要說自己是美國公民
quiz-in-jail-citizen-b = 為了安全，說自己是公民
quiz-in-jail-citizen-c = 如果您有假文件，就出示
quiz-in-jail-citizen-why = 不要說謊。如果您不是美國公民，不要說自己是美國公民，也不要出示假文件。

quiz-in-jail-interview = 在加州的市監獄或縣監獄，移民及海關執法局 (ICE) 想面談您。您可以怎麼做？
quiz-in-jail-interview-a = 和 ICE 談，因為您在監獄裡
quiz-in-jail-interview-b = 拒絕，或說只有在您的律師在場時您才會談
quiz-in-jail-interview-c = 什麼都不能做，由監獄替您決定
quiz-in-jail-interview-why = 面談是自願的。您可以拒絕，或說只有在您的律師在場時您才會談。您對移民及海關執法局 (ICE) 說的話，可能在移民法庭上被用來對您不利。

## 被移民及海關執法局 (ICE) 拘留

quiz-ice-detention-free-help = 移民及海關執法局 (ICE) 正在拘留您，而您沒有律師。您可以向官員要什麼？
quiz-ice-detention-free-help-a = 什麼都不能要，您必須自己找律師
quiz-ice-detention-free-help-b = 在您的開庭日期之前什麼都不能要
quiz-ice-detention-free-help-c = 免費 (pro bono) 法律服務名單
quiz-ice-detention-free-help-why = 如果您沒有律師，請向官員要一份免費法律服務名單。在移民案件中，政府通常不會替您付律師費。名單上的團體提供免費的法律協助。

quiz-ice-detention-phone = 用拘留中心的電話時，您不應該談論什麼？
quiz-ice-detention-phone-a = 您的移民身分或您在哪裡出生
quiz-ice-detention-phone-b = 沒有什麼不能談的，因為這些通話是私密的
quiz-ice-detention-phone-c = 沒有什麼不能談的，只要您說自己的語言
quiz-ice-detention-phone-why = 拘留中心電話的通話可能會被監聽。所以用這些電話時，不要談論您的移民身分或您在哪裡出生。

quiz-ice-detention-locator = 您的家人要用移民及海關執法局 (ICE) 的線上被拘留者查詢系統 (Online Detainee Locator) 找到您，需要什麼？
quiz-ice-detention-locator-a = 只需要您的名字 (first name)
quiz-ice-detention-locator-b = 您的 A號碼或您完全正確的姓名，再加上您的出生國家
quiz-ice-detention-locator-c = 只需要您的出生國家
quiz-ice-detention-locator-why = 他們需要您的 A號碼 (A-number) 和出生國家，或是您的姓名和出生國家。姓名必須和移民及海關執法局 (ICE) 的紀錄完全一樣。這個查詢系統可以找到 18 歲或以上的人。

quiz-ice-detention-departure = 移民及海關執法局 (ICE) 提出讓您自願離境 (voluntary departure)。您首先應該怎麼做？
quiz-ice-detention-departure-a = 馬上同意，讓事情結束
quiz-ice-detention-departure-b = 讓官員替您決定
quiz-ice-detention-departure-c = 同意之前先和律師談
quiz-ice-detention-departure-why = 在和律師談過之前，不要同意自願離境，也不要對您的案件做任何其他決定。

## 出庭

quiz-in-court-case-line = 關於移民法庭的自動案件專線，哪一項是對的？
quiz-in-court-case-line-a = 它由站在您這一邊的權益倡導團體經營
quiz-in-court-case-line-b = 它需要 A號碼，而且由政府經營
quiz-in-court-case-line-c = 沒有 A號碼也可以使用
quiz-in-court-case-line-why = 要查詢案件的資料，請準備好當事人的 A號碼 (A-number)。自動專線需要它。這條專線由政府經營，不是由權益倡導團體經營。

quiz-in-court-lawyer = 您在移民法庭有案件。關於律師，您可以怎麼做？
quiz-in-court-lawyer-a = 要求和律師談，並做好自己找律師的準備
quiz-in-court-lawyer-b = 等著，因為法庭會派一位免費律師給您
quiz-in-court-lawyer-c = 不請律師就去，因為您不可以要求律師
quiz-in-court-lawyer-why = 您可以要求和律師談。在移民案件中，政府通常不會替您付律師費，所以您可能需要自己找律師。

quiz-in-court-free-help = 移民案件的免費法律協助，您可以到哪裡找？
quiz-in-court-free-help-a = 哪裡都沒有，因為法律協助要花錢
quiz-in-court-free-help-b = 只有在您的案件結束之後才有
quiz-in-court-free-help-c = 網上的名錄，以及法庭的免費法律服務提供者名單
quiz-in-court-free-help-why = 您可以上網搜尋兩個全國性的免費及低收費法律服務名錄。移民法庭也有一份免費 (pro bono) 法律服務提供者的名單。如果您被拘留又沒有律師，請向官員要這份名單。

quiz-in-court-state-case = 您在加州的州法院有一件刑事案件。它會影響移民嗎？
quiz-in-court-state-case-a = 不會，州法院和移民無關
quiz-in-court-state-case-b = 會，有些結果可能傷害您的身分，所以請問移民律師
quiz-in-court-state-case-c = 只有在您在法庭上談到移民時才會
quiz-in-court-state-case-why = 不要以為州法院案件和移民無關。刑事案件的某些結果可能傷害您的身分。請問移民律師。

## 在學校或醫院

quiz-school-hospital-records = 執法人員向加州的一所學校要學生的資料。執法人員必須先有什麼？
quiz-school-hospital-records-a = 法官簽署的令狀
quiz-school-hospital-records-b = 由 ICE 官員簽署的文件
quiz-school-hospital-records-c = 什麼都不需要，他們只要開口要就可以
quiz-school-hospital-records-why = 根據 AB 49，除非執法人員有法官簽署的令狀，否則學校不可以把學生、家庭或教職員的資料交給他們。由移民及海關執法局 (ICE) 官員簽署、而不是由法官簽署的文件，不是法官簽署的令狀。

quiz-school-hospital-clinic-areas = 根據加州的 SB 81，診所和醫院必須做什麼？
quiz-school-hospital-clinic-areas-a = 執法人員要進哪個區域，就讓他們進去
quiz-school-hospital-clinic-areas-b = 只不讓執法人員進入候診室
quiz-school-hospital-clinic-areas-c = 沒有法官簽署的令狀或法院命令，就不讓執法人員進入非公共區域
quiz-school-hospital-clinic-areas-why = 診所和醫院必須決定哪些區域不對公眾開放。除非移民執法人員有法官簽署的令狀或法院命令，否則診所和醫院必須不讓他們進入這些區域。

quiz-school-hospital-emergency = 您在加州需要緊急醫療照護，但因為您的移民身分而害怕。您應該怎麼做？
quiz-school-hospital-emergency-a = 待在家裡，等有了文件再說
quiz-school-hospital-emergency-b = 去接受您需要的緊急醫療照護
quiz-school-hospital-emergency-c = 不去了，因為能不能得到醫療照護要看您的身分
quiz-school-hospital-emergency-why = 需要時，請去接受緊急醫療照護。加州總檢察長 (Attorney General) 表示，無論您的移民身分如何，您都可以接受緊急醫療照護。

quiz-school-hospital-with-warrant = 這些加州法律能把所有執法人員都擋在學校和醫院外面嗎？
quiz-school-hospital-with-warrant-a = 不能，有法官簽署的令狀或法院命令的執法人員仍然可能進來
quiz-school-hospital-with-warrant-b = 能，執法人員完全不可以進來
quiz-school-hospital-with-warrant-c = 能，除非執法人員穿著制服
quiz-school-hospital-with-warrant-why = 不要只靠這些法律來擋住執法人員。有法官簽署的令狀或法院命令的執法人員，仍然可能進來。

## 在邊境附近

quiz-border-zone-checkpoint = 在邊境巡邏隊 (Border Patrol) 的檢查站，執法人員問您問題。您可以怎麼做？
quiz-border-zone-checkpoint-a = 您必須回答，因為您在邊境附近
quiz-border-zone-checkpoint-b = 保持冷靜，讓執法人員看得見您的雙手，而且您可以保持沉默
quiz-border-zone-checkpoint-c = 把手藏起來，和執法人員爭吵
quiz-border-zone-checkpoint-why = 在邊境巡邏隊的檢查站，憲法仍然適用，包括您不回答問題的權利。請保持冷靜，雙手放在執法人員看得見的地方。如果您選擇保持沉默，請大聲說出來。

quiz-border-zone-car-search = 邊境巡邏隊的執法人員想搜查您的車。您應該怎麼做？
quiz-border-zone-car-search-a = 說「我不同意搜查我的車」，如果他們還是搜查，不要和他們打鬥
quiz-border-zone-car-search-b = 同意搜查，因為在邊境附近您沒有任何權利
quiz-border-zone-car-search-c = 擋住車門，讓他們無法搜查
quiz-border-zone-car-search-why = 不要同意搜查您的車。在 100 英里範圍內，邊境巡邏隊需要令狀或相當理由 (probable cause) 才可以搜查車輛。如果他們還是搜查，不要和他們打鬥。

quiz-border-zone-port-search = 您在機場入境。官員可以不用令狀就搜查您的行李嗎？
quiz-border-zone-port-search-a = 不可以，他們需要先有令狀
quiz-border-zone-port-search-b = 只有在您不是美國公民時才可以
quiz-border-zone-port-search-c = 可以，在那裡進行例行搜查不需要令狀，也不需要理由
quiz-border-zone-port-search-why = 機場、陸路口岸和海港都是入境口岸 (ports of entry)。在那裡，官員進行例行搜查不需要令狀，也不需要理由，即使對象是美國公民和綠卡持有人也一樣。邊境規則很複雜：如果您擔心，請在旅行之前詢問律師。

quiz-border-zone-phone-password = 在入境口岸，官員要您的手機密碼。哪一項是對的？
quiz-border-zone-phone-password-a = 您必須給，否則就是違法
quiz-border-zone-phone-password-b = 您不必給，但拒絕不一定能阻止搜查
quiz-border-zone-phone-password-c = 如果您拒絕，他們必須馬上把手機還給您
quiz-border-zone-phone-password-why = 您不必提供密碼，但拒絕不一定能阻止搜查。如果您不解鎖裝置，官員可能會把它扣留好幾個星期。不是美國公民或綠卡持有人的旅客，可能會被拒絕入境。

## 錄影記錄執法人員

quiz-recording-right = 您可以在公共場所錄下正在執法的移民執法人員嗎？
quiz-recording-right-a = 不可以，在公共場所錄下執法人員是違法的
quiz-recording-right-b = 可以，而且您想站多近就站多近
quiz-recording-right-c = 可以，在您可以合法停留的地方，保持安全距離
quiz-recording-right-why = 聯邦法院表示，人們有憲法第一修正案的權利，可以錄下警察在公共場所執行職務，同樣的原則也用在移民執法人員身上。請待在您可以合法停留的地方，保持安全距離，不要妨礙他們。

quiz-recording-move-back = 您在錄影時，執法人員命令您後退。您應該怎麼做？
quiz-recording-move-back-a = 後退，在更遠的地方繼續錄影
quiz-recording-move-back-b = 留在原地，因為您有權錄影
quiz-recording-move-back-c = 走近一點，讓他們知道您在錄影
quiz-recording-move-back-why = 為了安全，執法人員可以合法地叫您後退。如果您拒絕，可能會被逮捕。您可以在更遠的地方繼續錄影。

quiz-recording-phone = 官員要求看您的手機，並叫您刪除影片。您可以怎麼做？
quiz-recording-phone-a = 您必須解鎖手機並刪除影片
quiz-recording-phone-b = 您可以拒絕：您不必解鎖手機，也不必刪除您的影片
quiz-recording-phone-c = 如果他們拿走您的手機，就和他們搶
quiz-recording-phone-why = 我們的資料來源是電子前哨基金會 (Electronic Frontier Foundation) 建議的一份摘要。它說，沒有令狀，官員不應該搜查您的手機、逼您刪除影片或逼您解鎖手機。如果官員還是把您的手機拿走，不要和他們打鬥。這一點需要律師就您自己的案件確認。

quiz-recording-camera = 您應該把鏡頭對準哪裡？
quiz-recording-camera-a = 對準執法人員
quiz-recording-camera-b = 對準被執法人員拘留的人
quiz-recording-camera-c = 哪裡都可以。沒有關係。
quiz-recording-camera-why = 把鏡頭對準執法人員，而不是被他們拘留的人。這樣可以保護被拘留者的隱私。

## 制定家庭計劃

quiz-family-plan-numbers = 一位您信任的人和一位律師的電話號碼，您應該怎樣保存？
quiz-family-plan-numbers-a = 只存在手機裡
quiz-family-plan-numbers-b = 背下來
quiz-family-plan-numbers-c = 您不需要這些號碼
quiz-family-plan-numbers-why = 把這些號碼背下來。如果您被拘留，您身上可能沒有手機。

quiz-family-plan-a-number = 如果您有 A號碼 (A-number)，應該怎麼處理它？
quiz-family-plan-a-number-a = 不讓您的家人知道
quiz-family-plan-a-number-b = 什麼都不用做，您的家人不會需要它
quiz-family-plan-a-number-c = 記住它，並把它寫在家人找得到的地方
quiz-family-plan-a-number-why = 如果您是成年人並被拘留，您的家人可以用您的 A號碼 (A-number) 和出生國家，在移民及海關執法局 (ICE) 的線上被拘留者查詢系統找您。移民法庭的案件專線也會要求 A號碼。

quiz-family-plan-pickup = 有一天您可能不能去接孩子。您現在應該做什麼？
quiz-family-plan-pickup-a = 什麼都不用做。會有人知道該怎麼辦。
quiz-family-plan-pickup-b = 決定誰可以去接他們，並把它寫下來。
quiz-family-plan-pickup-c = 等事情發生了再決定。
quiz-family-plan-pickup-why = 決定如果您不能去接孩子，誰可以去接他們，並把它寫下來。這樣，如果您沒有回家，您信任的人就知道該怎麼做。

quiz-family-plan-when = 您應該什麼時候制定家庭計劃？
quiz-family-plan-when-a = 執法人員來到您家門口時
quiz-family-plan-when-b = 一看到您住的地區有執法人員時
quiz-family-plan-when-c = 現在，在任何事情發生之前
quiz-family-plan-when-why = 不要等到執法人員來了才做計劃。在任何事情發生之前，先讓您的家人做好準備。

quiz-family-plan-ct-guardian = 在康乃狄克州，您可以怎樣為您的孩子指定備用監護人 (standby guardian)？
quiz-family-plan-ct-guardian-a = 只能透過律師和法院
quiz-family-plan-ct-guardian-b = 用州政府的家庭準備計劃工具包 (Family Preparedness Plan toolkit)，不用花錢
quiz-family-plan-ct-guardian-c = 付一筆費用給州政府
quiz-family-plan-ct-guardian-why = 康乃狄克州為家長製作了家庭準備計劃工具包 (Family Preparedness Plan toolkit)，讓家長指定一位備用監護人，以防您被拘留或被遣返。您不需要律師、不需要上法院，也不需要花錢，就可以指定備用監護人。

## 移民詐騙

quiz-scams-who-advises = 誰可以給您有關移民的法律意見？
quiz-scams-who-advises-a = 有執照的律師，或美國司法部認可的代表 (accredited representative)
quiz-scams-who-advises-b = 任何「自稱可辦移民的公證人或顧問」(notario)
quiz-scams-who-advises-c = 任何幫人填移民表格的人
quiz-scams-who-advises-why = 只有有執照的律師，或美國司法部認可的代表，可以提供移民法律意見。

quiz-scams-consultant = 一位不是律師的顧問說要幫您。他們可以做什麼？
quiz-scams-consultant-a = 告訴您在您的案件中該怎麼做
quiz-scams-consultant-b = 只可以幫忙填表格和翻譯
quiz-scams-consultant-c = 如果您多付錢，就給您法律意見
quiz-scams-consultant-why = 不是律師的顧問只可以幫忙填表格和翻譯，不可以告訴您在您的案件中該怎麼做。付錢給任何人之前，先問他們是不是律師或認可代表。

quiz-scams-text = 您收到一則簡訊，說您的移民身分有問題。您應該怎麼做？
quiz-scams-text-a = 他們要多少就付多少，好快點解決
quiz-scams-text-b = 把您的個人資料傳給他們，讓他們查核
quiz-scams-text-c = 不給錢，也不給個人資料，並向您自己的律師查證
quiz-scams-text-why = 如果有人打電話、傳簡訊或寄電子郵件，說您的移民身分有問題，不要給他們錢或個人資料。加州總檢察長 (Attorney General) 警告大家不要這樣做。請向您自己的律師查證。

quiz-scams-free-help = 在加州，您可以在哪裡找到提供免費移民法律協助的團體？
quiz-scams-free-help-a = 哪裡都沒有，法律協助一定要付錢
quiz-scams-free-help-b = 在加州社會服務部 (California Department of Social Services) 公布的名單裡
quiz-scams-free-help-c = 找「自稱可辦移民的公證人或顧問」，要付費
quiz-scams-free-help-why = 加州政府出錢讓非營利團體提供免費的移民法律服務。加州社會服務部 (California Department of Social Services) 會公布提供這種協助的團體名單。

## 傳聞和目擊

quiz-rumors-check = 您看到一則貼文，說您附近的一家商店有移民執法人員。在分享之前，您應該做什麼？
quiz-rumors-check-a = 馬上分享，以防萬一
quiz-rumors-check-b = 確認消息是真的
quiz-rumors-check-c = 現在分享，之後再確認
quiz-rumors-check-why = 分享有關移民執法人員的消息之前，先確認消息是真的。沒有人查證過的貼文可能是錯的，也可能散播恐慌。

quiz-rumors-call = 您看到附近有移民執法人員。做什麼比較好？
quiz-rumors-call-a = 馬上在網上發文
quiz-rumors-call-b = 不告訴任何人，因為沒有人接收這種通報
quiz-rumors-call-c = 打電話到您所在縣的快速應變熱線
quiz-rumors-call-why = 快速應變熱線接收有關附近有移民執法人員的通報，並幫助有需要的人。請打電話到熱線，而不是在網上發文。您可以在本應用程式的「求助查詢」裡找到這條熱線。

quiz-rumors-document = 您看到執法人員，想留下紀錄。您應該怎麼做？
quiz-rumors-document-a = 如果安全的話，錄下或寫下您看到的事情，並保持距離
quiz-rumors-document-b = 走近一點，讓您的影片更清楚
quiz-rumors-document-c = 站在執法人員前面擋住他們，讓他們不得不停下來
quiz-rumors-document-why = 把發生的事記錄下來，之後可能有幫助。只有在安全的情況下才這樣做，並保持距離。妨礙執法人員可能會讓您被逮捕。

quiz-rumors-numbers = 您分享的求助電話應該來自哪裡？
quiz-rumors-numbers-a = 一個您不認識的人發的貼文
quiz-rumors-numbers-b = 您信任的來源，例如您當地的快速應變網絡
quiz-rumors-numbers-c = 國土安全部 (DHS) 用來向 ICE 舉報他人的電話號碼
quiz-rumors-numbers-why = 只分享來自您信任的來源的求助電話，例如您當地的快速應變網絡。國土安全部 (DHS) 有一個讓民眾向移民及海關執法局 (ICE) 舉報他人的電話號碼。那不是求助熱線。

# 更多情況：核對令狀、在工作地點、被逮捕、被關在地方監獄、
# 被移民及海關執法局 (ICE) 拘留。用詞淺白，句子簡短，每一步只做一件事。

## 核對令狀

warrant-check-title = 核對令狀
warrant-check-summary = 執法人員說他們有令狀。以下教您如何核對這份文件。

warrant-check-keep-door-closed-do = 核對時請保持門關著。請執法人員把令狀從門底下塞進來，或舉在窗前給您看。
warrant-check-keep-door-closed-say = 請把令狀從門底下塞進來，或舉在窗前給我看。
warrant-check-keep-door-closed-why = 開門並不代表您同意讓他們進來。但關著門看文件比較安全。如果您看不懂，可以要求提供口譯員。

warrant-check-who-signed-do = 看看是誰簽署這份文件。法官簽署的令狀來自法院，例如美國聯邦地區法院 (U.S. District Court) 或加州高等法院 (California Superior Court)。令狀由法官簽署。
warrant-check-who-signed-why = 無論移民身分如何，美國憲法都保護在美國的每一個人。權益倡導團體表示，如果沒有法官簽署的令狀，執法人員需要您的同意才能進入您的家。

warrant-check-ice-forms-do = 如果這份文件是移民及海關執法局 (ICE) 或國土安全部 (DHS) 的表格，例如表格 I-200 或表格 I-205，它就不是法官簽署的令狀。請保持門關著，也不要同意讓他們進來。
warrant-check-ice-forms-say = 這份文件不是法官簽署的。我不同意你們進入我的家。
warrant-check-ice-forms-why = 這些表格是由移民及海關執法局 (ICE) 的官員簽署，不是由法官簽署。權益倡導團體表示，未經您同意，這些表格不能讓執法人員進入您的家。但自 2025 年起，ICE 表示它的執法人員可以憑表格 I-205 強行進入，逮捕有最終遣返命令的人。法院正在審理對這項主張的挑戰。如果執法人員強行進入，不要和他們打鬥，也不要阻擋他們。

warrant-check-check-details-do = 如果是法官簽署的，請核對細節。搜查令狀上應該寫著您正確的地址。逮捕令狀上應該寫著一個真的住在這裡的人的姓名。請找找有沒有法官的簽名。
warrant-check-check-details-why = 搜查令狀允許官員搜查令狀上寫的地址，不論誰住在那裡。逮捕令狀不允許官員進入別人的家，去找令狀上寫的那個人：要這樣做，他們需要搜查令狀。如果搜查令狀上寫的是別的地址，或逮捕令狀上寫的人不住在這裡，您不必開門。

warrant-check-check-the-date-do = 看看令狀上的日期。
warrant-check-check-the-date-why = 令狀可能因為太舊而不能再用。多舊才算太舊，這個問題要問律師。如果您不確定，請問律師。

warrant-check-search-or-arrest-do = 看清楚這是哪一種令狀：搜查令狀還是逮捕令狀。
warrant-check-search-or-arrest-why = 搜查令狀允許官員進入令狀上寫的地址，不論誰住在那裡；但他們只可以搜查令狀上列出的地方和物品。逮捕令狀允許官員進入令狀上寫明的那個人的家，前提是他們相信那個人在屋內。

warrant-check-stay-silent-do = 即使令狀有效、執法人員進來了，您仍然可以保持沉默。如果您選擇保持沉默，請大聲說出來。
warrant-check-stay-silent-why = 令狀讓執法人員可以進來，但並不代表您必須回答他們的問題。您說的話可能在法庭上被用來對您不利。

warrant-check-dont-open-to-read = 不要為了看令狀而開門。
warrant-check-dont-take-their-word = 不要只因為執法人員說他們有令狀就開門。執法人員有時沒有令狀卻說有，或自稱是警察。請先看到文件。

## 在工作地點

at-work-title = 執法人員來到您的工作地點
at-work-summary = 移民執法人員來到您工作的地方。

at-work-know-the-areas-do = 了解執法人員可以去哪裡。移民及海關執法局 (ICE) 可以不經詢問，就走進商家的公共區域，例如用餐區、大廳或停車場。
at-work-know-the-areas-why = 執法人員身處公共區域，本身並不代表他們可以扣留、盤問或逮捕任何人。要進入非公共區域，例如廚房、辦公室或只限員工進入的房間，他們需要僱主的同意或法官簽署的令狀。

at-work-ask-if-free-do = 如果執法人員走過來找您，請問他們您是否可以離開或回去工作。如果答案是可以，就說您不想和他們談。然後冷靜地回去工作或離開。
at-work-ask-if-free-say = 我可以離開或回去工作嗎？

at-work-stay-where-you-are-do = 如果執法人員叫員工按移民身分分組，您可以留在原地不動。
at-work-stay-where-you-are-why = 走進其中一組，就等於告訴他們您的身分。您不必告訴他們您的身分。

at-work-papers-do = 如果您有有效的移民文件，例如綠卡或工作許可，只在移民執法人員要求時才出示。絕對不要出示假文件。
at-work-papers-why = 聯邦法律規定，有這些文件的人必須隨身攜帶，並在移民執法人員要求時出示。對其他所有事情，您仍然可以保持沉默。

at-work-employer-rules-do = 了解加州對您的僱主有什麼要求。根據一條叫 AB 450 的法律，沒有法官簽署的令狀，您的僱主不可以自行選擇讓移民執法人員進入非公共區域。沒有法官簽署的令狀、傳票 (subpoena) 或聯邦檢查通知 (notice of inspection)，您的僱主也不可以讓他們查看或拿走員工紀錄。
at-work-employer-rules-why = 根據這條法律，移民及海關執法局 (ICE) 的表格，例如表格 I-200 或表格 I-205，是不夠的。但這條法律約束的是僱主，不是 ICE。有法官簽署的令狀，執法人員仍然可以進來。無論哪種情況，您仍然保有您自己的權利。違反這條法律的僱主，每次違規可被罰款 $2,000 至 $10,000。

at-work-records-notice-do = 如果移民及海關執法局 (ICE) 通知您的僱主將會檢查員工紀錄，例如表格 I-9，您的僱主必須在 72 小時內張貼通知讓員工知道。
at-work-records-notice-why = AB 450 規定，通知必須使用您的僱主平常和員工溝通的語言。受這次檢查影響的員工，也有權利得到檢查結果。

at-work-dont-consent-to-search = 不要同意搜查。您可以大聲說：我不同意搜查。

## 被警察逮捕

arrested-title = 被警察逮捕
arrested-summary = 地方警察或縣警員 (sheriff's deputies) 逮捕您。

arrested-ask-for-lawyer-do = 要求見律師。在和律師談過之前，什麼都不要決定。
arrested-ask-for-lawyer-say = 我要和律師談。
arrested-ask-for-lawyer-why = 您說的話可能在刑事法庭和移民法庭上被用來對您不利。

arrested-phone-calls-do = 要求打電話。在加州，您至少可以打 3 通能接通的電話。辦理收押登記 (booking) 之後您就可以馬上打，最遲不超過被捕後 3 小時，除非實際上不可能做到。
arrested-phone-calls-say = 我要打我有權打的電話。
arrested-phone-calls-why = 加州刑法典 (Penal Code) 第 851.5 條給您打這些電話的權利。打本地區內的電話是免費的。故意不讓您打這些電話的警員是在違法。

arrested-whom-to-call-do = 用這些電話聯絡律師或公設辯護律師 (public defender)、保釋代理人 (bail bond agent)，以及一位家人或其他人。
arrested-whom-to-call-why = 警察不可以聽或錄下您打給律師的電話。您身上可能沒有手機，所以請在需要之前，先把一位律師和一位您信任的人的電話號碼背下來。

arrested-child-care-calls-do = 如果您是擁有孩子監護權的家長，請說出來。要求多打 2 通免費電話，安排人照顧您的孩子。
arrested-child-care-calls-say = 我是家長。我需要打我有權打的額外電話，安排人照顧我的孩子。
arrested-child-care-calls-why = 加州法律讓擁有孩子監護權的家長，可以多打 2 通免費電話來安排照顧孩子。

arrested-tell-your-needs-do = 如果您是孩子的家長或主要照顧者，請告訴警員。如果您有醫療需要，也請告訴他們。
arrested-tell-your-needs-why = 您可以告訴他們這些事。這可以幫助確保您的孩子有人照顧，也讓他們知道您的健康需要。

arrested-dont-resist = 不要逃跑，也不要和警察打鬥，即使您認為這次逮捕是錯的。
arrested-dont-answer-status-questions = 不要回答關於您在哪裡出生、您的移民身分、或您如何來到美國的問題。一般來說，加州警察不可以為了協助移民執法而詢問您的身分。

## 被關在地方監獄

in-jail-title = 被關在地方監獄
in-jail-summary = 您被關在市監獄或縣監獄，移民及海關執法局 (ICE) 可能想和您談話或把您帶走。

in-jail-consent-form-do = 移民及海關執法局 (ICE) 要在地方監獄面談您之前，監獄必須先給您一份書面表格。請閱讀它。如果您看不懂，請說您需要口譯員。
in-jail-consent-form-why = 加州的 TRUTH 法案規定要提供這份表格。表格必須說明面談的目的、面談是自願的，以及您可以拒絕或要求您的律師在場。這份表格有英文、西班牙文、中文、他加祿文、越南文和韓文版本，有些縣也有其他語言。

in-jail-refuse-interview-do = 您可以拒絕移民及海關執法局 (ICE) 的面談。或者您可以說，只有在您的律師在場時您才會談。
in-jail-refuse-interview-say = 沒有我的律師在場，我不同意和 ICE 面談。
in-jail-refuse-interview-why = 面談是自願的。您對移民及海關執法局 (ICE) 說的話，可能在移民法庭上被用來對您不利。

in-jail-ask-for-copy-do = 問監獄有沒有收到移民及海關執法局 (ICE) 關於您的扣留請求 (ICE hold)、通知請求或移交請求。如果有，請要求一份副本。問監獄會不會照 ICE 的請求去做。
in-jail-ask-for-copy-say = ICE 有沒有送來關於我的扣留請求或其他請求？請給我一份副本。
in-jail-ask-for-copy-why = TRUTH 法案規定，監獄必須把任何這類請求的副本給您，並告訴您它是否打算配合。如果監獄把您的釋放日期告訴移民及海關執法局 (ICE)，它也必須以書面通知您，並通知您的律師或另一位由您選擇的人。

in-jail-hold-is-a-request-do = 要知道，移民及海關執法局 (ICE) 的扣留請求 (ICE hold) 是 ICE 提出的請求，不是法官的命令。
in-jail-hold-is-a-request-why = 根據加州的 SB 54，地方監獄不可以因為移民及海關執法局 (ICE) 提出要求，就在您應被釋放的時間過後繼續關押您。但如果您有某些嚴重的定罪紀錄，例如某些嚴重或暴力重罪，監獄仍然可能告訴 ICE 您什麼時候會被釋放，或把您移交給 ICE。如果有法官簽署的令狀，監獄也可能把您移交給 ICE。這些法律限制的是地方警察和監獄，不是 ICE 執法人員。

in-jail-state-prison-do = 如果您是在州立監獄，而不是市監獄或縣監獄，規則就不一樣。SB 54 不適用於州立監獄。
in-jail-state-prison-why = 州立監獄仍然可以把即將出獄的人通知移民及海關執法局 (ICE)，並安排把他們移交給 ICE。但州立監獄在 ICE 面談之前仍然必須給您一份表格，也必須給您 ICE 關於您的請求的副本。

in-jail-dont-think-you-must-talk = 不要以為在地方監獄裡您必須和移民及海關執法局 (ICE) 談話。要不要面談由您決定。

## 被移民及海關執法局 (ICE) 拘留

ice-detention-title = 被移民及海關執法局 (ICE) 拘留
ice-detention-summary = 移民及海關執法局 (ICE) 正把您關在移民拘留中。

ice-detention-free-legal-help-do = 如果您沒有律師，請向官員要一份免費 (pro bono) 法律服務名單。
ice-detention-free-legal-help-say = 我沒有律師。請給我免費法律服務的名單。
ice-detention-free-legal-help-why = 在移民案件中，政府通常不會替您付律師費。名單上的團體提供免費的法律協助。

ice-detention-consulate-do = 您可以要求聯絡您國家的領事館，或要求官員通知領事館您被拘留了。
ice-detention-consulate-say = 我要聯絡我國家的領事館。
ice-detention-consulate-why = 移民及海關執法局 (ICE) 拘留您時，您可以提出這個要求。要不要這樣做由您決定。

ice-detention-careful-on-the-phone-do = 用拘留中心的電話時，不要談論您的移民身分或您在哪裡出生。
ice-detention-careful-on-the-phone-why = 拘留中心電話的通話可能會被監聽。

ice-detention-family-can-find-you-do = 您的家人可以用移民及海關執法局 (ICE) 的線上被拘留者查詢系統 (Online Detainee Locator) 找您，這是一個網站（見這個步驟旁邊的連結）。它可以找到 18 歲或以上的人。
ice-detention-family-can-find-you-why = 要搜尋時，他們需要您的 A號碼 (A-number) 和出生國家，或是您的姓名和出生國家。姓名必須和移民及海關執法局 (ICE) 的紀錄完全一樣。

ice-detention-a-number-do = 如果您有 A號碼 (A-number)，請確定您的家人知道這個號碼。
ice-detention-a-number-why = 移民法庭有一條自動電話專線，提供您案件的資訊，它會要求您的 A號碼 (A-number)。這條專線由政府經營，不是站在您這一邊的幫手。

ice-detention-dont-decide-alone = 在和律師談過之前，不要同意自願離境 (voluntary departure)，也不要對您的案件做任何其他決定。

# 各種情況。用簡單的字、短的句子，每個步驟只做一件事。

## 在家

at-home-title = 執法人員在您家門口
at-home-summary = 移民執法人員正在敲您家的門。

at-home-keep-door-closed-do = 把門關著。隔著門說話。問他們是誰、為什麼來。請他們把徽章舉在窗前給您看。
at-home-keep-door-closed-say = 你們是誰？為什麼來這裡？請把你們的徽章舉在窗前給我看。
at-home-keep-door-closed-why = 開門並不代表您同意讓他們進來。但是隔著關著的門說話比較安全。

at-home-ask-for-warrant-do = 問他們有沒有法官簽署的令狀。請他們把令狀從門底下塞進來，或舉在窗前。不要為了看令狀而開門。
at-home-ask-for-warrant-say = 我不同意你們進入我的家。如果你們有法官簽署的令狀，請從門底下塞進來。
at-home-ask-for-warrant-why = 權益倡導團體表示，如果沒有法官簽署的令狀，執法人員需要您的同意才能進入您的家。自 2025 年起，移民及海關執法局 (ICE) 表示，它的執法人員可以憑表格 I-205 強行進入，逮捕有最終遣返命令的人。法院正在審理對這項主張的挑戰。

at-home-check-the-warrant-do = 看看這份文件。法官簽署的令狀來自法院，並且有法官的簽名。搜查令狀上應該寫著這個地址。逮捕令狀上應該寫著一個住在這裡的人的姓名。也要看看日期。本應用程式的「令狀檢查」工具會和您一步一步核對。
at-home-check-the-warrant-why = 來自移民及海關執法局 (ICE) 的文件，例如表格 I-200 或表格 I-205，是由 ICE 官員簽署的，不是由法官簽署。權益倡導團體表示，未經您同意，這種文件不能讓執法人員進入您的家；但自 2025 年起，ICE 表示它可以憑表格 I-205 強行進入，逮捕有最終遣返命令的人。如果搜查令狀上寫的是別的地址，或逮捕令狀上寫的人不住在這裡，您不必開門。

at-home-if-they-come-in-do = 如果執法人員強行進入，不要和他們打鬥，也不要阻擋他們。清楚地說您不同意他們進入，也不同意搜查。保持沉默，並要求見律師。
at-home-if-they-come-in-say = 我不同意這次進入，也不同意任何搜查。
at-home-if-they-come-in-why = 反抗可能讓您和您的家人陷入危險。您仍然可以用言語拒絕。

## 在公共場所

in-public-title = 在公共場所被攔下
in-public-summary = 執法人員或警察在街上或公共場所攔下您。

in-public-stay-calm-do = 保持冷靜。不要逃跑、爭吵、打鬥或阻擋官員，即使您認為這次攔查是錯的。把雙手放在他們看得到的地方。
in-public-stay-calm-why = 逃跑或打鬥可能讓您陷入危險。

in-public-refuse-search-do = 您可以拒絕讓他們搜查您的口袋或包包。官員仍然可以拍查您衣服的外面，檢查有沒有武器。
in-public-refuse-search-say = 我不同意搜查。
in-public-refuse-search-why = 您有權拒絕。如果他們還是搜查，不要和他們打鬥。

in-public-papers-do = 如果您有有效的移民文件，例如綠卡或工作許可，請隨身攜帶；如果移民執法人員要求看，請出示給他們看。如果您沒有文件，您可以保持沉默。絕對不要出示假文件。不要攜帶其他國家的文件，例如外國護照。
in-public-papers-why = 聯邦法律規定，已獲發這些文件的成年人必須隨身攜帶，並在移民執法人員要求時出示。沒有隨身攜帶是聯邦輕罪。其他國家的文件可能會顯示您是從哪裡來的。

## 交通攔查

traffic-stop-title = 在車上被攔下
traffic-stop-summary = 警察或執法人員攔下您正在駕駛或乘坐的車。

traffic-stop-pull-over-safely-do = 在安全的地方停車。關掉引擎。打開車內的燈。把車窗打開一部分。把雙手放在方向盤上，讓官員看得到。
traffic-stop-pull-over-safely-why = 這讓官員知道您不會造成危險，也讓每個人都更安全。

traffic-stop-show-license-do = 如果官員要求，請出示您的駕照、汽車登記證和保險證明。如果您沒有其中一樣，絕對不要出示假的。
traffic-stop-show-license-why = 駕駛人在被要求時必須出示這些文件。

traffic-stop-ca-ab60-do = 在加州，即使您無法證明您在美國有合法身分，您也可以用 DMV（加州車輛管理局）依照 AB 60 法律發的駕照開車。
traffic-stop-ca-ab60-why = AB 60 駕照在加州可以合法用來開車。它不是聯邦用途的身分證明。因為某人持有這種駕照而不公平地對待他，是違法的。

traffic-stop-stay-silent-do = 駕駛人和乘客都可以保持沉默。如果您選擇保持沉默，請大聲說出來。

traffic-stop-refuse-search-do = 不要同意搜查汽車。如果他們還是搜查，不要和他們打鬥。
traffic-stop-refuse-search-say = 我不同意搜查我的車。
traffic-stop-refuse-search-why = 如果警察相信有犯罪證據，即使沒有您的同意，他們仍然可以搜查。反抗可能讓您陷入危險。

traffic-stop-passenger-free-to-go-do = 如果您是乘客，問對方您是否可以離開。如果答案是可以，請冷靜地離開。

traffic-stop-officer-name-do = 如果攔下您的是警察，請問他們的姓名和徽章號碼。把這些寫下來。
traffic-stop-officer-name-say = 請問您的姓名和徽章號碼是什麼？
traffic-stop-officer-name-why = 寫下來可以留下紀錄，知道是誰攔下您。

traffic-stop-immigration-agents-do = 如果執法人員來自移民及海關執法局 (ICE) 或邊境巡邏隊 (Border Patrol)，同樣的步驟也適用：保持冷靜、保持沉默，並且不要同意搜查。
traffic-stop-immigration-agents-why = 一般來說，移民執法人員要有合理懷疑 (reasonable suspicion)，認為有人違反移民法或犯罪，才可以攔車；要有令狀或相當理由 (probable cause)，才可以搜查車輛。2025 年 9 月，美國最高法院允許洛杉磯地區的移民攔查在一宗法院案件進行期間繼續進行。這項命令允許什麼，還沒有定論：請詢問律師。

## 在家：不要做的事

at-home-dont-open-the-door = 不要開門，除非執法人員從門底下或在窗前，給您看一份符合這個家的法官簽署的令狀：也就是寫著這個地址的搜查令狀，或寫著一個住在這裡的人的逮捕令狀。

## 在公共場所：不要做的事

in-public-dont-carry-foreign-papers = 不要攜帶其他國家的文件，例如外國護照或領事館身分證。這些文件可能會顯示您是從哪裡來的。這項建議來自移民權益保護團體，是其他網站引述的：如果您不確定該帶什麼，請詢問律師。
in-public-dont-follow-agents = 不要跟執法人員去辦公室，也不要答應「見面喝杯咖啡」。這可能是圈套。

## 交通攔查：不要做的事

traffic-stop-dont-show-false-papers = 即使您沒有真的駕照或文件，也不要出示假駕照或假文件。
traffic-stop-dont-consent-to-search = 不要同意搜查汽車。如果他們還是搜查，不要和他們打鬥。

## 交通攔查：移民文件

traffic-stop-papers-do = 如果您有有效的移民文件，例如綠卡或工作許可，請隨身攜帶。如果移民執法人員要求看，請出示給他們看。如果您沒有文件，您可以保持沉默。不要說謊，也絕對不要出示假文件或其他國家的文件。
traffic-stop-papers-why = 聯邦法律規定，已獲發這些文件的成年人必須隨身攜帶。沒有隨身攜帶是聯邦輕罪，最高可處 $100 罰款，或最多 30 天監禁。自 2025 年起，政府一直在提醒民眾這項規定。對其他所有事情，您仍然可以保持沉默。我們有關細節的資料來源是律師事務所網頁：請詢問律師這對您的文件有什麼影響。

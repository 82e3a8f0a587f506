# 家庭計劃表和緊急簡訊。計劃表的標籤印在一張手寫填寫的表格上；這些簡訊
# 由本人發出（每種語言的 `-say` 文字都要做回譯檢查）。

## 家庭準備計劃

plan-title = 家庭準備計劃
plan-intro = 在任何事情發生之前，和您的家人一起填寫這份計劃。把它和您的重要文件放在一起，放在您信任的人找得到的地方。把電話號碼背下來。
plan-emergency-contacts-label = 緊急時要打電話聯絡的人
plan-emergency-contacts-hint = 您信任的人的姓名和電話號碼。把這些號碼背下來：如果您被拘留，您身上可能沒有手機。
plan-lawyer-label = 您的律師或法律援助團體
plan-lawyer-hint = 姓名和電話號碼。這個號碼也要背下來。
plan-rapid-response-label = 您所在縣的快速應變熱線
plan-rapid-response-hint = 如果您看到附近有移民執法人員，請打這條熱線。本應用程式的「求助查詢」列出您所在縣的熱線。
plan-children-pickup-label = 誰可以去接孩子
plan-children-pickup-hint = 您選好在您不能去接孩子時去接他們的人，以及他們的電話號碼。請確定他們知道這件事。
plan-documents-label = 重要文件放在哪裡
plan-documents-hint = 把它們放在同一個地方，讓您信任的人可以很快拿到。
plan-a-numbers-label = A號碼 (A-number)
plan-a-numbers-hint = 每個人的 A號碼（如果有的話）和出生國家。有了這些，您的家人就可以在移民及海關執法局 (ICE) 的線上被拘留者查詢系統，找被 ICE 拘留的成年人。
plan-medical-needs-label = 醫療需要
plan-medical-needs-hint = 每個人的健康問題和用藥，如果有人被逮捕或拘留，可以告訴官員。

## 緊急簡訊

emergency-detained-title = 被移民執法人員拘留
emergency-detained-when = 用於移民執法人員拘留您的時候。現在就寫好，這樣您或您信任的人就可以很快傳出去。
emergency-detained-say = 我在 { $place } 被移民執法人員拘留了。請打電話給 { $contact }。我的 A號碼是 { $a_number }。
emergency-arrested-title = 被警察逮捕
emergency-arrested-when = 用於警察逮捕您的時候。現在就寫好，這樣您信任的人就可以替您傳出去。
emergency-arrested-say = 我在 { $place } 被警察逮捕了。請打電話給 { $contact }。
emergency-children-title = 接孩子
emergency-children-when = 用於您不能去接孩子的時候。訊息裡會提到您的家庭計劃中指定的那個人。
emergency-children-say = 我沒辦法去接孩子。請照我們的家庭計劃做：{ $contact } 會去 { $place } 接他們。
emergency-find-me-title = 怎樣找到我
emergency-find-me-when = 把這則訊息交給您信任的家人。裡面有您的 A號碼和出生國家；如果移民及海關執法局 (ICE) 拘留了您，他們需要這些資料來找您。
emergency-find-me-say = 如果我沒有回家，可能是 ICE 拘留了我。可以在 ICE 的線上被拘留者查詢系統 (Online Detainee Locator，{ $locator }) 上，用我的 A號碼（{ $a_number }）和我的出生國家（{ $country }）找我。

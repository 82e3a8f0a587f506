# 家庭计划表和紧急短信。计划表的标签印在一张手填的表格上；这些短信由本人
# 发出（每种语言的 `-say` 文字都要做回译检查）。

## 家庭准备计划

plan-title = 家庭准备计划
plan-intro = 在任何事情发生之前，和您的家人一起填写这份计划。把它和您的重要文件放在一起，放在您信任的人能找到的地方。把电话号码背下来。
plan-emergency-contacts-label = 紧急情况下要打电话联系的人
plan-emergency-contacts-hint = 您信任的人的姓名和电话号码。把这些号码背下来：如果您被拘留，身上可能没有手机。
plan-lawyer-label = 您的律师或法律援助团体
plan-lawyer-hint = 姓名和电话号码。这个号码也要背下来。
plan-rapid-response-label = 您所在县的快速响应热线
plan-rapid-response-hint = 如果您看到附近有移民执法人员，就打这条热线。本应用的“求助查找”列出了您所在县的热线。
plan-children-pickup-label = 谁可以去接孩子
plan-children-pickup-hint = 您选定在您无法接孩子时去接他们的人，以及他们的电话号码。确保他们知道这件事。
plan-documents-label = 重要文件放在哪里
plan-documents-hint = 把它们放在同一个地方，让您信任的人能很快拿到。
plan-a-numbers-label = A 号码（A-number）
plan-a-numbers-hint = 每个人的 A 号码（如果有的话）和出生国家。有了这些，您的家人就可以在 ICE 的在线被拘留者查询系统中查找被 ICE 关押的成年人。
plan-medical-needs-label = 医疗需要
plan-medical-needs-hint = 每个人的健康问题和用药，以便有人被逮捕或拘留时告诉执法人员。

## 紧急短信

emergency-detained-title = 被移民执法人员拘留
emergency-detained-when = 用于移民执法人员拘留您的时候。现在就写好，这样您或您信任的人就能很快发出去。
emergency-detained-say = 我在 { $place } 被移民执法人员拘留了。请打电话给 { $contact }。我的 A 号码是 { $a_number }。
emergency-arrested-title = 被警察逮捕
emergency-arrested-when = 用于警察逮捕您的时候。现在就写好，这样您信任的人就能替您发出去。
emergency-arrested-say = 我在 { $place } 被警察逮捕了。请打电话给 { $contact }。
emergency-children-title = 接孩子
emergency-children-when = 用于您无法去接孩子的时候。消息里会提到您的家庭计划中指定的那个人。
emergency-children-say = 我没办法去接孩子。请按照我们的家庭计划做：{ $contact } 会去 { $place } 接他们。
emergency-find-me-title = 怎样找到我
emergency-find-me-when = 把这条消息交给您信任的家人。里面有您的 A 号码和出生国家；如果 ICE 关押了您，他们需要这些信息来找您。
emergency-find-me-say = 如果我没有回家，可能是 ICE 拘留了我。可以在 ICE 的在线被拘留者查询系统（Online Detainee Locator，{ $locator }）里，用我的 A 号码（{ $a_number }）和我的出生国家（{ $country }）找我。

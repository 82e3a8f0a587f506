# 가족 계획 양식과 긴급 문자 메시지. 계획의 항목 이름은 손으로 적어 넣는
# 양식에 인쇄되고, 메시지는 사람이 직접 보냅니다(`-say` 문장은 모든
# 언어에서 역번역으로 확인합니다).

## 가족 대비 계획

plan-title = 가족 대비 계획
plan-intro = 무슨 일이 생기기 전에 가족과 함께 작성하십시오. 당신이 믿는 사람들이 찾을 수 있도록 중요한 서류와 함께 보관하십시오. 전화번호는 외워 두십시오.
plan-emergency-contacts-label = 긴급할 때 연락할 사람
plan-emergency-contacts-hint = 당신이 믿는 사람들의 이름과 전화번호. 번호를 외워 두십시오: 구금되면 휴대폰을 가지고 있지 못할 수 있습니다.
plan-lawyer-label = 당신의 변호사 또는 법률 지원 단체
plan-lawyer-hint = 이름과 전화번호. 이 번호도 외워 두십시오.
plan-rapid-response-label = 거주하는 카운티의 긴급 대응 핫라인
plan-rapid-response-hint = 근처에서 이민 단속 요원을 보면 전화하십시오. 이 앱의 도움 찾기에 당신이 사는 카운티의 핫라인이 나와 있습니다.
plan-children-pickup-label = 아이들을 데려갈 수 있는 사람
plan-children-pickup-hint = 당신이 아이들을 데리러 갈 수 없을 때 대신 데려가도록 정한 사람들과 그들의 전화번호. 그 사람들이 이 사실을 알고 있는지 꼭 확인하십시오.
plan-documents-label = 중요한 서류가 있는 곳
plan-documents-hint = 당신이 믿는 사람들이 빨리 꺼낼 수 있는 한곳에 보관하십시오.
plan-a-numbers-label = A-번호(A-number)
plan-a-numbers-hint = 각 사람의 A-번호(있는 경우)와 출생 국가. 이것이 있으면 가족이 ICE에 구금된 성인을 ICE의 온라인 구금자 찾기(online detainee locator)에서 찾을 수 있습니다.
plan-medical-needs-label = 의료상 필요한 것
plan-medical-needs-hint = 각 사람의 건강 문제와 복용하는 약. 누군가 체포되거나 구금되면 경찰관이나 요원에게 알리기 위한 것입니다.

## 긴급 문자 메시지

emergency-detained-title = 이민 당국에 구금됨
emergency-detained-when = 이민 단속 요원이 당신을 구금할 때를 위한 메시지입니다. 당신이나 당신이 믿는 사람이 빨리 보낼 수 있도록 지금 작성해 두십시오.
emergency-detained-say = 저는 { $place }에서 이민 당국에 구금되었습니다. { $contact }에게 전화해 주세요. 제 A-번호는 { $a_number }입니다.
emergency-arrested-title = 경찰에 체포됨
emergency-arrested-when = 경찰이 당신을 체포할 때를 위한 메시지입니다. 당신이 믿는 사람이 대신 보낼 수 있도록 지금 작성해 두십시오.
emergency-arrested-say = 저는 { $place }에서 경찰에 체포되었습니다. { $contact }에게 전화해 주세요.
emergency-children-title = 아이들 데려가기
emergency-children-when = 당신이 아이들을 데리러 갈 수 없을 때를 위한 메시지입니다. 가족 계획에 적힌 사람을 알려 줍니다.
emergency-children-say = 제가 아이들을 데리러 갈 수 없습니다. 우리 가족 계획대로 해 주세요: { $place }에서 아이들을 데려갈 사람은 { $contact }입니다.
emergency-find-me-title = 저를 찾는 방법
emergency-find-me-when = 믿을 수 있는 가족에게 주십시오. 여기에는 당신의 A-번호와 출생 국가가 들어 있으며, ICE가 당신을 구금하면 가족이 당신을 찾는 데 필요합니다.
emergency-find-me-say = 제가 집에 돌아오지 않으면 ICE에 구금되어 있을 수 있습니다. ICE의 온라인 구금자 찾기(Online Detainee Locator, { $locator })에서 제 A-번호({ $a_number })와 제 출생 국가({ $country })로 저를 찾을 수 있습니다.

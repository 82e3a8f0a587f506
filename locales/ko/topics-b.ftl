# 상황 9~15. 쉬운 말, 짧은 문장, 한 단계에 한 가지 행동.
# 메시지에 전화번호를 절대 넣지 마십시오.

## 법원에서

in-court-title = 법원에 갈 때
in-court-summary = 주 법원이나 이민 법원에 사건이 있습니다.

in-court-state-court-do = 캘리포니아 주 법원은 당신의 이민 신분을 결정하지 않는다는 것을 알아 두십시오.
in-court-state-court-why = 그렇더라도 주 법원 사건의 결과는 이민 사건에 영향을 줄 수 있습니다. 어떤 결과는 도움이 되고, 어떤 결과는 해가 될 수 있습니다.

in-court-ask-immigration-lawyer-do = 주 법원에 사건이 있다면 이민 변호사와도 상의하십시오.
in-court-ask-immigration-lawyer-why = 청소년을 위한 SIJS(특별 이민 청소년 신분) 판단이나 범죄 피해자를 위한 절차처럼, 주 법원의 일부 절차는 도움이 될 수 있습니다. 형사 사건의 일부 결과는 이민 신분에 해가 될 수 있습니다.

in-court-case-information-do = 이민 법원 사건에 관한 정보를 얻으려면 그 사람의 A-번호(A-number)를 준비하십시오. 법원의 자동 응답 사건 안내 전화는 이 앱의 도움 찾기에 나와 있습니다.
in-court-case-information-why = 자동 응답 전화에는 A-번호가 필요합니다. 이 전화는 이민자 권익 단체가 아니라 정부가 운영합니다.

in-court-ask-for-lawyer-do = 변호사와 이야기하게 해 달라고 요청할 수 있습니다.
in-court-ask-for-lawyer-say = 변호사와 이야기하고 싶습니다.
in-court-ask-for-lawyer-why = 이민 사건에서는 보통 정부가 변호사 비용을 내 주지 않습니다. 변호사를 직접 찾아야 할 수도 있습니다.

in-court-free-legal-help-do = 무료 법률 지원을 찾아보십시오. 무료 및 저비용 법률 서비스를 모은 전국 규모의 목록 두 곳을 온라인으로 검색할 수 있습니다(이 단계와 함께 있는 링크). 이민 법원에도 무료(pro bono) 법률 서비스 제공자 목록이 있습니다.
in-court-free-legal-help-why = 이 목록들은 무료 법률 지원을 찾는 데 도움이 됩니다. 구금되어 있고 변호사가 없다면 관리들에게 무료 법률 서비스 제공자 목록을 달라고 하십시오.

in-court-dont-ignore-state-case = 주 법원 사건이 이민과 아무 관계가 없다고 생각하지 마십시오. 형사 사건의 일부 결과는 이민 신분에 해가 될 수 있습니다. 이민 변호사에게 물어보십시오.

## 학교나 병원에서

school-hospital-title = 학교나 병원에서
school-hospital-summary = 이민 단속 요원이 학교, 진료소 또는 병원에 옵니다.

school-hospital-school-private-areas-do = 학교에 관한 법을 알아 두십시오. 이민 단속 요원은 유효한 신분증과 함께 판사나 법원이 발부한 영장, 소환장 또는 명령을 보여 주지 않는 한, 학교에서 일반인에게 공개되지 않은 구역에 들어갈 수 없습니다.
school-hospital-school-private-areas-why = 이 캘리포니아 법은 AB 49라고 합니다. 2025년 9월 20일에 서명되었습니다.

school-hospital-school-records-do = 요원에게 판사가 발부한 영장이 없는 한, 학교는 학생, 가족 또는 교직원에 관한 정보를 요원에게 줄 수 없다는 것을 알아 두십시오.
school-hospital-school-records-why = AB 49는 이 정보도 보호합니다. 판사가 아니라 ICE 관리가 서명한 서류는 판사가 서명한 영장이 아닙니다.

school-hospital-school-notice-do = 자녀의 학교에서 오는 메시지를 잘 살펴보십시오. 학교는 이민 단속 요원이 교내에 있다는 것을 확인하면 학부모, 학생, 교직원에게 알려야 합니다.
school-hospital-school-notice-why = 이 캘리포니아 법은 SB 98이라고 합니다. 학교는 2026년 3월 1일까지 이 절차를 안전 계획에 넣어야 했습니다. 이 규칙은 2031년 1월 1일까지 유효합니다.

school-hospital-health-private-areas-do = 의료 시설에 관한 법을 알아 두십시오. 진료소와 병원은 자기 시설 중 어느 구역이 일반인에게 공개되지 않는지 정해야 합니다. 요원에게 판사가 발부한 영장이나 법원 명령이 없는 한, 그 구역에 이민 단속 요원이 들어오지 못하게 해야 합니다.
school-hospital-health-private-areas-why = 이 캘리포니아 법은 SB 81이라고 합니다. 이 법은 당신의 이민 신분도 의료 기록의 일부로 취급합니다.

school-hospital-emergency-care-do = 필요할 때는 응급 치료를 받으십시오.
school-hospital-emergency-care-why = 캘리포니아 주 법무장관(Attorney General)은 이민 신분과 상관없이 응급 치료를 받을 수 있다고 말합니다.

school-hospital-dont-public-areas = 이 법들이 학교나 병원의 모든 곳에 적용된다고 생각하지 마십시오. 이 법들은 일반인에게 공개되지 않은 구역에 관한 것입니다.
school-hospital-dont-count-on-agents = 이 법들만으로 요원들을 막을 수 있다고 믿지 마십시오. 판사가 서명한 영장이나 법원 명령이 있는 요원은 여전히 들어올 수 있습니다.
school-hospital-dont-skip-care = 이민 신분 때문에 응급 치료를 피하지 마십시오.

## 국경 근처에서

border-zone-title = 국경 근처에서
border-zone-summary = 국경순찰대(Border Patrol) 검문소, 그리고 입국할 때 거치는 공항이나 국경 통과 지점.

border-zone-hundred-mile-zone-do = 국경 요원들은 해안을 포함해 미국의 모든 국경에서 100마일 안에서는 추가 권한이 있다고 말한다는 것을 알아 두십시오. 캘리포니아의 큰 도시 대부분이 이 구역 안에 있습니다.
border-zone-hundred-mile-zone-why = 연방법인 8 U.S.C. §1357(a)(3)은 이 요원들이 국경에서 "합리적인 거리" 안에서 활동할 수 있게 하며, 연방 규정은 그 거리를 직선거리 100마일로 정합니다. 이 구역 안에서도 헌법은 여전히 당신을 보호합니다. 이 내용에 대한 저희 출처는 ACLU 자체 페이지가 아니라 ACLU 안내 자료의 사본이며, 국경 관련 규칙은 복잡합니다: 당신의 상황에 대해 변호사에게 물어보십시오.

border-zone-checkpoint-silent-do = 국경순찰대 검문소에서는 침착하게 행동하고, 손을 요원들이 볼 수 있는 곳에 두십시오. 묵비권을 행사할 수 있습니다. 그렇게 하기로 했다면 소리 내어 분명히 말하십시오.
border-zone-checkpoint-silent-why = 국경순찰대는 이민 검문소를 운영할 수 있습니다. 하지만 그곳에서도 헌법이 적용되며, 질문에 답하지 않을 권리도 포함됩니다.

border-zone-papers-do = 검문소나 국경 근처 어디에서든, 영주권(그린카드)이나 노동 허가증 같은 유효한 이민 서류가 있다면 지니고 다니고, 이민 단속 요원이 요구하면 보여 주십시오. 서류가 없다면 묵비권을 행사할 수 있습니다. 거짓말하지 말고, 가짜 서류나 다른 나라의 서류는 절대 보여 주지 마십시오.
border-zone-papers-why = 연방법에 따르면 이러한 서류를 발급받은 성인은 그것을 지니고 다녀야 합니다. 지니고 다니지 않는 것은 연방 경범죄(misdemeanor)입니다. 2025년부터 Customs and Border Protection(세관국경보호청, CBP)은 이 규칙을 사람들에게 다시 알리고 있습니다. 세부 내용에 대한 저희 출처는 법률 사무소 페이지와 언론 보도입니다: 당신의 서류와 관련해 이것이 무슨 뜻인지 변호사에게 물어보십시오.

border-zone-refuse-search-do = 차량 수색에 동의하지 마십시오. 그래도 수색하면 몸으로 맞서지 마십시오.
border-zone-refuse-search-say = 저는 제 차를 수색하는 것에 동의하지 않습니다.
border-zone-refuse-search-why = 이 구역 안에서 국경순찰대가 차를 세우려면 이민법 위반이나 범죄에 대한 합리적 의심(reasonable suspicion)이 있어야 합니다. 차를 수색하려면 영장이나 상당한 이유(probable cause)가 있어야 합니다.

border-zone-ports-of-entry-do = 공항, 육로 국경 통과 지점 또는 항구로 입국할 때는, 관리들이 당신의 가방과 차를 수색할 수 있다고 예상하십시오.
border-zone-ports-of-entry-why = 이런 곳을 입국항(port of entry)이라고 합니다. 그곳에서는 미국 시민과 영주권자에 대해서도, 관리들이 일상적인 수색을 하는 데 영장이나 이유가 필요하지 않습니다. 규칙이 국내에서 멈춰 세워질 때와 매우 다릅니다. 국경 관련 규칙은 복잡합니다: 걱정된다면 여행하기 전에 변호사에게 물어보십시오.

border-zone-phones-laptops-do = 입국항에서의 휴대폰과 노트북 규칙을 알아 두십시오. 관리들은 영장 없이 이 기기들을 수색할 수 있다고 말합니다. 비밀번호를 알려 주지 않아도 됩니다.
border-zone-phones-laptops-why = 거부해도 수색을 막지 못할 수 있습니다. 기기 잠금을 풀지 않으면 관리들이 몇 주 동안 기기를 보관할 수 있습니다. 미국 시민이나 영주권자가 아닌 여행자는 입국을 거부당할 수 있습니다.

border-zone-lawyer-at-port-do = 미국 시민이라면, 입국항에서 관리들이 질문하는 동안 변호사를 요청할 수 있습니다.
border-zone-lawyer-at-port-say = 변호사와 이야기하고 싶습니다.
border-zone-lawyer-at-port-why = 영주권자와 비자 소지자는 이 검사 중에 보통 변호사의 도움을 받을 권리가 없습니다. 다만 형사 문제가 되면 다릅니다. 국경 관련 규칙은 복잡합니다. 이것은 일반적인 정보입니다: 여행하기 전에 이민 변호사에게 물어보십시오.

border-zone-dont-no-rights = 국경 근처에서는 권리를 잃는다고 생각하지 마십시오. 100마일 구역 안에서도 헌법은 여전히 적용됩니다.

## 요원 촬영하기

recording-title = 요원 촬영하기
recording-summary = 공공장소에서 이민 단속 요원이 활동하는 것을 보고 촬영하고 싶습니다.

recording-right-to-record-do = 공공장소에서는 요원을 촬영할 수 있습니다. 있어도 되는 곳에 머무르십시오. 안전한 거리를 두십시오. 그들을 방해하지 마십시오.
recording-right-to-record-why = 캘리포니아를 관할하는 항소법원을 포함한 연방 법원들은, 사람들에게는 공공장소에서 직무를 수행하는 경찰을 촬영할 수정헌법 제1조상의 권리가 있다고 말합니다. 같은 원칙이 이민 단속 요원에게도 적용되고 있습니다.

recording-know-the-risk-do = 촬영하기 전에 위험을 알아 두십시오. 요원을 촬영하다가 체포된 사람들이 있습니다.
recording-know-the-risk-why = 언론 단체인 ProPublica는 요원을 방해했거나 촬영했다는 혐의로 체포된 사람이 최소 130명이라고 집계했습니다. 국토안보부(DHS)는 요원을 촬영하는 것을 "신상털기(doxing)", 즉 다른 사람의 개인 정보를 드러내는 행위라고 불렀습니다.

recording-move-back-do = 요원이 뒤로 물러나라고 명령하면 따르십시오. 더 멀리서 계속 촬영할 수 있습니다.
recording-move-back-why = 요원은 안전을 위해 합법적으로 뒤로 물러나라고 말할 수 있습니다. 거부하면 체포될 수 있습니다.

recording-protect-phone-do = 경찰관이나 요원이 휴대폰을 보여 달라고 하면 거부할 수 있습니다. 잠금을 풀거나 영상을 지우지 않아도 됩니다.
recording-protect-phone-say = 저는 제 휴대폰을 수색하는 것에 동의하지 않습니다.
recording-protect-phone-why = 저희 출처인 Electronic Frontier Foundation의 조언 요약에 따르면, 영장이 없으면 경찰관이나 요원은 당신의 휴대폰을 수색하거나, 영상을 지우게 하거나, 잠금을 풀게 해서는 안 됩니다. 이 점은 당신의 사건에 맞게 변호사의 확인이 필요합니다. 그래도 휴대폰을 가져가면 몸으로 맞서지 마십시오.

recording-write-details-do = 날짜, 시간, 장소를 적어 두십시오. 요원들의 이름, 배지 번호, 차량과 번호판을 기록하십시오.
recording-write-details-why = 이런 세부 내용은 무슨 일이 있었고 누가 있었는지 분명한 기록이 됩니다.

recording-focus-on-agents-do = 카메라를 붙잡힌 사람이 아니라 요원들에게 향하게 하십시오.
recording-focus-on-agents-why = 이렇게 하면 붙잡힌 사람의 사생활이 보호됩니다.

recording-dont-interfere = 촬영하는 동안 요원들을 건드리거나, 막거나, 방해하지 마십시오.
recording-dont-ignore-orders = 뒤로 물러나라는 명령을 거부하지 마십시오. 대신 안전한 거리에서 계속 촬영하십시오.
recording-dont-delete-footage = 경찰관이나 요원이 시킨다고 휴대폰 잠금을 풀거나 영상을 지우지 마십시오.

## 가족 계획

family-plan-title = 가족 계획 세우기
family-plan-summary = 무슨 일이 생기기 전에 가족이 미리 준비하십시오.

family-plan-memorize-numbers-do = 믿을 만한 사람과 변호사의 전화번호를 외워 두십시오.
family-plan-memorize-numbers-why = 구금되면 휴대폰을 가지고 있지 못할 수 있습니다.

family-plan-children-pickup-do = 당신이 아이를 데리러 갈 수 없을 때 누가 대신 데려갈 수 있는지 정하십시오. 그것을 적어 두십시오.
family-plan-children-pickup-why = 그러면 당신이 집에 돌아오지 못할 때 당신이 믿는 사람들이 무엇을 해야 할지 압니다.

family-plan-documents-do = 중요한 서류를, 당신이 믿는 사람들이 꺼낼 수 있는 한곳에 보관하십시오.
family-plan-documents-why = 당신에게 무슨 일이 생기면 가족이 이 서류들을 빨리 필요로 할 수 있습니다.

family-plan-a-number-do = A-번호(A-number)가 있다면 알아 두십시오. 가족이 찾을 수 있는 곳에 적어 두십시오.
family-plan-a-number-why = 당신이 성인이고 구금되면, 가족은 당신의 A-번호와 출생 국가로 ICE의 온라인 구금자 찾기(online detainee locator)에서 당신을 찾을 수 있습니다. 이민 법원의 사건 안내 전화도 A-번호를 묻습니다.

family-plan-tell-officer-parent-do = 체포되거나 구금되면, 당신이 아이의 부모이거나 주 양육자라는 것을 경찰관이나 요원에게 말하십시오. 의료상 필요한 것이 있으면 그것도 말하십시오.
family-plan-tell-officer-parent-say = 저는 아이의 부모이자 주 양육자입니다.
family-plan-tell-officer-parent-why = 이런 사실은 말해도 됩니다. 캘리포니아에서 지역 경찰에 체포되면, 양육권이 있는 부모는 아이를 돌볼 사람을 마련하기 위해 무료 전화 2통을 더 걸 수 있습니다.

family-plan-plan-form-do = 가족 계획 양식을 작성하십시오. ILRC Family Preparedness Plan은 영어, 스페인어, 타갈로그어, 베트남어, 중국어 번체로 나와 있습니다.
family-plan-plan-form-why = 한곳에 적어 둔 계획은 당신이 믿는 사람들과 나누기가 더 쉽습니다.

family-plan-dont-wait = 요원들이 올 때까지 기다렸다가 계획을 세우지 마십시오.
family-plan-dont-rely-on-phone = 중요한 번호를 휴대폰에만 저장해 두지 마십시오. 구금되면 휴대폰을 가지고 있지 못할 수 있습니다.

## 사기

scams-title = 이민 사기
scams-summary = 누군가 이민 관련 도움을 주겠다고 하거나, 당신의 신분에 문제가 있다고 말합니다.

scams-real-lawyer-do = 이민 관련 법률 조언은 면허가 있는 변호사나 미국 법무부(U.S. Department of Justice)가 인가한 대리인에게서만 받으십시오.
scams-real-lawyer-why = 그들만 이민 관련 법률 조언을 할 수 있습니다.

scams-consultants-do = "노타리오(notario)"와 이민 컨설턴트를 조심하십시오. 누구에게든 돈을 내기 전에, 변호사인지 또는 인가받은 대리인인지 물어보십시오.
scams-consultants-why = 변호사가 아닌 컨설턴트는 서류 작성과 번역만 할 수 있습니다. 당신의 사건에서 무엇을 해야 하는지 말해 줄 수 없습니다.

scams-calls-and-texts-do = 누군가 전화, 문자 또는 이메일로 당신의 이민 신분에 문제가 있다고 하면, 돈이나 개인 정보를 주지 마십시오.
scams-calls-and-texts-say = 돈이나 개인 정보는 드리지 않겠습니다. 제 변호사에게 직접 확인하겠습니다.
scams-calls-and-texts-why = 캘리포니아 주 법무장관(Attorney General)은 사람들에게 이렇게 하지 말라고 경고합니다.

scams-free-help-do = 무료 법률 지원을 찾아보십시오. California Department of Social Services(캘리포니아 사회복지국)가 무료 지원을 하는 단체 목록을 공개합니다.
scams-free-help-why = 캘리포니아 주는 비영리 단체에 비용을 지원해 무료 이민 법률 서비스를 제공하게 합니다.

scams-dont-pay-for-advice = 당신의 이민 사건에 관한 법률 조언을 받으려고 노타리오나 컨설턴트에게 돈을 내지 마십시오.
scams-dont-share-details = 당신의 신분에 문제가 있다며 연락해 오는 사람에게 돈이나 개인 정보를 주지 마십시오. 대신 당신이 믿는 변호사에게 물어보십시오.

## 소문과 목격

rumors-title = 소문과 목격
rumors-summary = 근처에 이민 단속 요원이 있다는 말을 듣거나, 직접 봅니다.

rumors-check-first-do = 이민 단속 요원에 관한 소식을 퍼뜨리기 전에 사실인지 확인하십시오.
rumors-check-first-why = 아무도 확인하지 않은 게시물은 틀릴 수 있고, 두려움을 퍼뜨릴 수 있습니다.

rumors-call-rapid-response-do = 이민 단속 요원을 보면, 온라인에 올리는 대신 거주하는 카운티의 긴급 대응 핫라인에 전화하십시오. 이 앱의 도움 찾기에서 그 번호를 찾을 수 있습니다.
rumors-call-rapid-response-why = 긴급 대응 핫라인은 근처의 이민 단속 요원에 관한 신고를 받고, 도움이 필요한 사람을 돕습니다.

rumors-document-safely-do = 안전하다면 보이는 것을 촬영하거나 적어 두십시오. 거리를 두십시오.
rumors-document-safely-why = 일어난 일의 기록은 나중에 도움이 될 수 있습니다. 요원들을 방해하면 체포될 수 있습니다.

rumors-stay-silent-do = 지켜보는 동안 요원들이 질문하면 묵비권을 행사할 수 있습니다. 그렇게 하기로 했다면 소리 내어 분명히 말하십시오.

rumors-right-numbers-do = 지역 긴급 대응 네트워크처럼 믿을 만한 출처에서 나온 도움 번호만 공유하십시오.
rumors-right-numbers-why = 국토안보부(DHS)에는 일반인이 사람들을 ICE에 신고하는 번호가 있습니다. 그것은 도움 전화가 아닙니다.

rumors-dont-post-unchecked = 아무도 확인하지 않은 이민 단속 요원 목격 정보를 올리지 마십시오.
rumors-dont-share-tip-line = 사람들을 ICE에 신고하는 DHS 번호를 도움 번호인 것처럼 공유하지 마십시오.
rumors-dont-interfere = 요원들을 방해하거나 막으려 하지 마십시오.

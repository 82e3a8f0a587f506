# 더 많은 상황: 영장 확인, 직장에서, 체포되었을 때, 지역 구치소에서,
# ICE에 구금되었을 때. 쉬운 말, 짧은 문장, 한 단계에 한 가지 행동.

## 영장 확인

warrant-check-title = 영장 확인하기
warrant-check-summary = 요원들이 영장이 있다고 말합니다. 서류를 확인하는 방법입니다.

warrant-check-keep-door-closed-do = 확인하는 동안 문을 닫아 두십시오. 요원들에게 영장을 문 밑으로 밀어 넣거나 창문에 대고 보여 달라고 하십시오.
warrant-check-keep-door-closed-say = 영장을 문 밑으로 넣어 주시거나 창문에 대고 보여 주십시오.
warrant-check-keep-door-closed-why = 문을 연다고 해서 그들에게 들어와도 된다고 허락하는 것은 아닙니다. 하지만 문을 닫은 채 서류를 읽는 것이 더 안전합니다. 읽을 수 없다면 통역사를 요청할 수 있습니다.

warrant-check-who-signed-do = 누가 서류에 서명했는지 보십시오. 판사가 서명한 영장은 U.S. District Court(연방 지방법원)나 California Superior Court(캘리포니아 주 법원) 같은 법원에서 발부됩니다. 판사가 서명합니다.
warrant-check-who-signed-why = 미국 헌법은 이민 신분과 상관없이 미국에 있는 모든 사람을 보호합니다. 이민자 권익 단체들은 판사가 서명한 영장이 없으면 요원들이 당신의 집에 들어오려면 당신의 허락이 필요하다고 말합니다.

warrant-check-ice-forms-do = 서류가 Form I-200이나 Form I-205처럼 ICE나 국토안보부(DHS)의 양식이라면, 판사가 서명한 영장이 아닙니다. 문을 닫아 두고, 들어오는 것에 동의하지 마십시오.
warrant-check-ice-forms-say = 이 서류는 판사가 서명한 것이 아닙니다. 저는 제 집에 들어오시는 것에 동의하지 않습니다.
warrant-check-ice-forms-why = 이 양식들은 판사가 아니라 ICE 관리가 서명합니다. 이민자 권익 단체들은 이 양식으로는 요원들이 당신의 허락 없이 집에 들어올 수 없다고 말합니다. 그러나 2025년부터 ICE는 최종 추방 명령을 받은 사람을 체포하기 위해 Form I-205를 가지고 요원들이 강제로 들어갈 수 있다고 주장합니다. 이 주장에 대한 이의 제기 소송을 법원이 심리하고 있습니다. 요원들이 강제로 들어오면 몸으로 맞서거나 막지 마십시오.

warrant-check-check-details-do = 판사가 서명했다면 세부 내용을 확인하십시오. 수색 영장에는 당신의 정확한 주소가 적혀 있어야 합니다. 체포 영장에는 실제로 이 집에 사는 사람의 이름이 적혀 있어야 합니다. 판사의 서명이 있는지 보십시오.
warrant-check-check-details-why = 수색 영장이 있으면 누가 살든 상관없이 경찰관이나 요원이 영장에 적힌 주소를 수색할 수 있습니다. 체포 영장으로는 영장에 이름이 적힌 사람을 찾으려고 다른 사람의 집에 들어갈 수 없습니다: 그러려면 수색 영장이 필요합니다. 수색 영장에 다른 주소가 적혀 있거나, 체포 영장에 이 집에 사는 사람의 이름이 없다면 문을 열지 않아도 됩니다.

warrant-check-check-the-date-do = 영장의 날짜를 확인하십시오.
warrant-check-check-the-date-why = 영장은 너무 오래되어 쓸 수 없게 될 수도 있습니다. 얼마나 오래되면 너무 오래된 것인지는 변호사에게 물어볼 문제입니다. 확실하지 않으면 변호사에게 물어보십시오.

warrant-check-search-or-arrest-do = 어떤 종류의 영장인지 읽어 보십시오: 수색 영장인지 체포 영장인지.
warrant-check-search-or-arrest-why = 수색 영장이 있으면 누가 살든 상관없이 경찰관이나 요원이 영장에 적힌 주소에 들어갈 수 있지만, 영장에 적힌 장소와 물건만 수색할 수 있습니다. 체포 영장이 있으면, 영장에 이름이 적힌 사람이 집 안에 있다고 믿을 경우 경찰관이나 요원이 그 사람의 집에 들어갈 수 있습니다.

warrant-check-stay-silent-do = 영장이 유효하고 요원들이 들어오더라도 묵비권은 행사할 수 있습니다. 그렇게 하기로 했다면 소리 내어 분명히 말하십시오.
warrant-check-stay-silent-why = 영장이 있으면 요원들이 들어올 수 있습니다. 그렇다고 당신이 그들의 질문에 답해야 하는 것은 아닙니다. 당신이 한 말은 법정에서 당신에게 불리하게 쓰일 수 있습니다.

warrant-check-dont-open-to-read = 영장을 읽으려고 문을 열지 마십시오.
warrant-check-dont-take-their-word = 요원들이 영장이 있다고 말한다는 이유만으로 문을 열지 마십시오. 요원들은 영장이 없으면서 있다고 말하거나, 자신을 경찰이라고 말하는 경우가 있습니다. 먼저 서류를 보십시오.

## 직장에서

at-work-title = 직장에 요원이 왔을 때
at-work-summary = 이민 단속 요원이 당신이 일하는 곳에 옵니다.

at-work-know-the-areas-do = 요원들이 어디에 들어갈 수 있는지 알아 두십시오. ICE는 식당 홀, 로비, 주차장처럼 사업장의 공개된 구역에는 허락을 구하지 않고 들어갈 수 있습니다.
at-work-know-the-areas-why = 요원들이 공개된 구역에 있다는 것만으로 누군가를 붙잡거나, 심문하거나, 체포할 수 있는 것은 아닙니다. 주방, 사무실, 직원 전용 공간처럼 공개되지 않은 구역에 들어가려면 고용주의 허락이나 판사가 서명한 영장이 필요합니다.

at-work-ask-if-free-do = 요원이 다가오면, 떠나거나 일하러 돌아가도 되는지 물어보십시오. 된다고 하면 이야기하고 싶지 않다고 말하십시오. 그런 다음 일하러 돌아가거나 침착하게 떠나십시오.
at-work-ask-if-free-say = 저는 여기서 떠나거나 일하러 돌아가도 됩니까?

at-work-stay-where-you-are-do = 요원들이 직원들에게 이민 신분별로 무리를 나누라고 하면, 당신은 있던 자리에 그대로 있어도 됩니다.
at-work-stay-where-you-are-why = 그런 무리 중 하나로 옮겨 가는 것은 당신의 신분을 그들에게 알리는 것과 같습니다. 당신의 신분을 그들에게 말하지 않아도 됩니다.

at-work-papers-do = 영주권(그린카드)이나 노동 허가증 같은 유효한 이민 서류가 있다면, 이민 단속 요원이 요구할 때만 보여 주십시오. 가짜 서류는 절대 보여 주지 마십시오.
at-work-papers-why = 연방법에 따르면 이러한 서류가 있는 사람은 그것을 지니고 다녀야 하며, 이민 단속 요원이 요구하면 보여 주어야 합니다. 그 밖의 모든 것에 대해서는 여전히 묵비권을 행사할 수 있습니다.

at-work-employer-rules-do = 캘리포니아가 고용주에게 요구하는 것을 알아 두십시오. AB 450이라는 법에 따라, 고용주는 판사가 서명한 영장이 없으면 스스로 선택해서 이민 단속 요원을 공개되지 않은 구역에 들여보낼 수 없습니다. 또한 고용주는 판사가 서명한 영장, 소환장(subpoena) 또는 연방 조사 통지서(notice of inspection)가 없으면 요원들이 직원 기록을 보거나 가져가게 할 수 없습니다.
at-work-employer-rules-why = 이 법에서는 Form I-200이나 Form I-205 같은 ICE 양식만으로는 충분하지 않습니다. 그러나 이 법은 ICE가 아니라 고용주를 구속합니다. 판사가 서명한 영장이 있으면 요원들은 여전히 들어올 수 있습니다. 어느 경우든 당신 자신의 권리는 그대로 있습니다. 이 법을 어긴 고용주는 위반 한 건마다 $2,000~$10,000의 벌금을 낼 수 있습니다.

at-work-records-notice-do = ICE가 I-9 양식 같은 직원 기록을 조사하겠다는 통지를 고용주에게 주면, 고용주는 72시간 안에 직원들에게 알리는 공지를 게시해야 합니다.
at-work-records-notice-why = AB 450에 따르면 그 공지는 고용주가 평소 직원들과 쓰는 언어로 작성해야 합니다. 조사 대상이 된 직원들은 조사 결과를 받을 권리도 있습니다.

at-work-dont-consent-to-search = 수색에 동의하지 마십시오. 소리 내어 이렇게 말할 수 있습니다: 저는 수색에 동의하지 않습니다.

## 경찰에 체포되었을 때

arrested-title = 경찰에 체포되었을 때
arrested-summary = 지역 경찰이나 셰리프국 경관이 당신을 체포합니다.

arrested-ask-for-lawyer-do = 변호사를 요청하십시오. 변호사와 이야기하기 전에는 아무것도 결정하지 마십시오.
arrested-ask-for-lawyer-say = 변호사와 이야기하고 싶습니다.
arrested-ask-for-lawyer-why = 당신이 한 말은 형사 법원과 이민 법원에서 당신에게 불리하게 쓰일 수 있습니다.

arrested-phone-calls-do = 전화를 걸게 해 달라고 요구하십시오. 캘리포니아에서는 연결되는 전화를 최소 3통 걸 수 있습니다. 이 전화는 구치소 등록 절차(booking) 직후, 그리고 체포 후 늦어도 3시간 안에 걸 수 있어야 합니다. 물리적으로 불가능한 경우는 예외입니다.
arrested-phone-calls-say = 제게 주어진 전화를 걸고 싶습니다.
arrested-phone-calls-why = 캘리포니아 형법(California Penal Code) 851.5조가 이 전화를 보장합니다. 같은 지역 안의 통화는 무료입니다. 일부러 이 전화를 못 걸게 하는 경찰관은 법을 어기는 것입니다.

arrested-whom-to-call-do = 전화로 변호사나 국선 변호인, 보석 보증 업자(bail bond agent), 그리고 가족이나 다른 사람에게 연락하십시오.
arrested-whom-to-call-why = 경찰은 당신이 변호사와 하는 통화를 엿듣거나 녹음할 수 없습니다. 휴대폰을 가지고 있지 못할 수도 있으니, 필요해지기 전에 변호사와 믿을 만한 사람의 전화번호를 외워 두십시오.

arrested-child-care-calls-do = 아이의 양육권이 있는 부모라면 그렇다고 말하십시오. 아이를 돌볼 사람을 마련하기 위해 무료 전화 2통을 더 요청하십시오.
arrested-child-care-calls-say = 저는 부모입니다. 아이를 돌볼 사람을 마련하려면 추가로 주어지는 전화가 필요합니다.
arrested-child-care-calls-why = 캘리포니아 법은 아이의 양육권이 있는 부모에게 아이를 돌볼 사람을 마련하기 위한 추가 무료 전화 2통을 보장합니다.

arrested-tell-your-needs-do = 당신이 아이의 부모이거나 주 양육자라면 경찰관에게 말하십시오. 의료상 필요한 것이 있으면 그것도 말하십시오.
arrested-tell-your-needs-why = 이런 사실은 말해도 됩니다. 아이가 보살핌을 받고 당신의 건강 문제가 알려지도록 하는 데 도움이 될 수 있습니다.

arrested-dont-resist = 체포가 부당하다고 생각하더라도 경찰에게서 도망치거나 몸으로 맞서지 마십시오.
arrested-dont-answer-status-questions = 어디에서 태어났는지, 이민 신분이 무엇인지, 어떻게 미국에 왔는지에 관한 질문에 답하지 마십시오. 일반적으로 캘리포니아 경찰은 이민 단속을 돕기 위해 당신의 신분을 물을 수 없습니다.

## 지역 구치소에 있을 때

in-jail-title = 지역 구치소에 있을 때
in-jail-summary = 당신은 시 또는 카운티 구치소에 있고, ICE가 당신과 이야기하거나 당신을 데려가려고 할 수 있습니다.

in-jail-consent-form-do = 지역 구치소에서 ICE가 당신을 면담하기 전에, 구치소는 당신에게 서면 안내문을 주어야 합니다. 읽어 보십시오. 이해가 안 되면 통역사가 필요하다고 말하십시오.
in-jail-consent-form-why = 캘리포니아의 TRUTH Act가 이 안내문을 요구합니다. 안내문에는 면담의 목적, 면담이 자발적이라는 것, 그리고 거절하거나 변호사가 함께 있게 할 수 있다는 것이 설명되어 있어야 합니다. 안내문은 영어, 스페인어, 중국어, 타갈로그어, 베트남어, 한국어로 나오며, 일부 카운티에서는 다른 언어로도 나옵니다.

in-jail-refuse-interview-do = ICE 면담을 거절할 수 있습니다. 또는 변호사가 함께 있을 때만 이야기하겠다고 말할 수 있습니다.
in-jail-refuse-interview-say = 저는 변호사가 함께 있지 않으면 ICE 면담에 동의하지 않습니다.
in-jail-refuse-interview-why = 면담은 자발적입니다. ICE에게 한 말은 이민 법원에서 당신에게 불리하게 쓰일 수 있습니다.

in-jail-ask-for-copy-do = 구치소가 당신에 관해 ICE 구금 요청, 통보 요청 또는 이송 요청을 받았는지 물어보십시오. 받았다면 사본을 달라고 하십시오. 구치소가 ICE의 요청대로 할 것인지 물어보십시오.
in-jail-ask-for-copy-say = ICE가 저에 관해 구금 요청이나 다른 요청을 보냈습니까? 사본을 주십시오.
in-jail-ask-for-copy-why = TRUTH Act에 따르면 구치소는 그런 요청의 사본을 당신에게 주어야 하고, 그 요청에 따를 계획인지 알려 주어야 합니다. 구치소가 당신의 석방 날짜를 ICE에 알리면, 그 사실을 당신에게 서면으로 알리고, 당신의 변호사나 당신이 고른 다른 한 사람에게도 알려야 합니다.

in-jail-hold-is-a-request-do = ICE 구금 요청은 ICE의 요청이라는 것을 알아 두십시오. 판사의 명령이 아닙니다.
in-jail-hold-is-a-request-why = 캘리포니아의 SB 54에 따라, 지역 구치소는 ICE가 요청했다는 이유로 석방 시간이 지난 뒤에도 당신을 붙잡아 둘 수 없습니다. 그러나 일부 중대하거나 폭력적인 중범죄(felony) 같은 특정한 중대 범죄로 유죄 판결을 받았다면, 구치소는 당신의 석방 시기를 ICE에 알리거나 당신을 ICE에 넘길 수 있습니다. 판사가 서명한 영장이 있는 경우에도 당신을 넘길 수 있습니다. 이 법들은 ICE 요원이 아니라 지역 경찰과 구치소를 제한합니다.

in-jail-state-prison-do = 시나 카운티 구치소가 아니라 주 교도소에 있다면 규칙이 다릅니다. SB 54는 주 교도소에는 적용되지 않습니다.
in-jail-state-prison-why = 주 교도소는 출소하는 사람에 대해 여전히 ICE에 알리고, 그 사람을 ICE에 넘기도록 준비할 수 있습니다. 그러나 주 교도소도 ICE 면담 전에 당신에게 안내문을 주어야 하고, 당신에 관한 ICE 요청의 사본을 주어야 합니다.

in-jail-dont-think-you-must-talk = 지역 구치소에서 ICE와 반드시 이야기해야 한다고 생각하지 마십시오. 면담에 응할지는 당신이 선택합니다.

## ICE에 구금되었을 때

ice-detention-title = ICE에 구금되었을 때
ice-detention-summary = 당신은 ICE(이민세관단속국)에 의해 이민 구금 중입니다.

ice-detention-free-legal-help-do = 변호사가 없다면 관리들에게 무료(pro bono) 법률 서비스 목록을 달라고 하십시오.
ice-detention-free-legal-help-say = 저는 변호사가 없습니다. 무료 법률 서비스 목록을 주십시오.
ice-detention-free-legal-help-why = 이민 사건에서는 보통 정부가 변호사 비용을 내 주지 않습니다. 목록에 있는 단체들은 무료로 법률 지원을 합니다.

ice-detention-consulate-do = 자국 영사관에 연락하게 해 달라고 요청하거나, 당신이 구금되어 있다는 사실을 영사관에 알려 달라고 관리에게 요청할 수 있습니다.
ice-detention-consulate-say = 제 나라 영사관에 연락하고 싶습니다.
ice-detention-consulate-why = ICE에 구금되어 있을 때 이것을 요청할 수 있습니다. 요청할지는 당신이 선택합니다.

ice-detention-careful-on-the-phone-do = 구금 시설의 전화로는 당신의 이민 신분이나 출생지에 대해 이야기하지 마십시오.
ice-detention-careful-on-the-phone-why = 구금 시설의 전화 통화는 다른 사람이 들을 수 있습니다.

ice-detention-family-can-find-you-do = 가족은 ICE의 온라인 구금자 찾기(Online Detainee Locator)라는 웹사이트(이 단계와 함께 있는 링크)로 당신을 찾을 수 있습니다. 18세 이상인 사람을 찾아 줍니다.
ice-detention-family-can-find-you-why = 찾으려면 당신의 A-번호(A-number)와 출생 국가, 또는 당신의 이름과 출생 국가가 필요합니다. 이름은 ICE 기록과 정확히 일치해야 합니다.

ice-detention-a-number-do = A-번호(A-number)가 있다면 가족이 그 번호를 알고 있는지 확인하십시오.
ice-detention-a-number-why = 이민 법원에는 당신의 사건 정보를 알려 주는 자동 응답 전화가 있으며, 그 전화는 A-번호를 묻습니다. 그 전화는 정부가 운영합니다. 당신 편에서 돕는 곳이 아닙니다.

ice-detention-dont-decide-alone = 변호사와 이야기하기 전에 자진 출국(voluntary departure)에 동의하거나, 당신의 사건에 관해 다른 어떤 결정도 하지 마십시오.

# 훈련 퀴즈: 질문마다 한 블록, 그 뒤에 선택지와 이유. 각 질문은
# 해당 상황의 한 단계를 확인합니다(content/quiz/<topic>.toml).

## 집 문 앞에 요원이 왔을 때

quiz-at-home-door = 이민 단속 요원이 집 문을 두드립니다. 어떻게 해야 합니까?
quiz-at-home-door-a = 이야기하려고 문을 조금 엽니다.
quiz-at-home-door-b = 문을 닫아 두고, 문을 사이에 두고 이야기합니다.
quiz-at-home-door-c = 밖으로 나가서 그들과 이야기합니다.
quiz-at-home-door-why = 문을 닫아 두고, 문을 사이에 두고 이야기하십시오. 누구인지, 왜 왔는지 물어보십시오. 문을 연다고 해서 그들에게 들어와도 된다고 허락하는 것은 아니지만, 닫힌 문을 사이에 두고 이야기하는 것이 더 안전합니다.

quiz-at-home-open = 요원들이 문을 열라고 합니다. 문을 열기 전에 그들이 무엇을 보여 주어야 합니까?
quiz-at-home-open-a = 창문으로 보여 주는 배지.
quiz-at-home-open-b = "warrant(영장)"라고 적힌 서류라면 아무것이나.
quiz-at-home-open-c = 이 집에 맞는, 판사가 서명한 영장.
quiz-at-home-open-why = 그들이 문 밑이나 창문으로, 이 집에 맞는 판사가 서명한 영장을 보여 주지 않는 한 문을 열지 마십시오. 이 집에 맞는 영장이란 이 주소에 대한 수색 영장, 또는 이 집에 사는 사람에 대한 체포 영장입니다.

quiz-at-home-silent = 요원들이 어디에서 태어났는지 묻습니다. 대답해야 합니까?
quiz-at-home-silent-a = 아니요. 묵비권을 행사할 수 있습니다.
quiz-at-home-silent-b = 예. 모든 질문에 대답해야 합니다.
quiz-at-home-silent-c = 아니요. 하지만 이민 신분은 말해야 합니다.
quiz-at-home-silent-why = 미국 수정헌법 다섯 번째 조항(Fifth Amendment)에 따라 질문에 답하지 않을 수 있습니다. 어디에서 태어났는지, 이민 신분이 무엇인지, 어떻게 이 나라에 왔는지 말하지 않아도 됩니다. 묵비권을 행사하기로 했다면 소리 내어 그렇게 말하십시오.

quiz-at-home-forced = 요원들이 집에 강제로 들어옵니다. 어떻게 해야 합니까?
quiz-at-home-forced-a = 들어오지 못하게 막습니다.
quiz-at-home-forced-b = 몸으로 맞서지 않습니다. 들어오는 것에도, 수색에도 동의하지 않는다고 말합니다.
quiz-at-home-forced-c = 빨리 떠나도록 그들의 질문에 대답합니다.
quiz-at-home-forced-why = 몸으로 맞서거나 막지 마십시오: 몸으로 맞서면 당신과 가족이 위험해질 수 있습니다. 그래도 말로는 거부할 수 있습니다. 들어오는 것에도, 수색에도 동의하지 않는다고 말하고, 묵비권을 행사하고 변호사를 요청하십시오.

## 영장 확인

quiz-warrant-check-say-warrant = 요원들이 문 너머로 영장이 있다고 말합니다. 어떻게 해야 합니까?
quiz-warrant-check-say-warrant-a = 그렇게 말했으니 문을 엽니다.
quiz-warrant-check-say-warrant-b = 문을 열지 않습니다. 먼저 서류를 봅니다.
quiz-warrant-check-say-warrant-c = 경찰이라고 하면 문을 엽니다.
quiz-warrant-check-say-warrant-why = 요원들이 영장이 있다고 말한다는 이유만으로 문을 열지 마십시오. 요원들은 영장이 없으면서 있다고 말하거나, 자신을 경찰이라고 말하는 경우가 있습니다. 먼저 서류를 보십시오.

quiz-warrant-check-judge = 서류가 판사가 발부한 영장인지 어떻게 알 수 있습니까?
quiz-warrant-check-judge-a = 법원에서 나온 것이고, 판사가 서명했습니다.
quiz-warrant-check-judge-b = ICE 관리가 서명했습니다.
quiz-warrant-check-judge-c = 요원이 영장이라고 말해 줍니다.
quiz-warrant-check-judge-why = 누가 서류에 서명했는지 보십시오. 판사가 발부한 영장은 U.S. District Court(연방 지방법원)나 California Superior Court(캘리포니아 주 법원) 같은 법원에서 나옵니다. 판사가 서명합니다.

quiz-warrant-check-ice-form = 서류가 ICE의 Form I-205입니다. 판사가 서명한 영장입니까?
quiz-warrant-check-ice-form-a = 예. 영장 양식은 모두 판사에게서 나옵니다.
quiz-warrant-check-ice-form-b = 예, ICE 관리가 서명했다면 그렇습니다.
quiz-warrant-check-ice-form-c = 아니요. 판사가 아니라 ICE 관리가 서명합니다.
quiz-warrant-check-ice-form-why = Form I-200이나 Form I-205 같은 ICE 양식은 판사가 아니라 ICE 관리가 서명합니다. 이민자 권익 단체들은 이 양식으로는 요원들이 당신의 허락 없이 집에 들어올 수 없다고 말하지만, 2025년부터 ICE는 최종 추방 명령을 받은 사람을 체포하기 위해 Form I-205를 가지고 요원들이 강제로 들어갈 수 있다고 주장하며, 이 주장에 대한 이의 제기 소송을 법원이 심리하고 있습니다. 요원들이 강제로 들어오면 몸으로 맞서거나 막지 마십시오.

quiz-warrant-check-wrong-person = 판사가 체포 영장에 서명했지만, 영장에는 당신의 집에 사는 사람 누구의 이름도 없습니다. 문을 열어야 합니까?
quiz-warrant-check-wrong-person-a = 예. 판사가 서명한 영장이라면 어떤 것이든 그들이 들어올 수 있습니다.
quiz-warrant-check-wrong-person-b = 아니요. 문을 열지 않아도 됩니다.
quiz-warrant-check-wrong-person-c = 예. 그들이 영장을 문 밑으로 넣어 주면 열어야 합니다.
quiz-warrant-check-wrong-person-why = 체포 영장이 있어도 경찰관이나 요원은 영장에 이름이 적힌 사람을 찾으려고 다른 사람의 집에 들어갈 수 없습니다. 그러려면 수색 영장이 필요합니다. 체포 영장에 이 집에 사는 사람의 이름이 없다면 문을 열지 않아도 됩니다.

## 길이나 공공장소에서 멈춰 세워졌을 때

quiz-in-public-free-to-go = 길에서 요원에게 가도 되는지 물었더니, 된다고 합니다. 어떻게 할 수 있습니까?
quiz-in-public-free-to-go-a = 남아서 그들의 질문에 대답해야 합니다.
quiz-in-public-free-to-go-b = 침착하게 떠납니다.
quiz-in-public-free-to-go-c = 빨리 도망칩니다.
quiz-in-public-free-to-go-why = 된다고 하면 침착하게 떠나십시오. 붙잡혀 있는 상태가 아니라면 그 자리에 남아서 질문에 답할 필요가 없습니다. 안 된다고 하면 묵비권을 행사하고 변호사를 요청하십시오.

quiz-in-public-search = 길에서 경찰관이나 요원이 당신의 가방을 수색하려고 합니다. 어떻게 할 수 있습니까?
quiz-in-public-search-a = "저는 수색에 동의하지 않습니다"라고 말합니다.
quiz-in-public-search-b = 가방을 꽉 붙잡고 몸으로 맞섭니다.
quiz-in-public-search-c = 아무것도 할 수 없습니다. 거부할 수 없습니다.
quiz-in-public-search-why = 당신에게는 주머니나 가방 수색을 거부할 권리가 있습니다. 그래도 경찰관이나 요원은 무기가 있는지 확인하려고 옷 위를 두드려 볼 수 있습니다. 그들이 끝내 수색하더라도 몸으로 맞서지 마십시오.

quiz-in-public-green-card = 유효한 영주권(그린카드)이 있습니다. 외출할 때 어떻게 해야 합니까?
quiz-in-public-green-card-a = 안전하게 두려고 집에 놓고 나갑니다.
quiz-in-public-green-card-b = 지니고 다니지만, 이민 단속 요원이 요구해도 보여 주지 않습니다.
quiz-in-public-green-card-c = 지니고 다니고, 이민 단속 요원이 요구하면 보여 줍니다.
quiz-in-public-green-card-why = 연방법에 따르면 이러한 서류를 발급받은 성인은 그것을 지니고 다녀야 하며, 이민 단속 요원이 요구하면 보여 주어야 합니다. 지니고 다니지 않는 것은 연방 경범죄(misdemeanor)입니다.

quiz-in-public-coffee = 요원들이 사무실로 오라고 하거나 "커피 한잔하며 만나자"고 합니다. 어떻게 해야 합니까?
quiz-in-public-coffee-a = 숨길 것이 없다는 것을 보여 주려고 갑니다.
quiz-in-public-coffee-b = 가지 않습니다. 속임수일 수 있습니다.
quiz-in-public-coffee-c = 친절해 보이면 갑니다.
quiz-in-public-coffee-why = 요원들을 따라 사무실에 가거나 "커피 한잔하며 만나자"는 제안에 응하지 마십시오. 속임수일 수 있습니다.

## 차를 타고 가다 멈춰 세워졌을 때

quiz-traffic-stop-pull-over = 경찰이 차를 세우라고 신호합니다. 어떻게 해야 합니까?
quiz-traffic-stop-pull-over-a = 바로 떠날 수 있도록 시동을 켜 둡니다.
quiz-traffic-stop-pull-over-b = 안전한 곳에 차를 세우고, 시동을 끄고, 손을 핸들 위에 둡니다.
quiz-traffic-stop-pull-over-c = 곧바로 좌석 밑으로 손을 뻗어 서류를 찾습니다.
quiz-traffic-stop-pull-over-why = 안전한 곳에 차를 세우고, 시동을 끄고, 차 안의 실내등을 켜고, 손은 경찰관이 볼 수 있도록 핸들 위에 두십시오. 이렇게 하면 경찰관에게 당신이 위험하지 않다는 것을 보여 주고, 모두가 더 안전해집니다.

quiz-traffic-stop-who-silent = 경찰이 당신의 차를 멈춰 세웁니다. 누가 묵비권을 행사할 수 있습니까?
quiz-traffic-stop-who-silent-a = 운전자만.
quiz-traffic-stop-who-silent-b = 동승자만.
quiz-traffic-stop-who-silent-c = 운전자와 모든 동승자.
quiz-traffic-stop-who-silent-why = 운전자와 동승자 모두 묵비권을 행사할 수 있습니다. 그렇게 하기로 했다면 소리 내어 그렇게 말하십시오. 당신이 한 말은 법정에서 당신에게 불리하게 쓰일 수 있습니다.

quiz-traffic-stop-car-search = 경찰관이 당신의 차를 수색해도 되는지 묻습니다. 무엇이라고 말할 수 있습니까?
quiz-traffic-stop-car-search-a = 저는 제 차를 수색하는 것에 동의하지 않습니다.
quiz-traffic-stop-car-search-b = 그렇게 하세요. 저는 숨길 것이 없습니다.
quiz-traffic-stop-car-search-c = 끝나고 저를 보내 주신다면 수색하셔도 됩니다.
quiz-traffic-stop-car-search-why = 차량 수색에 동의하지 마십시오. 경찰은 범죄의 증거가 있다고 믿으면 당신의 허락 없이도 수색할 수 있습니다. 그래도 수색하면 몸으로 맞서지 마십시오: 몸으로 맞서면 위험해질 수 있습니다.

quiz-traffic-stop-passenger = 당신은 동승자입니다. 가도 되는지 물었더니 경찰관이 된다고 합니다. 어떻게 할 수 있습니까?
quiz-traffic-stop-passenger-a = 남아서 질문에 대답해야 합니다.
quiz-traffic-stop-passenger-b = 침착하게 떠납니다.
quiz-traffic-stop-passenger-c = 차에서 도망칩니다.
quiz-traffic-stop-passenger-why = 동승자라면 가도 되는지 물어보십시오. 된다고 하면 침착하게 떠나십시오. 붙잡혀 있는 상태가 아니라면 그 자리에 남아서 질문에 답할 필요가 없습니다.

## 직장에 요원이 왔을 때

quiz-at-work-areas = 직장에서 ICE가 허락을 구하지 않고 들어갈 수 있는 곳은 어디입니까?
quiz-at-work-areas-a = 로비나 주차장 같은 공개된 구역.
quiz-at-work-areas-b = 주방이나 사무실.
quiz-at-work-areas-c = 직원 전용 공간까지, 어떤 공간이든.
quiz-at-work-areas-why = ICE는 식당 홀, 로비, 주차장처럼 사업장의 공개된 구역에는 허락을 구하지 않고 들어갈 수 있습니다. 주방, 사무실, 직원 전용 공간처럼 공개되지 않은 구역에 들어가려면 고용주의 허락이나 판사가 서명한 영장이 필요합니다. 요원들이 공개된 구역에 있다는 것만으로 누군가를 붙잡거나, 심문하거나, 체포할 수 있는 것은 아닙니다.

quiz-at-work-free-to-leave = 직장에서 요원에게 일하러 돌아가도 되는지 물었더니, 된다고 합니다. 어떻게 할 수 있습니까?
quiz-at-work-free-to-leave-a = 먼저 남아서 질문에 대답해야 합니다.
quiz-at-work-free-to-leave-b = 뒷문으로 도망칩니다.
quiz-at-work-free-to-leave-c = 이야기하고 싶지 않다고 말한 다음, 침착하게 일하러 돌아갑니다.
quiz-at-work-free-to-leave-why = 된다고 하면 이야기하고 싶지 않다고 말하십시오. 그런 다음 일하러 돌아가거나 침착하게 떠나십시오. 붙잡혀 있는 상태가 아니라면 그 자리에 남아서 질문에 답할 필요가 없습니다.

quiz-at-work-groups = 요원들이 직원들에게 이민 신분별로 무리를 나누라고 합니다. 어떻게 할 수 있습니까?
quiz-at-work-groups-a = 자기 신분에 맞는 무리로 옮겨 가야 합니다.
quiz-at-work-groups-b = 있던 자리에 그대로 있습니다.
quiz-at-work-groups-c = 한 무리로 옮겨 갑니다. 그렇게 해도 그들에게 아무것도 알려 주는 것이 아니기 때문입니다.
quiz-at-work-groups-why = 있던 자리에 그대로 있어도 됩니다. 그런 무리 중 하나로 옮겨 가는 것은 당신의 신분을 그들에게 알리는 것과 같으며, 당신의 신분을 그들에게 말하지 않아도 됩니다.

quiz-at-work-search = 직장에 온 요원들이 수색을 하려고 합니다. 무엇이라고 말할 수 있습니까?
quiz-at-work-search-a = 저는 수색에 동의하지 않습니다.
quiz-at-work-search-b = 그렇게 하세요. 저는 숨길 것이 없습니다.
quiz-at-work-search-c = 저에게 질문하지 않으신다면 수색하셔도 됩니다.
quiz-at-work-search-why = 수색에 동의하지 마십시오. 소리 내어 이렇게 말할 수 있습니다: 저는 수색에 동의하지 않습니다.

## 경찰에 체포되었을 때

quiz-arrested-used-against = 체포된 뒤, 당신이 한 말은 어디에서 당신에게 불리하게 쓰일 수 있습니까?
quiz-arrested-used-against-a = 형사 법원에서만
quiz-arrested-used-against-b = 지역 경찰이므로 어디에서도 쓰이지 않습니다
quiz-arrested-used-against-c = 형사 법원과 이민 법원에서
quiz-arrested-used-against-why = 당신이 한 말은 형사 법원과 이민 법원에서 당신에게 불리하게 쓰일 수 있습니다. 그러니 변호사를 요청하고, 변호사와 이야기하기 전에는 아무것도 결정하지 마십시오.

quiz-arrested-caregiver = 당신은 체포되었고, 아이의 주 양육자입니다. 어떻게 할 수 있습니까?
quiz-arrested-caregiver-a = 경찰관에게 아이에 대해 말합니다
quiz-arrested-caregiver-b = 경찰관에게 숨깁니다
quiz-arrested-caregiver-c = 풀려날 때까지 기다렸다가 말을 꺼냅니다
quiz-arrested-caregiver-why = 당신이 아이의 부모이거나 주 양육자라는 것, 그리고 의료상 필요한 것이 있으면 그것도 경찰관에게 말할 수 있습니다. 아이가 보살핌을 받고 당신의 건강 문제가 알려지도록 하는 데 도움이 될 수 있습니다.

quiz-arrested-wrong-arrest = 경찰이 실수로 당신을 체포하고 있다고 생각합니다. 어떻게 해야 합니까?
quiz-arrested-wrong-arrest-a = 기회가 생기면 도망칩니다
quiz-arrested-wrong-arrest-b = 부당하다고 생각하더라도 도망치거나 몸으로 맞서지 않습니다
quiz-arrested-wrong-arrest-c = 풀어 주도록 몸으로 맞섭니다
quiz-arrested-wrong-arrest-why = 체포가 부당하다고 생각하더라도 경찰에게서 도망치거나 몸으로 맞서지 마십시오.

quiz-arrested-calls = 캘리포니아에서는 체포된 뒤 전화를 몇 통 걸 수 있습니까?
quiz-arrested-calls-a = 연결되는 전화 최소 3통
quiz-arrested-calls-b = 1통만
quiz-arrested-calls-c = 판사를 만날 때까지 한 통도 없음
quiz-arrested-calls-why = 캘리포니아 형법(California Penal Code) 851.5조에 따라 연결되는 전화를 최소 3통 걸 수 있습니다. 이 전화는 구치소 등록 절차(booking) 직후, 그리고 체포 후 늦어도 3시간 안에 걸 수 있어야 합니다. 물리적으로 불가능한 경우는 예외입니다.

## 지역 구치소에 있을 때

quiz-in-jail-silent = 붙잡혀 있는 동안 어디에서 태어났느냐는 질문을 받습니다. 대답해야 합니까?
quiz-in-jail-silent-a = 예. 구치소에 있기 때문입니다
quiz-in-jail-silent-b = 아니요. 묵비권을 행사할 수 있고, 소리 내어 그렇게 말합니다
quiz-in-jail-silent-c = 예. 경찰관이 묻는다면 그렇습니다
quiz-in-jail-silent-why = 미국 수정헌법 다섯 번째 조항(Fifth Amendment)에 따라 질문에 답하지 않을 수 있습니다. 어디에서 태어났는지 말하지 않아도 됩니다. 묵비권을 행사하기로 했다면 소리 내어 그렇게 말하십시오.

quiz-in-jail-sign = 구치소에서 "자진 출국(voluntary departure)" 서류를 받았습니다. 어떻게 해야 합니까?
quiz-in-jail-sign-a = 빨리 나가려고 서명합니다
quiz-in-jail-sign-b = 경찰관이 서명하라고 하면 서명합니다
quiz-in-jail-sign-c = 변호사와 이야기하기 전에는 서명하지 않습니다
quiz-in-jail-sign-why = 변호사와 이야기하기 전에는 아무것도, 특히 "자진 출국(voluntary departure)" 서류에 서명하지 마십시오.

quiz-in-jail-citizen = 당신은 미국 시민이 아닙니다. 경찰관이 미국 시민이냐고 묻습니다. 무엇이 옳습니까?
quiz-in-jail-citizen-a = 미국 시민이라고 말하지 않습니다
quiz-in-jail-citizen-b = 만일을 위해 시민이라고 말합니다
quiz-in-jail-citizen-c = 가짜 서류가 있으면 보여 줍니다
quiz-in-jail-citizen-why = 거짓말하지 마십시오. 미국 시민이 아니라면 미국 시민이라고 말하지 말고, 가짜 서류를 보여 주지 마십시오.

quiz-in-jail-interview = 캘리포니아의 시 또는 카운티 구치소에서 ICE가 당신을 면담하려고 합니다. 어떻게 할 수 있습니까?
quiz-in-jail-interview-a = 구치소에 있으니 ICE와 이야기합니다
quiz-in-jail-interview-b = 거절하거나, 변호사가 함께 있을 때만 이야기합니다
quiz-in-jail-interview-c = 아무것도 할 수 없습니다. 구치소가 대신 결정합니다
quiz-in-jail-interview-why = 면담은 자발적입니다. 거절하거나, 변호사가 함께 있을 때만 이야기하겠다고 말할 수 있습니다. ICE에게 한 말은 이민 법원에서 당신에게 불리하게 쓰일 수 있습니다.

## ICE에 구금되었을 때

quiz-ice-detention-free-help = ICE가 당신을 구금하고 있고, 당신에게는 변호사가 없습니다. 관리들에게 무엇을 달라고 할 수 있습니까?
quiz-ice-detention-free-help-a = 아무것도 없습니다. 혼자 변호사를 찾아야 합니다
quiz-ice-detention-free-help-b = 법원 날짜까지는 아무것도 없습니다
quiz-ice-detention-free-help-c = 무료(pro bono) 법률 서비스 목록
quiz-ice-detention-free-help-why = 변호사가 없다면 관리들에게 무료 법률 서비스 목록을 달라고 하십시오. 이민 사건에서는 보통 정부가 변호사 비용을 내 주지 않습니다. 목록에 있는 단체들은 무료로 법률 지원을 합니다.

quiz-ice-detention-phone = 구금 시설의 전화로는 무엇에 대해 이야기하지 말아야 합니까?
quiz-ice-detention-phone-a = 당신의 이민 신분이나 출생지
quiz-ice-detention-phone-b = 없습니다. 이 통화는 비밀이 지켜지기 때문입니다
quiz-ice-detention-phone-c = 모국어로 말한다면 없습니다
quiz-ice-detention-phone-why = 구금 시설의 전화 통화는 다른 사람이 들을 수 있습니다. 그러니 그 전화로는 당신의 이민 신분이나 출생지에 대해 이야기하지 마십시오.

quiz-ice-detention-locator = 가족이 ICE의 온라인 구금자 찾기(Online Detainee Locator)로 당신을 찾으려면 무엇이 필요합니까?
quiz-ice-detention-locator-a = 당신의 이름(first name)만
quiz-ice-detention-locator-b = 당신의 A-번호나 정확한 이름, 그리고 출생 국가
quiz-ice-detention-locator-c = 출생 국가만
quiz-ice-detention-locator-why = 당신의 A-번호와 출생 국가, 또는 당신의 이름과 출생 국가가 필요합니다. 이름은 ICE 기록과 정확히 일치해야 합니다. 구금자 찾기는 18세 이상인 사람을 찾아 줍니다.

quiz-ice-detention-departure = ICE가 자진 출국(voluntary departure)을 제안합니다. 먼저 무엇을 해야 합니까?
quiz-ice-detention-departure-a = 끝내 버리려고 바로 동의합니다
quiz-ice-detention-departure-b = 관리가 대신 결정하게 합니다
quiz-ice-detention-departure-c = 동의하기 전에 변호사와 이야기합니다
quiz-ice-detention-departure-why = 변호사와 이야기하기 전에 자진 출국에 동의하거나, 당신의 사건에 관해 다른 어떤 결정도 하지 마십시오.

## 법원에 갈 때

quiz-in-court-case-line = 이민 법원의 자동 응답 사건 안내 전화에 대해 맞는 것은 무엇입니까?
quiz-in-court-case-line-a = 당신 편인 이민자 권익 단체가 운영합니다
quiz-in-court-case-line-b = A-번호가 필요하고, 정부가 운영합니다
quiz-in-court-case-line-c = A-번호 없이도 쓸 수 있습니다
quiz-in-court-case-line-why = 사건에 관한 정보를 얻으려면 그 사람의 A-번호(A-number)를 준비하십시오. 자동 응답 전화에는 A-번호가 필요합니다. 이 전화는 이민자 권익 단체가 아니라 정부가 운영합니다.

quiz-in-court-lawyer = 이민 법원에 사건이 있습니다. 변호사와 관련해 무엇을 할 수 있습니까?
quiz-in-court-lawyer-a = 변호사와 이야기하게 해 달라고 요청하고, 직접 변호사를 찾을 준비를 합니다
quiz-in-court-lawyer-b = 법원이 무료 변호사를 보내 줄 테니 기다립니다
quiz-in-court-lawyer-c = 변호사를 요청하면 안 되니 변호사 없이 갑니다
quiz-in-court-lawyer-why = 변호사와 이야기하게 해 달라고 요청할 수 있습니다. 이민 사건에서는 보통 정부가 변호사 비용을 내 주지 않으므로, 변호사를 직접 찾아야 할 수도 있습니다.

quiz-in-court-free-help = 이민 사건에 관한 무료 법률 지원은 어디에서 찾아볼 수 있습니까?
quiz-in-court-free-help-a = 법률 지원에는 돈이 드니 어디에도 없습니다
quiz-in-court-free-help-b = 사건이 끝난 뒤에만
quiz-in-court-free-help-c = 온라인 목록, 그리고 법원의 무료 법률 서비스 제공자 목록
quiz-in-court-free-help-why = 무료 및 저비용 법률 서비스를 모은 전국 규모의 목록 두 곳을 온라인으로 검색할 수 있습니다. 이민 법원에도 무료(pro bono) 법률 서비스 제공자 목록이 있습니다. 구금되어 있고 변호사가 없다면 관리들에게 그 목록을 달라고 하십시오.

quiz-in-court-state-case = 캘리포니아 주 법원에 형사 사건이 있습니다. 이민에 영향을 줄 수 있습니까?
quiz-in-court-state-case-a = 아니요. 주 법원은 이민과 아무 관계가 없습니다
quiz-in-court-state-case-b = 예. 어떤 결과는 신분에 해가 될 수 있으니 이민 변호사에게 물어보십시오
quiz-in-court-state-case-c = 법정에서 이민에 대해 이야기할 때만
quiz-in-court-state-case-why = 주 법원 사건이 이민과 아무 관계가 없다고 생각하지 마십시오. 형사 사건의 일부 결과는 신분에 해가 될 수 있습니다. 이민 변호사에게 물어보십시오.

## 학교나 병원에서

quiz-school-hospital-records = 요원들이 캘리포니아의 한 학교에 학생들에 관한 정보를 요청합니다. 요원들에게 먼저 무엇이 있어야 합니까?
quiz-school-hospital-records-a = 판사가 발부한 영장
quiz-school-hospital-records-b = ICE 관리가 서명한 서류
quiz-school-hospital-records-c = 아무것도 필요 없습니다. 요청만 하면 됩니다
quiz-school-hospital-records-why = AB 49에 따라, 요원에게 판사가 발부한 영장이 없는 한 학교는 학생, 가족 또는 교직원에 관한 정보를 요원에게 줄 수 없습니다. 판사가 아니라 ICE 관리가 서명한 서류는 판사가 서명한 영장이 아닙니다.

quiz-school-hospital-clinic-areas = 캘리포니아의 SB 81에 따라 진료소와 병원은 무엇을 해야 합니까?
quiz-school-hospital-clinic-areas-a = 요원이 요청하는 모든 구역에 들어가게 합니다
quiz-school-hospital-clinic-areas-b = 대기실에만 요원이 들어오지 못하게 합니다
quiz-school-hospital-clinic-areas-c = 판사가 서명한 영장이나 법원 명령이 없는 요원은 공개되지 않은 구역에 들어오지 못하게 합니다
quiz-school-hospital-clinic-areas-why = 진료소와 병원은 자기 시설 중 어느 구역이 일반인에게 공개되지 않는지 정해야 합니다. 요원에게 판사가 발부한 영장이나 법원 명령이 없는 한, 그 구역에 이민 단속 요원이 들어오지 못하게 해야 합니다.

quiz-school-hospital-emergency = 캘리포니아에서 응급 치료가 필요하지만, 이민 신분 때문에 두렵습니다. 어떻게 해야 합니까?
quiz-school-hospital-emergency-a = 서류가 생길 때까지 집에 있습니다
quiz-school-hospital-emergency-b = 필요한 응급 치료를 받습니다
quiz-school-hospital-emergency-c = 치료는 신분에 달려 있으니 받지 않습니다
quiz-school-hospital-emergency-why = 필요할 때는 응급 치료를 받으십시오. 캘리포니아 주 법무장관(Attorney General)은 이민 신분과 상관없이 응급 치료를 받을 수 있다고 말합니다.

quiz-school-hospital-with-warrant = 이 캘리포니아 법들은 모든 요원이 학교와 병원에 들어오지 못하게 막습니까?
quiz-school-hospital-with-warrant-a = 아니요. 판사가 서명한 영장이나 법원 명령이 있는 요원은 여전히 들어올 수 있습니다
quiz-school-hospital-with-warrant-b = 예. 요원은 절대 들어올 수 없습니다
quiz-school-hospital-with-warrant-c = 예. 요원이 제복을 입은 경우만 빼고 그렇습니다
quiz-school-hospital-with-warrant-why = 이 법들만으로 요원들을 막을 수 있다고 믿지 마십시오. 판사가 서명한 영장이나 법원 명령이 있는 요원은 여전히 들어올 수 있습니다.

## 국경 근처에서

quiz-border-zone-checkpoint = 국경순찰대(Border Patrol) 검문소에서 요원들이 질문합니다. 어떻게 할 수 있습니까?
quiz-border-zone-checkpoint-a = 국경 근처이므로 대답해야 합니다
quiz-border-zone-checkpoint-b = 침착하게, 손을 보이는 곳에 둡니다. 묵비권을 행사할 수 있습니다
quiz-border-zone-checkpoint-c = 손을 숨기고 요원들과 언쟁합니다
quiz-border-zone-checkpoint-why = 국경순찰대 검문소에서도 헌법은 여전히 적용되며, 질문에 답하지 않을 권리도 포함됩니다. 침착하게 행동하고, 손을 요원들이 볼 수 있는 곳에 두십시오. 묵비권을 행사하기로 했다면 소리 내어 그렇게 말하십시오.

quiz-border-zone-car-search = 국경순찰대 요원들이 당신의 차를 수색하려고 합니다. 어떻게 해야 합니까?
quiz-border-zone-car-search-a = "저는 제 차를 수색하는 것에 동의하지 않습니다"라고 말하고, 그래도 수색하면 몸으로 맞서지 않습니다
quiz-border-zone-car-search-b = 국경 근처에서는 권리가 없으니 수색에 동의합니다
quiz-border-zone-car-search-c = 수색하지 못하게 차 문을 막습니다
quiz-border-zone-car-search-why = 차량 수색에 동의하지 마십시오. 100마일 구역 안에서 국경순찰대가 차를 수색하려면 영장이나 상당한 이유(probable cause)가 있어야 합니다. 그래도 수색하면 몸으로 맞서지 마십시오.

quiz-border-zone-port-search = 공항으로 입국합니다. 관리들이 영장 없이 당신의 가방을 수색할 수 있습니까?
quiz-border-zone-port-search-a = 아니요. 먼저 영장이 있어야 합니다
quiz-border-zone-port-search-b = 당신이 미국 시민이 아닐 때만
quiz-border-zone-port-search-c = 예. 그곳에서 일상적인 수색에는 영장도 이유도 필요 없습니다
quiz-border-zone-port-search-why = 공항, 육로 국경 통과 지점, 항구는 입국항(port of entry)입니다. 그곳에서는 미국 시민과 영주권자에 대해서도, 관리들이 일상적인 수색을 하는 데 영장이나 이유가 필요하지 않습니다. 국경 관련 규칙은 복잡합니다: 걱정된다면 여행하기 전에 변호사에게 물어보십시오.

quiz-border-zone-phone-password = 입국항에서 관리가 휴대폰 비밀번호를 요구합니다. 맞는 것은 무엇입니까?
quiz-border-zone-phone-password-a = 알려 주어야 합니다. 그렇지 않으면 법을 어기는 것입니다
quiz-border-zone-phone-password-b = 알려 주지 않아도 되지만, 거부해도 수색을 막지 못할 수 있습니다
quiz-border-zone-phone-password-c = 거부하면 관리들은 휴대폰을 바로 돌려주어야 합니다
quiz-border-zone-phone-password-why = 비밀번호를 알려 주지 않아도 되지만, 거부해도 수색을 막지 못할 수 있습니다. 기기 잠금을 풀지 않으면 관리들이 몇 주 동안 기기를 보관할 수 있습니다. 미국 시민이나 영주권자가 아닌 여행자는 입국을 거부당할 수 있습니다.

## 요원 촬영하기

quiz-recording-right = 공공장소에서 활동 중인 이민 단속 요원을 촬영할 수 있습니까?
quiz-recording-right-a = 아니요. 공공장소에서 요원을 촬영하는 것은 불법입니다
quiz-recording-right-b = 예. 원하는 만큼 가까이 서도 됩니다
quiz-recording-right-c = 예. 있어도 되는 곳에서, 안전한 거리를 두고 할 수 있습니다
quiz-recording-right-why = 연방 법원들은 사람들에게 공공장소에서 직무를 수행하는 경찰을 촬영할 수정헌법 첫 번째 조항(First Amendment)상의 권리가 있다고 말하며, 같은 원칙이 이민 단속 요원에게도 적용되고 있습니다. 있어도 되는 곳에 머무르고, 안전한 거리를 두고, 그들을 방해하지 마십시오.

quiz-recording-move-back = 촬영하는 동안 요원이 뒤로 물러나라고 명령합니다. 어떻게 해야 합니까?
quiz-recording-move-back-a = 뒤로 물러나서 더 멀리서 계속 촬영합니다
quiz-recording-move-back-b = 촬영할 권리가 있으니 그 자리에 그대로 있습니다
quiz-recording-move-back-c = 촬영 중이라는 것을 보여 주려고 더 가까이 다가갑니다
quiz-recording-move-back-why = 요원은 안전을 위해 합법적으로 뒤로 물러나라고 말할 수 있습니다. 거부하면 체포될 수 있습니다. 더 멀리서 계속 촬영할 수 있습니다.

quiz-recording-phone = 경찰관이나 요원이 휴대폰을 보여 달라고 하고, 영상을 지우라고 합니다. 어떻게 할 수 있습니까?
quiz-recording-phone-a = 잠금을 풀고 영상을 지워야 합니다
quiz-recording-phone-b = 거부할 수 있습니다: 잠금을 풀거나 영상을 지우지 않아도 됩니다
quiz-recording-phone-c = 그들이 휴대폰을 가져가면 지키려고 몸으로 맞섭니다
quiz-recording-phone-why = 저희 출처인 Electronic Frontier Foundation의 조언 요약에 따르면, 영장이 없으면 경찰관이나 요원은 당신의 휴대폰을 수색하거나, 영상을 지우게 하거나, 잠금을 풀게 해서는 안 됩니다. 그래도 휴대폰을 가져가면 몸으로 맞서지 마십시오. 이 점은 당신의 사건에 맞게 변호사의 확인이 필요합니다.

quiz-recording-camera = 카메라를 어디로 향해야 합니까?
quiz-recording-camera-a = 요원들에게
quiz-recording-camera-b = 요원들에게 붙잡힌 사람에게
quiz-recording-camera-c = 아무 곳이나. 상관없습니다.
quiz-recording-camera-why = 카메라를 붙잡힌 사람이 아니라 요원들에게 향하게 하십시오. 이렇게 하면 붙잡힌 사람의 사생활이 보호됩니다.

## 가족 계획 세우기

quiz-family-plan-numbers = 믿을 만한 사람과 변호사의 전화번호는 어떻게 간직해야 합니까?
quiz-family-plan-numbers-a = 휴대폰에만 저장합니다
quiz-family-plan-numbers-b = 외워 둡니다
quiz-family-plan-numbers-c = 필요 없습니다
quiz-family-plan-numbers-why = 이 번호들을 외워 두십시오. 구금되면 휴대폰을 가지고 있지 못할 수 있습니다.

quiz-family-plan-a-number = A-번호(A-number)가 있다면 어떻게 해야 합니까?
quiz-family-plan-a-number-a = 가족에게 숨깁니다
quiz-family-plan-a-number-b = 아무것도 하지 않습니다. 가족에게는 필요 없을 것입니다
quiz-family-plan-a-number-c = 알아 두고, 가족이 찾을 수 있는 곳에 적어 둡니다
quiz-family-plan-a-number-why = 당신이 성인이고 구금되면, 가족은 당신의 A-번호와 출생 국가로 ICE의 온라인 구금자 찾기(online detainee locator)에서 당신을 찾을 수 있습니다. 이민 법원의 사건 안내 전화도 A-번호를 묻습니다.

quiz-family-plan-pickup = 언젠가 당신이 아이들을 데리러 가지 못할 수도 있습니다. 지금 무엇을 해야 합니까?
quiz-family-plan-pickup-a = 아무것도 하지 않습니다. 누군가 어떻게 할지 알 것입니다.
quiz-family-plan-pickup-b = 누가 아이들을 데려갈 수 있는지 정하고, 적어 둡니다.
quiz-family-plan-pickup-c = 그런 일이 생길 때까지 기다렸다가 정합니다.
quiz-family-plan-pickup-why = 당신이 아이들을 데리러 갈 수 없을 때 누가 대신 데려갈 수 있는지 정하고, 그것을 적어 두십시오. 그러면 당신이 집에 돌아오지 못할 때 당신이 믿는 사람들이 무엇을 해야 할지 압니다.

quiz-family-plan-when = 가족 계획은 언제 세워야 합니까?
quiz-family-plan-when-a = 요원들이 문 앞에 왔을 때
quiz-family-plan-when-b = 동네에서 요원들이 보이기 시작하면
quiz-family-plan-when-c = 무슨 일이 생기기 전인 지금
quiz-family-plan-when-why = 요원들이 올 때까지 기다렸다가 계획을 세우지 마십시오. 무슨 일이 생기기 전에 가족이 미리 준비하게 하십시오.

quiz-family-plan-ct-guardian = 코네티컷주에서는 자녀의 대기 후견인(standby guardian)을 어떻게 지정할 수 있습니까?
quiz-family-plan-ct-guardian-a = 변호사와 법원을 통해서만
quiz-family-plan-ct-guardian-b = 주의 Family Preparedness Plan toolkit(가족 대비 계획 안내서)으로, 비용 없이
quiz-family-plan-ct-guardian-c = 주에 수수료를 내고
quiz-family-plan-ct-guardian-why = 코네티컷주는 당신이 구금되거나 추방될 경우를 대비해 대기 후견인을 지정할 수 있도록, 부모를 위한 Family Preparedness Plan toolkit(가족 대비 계획 안내서)을 만들었습니다. 변호사 없이, 법원에 가지 않고, 비용 없이 대기 후견인을 지정할 수 있습니다.

## 이민 사기

quiz-scams-who-advises = 이민에 관한 법률 조언은 누가 할 수 있습니까?
quiz-scams-who-advises-a = 면허가 있는 변호사, 또는 미국 법무부(U.S. Department of Justice)가 인가한 대리인
quiz-scams-who-advises-b = 노타리오(notario)라면 누구든
quiz-scams-who-advises-c = 이민 서류를 작성해 주는 사람이라면 누구든
quiz-scams-who-advises-why = 면허가 있는 변호사나 미국 법무부(U.S. Department of Justice)가 인가한 대리인만 이민 관련 법률 조언을 할 수 있습니다.

quiz-scams-consultant = 변호사가 아닌 컨설턴트가 도와주겠다고 합니다. 그 사람은 무엇을 할 수 있습니까?
quiz-scams-consultant-a = 당신의 사건에서 무엇을 해야 하는지 말해 줍니다
quiz-scams-consultant-b = 서류 작성과 번역만 합니다
quiz-scams-consultant-c = 돈을 더 내면 법률 조언을 해 줍니다
quiz-scams-consultant-why = 변호사가 아닌 컨설턴트는 서류 작성과 번역만 할 수 있습니다. 당신의 사건에서 무엇을 해야 하는지 말해 줄 수 없습니다. 누구에게든 돈을 내기 전에, 변호사인지 또는 인가받은 대리인인지 물어보십시오.

quiz-scams-text = 당신의 이민 신분에 문제가 있다는 문자를 받습니다. 어떻게 해야 합니까?
quiz-scams-text-a = 빨리 해결하려고 요구하는 돈을 냅니다
quiz-scams-text-b = 확인할 수 있도록 개인 정보를 보냅니다
quiz-scams-text-c = 돈이나 개인 정보를 주지 않고, 내 변호사에게 직접 확인합니다
quiz-scams-text-why = 누군가 전화, 문자 또는 이메일로 당신의 이민 신분에 문제가 있다고 하면, 돈이나 개인 정보를 주지 마십시오. 캘리포니아 주 법무장관(Attorney General)은 사람들에게 이렇게 하지 말라고 경고합니다. 당신의 변호사에게 직접 확인하십시오.

quiz-scams-free-help = 캘리포니아에서 무료 이민 법률 지원을 하는 단체는 어디에서 찾을 수 있습니까?
quiz-scams-free-help-a = 어디에도 없습니다. 법률 지원은 돈을 내야 합니다
quiz-scams-free-help-b = California Department of Social Services(캘리포니아 사회복지국)의 목록에서
quiz-scams-free-help-c = 노타리오에게서, 수수료를 내고
quiz-scams-free-help-why = 캘리포니아 주는 비영리 단체에 비용을 지원해 무료 이민 법률 서비스를 제공하게 합니다. California Department of Social Services(캘리포니아 사회복지국)가 이런 지원을 하는 단체 목록을 공개합니다.

## 소문과 목격

quiz-rumors-check = 근처 가게에 이민 단속 요원이 있다는 게시물을 봅니다. 공유하기 전에 무엇을 해야 합니까?
quiz-rumors-check-a = 만일을 위해 바로 공유합니다
quiz-rumors-check-b = 사실인지 확인합니다
quiz-rumors-check-c = 지금 공유하고 나중에 확인합니다
quiz-rumors-check-why = 이민 단속 요원에 관한 소식을 공유하기 전에 사실인지 확인하십시오. 아무도 확인하지 않은 게시물은 틀릴 수 있고, 두려움을 퍼뜨릴 수 있습니다.

quiz-rumors-call = 근처에서 이민 단속 요원을 봅니다. 무엇을 하면 좋습니까?
quiz-rumors-call-a = 바로 온라인에 올립니다
quiz-rumors-call-b = 이런 신고는 아무도 받지 않으니 아무에게도 말하지 않습니다
quiz-rumors-call-c = 거주하는 카운티의 긴급 대응 핫라인에 전화합니다
quiz-rumors-call-why = 긴급 대응 핫라인은 근처의 이민 단속 요원에 관한 신고를 받고, 도움이 필요한 사람을 돕습니다. 온라인에 올리는 대신 핫라인에 전화하십시오. 이 앱의 도움 찾기에서 그 번호를 찾을 수 있습니다.

quiz-rumors-document = 요원들을 보고 기록을 남기고 싶습니다. 어떻게 해야 합니까?
quiz-rumors-document-a = 안전하다면 보이는 것을 촬영하거나 적어 두고, 거리를 둡니다
quiz-rumors-document-b = 영상이 선명하도록 가까이 다가갑니다
quiz-rumors-document-c = 요원들이 멈출 수밖에 없도록 길을 막고 섭니다
quiz-rumors-document-why = 일어난 일의 기록은 나중에 도움이 될 수 있습니다. 안전할 때만 하고, 거리를 두십시오. 요원들을 방해하면 체포될 수 있습니다.

quiz-rumors-numbers = 공유하는 도움 번호는 어디에서 나온 것이어야 합니까?
quiz-rumors-numbers-a = 모르는 사람의 게시물
quiz-rumors-numbers-b = 지역 긴급 대응 네트워크처럼 믿을 만한 출처
quiz-rumors-numbers-c = 사람들을 ICE에 신고하는 DHS 번호
quiz-rumors-numbers-why = 지역 긴급 대응 네트워크처럼 믿을 만한 출처에서 나온 도움 번호만 공유하십시오. 국토안보부(DHS)에는 일반인이 사람들을 ICE에 신고하는 번호가 있습니다. 그것은 도움 전화가 아닙니다.

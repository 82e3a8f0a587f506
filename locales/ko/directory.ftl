# 도움 찾기 화면의 문구. 메시지에 전화번호를 절대 넣지 마십시오: 번호는 출처가
# 있는 데이터입니다.

policy-ca-baseline = 캘리포니아에서는 지역 경찰과 셰리프(보안관)가 일반적으로 당신의 이민 신분을 물을 수 없고, 지역 구치소는 ICE가 요청했다는 이유로 석방 시간이 지난 뒤에도 당신을 붙잡아 둘 수 없습니다. 일부 중대한 범죄의 유죄 판결이 있으면 구치소가 당신의 석방 시기를 ICE에 알리거나 당신을 ICE에 넘길 수 있습니다. 지역 구치소에서는 ICE와의 면담을 거절하거나, 변호사가 함께 있을 때만 이야기할 수 있습니다. 이 내용을 설명하는 안내문을 받아야 합니다. 연방 요원은 이러한 주법의 구속을 받지 않습니다.

## 각 전화선의 용도와 운영 주체

hotline-kind-rapid-response = 긴급 대응 핫라인: 근처에 이민 단속 요원이 있으면 전화로 알리고 도움을 받으십시오.
hotline-kind-detention-info = 이민 구금 중인 사람에 관한 정보.
hotline-kind-court-info = 이민 법원 사건 정보(자동 응답). 그 사람의 A-번호(A-number)가 필요합니다.
hotline-kind-lawyer-referral = 민간 이민 변호사 소개.
hotline-kind-referral = 서비스를 소개해 주는 정부 기관.
hotline-kind-legal-aid = 무료 법률 지원: 전화로 신청하거나 알맞은 사무실로 안내받으십시오.
hotline-operator-government = 이민자 권익 단체가 아니라 정부가 운영합니다.

## 번호에 대해 알려진 것. "확인됨"은 누군가 실제로 전화해 보았다는 뜻입니다.

number-not-confirmed = 아직 전화로 확인하지 않았습니다. 가장 최근 출처: { $year }.
number-not-confirmed-undated = 아직 전화로 확인하지 않았습니다. 출처에 날짜가 없습니다.
number-confirmed = { $date }에 전화로 확인했습니다.
number-low-confidence = 신뢰도 낮음: 이 번호는 출처가 하나뿐이거나 오래된 출처에서 나왔습니다.
number-extension = 내선 { $extension }
number-takes-texts = 문자 메시지를 받습니다.
confidence-high = 신뢰도 높음
confidence-medium = 신뢰도 보통
confidence-low = 신뢰도 낮음

## 서로 다른 번호, 일부 지역만 담당하는 전화선

hotline-conflict = 이 번호에 대해 출처들이 서로 다릅니다. 두 번호를 모두 보여 드리며, 아직 아무도 전화해 보지 않았습니다.
hotline-area = 카운티 전체가 아니라 { $area }만 담당합니다.
conflict-sacramento = Sacramento의 긴급 대응 번호에 대해 두 출처가 서로 다른 번호를 제시하며, 각각 다른 네트워크에서 나왔습니다. 어느 번호가 현재 번호인지 알 수 없었습니다. 두 번호 모두 시도해 보십시오.
conflict-long-beach = 2019년 목록과 그보다 새로운 날짜 없는 목록이 Long Beach Community Defense Network의 번호를 서로 다르게 제시합니다. 어느 번호가 현재 번호인지 알 수 없었습니다. 두 번호 모두 시도해 보십시오.

## 운영 시간(전화선이 있는 지역의 시간대 기준)

hours-always = 매일 24시간 운영
hours-days-range = { $first }~{ $last }
hours-rule = { $days }, { $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours } ({ $zone })
hours-list-separator = {", "}
hours-rules-separator = {"; "}
hours-open-now = 지금 운영 중
hours-closed-now = 지금 운영 안 함
time-zone-pacific = 태평양 시간
time-zone-eastern = 동부 시간
weekday-monday = 월요일
weekday-tuesday = 화요일
weekday-wednesday = 수요일
weekday-thursday = 목요일
weekday-friday = 금요일
weekday-saturday = 토요일
weekday-sunday = 일요일

## 사용자의 위치

finder-no-local-line = 이곳의 지역 긴급 대응 핫라인은 알려진 것이 없습니다. 아래의 광역 또는 전국 핫라인에 전화하십시오.
finder-outside = 이곳은 Amparo가 다루는 지역 밖입니다. 전국 핫라인은 여전히 이용할 수 있습니다.
finder-other-state = Amparo에는 아직 { $state }에 관한 지역 정보가 없습니다. 전국 핫라인은 여전히 이용할 수 있습니다.
finder-location-city = 대략적인 위치: 해당 도시의 중심입니다.
finder-location-county = 대략적인 위치: 카운티만 알려져 있습니다.
finder-location-zip = 대략적인 위치: 해당 ZIP 코드(우편번호) 지역의 중심입니다.
nearby-shared-zip = 이 ZIP 코드 지역의 일부는 { $county }에 속합니다.
nearby-shared-city = 이 도시의 일부는 { $county }에 속합니다.
nearby-near-border = { $county }까지의 거리는 { $km }km입니다. 지금 어느 쪽에 계신지 확인하십시오.
nearby-nearest = Amparo가 다루는 카운티나 지역 가운데 가장 가까운 곳은 { $km }km 떨어진 { $county }입니다.
nearby-former-county = 예전의 { $former } County는 지금 일부가 { $county }에 속합니다.

## 출처가 모두 약한 항목(블로그, 재게시물, 법률 사무소 페이지)에 표시

caveat-weak-sources = 이 항목의 출처는 공식 문서나 법률 문서가 아니라 블로그, 다른 페이지의 사본 또는 법률 사무소 페이지입니다. 변호사에게 확인하십시오.

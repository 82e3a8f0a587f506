# 지역별 상세 정보: 카운티와 시의 정책, 구금 시설, 법률 지원.

## 카운티와 시의 정책

local-policy-as-of = { $date } 기준, { $who }에 따르면: { $policy }
local-policy-undated = { $who }에 따르면(날짜 표시 없음): { $policy }
local-policy-reminder = 지역 정책은 연방 요원을 구속하지 않습니다.
local-policy-none-found = 조사 결과, 이곳에는 주법 외의 지역 정책이 없었습니다.
local-policy-hidden-low = 여기에서 제외한 신뢰도 낮은 보고 수: { $count }
reported-by-official-records = 공식 기록
reported-by-news-reports = 언론 보도
reported-by-the-sheriff = 셰리프국
reported-by-advocates = 이민자 권익 단체
reported-by-one-secondary-source = 하나의 2차 출처
policy-category-limits-beyond-state-law = 주법보다 더 많이 ICE 협조를 제한함
policy-category-follows-state-law = 주법만 따름
policy-category-helps-ice-within-state-law = 주법이 허용하는 범위까지 ICE를 도움
policy-category-publishes-release-dates = 석방 날짜를 공개함
policy-category-opposes-state-law = 주의 제한에 반대함
policy-category-no-local-policy-found = 지역 정책을 찾지 못함
policy-status-in-force = 시행 중
policy-status-challenged = 시행 중이나 법원에서 다투는 중
policy-status-adopted-not-final = 채택되었으나 최종 확정 안 됨
policy-status-repealed = 폐지됨
policy-status-ended = 종료됨
policy-status-symbolic = 구속력 없는 입장 표명
policy-status-unconfirmed = 보도되었으나 확인 안 됨

## 구금 시설

facility-kind-processing-center = ICE 처리 센터
facility-kind-detention-center = 구금 센터
facility-kind-annex = 다른 시설의 별관
facility-kind-county-jail = 카운티 구치소
facility-kind-city-jail = 시립 구치소
facility-status-operating = ICE를 위해 사람들을 구금함
facility-status-closed = 더 이상 ICE를 위해 구금하지 않음
facility-status-uncertain = 지금 ICE를 위해 구금하는지 알 수 없음
detention-notice = 구금된 사람은 자주 옮겨집니다. ICE에 구금된 사람을 찾으려면 ICE의 온라인 구금자 찾기(online detainee locator)를 이용하거나 구금 정보 전화에 전화하십시오.

## 법률 지원

service-legal-aid = 이민 법률 지원
service-deportation-defense = 추방 방어
service-rapid-response = 긴급 대응
service-lawyer-referral = 변호사 소개
service-detention-support = 구금된 사람 지원
service-children = 어린이 지원
service-victims = 범죄나 학대 피해자 지원
cost-free = 무료
cost-low-cost = 저렴함
cost-unknown = 비용 안내 없음
caution-third-party-parse = 정부 목록을 다른 사람이 옮긴 사본에서 가져왔으며, 원래 목록과 대조하지 않았습니다.
caution-single-source = 한 출처에만 나옵니다.
caution-recognition-renewal-pending = 저희가 사용한 정부 목록에서, 이민 법률 지원을 할 수 있는 이 단체의 미국 법무부(U.S. Justice Department) 인가는 만료일이 되었거나 만료일에 가까웠고, 갱신 심사 중이었습니다.
caution-two-numbers = 두 출처가 서로 다른 번호를 제시합니다. 두 번호를 모두 보여 드립니다.
caution-area-code-mismatch = 전화의 지역 번호가 그 도시의 지역 번호와 다릅니다.
caution-government-office = 비영리 단체가 아니라 정부 기관입니다.
caution-merged-offices = 출처에서 두 사무실을 혼동했습니다. 주소나 전화번호가 다른 사무실의 것일 수 있습니다.
caution-referral-only = 변호사를 소개해 줍니다: 직접 법률 지원은 하지 않으며, 예약 없이 방문할 수 없습니다.
caution-limited-eligibility = 일부 사람만 돕습니다: 누구를 돕는지 읽어 보십시오.
caution-no-phone-found = 전화번호를 찾지 못했습니다.

## 전화하기 전에 꼭 읽어야 하는 전화선 메모

hotline-ice-la-field-office-note = ICE가 운영합니다. ICE의 온라인 구금자 찾기(online detainee locator)로 그 사람을 찾을 수 없고, 체포가 Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara 또는 San Luis Obispo County에서 있었다면 전화하십시오.
hotline-orr-note = Office of Refugee Resettlement(난민재정착국)가 데리고 있는 18세 미만 아이를 찾는 부모나 보호자를 위한 곳입니다. 이민자 권익 단체가 아니라 정부 기관입니다.
hotline-ct-statewide-note = 합법적인 이민 신분이 없다면, 출처는 이 전화선을 거치지 말고 New Haven Legal Assistance에 직접 신청하라고 합니다. 출처에 따르면 그 사무실은 경찰이나 다른 어떤 당국에도 이민 신분을 알리지 않습니다. 그 사무실 자체의 전화번호는 찾지 못했습니다. 그 사무실의 웹 페이지가 이 전화선의 첫 번째 출처입니다.

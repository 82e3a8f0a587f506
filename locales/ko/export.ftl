# 인쇄용 카드와 소책자 (amparo export).

export-cards-title = 지갑용 카드
export-cards-how = 양면으로 인쇄하되, 종이를 긴 쪽으로 뒤집으십시오. 그런 다음 점선을 따라 자르십시오. 카드 한 장을 늘 가지고 다니십시오.
export-booklet-title = 나의 권리 알기
export-laws = 법
export-do-not = 하지 말아야 할 것
# $place: 카운티의 전체 이름 (예: "San Francisco County").
export-help-near = { $place }에서 받을 수 있는 도움
export-lines = 전화할 곳
export-policy = 지역 정책
export-detention = 근처에서 사람들이 구금될 수 있는 곳
# $version: 콘텐츠 버전 번호; $oldest, $newest: 출처에 나온 날짜.
export-footer = 콘텐츠 버전 { $version }. 출처의 날짜는 { $oldest }부터 { $newest }까지입니다.
export-quiz-answers = 정답

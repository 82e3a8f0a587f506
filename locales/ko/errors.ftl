# 무엇이 잘못되었는지, 사람이 보고 행동할 수 있는 말로 알려 주는 문구. 호출이 실패하면
# 앱이 보여 줍니다. 어느 문구도 사용자가 입력한 내용을 되풀이하지 않습니다.

error-invalid-locale = 그 언어 설정을 읽을 수 없습니다. 목록에서 언어를 선택하십시오.
error-unknown-topic = 그 상황은 이 앱에 없습니다. 목록에서 하나를 선택하십시오.
error-unknown-law = 그 법은 이 앱에 없습니다. 목록에서 하나를 선택하십시오.
error-unknown-warrant-state = 영장 관련 질문의 진행 위치를 잃어버렸습니다. 질문을 처음부터 다시 시작하십시오.
error-unknown-warrant-choice = 이 질문의 답 중 하나가 아닙니다. 화면에 표시된 답 중 하나를 선택하십시오.
error-unknown-message = 앱이 존재하지 않는 문구를 요청했습니다. 이것은 앱의 오류입니다.
error-invalid-coordinates = 위치를 읽을 수 없습니다. 대신 ZIP 코드(우편번호)나 카운티를 입력하십시오.
error-invalid-zip = ZIP 코드는 5자리 숫자입니다(예: 90012).
error-unknown-zip = 이 앱은 그 ZIP 코드를 알지 못합니다. ZIP 코드를 확인하거나 카운티를 입력하십시오.
error-unknown-county = 이 앱이 다루는 지역에는 그런 이름의 카운티가 없습니다.
error-unknown-city = 이 앱이 다루는 지역에는 그런 이름의 도시가 없습니다.
error-unknown-state = 미국의 주가 아닙니다. 주의 영문 두 글자 약자를 입력하십시오(예: CA).
error-invalid-time = 그 시간을 읽을 수 없습니다. 요일은 영어로 쓰고 시간과 함께 입력하십시오(예: Mon 22:30, Mon은 월요일).
error-not-a-pack = 이 파일은 Amparo 콘텐츠 파일이 아닙니다. 아무것도 변경되지 않았습니다.
error-unsupported-pack-format = 이 콘텐츠 파일은 다른 버전의 앱용입니다. 아무것도 변경되지 않았습니다.
error-corrupt-pack = 이 콘텐츠 파일은 손상되었거나 불완전합니다. 아무것도 변경되지 않았습니다.
error-pack-too-large = 이 콘텐츠 파일은 진짜라고 보기에는 너무 큽니다. 아무것도 변경되지 않았습니다.
error-unknown-key = 이 콘텐츠 파일에는 Amparo의 서명이 없습니다. 가짜일 수 있습니다. 아무것도 변경되지 않았습니다.
error-bad-signature = 이 콘텐츠 파일은 Amparo가 서명한 뒤에 수정되었습니다. 가짜일 수 있습니다. 아무것도 변경되지 않았습니다.
# $offered: 파일의 콘텐츠 버전, $in_use: 앱이 사용하는 버전.
error-not-newer = 이 콘텐츠 파일(버전 { $offered })은 지금 가지고 있는 콘텐츠(버전 { $in_use })보다 새롭지 않습니다. 아무것도 변경되지 않았습니다.
# $required: 0.2.0 같은 앱 버전.
error-needs-newer-app = 이 콘텐츠 파일을 사용하려면 더 새로운 버전의 앱({ $required })이 필요합니다. 먼저 앱을 업데이트하십시오. 아무것도 변경되지 않았습니다.
# $missing: "km, ti" 같은 언어 코드.
error-fewer-languages = 이 콘텐츠 파일에는 앱에 이미 있는 언어가 빠져 있습니다({ $missing }). 아무것도 변경되지 않았습니다.
error-storage = 앱이 이 휴대폰에 콘텐츠 파일을 저장하지 못했습니다. 지금 가지고 있는 콘텐츠는 계속 사용할 수 있습니다.
error-no-data-folder = 앱이 여기에는 콘텐츠 파일을 설치할 수 없습니다. 지금 가지고 있는 콘텐츠는 계속 사용할 수 있습니다.
error-unknown-question = 그 질문은 이 퀴즈에 없습니다. 퀴즈를 다시 시작하십시오.
error-unknown-quiz-choice = 그것은 이 질문의 답 중 하나가 아닙니다. 표시된 글자 중 하나를 고르십시오.
error-unknown-emergency-message = 그 메시지는 이 앱에 없습니다. 목록에서 하나를 고르십시오.
error-unknown-message-value = 앱이 이 메시지에 필요하지 않은 것을 넣었습니다. 이것은 앱의 버그입니다.
error-value-too-long = 문자 메시지로 보내기에는 너무 깁니다. { $limit }자 이하로 쓰십시오.

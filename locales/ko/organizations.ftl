# 단체와 함께 표시되는 메모(content/states/*/organizations.toml `note`): 누구를 돕는지,
# 또는 전화하기 전에 꼭 알아야 할 제한. 출처: shared/research/legal_aid_orgs.csv
# 및 states_and_connecticut.md. 메시지에 전화번호를 절대 넣지 마십시오: 번호는 데이터입니다.

org-kind-fresno-note = 어린이만 대리합니다: San Joaquin, Kern, Fresno, Kings, Tulare, Madera, Merced 또는 Stanislaus County에 사는 어린이.
org-alameda-county-public-defender-immigration-note = Alameda County에 살거나 그곳에서 유죄 판결을 받은 사람만 돕습니다.
org-clsepa-note = San Mateo County 또는 Santa Clara County에 사는 사람만 돕습니다. 추방 사건에서 성인과 청소년을 대리합니다. 수신자 부담 전화(collect call)는 받지 않습니다.
org-lilac-redwood-city-note = 예약 없이 방문할 수 없습니다: 전화로 예약하십시오. 신규 접수(intake)는 월요일~토요일 오전 8시~오후 6시입니다.
org-sf-public-defender-immigration-note = 이민 구금 중인 사람을 변호하며, San Francisco에서 살았거나 일한 적이 있는 사람을 우선합니다. 또한 지금 대리하고 있거나 전에 대리했던 사람이 구금되어 있지 않을 때도 돕습니다.
org-asian-law-caucus-note = 추방 사건에 범죄 기록이 관련된, 구금 중인 사람을 중점적으로 돕습니다. 망명 사건이나 망명 인터뷰는 맡지 않으며, 신빙성 있는 공포 인터뷰(credible fear interview)도 맡지 않습니다.
org-immdef-note = 구금되어 있는 저소득층을 위한 곳입니다. Los Angeles County에 사는 사람이 우선입니다.
org-immdef-san-diego-note = 저소득층만 돕습니다. 예약제로만 운영: 예약 없이 방문할 수 없습니다.
org-international-institute-los-angeles-note = 예약제로만 운영: 예약 없이 방문할 수 없습니다. 월요일~금요일 오전 8시 30분~오후 5시에 엽니다.
org-kind-los-angeles-note = 어린이와 청소년의 사건만 맡으며, 혼자 미국에 온 어린이의 사건도 포함됩니다. 예약제로만 운영: 예약 없이 방문할 수 없습니다.
org-human-rights-first-la-note = 비용을 낼 수 없는 망명 신청자에게 무료 자원봉사 변호사를 찾아 줍니다. 예약 없이 방문할 수 없습니다.
org-community-lawyers-compton-note = 예약제로만 운영: 예약 없이 방문할 수 없습니다.
org-refugee-support-network-note = 예약 없이 방문할 수 없습니다: 전화로 예약하십시오.
org-jfs-san-diego-note = 밤낮 언제든 음성 메시지를 남기십시오. 들어온 순서대로 다시 전화해 줍니다.
org-sd-public-defender-irldp-note = 추방 방어 사건만 맡습니다.
org-la-maestra-note = 이 단체의 법률팀은 보석 심리(bond hearing), 우크라이나나 아프가니스탄 출신 사람의 사건, 인신매매 피해자와 범죄 피해자의 사건(U 비자, T 비자, VAWA)을 맡습니다.
org-socal-immigration-project-note = 망명 사건만 맡습니다. 아프리카 국가 출신 사람과 모든 나라 출신의 LGBTQ 사람을 중점적으로 돕습니다. 직원들은 스페인어를 하지 않습니다.
org-catholic-charities-el-centro-note = 이 사무실의 전화번호나 주소를 찾지 못했습니다. 연락하려면 San Diego의 Catholic Charities 사무실에 문의해 보십시오.
org-imperial-valley-jfon-note = El Centro의 First United Methodist Church에서 무료 법률 상담회를 엽니다. 상담회가 지금도 열리는지는 알 수 없습니다.
org-ciri-bridgeport-note = 구금 중인 사람의 사건은 맡지 않습니다. 무료 대리는 보조금과 프로그램 규정에 따라 제한될 수 있습니다.
org-ciri-hartford-note = 구금 중인 사람의 사건은 맡지 않습니다.
org-ccif-hartford-note = ICE 구금 중이거나 추방 절차 중이면서 변호사가 없는 Hartford 주민만 돕습니다.

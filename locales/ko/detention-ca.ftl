# 캘리포니아의 ICE 구금 시설에 관한 메모(content/states/ca/detention.toml).
# 메시지에 전화번호를 절대 넣지 마십시오: 번호는 출처가 있는 데이터입니다.

## 운영 중

facility-adelanto-note = Adelanto에 있는 ICE 처리 센터(processing center)로, 민간 회사 GEO Group이 운영합니다. 운영 중입니다. 2020년에 법원이 새로운 사람을 받아들이지 못하게 막았지만, 2025년의 합의로 다시 사람을 완전히 받아들일 수 있게 되었습니다.
facility-desert-view-annex-note = Adelanto ICE Processing Center의 별관으로, 예전 주 교도소 건물에 있으며 GEO Group이 운영합니다. 운영 중입니다. 2024년 5월에 이곳에 관한 진정이 제기되었습니다.
facility-otay-mesa-note = San Diego의 Otay Mesa 지역에 있는 ICE 구금 센터로, 민간 회사 CoreCivic이 운영합니다. 운영 중이며, 2019년에는 San Diego County에 있는 유일한 ICE 구금 센터였습니다. ICE의 해당 시설 페이지에 면회 시간이 나와 있습니다. 변호사는 오전 8시 15분부터 오후 9시 30분까지 면회할 수 있습니다.
facility-imperial-regional-note = Calexico 동쪽에 있는 ICE 구금 센터로, 민간 회사 Management and Training Corporation(MTC)이 운영합니다. 운영 중입니다. 2014년에 문을 닫은 El Centro Service Processing Center를 대신하는 곳입니다.
facility-mesa-verde-note = Bakersfield의 Golden State Avenue에 있는 ICE 처리 센터로, GEO Group이 운영합니다. 운영 중입니다. 이곳에 구금된 사람은 외부에서 오는 전화를 받을 수 없지만, ICE가 급한 메시지를 남길 수 있는 내선 번호를 제공합니다. 이곳에 구금된 사람에 관한 정보는 오전 여덟 시부터 오후 세 시 반 사이에 전화해서 두 번째 선택지를 고르십시오.
facility-golden-state-annex-note = Bakersfield에 있는 Mesa Verde 센터의 별관으로, McFarland의 예전 교도소 건물에 있으며 GEO Group이 운영합니다. 2020년 9월부터 ICE를 위해 사람들을 구금해 왔으며, 운영 중입니다.
facility-california-city-note = 캘리포니아에서 가장 큰 ICE 구금 센터로, 예전 주 교도소 건물에 있으며 민간 회사 CoreCivic이 운영합니다. 2027년 8월까지 이어지는 계약에 따라 2025년 8월 말부터 ICE를 위해 사람들을 받기 시작했습니다. 오래된 목록에서는 이곳을 California City Correctional Center라고 부를 수 있습니다.

## 분명하지 않음

facility-central-valley-annex-note = McFarland에 있는 예전 교도소로, GEO Group이 운영하며 2020년에 ICE 별관으로 계획되었던 곳입니다. 지금 이곳에 ICE를 위해 구금된 사람이 있는지는 알 수 없습니다: 2025년의 한 언론 보도는 계약은 되어 있지만 ICE가 사용하지 않는 시설을 언급하는데, 그곳이 이 시설일 수 있습니다.

## 더 이상 ICE를 위해 아무도 구금하지 않음

facility-west-county-richmond-note = Richmond에 있는 Contra Costa County 구치소입니다. 2018년에 셰리프(보안관)가 계약을 끝내면서 ICE를 위한 구금을 중단했습니다. 카운티는 2025년에 ICE를 위해 구금하고 있는 사람이 없다고 밝혔습니다. 지금 이곳에는 ICE를 위해 구금된 사람이 없습니다.
facility-rio-cosumnes-note = Elk Grove에 있는 Sacramento County 교정 센터입니다. ICE를 위해 사람을 구금하는 계약은 2018년에 중단되었습니다. 지금 이곳에는 ICE를 위해 구금된 사람이 없습니다.
facility-theo-lacy-note = Orange 시에 있는 Orange County 구치소입니다. 이곳을 포함한 Orange County 구치소들은 2019년 8월 1일 이후로 ICE를 위해 아무도 구금하지 않았습니다. 지금 이곳에는 ICE를 위해 구금된 사람이 없습니다.
facility-james-a-musick-note = 오래된 한 목록에서 이민자를 구금하는 곳으로 이름이 올랐던 Orange County 구치소입니다. Orange County 구치소들은 2019년 8월 1일 이후로 ICE를 위해 아무도 구금하지 않았습니다. 지금 이곳에는 ICE를 위해 구금된 사람이 없습니다.
facility-santa-ana-city-jail-note = Santa Ana 시립 구치소는 예전에 ICE를 위해 사람들을 구금했습니다. 시가 인원수를 제한했고, 2017년에 ICE가 계약을 끝냈습니다. 지금 이곳에는 ICE를 위해 구금된 사람이 없습니다.
facility-yuba-county-jail-note = Marysville에 있는 카운티 구치소는 1994년에 시작된 협정에 따라 ICE를 위해 사람들을 구금했습니다. 연방 정부가 2022년 12월에 그 협정을 끝냈습니다. 언론 보도는 이것을 캘리포니아의 카운티 구치소와 맺은 마지막 ICE 계약이라고 설명했습니다. 지금 이곳에는 ICE를 위해 구금된 사람이 없습니다.
facility-el-centro-spc-note = El Centro에 있던 예전 ICE 처리 센터입니다. 2014년 9월 30일에 문을 닫았고, Calexico 근처의 Imperial Regional Detention Facility가 그 역할을 이어받았습니다. 지금 이곳에는 ICE를 위해 구금된 사람이 없습니다.

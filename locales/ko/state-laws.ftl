# 이민 단속 협조에 관한 다른 주의 법(content/state-laws.toml):
# 각 법의 흔히 쓰는 이름과, 그것이 개인에게 어떤 의미인지.

law-il-trust-act-name = Illinois TRUST Act
law-il-trust-act-summary = 일리노이주 경찰은 ICE가 구금 요청을 보냈다거나 판사가 서명하지 않은 이민 영장을 보냈다는 이유만으로 당신을 구치소에 붙잡아 둘 수 없습니다. 또한 당신의 이민 신분을 이유로 당신을 멈춰 세우거나, 붙잡아 두거나, 체포할 수 없습니다. 이 법은 경찰이 연방 기관과 정보를 공유하는 것은 막지 않으며, 2021년에 Way Forward Act로 적용 범위가 넓어졌습니다.

law-il-way-forward-act-name = Illinois Way Forward Act (SB 667)
law-il-way-forward-act-summary = 2021년에 만들어진 이 법은 Illinois TRUST Act의 적용 범위를 넓혔고, 지방 정부가 이민 구금을 위해 사람을 수용하는 계약을 2022년 1월 1일까지 끝내도록 했습니다. 미국 법무부(US Justice Department)는 일리노이주의 피난처(sanctuary) 법들을 두고 일리노이주를 상대로 소송을 냈으며, 그 소송은 2025년 7월에 기각되었습니다.

law-ny-protect-our-courts-act-name = New York Protect Our Courts Act
law-ny-protect-our-courts-act-summary = ICE와 다른 요원들은 판사가 서명한 영장이나 법원 명령이 없는 한, 당신이 뉴욕주 법원에 가는 길에, 법원에 있는 동안, 또는 법원을 떠날 때 당신을 민사 체포할 수 없습니다. ICE 구금 요청에 관한 뉴욕주 전체의 법은 찾지 못했습니다.

law-nj-immigrant-trust-directive-name = New Jersey Immigrant Trust Directive
law-nj-immigrant-trust-directive-summary = 이것은 주 의회가 통과시킨 법이 아니라 뉴저지주 법무장관(Attorney General)이 경찰에 내린 지시이며, 2021년에 연방 항소법원이 이를 유효하다고 판결했습니다. 경찰은 이민 신분만을 이유로 당신을 멈춰 세우거나, 심문하거나, 붙잡아 둘 수 없습니다. 경범죄로 체포된 뒤에는 일반적으로 구치소가 ICE를 위해 당신을 붙잡아 두거나 당신이 풀려나는 시기를 ICE에 알릴 수 없습니다. 당신에 관한 ICE의 요청이 있으면 당신에게 알려야 하며, ICE는 당신에게 변호사를 둘 수 있다고 알린 뒤 당신이 서면으로 동의해야만 당신을 면담할 수 있습니다.

law-wa-keep-washington-working-act-name = Keep Washington Working Act
law-wa-keep-washington-working-act-summary = 워싱턴주 경찰은 일반적으로 당신의 이민 신분이나 출생지를 묻거나, 신분을 확인하려고 당신을 붙잡아 두거나, 민사 이민 영장을 근거로 당신을 붙잡아 둘 수 없습니다. 당신의 개인 정보를 ICE나 CBP(Customs and Border Protection, 세관국경보호청)에 주거나, 보호 장치 없이 ICE가 구금 중인 당신을 면담하게 할 수 없습니다. 이 법은 287(g) 협정과, 구치소 침상을 ICE에 빌려주는 계약도 금지합니다.

law-wa-courts-open-to-all-act-name = Washington Courts Open to All Act
law-wa-courts-open-to-all-act-summary = 판사가 서명한 영장이 없는 한, 당신이 워싱턴주 법원에 출석하는 동안 누구도 당신을 민사 이민 체포할 수 없습니다. 판사, 법원 직원, 검사는 일반적으로 당신의 이민 신분을 묻거나 이민 당국에 전달할 수 없습니다. 법안 번호와 통과 연도는 찾지 못했습니다.

law-or-sanctuary-law-1987-name = 오리건주의 1987년 피난처(sanctuary) 법
law-or-sanctuary-law-1987-summary = 오리건주의 주 기관과 지역 기관은, 연방 이민법을 어기고 미국에 있다는 것 외에는 아무 위반이 없는 사람을 찾거나 체포하는 데 자기 자원을 쓸 수 없습니다. 2018년에 유권자들은 이 법을 폐지하려던 Measure 105를 부결시켜 이 법을 지켰습니다.

law-or-sanctuary-promise-act-name = Oregon Sanctuary Promise Act
law-or-sanctuary-promise-act-summary = 오리건주의 공공 기관은 이민 단속을 돕기 위해 자기 건물, 예산, 직원 또는 기록을 쓸 수 없습니다. 예를 들어 당신의 석방 날짜, 주소, 보호관찰 면담 시간을 알려 주는 것이 여기에 해당합니다. 판사가 소환장에 서명하지 않은 한 연방 이민 요청을 거절해야 하며, 그런 요청을 주 정부에 보고해야 합니다. 체포되면 이민 신분을 말하지 않아도 된다는 것을 안내받아야 합니다. 위반 사항은 주 정부의 신고 전화나 웹사이트에 신고할 수 있고, 기관을 상대로 소송을 낼 수 있습니다.

law-co-hb19-1124-name = Protect Colorado Residents From Federal Government Overreach Act (HB19-1124)
law-co-hb19-1124-summary = 콜로라도주 경찰관은 ICE의 민사 구금 요청만을 이유로 당신을 체포하거나 구치소에 붙잡아 둘 수 없습니다. 다만 연방 판사가 서명한 영장에 따라서는 조치할 수 있습니다. 보호관찰 담당 직원은 당신의 개인 정보를 ICE에 줄 수 없습니다. 구치소에서 ICE와 전화나 화상으로 면담하기 전에, 당신은 거절할 수 있고, 묵비권을 행사할 수 있고, 먼저 변호사와 이야기할 수 있으며, 당신이 한 말이 이민 법원에서 쓰일 수 있다는 것을 안내받아야 합니다.

law-co-hb23-1100-name = Colorado HB23-1100(이민 구금 협정)
law-co-hb23-1100-summary = 법의 제목으로 보면, 이 법은 콜로라도주의 주 정부와 지방 정부가 이민 구금을 위해 사람을 수용하는 협정을 제한합니다. 그 밖에 무엇을 하는지는 확인하지 않았습니다.

law-ma-lunn-v-commonwealth-name = Lunn v. Commonwealth(매사추세츠주 법원 판결)
law-ma-lunn-v-commonwealth-summary = 이것은 주 의회가 통과시킨 법이 아니라, 매사추세츠주 최고 법원이 2017년에 내린 판결입니다. 이 판결은 매사추세츠주 경찰관에게는 ICE가 민사 구금 요청을 보냈다는 이유만으로 당신을 체포하거나 붙잡아 둘 권한이 주법상 없다고 밝혔습니다. 주 교정국(Department of Correction)은 2025년에도 ICE와 287(g) 협정을 맺고 있었습니다.

law-vt-s79-name = Vermont S.79 (2017)
law-vt-s79-summary = 이 법은 버몬트주의 주 기관과 지역 기관이 연방 이민 단속에 어디까지 참여하는지를 제한합니다. 언론 보도는 이 법이 버몬트주를 피난처 주(sanctuary state)로 만들지는 않는다고 전했습니다. 그 밖에 무엇을 하는지는 확인하지 않았습니다.

law-md-dignity-not-detention-act-name = Maryland Dignity Not Detention Act(이민 구금 계약 금지법)
law-md-dignity-not-detention-act-summary = 이 법은 메릴랜드주 카운티 구치소가 ICE를 위해 사람을 수용하는 계약을 끝냈으며, 이미 있던 계약은 2022년 10월 1일까지 끝나야 했습니다. 주 의회는 2021년 12월에 주지사의 거부권을 무효로 하고 이 법을 통과시켰습니다.

law-md-287g-ban-name = 메릴랜드주 287(g) 금지법
law-md-287g-ban-summary = 2026년 2월에 서명된 이 법은 메릴랜드주에서 ICE와 공식 287(g) 협정을 맺는 것을 금지합니다. 이 금지가 즉시 적용되었는지, 2026년 7월부터 적용되는지에 대해서는 출처마다 다릅니다.

law-de-287g-ban-name = 델라웨어주 287(g) 금지법(HB 182)
law-de-287g-ban-summary = 2025년에 만들어진 이 법은 델라웨어주에서 ICE와 287(g) 협정을 맺는 것을 금지합니다. 이미 있던 협정은 2025년 8월 13일까지 끝나야 했습니다.

law-nm-immigrant-safety-act-name = New Mexico Immigrant Safety Act
law-nm-immigrant-safety-act-summary = 뉴멕시코주의 공공 기관은 민사 이민법 위반으로 사람을 구금하는 협정을 맺거나, 그 목적으로 공공 토지를 사용·매각·임대할 수 없으며, 287(g) 협정은 금지됩니다. 이미 있는 협정은 끝나야 합니다. 주 법무장관(Attorney General)이나 지방 검사(district attorney)가 위반을 막기 위해 법원에 갈 수 있지만, 이 법은 금전 배상을 정하지 않습니다.

law-me-ld-1971-name = Maine LD 1971
law-me-ld-1971-summary = 메인주 경찰은 민사 이민 단속을 위해 당신을 조사하거나, 멈춰 세우거나, 붙잡아 두거나, 체포할 수 없고, ICE 구금 요청을 근거로 당신을 붙잡아 두거나, 석방 날짜나 주소 같은 개인 정보를 내줄 수 없습니다. 구금되어 있다면 ICE 면담 전에 당신의 권리를 안내받아야 합니다. 다만 경찰은 여전히 형사 영장과 법원 명령은 따릅니다. 이 법은 2026년 1월에 주지사의 서명 없이 법이 되었고 2026년 7월 중순쯤 시행될 예정이었습니다. 주 경찰(State Police)은 2025년 12월부터 이 법의 규칙을 따르기 시작했습니다.

law-ri-detainer-policy-2014-name = 로드아일랜드주 구금 요청 정책(2014)
law-ri-detainer-policy-2014-summary = 이것은 주 의회가 통과시킨 법이 아니라 주지사의 정책이었습니다. 2014년 7월 주 교정국(Department of Corrections)은 영장이 없는 ICE 구금 요청에는 응하지 않겠다고 밝혔습니다. 2014년 8월에 모든 주 기관에 적용되는 정책이 이를 좁혔습니다: 판사의 강제 추방 명령이나 추방(removal) 명령이 함께 있는 구금 요청에는 응합니다. 이 정책이 지금도 적용되는지는 찾지 못했습니다.

law-tx-sb4-2017-name = Texas SB 4 (2017): 피난처(sanctuary) 정책 금지
law-tx-sb4-2017-summary = 텍사스주의 시와 카운티는 이민 단속을 제한하는 정책을 채택할 수 없고, 지역 구치소는 ICE 구금 요청에 응해야 하며, 따르지 않는 공무원은 처벌받을 수 있습니다. 2018년에 연방 항소법원은 이 법의 거의 전부를 유지했고, 공무원이 피난처 정책을 지지하는 발언을 하지 못하게 한 부분만 무효로 했습니다.

law-tx-sb4-2023-name = Texas SB 4 (2023): 주법상 불법 입국 범죄
law-tx-sb4-2023-summary = 이 법은 입국항(port of entry)이 아닌 곳으로 다른 나라에서 들어오는 것과, 추방된 뒤 다시 들어오는 것을 텍사스주 범죄로 정하고, 주 판사가 사람들에게 출발한 나라로 돌아가라고 명령할 수 있게 합니다. 2024년 2월에 법원이 이 법의 시행을 막았고, 2025년 7월에 항소법원 재판부가 그 결정을 유지했습니다. 이후의 보도에 따르면 항소법원 전원 재판부가 소송을 낸 사람들에게 원고 적격(standing)이 없다는 이유로 시행 금지를 풀었고, 그러면 텍사스주가 이 법을 집행할 수 있게 되지만, 이것은 확인되지 않았습니다.

law-tx-sb8-2025-name = Texas SB 8 (2025)
law-tx-sb8-2025-summary = 구치소를 운영하는 텍사스주의 일부 카운티 셰리프(보안관)는 ICE와 287(g) 협정을 맺으려고 노력해야 합니다. 주 법무장관(Attorney General)은 2026년 12월 1일부터 이를 집행하기 위해 소송을 낼 수 있습니다.

law-fl-sb168-name = 플로리다주 반(反)피난처 법(SB 168)
law-fl-sb168-summary = 플로리다주는 피난처(sanctuary) 정책을 금지합니다: 주 기관과 지역 기관은 연방 이민 단속을 지원하기 위해 최선을 다해야 하고, 연방 기관과 이민 정보를 공유하는 것을 금지당할 수 없으며, 구치소는 적절한 서류가 함께 있는 ICE 구금 요청에 응해야 합니다. 집행 조항은 2019년 10월 1일에 시행되었습니다. 2019년에 법원은 이 법의 대부분을 유지했고, 2020년의 한 판결은 소송을 낸 사람들의 주장을 일부 받아들였습니다. 그 판결이 무엇을 바꾸었는지, 항소가 어떻게 끝났는지는 확인하지 않았습니다.

law-fl-sb1718-name = Florida SB 1718, 2023년
law-fl-sb1718-summary = 여러 내용 가운데, 플로리다주는 다른 주가 서류 미비자에게 발급한 운전면허증을 무효로 취급하며, 여기에는 코네티컷주의 운전 전용 면허증(drive-only license)도 포함됩니다. 그런 면허증으로 플로리다주에서 운전하는 것은 범죄입니다. 이 법은 서류 미비자를 플로리다주로 데려오는 것도 범죄로 정했지만, 2024년 5월에 법원이 그 부분의 시행을 막았습니다. 나머지는 시행 중입니다.

law-ga-hb1105-name = Georgia Criminal Alien Track and Report Act of 2024 (HB 1105)
law-ga-hb1105-summary = 조지아주 구치소는 ICE를 통해 사람들의 이민 신분을 확인하고, ICE 구금 요청에 응하고, 해마다 287(g) 형태의 협정을 신청하고, 3개월마다 구금 요청 보고서를 공개해야 합니다. 반(反)피난처 규칙을 어긴 공무원은 경범죄(misdemeanor)를 저지른 것이 되며, 그 지방 정부는 주 예산 지원을 잃습니다. 대부분의 조항은 2024년 5월 서명과 함께 시행되었지만, 날짜는 출처마다 다릅니다. 피난처 위반에 대한 지방 정부의 면책을 없애려는 2025년 법안 SB 21이 계류 중이었으며, 그 결과는 찾지 못했습니다.

law-tn-sb6002-name = Tennessee SB 6002 / HB 6001 (특별 회기, 2025년)
law-tn-sb6002-summary = 테네시주 의회는 2025년 1월에 이 법안을 통과시켰습니다. 이 법안은 지방 공무원이 피난처 정책에 찬성표를 던지는 것을 중범죄(felony)로 정하고, 최고 이민 단속 책임자가 이끄는 주 이민 단속 부서를 만듭니다. 주지사가 서명해 법이 되었는지는 확인되지 않았습니다.

law-ia-sf481-name = 아이오와주 반(反)피난처 법(SF 481)
law-ia-sf481-summary = 아이오와주의 지방 정부는 ICE 구금 요청에 응해야 하고 이민 단속을 제한할 수 없으며, 그렇지 않으면 주 예산 지원을 잃습니다.

law-nh-anti-sanctuary-bill-2025-name = New Hampshire Anti-Sanctuary City Act(2025년 법안)
law-nh-anti-sanctuary-bill-2025-summary = 이 2025년 법안은 연방 이민법을 방해하는 지역 정책을 금지하고, 주 형사 혐의가 끝난 뒤 주말과 공휴일을 빼고 48시간 동안 사람을 붙잡아 둘 수 있게 하려는 것입니다. ICE 구금 요청에 응하지 않은 경우는 주 법무장관(Attorney General)에게 보고해야 합니다. 법안 요약은 주 예산 지원의 최대 25퍼센트에 이르는 벌금도 언급하지만, 더 자세한 내용은 없습니다. 시행일을 2026년 1월 1일로 정하고 있지만, 이 법안이 법이 되었는지는 확인되지 않았습니다.

law-az-sb1070-name = Arizona SB 1070, 2010년
law-az-sb1070-summary = 2012년에 연방대법원(US Supreme Court)은 이 법의 세 부분이 연방법과 충돌한다며 무효로 했습니다. 합법적인 검문 중에 애리조나주 경찰이 사람의 이민 신분을 확인할 수 있게 한 부분은 시행이 허용되었습니다.

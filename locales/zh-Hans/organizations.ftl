# 与机构一起显示的说明（content/states/*/organizations.toml 的 `note`）：服务对象，
# 或者打电话前必须知道的限制。来自 shared/research/legal_aid_orgs.csv
# 和 states_and_connecticut.md。消息中绝不放电话号码：号码是数据。

org-kind-fresno-note = 只代理儿童：住在圣华金县（San Joaquin County）、克恩县（Kern County）、弗雷斯诺县（Fresno County）、金斯县（Kings County）、图莱里县（Tulare County）、马德拉县（Madera County）、默塞德县（Merced County）或斯坦尼斯劳斯县（Stanislaus County）的儿童。
org-alameda-county-public-defender-immigration-note = 只服务住在阿拉米达县（Alameda County）或在那里有定罪记录的人。
org-clsepa-note = 只服务住在圣马特奥县（San Mateo County）或圣克拉拉县（Santa Clara County）的人。在遣返案件中代理成年人和年轻人。不接受对方付费电话。
org-lilac-redwood-city-note = 不接待没有预约的来访：请打电话预约。受理新案件（intake）的时间是周一至周六，上午 8 点至下午 6 点。
org-sf-public-defender-immigration-note = 为被移民当局羁押的人辩护，并优先服务在旧金山（San Francisco）住过或工作过的人。对于它现在或以前代理过的人，在他们没有被拘留时，它也提供帮助。
org-asian-law-caucus-note = 重点服务遣返案件涉及犯罪记录的被拘留者。它不接庇护案件或庇护面谈，包括可信恐惧面谈（credible fear interview）。
org-immdef-note = 服务被拘留的低收入人士。住在洛杉矶县（Los Angeles County）的人优先。
org-immdef-san-diego-note = 只服务低收入人士。只接受预约：不接待没有预约的来访。
org-international-institute-los-angeles-note = 只接受预约：不接待没有预约的来访。开放时间为周一至周五，上午 8:30 至下午 5 点。
org-kind-los-angeles-note = 只接儿童和年轻人的案件，包括独自来到美国的儿童。只接受预约：不接待没有预约的来访。
org-human-rights-first-la-note = 为付不起费用的庇护申请人寻找免费的志愿律师。不接待没有预约的来访。
org-community-lawyers-compton-note = 只接受预约：不接待没有预约的来访。
org-refugee-support-network-note = 不接待没有预约的来访：请打电话预约。
org-jfs-san-diego-note = 任何时间都可以留语音信息，白天或夜里都可以。电话会按打来的先后顺序回复。
org-sd-public-defender-irldp-note = 只接遣返辩护案件。
org-la-maestra-note = 它的法律团队接移民保释听证（bond hearing）、来自乌克兰或阿富汗的人的案件，以及人口贩运和犯罪受害者的案件（U 签证、T 签证、VAWA）。
org-socal-immigration-project-note = 只接庇护案件。重点服务来自非洲国家的人，以及来自任何国家的 LGBTQ 人士。工作人员不会说西班牙语。
org-catholic-charities-el-centro-note = 没有找到这个办公室的电话或街道地址。可以试着通过圣地亚哥（San Diego）的 Catholic Charities（天主教慈善会）办公室联系它。
org-imperial-valley-jfon-note = 在埃尔森特罗（El Centro）的 First United Methodist Church（第一联合卫理公会教堂）举办免费法律咨询活动（legal clinics）。不知道这些活动是否还在举办。
org-ciri-bridgeport-note = 不接被拘留者的案件。免费代理可能受到资助方和项目规定的限制。
org-ciri-hartford-note = 不接被拘留者的案件。
org-ccif-hartford-note = 只服务被 ICE 拘留或正在进行遣返程序、而且没有律师的哈特福德（Hartford）居民。

# 其他州关于配合移民执法的法律（content/state-laws.toml）：
# 每项法律的常用名称，以及它对个人意味着什么。

law-il-trust-act-name = Illinois TRUST Act（伊利诺伊州信任法案）
law-il-trust-act-summary = 伊利诺伊州警察不得仅仅因为 ICE 发来扣留请求，或者发来没有法官签署的移民令状，就把您关在看守所里。他们也不得因为您的移民身份而拦截、扣押或逮捕您。这项法律不禁止他们与联邦机构分享信息；2021 年，Way Forward Act（前进之路法案）扩大了这项法律。

law-il-way-forward-act-name = Illinois Way Forward Act（伊利诺伊州前进之路法案，SB 667）
law-il-way-forward-act-summary = 这项 2021 年的法律扩大了 Illinois TRUST Act（伊利诺伊州信任法案），并要求地方政府在 2022 年 1 月 1 日之前终止它们在移民拘留中关押人员的合同。美国司法部就伊利诺伊州的庇护法律起诉了该州，这宗案件在 2025 年 7 月被驳回。

law-ny-protect-our-courts-act-name = New York Protect Our Courts Act（纽约州保护我们的法院法案）
law-ny-protect-our-courts-act-summary = 除非持有法官签署的令状或法院命令，ICE 和其他执法人员不得在您前往纽约州法院的途中、在法院里或离开法院时，对您进行民事逮捕。没有找到纽约州关于看守所执行 ICE 扣留请求的全州性法律。

law-nj-immigrant-trust-directive-name = New Jersey Immigrant Trust Directive（新泽西州移民信任指令）
law-nj-immigrant-trust-directive-summary = 这是新泽西州总检察长（Attorney General）向警察发出的命令，不是州议会通过的法律；2021 年，一家联邦上诉法院维持了它的效力。警察不得仅仅因为您的移民身份而拦截、盘问或扣押您；因轻微罪行被逮捕后，看守所一般不得为 ICE 扣留您，也不得在您获释时通知 ICE。ICE 对您提出的任何请求都必须告知您；只有在您被告知可以请律师、并且您书面同意之后，ICE 才可以和您面谈。

law-wa-keep-washington-working-act-name = Keep Washington Working Act（让华盛顿州继续工作法案）
law-wa-keep-washington-working-act-summary = 华盛顿州警察一般不得询问您的移民身份或出生地，不得为了核查您的身份而扣押您，也不得根据民事移民令状关押您。他们不得把您的私人信息提供给 ICE 或 CBP（海关与边境保护局，Customs and Border Protection），也不得在没有保障措施的情况下让 ICE 在您被羁押时与您面谈。这项法律还禁止 287(g) 协议，以及把看守所床位租给 ICE 的合同。

law-wa-courts-open-to-all-act-name = Washington Courts Open to All Act（华盛顿州法院向所有人开放法案）
law-wa-courts-open-to-all-act-summary = 在您出席华盛顿州法院期间，除非持有法官签署的令状，任何人都不得对您进行民事移民逮捕。法官、法院工作人员和检察官一般不得询问您的移民身份，也不得把它转告移民当局。没有找到这项法案的编号和通过年份。

law-or-sanctuary-law-1987-name = 俄勒冈州 1987 年庇护法
law-or-sanctuary-law-1987-summary = 俄勒冈州的州和地方机构不得使用它们的资源，去寻找或逮捕唯一违法行为是违反联邦移民法留在美国的人。2018 年，选民否决了原本会废除这项法律的第 105 号提案（Measure 105），从而保留了它。

law-or-sanctuary-promise-act-name = Oregon Sanctuary Promise Act（俄勒冈州庇护承诺法案）
law-or-sanctuary-promise-act-summary = 俄勒冈州的公共机构不得使用它们的建筑、资金、人员或记录协助移民执法，例如透露您的释放日期、地址或监管约见的时间。除非有法官签署的传票，它们必须拒绝联邦移民请求，并向州政府报告这些请求。如果您被逮捕，必须告诉您，您可以拒绝说出您的移民身份；违规行为可以向州政府的热线或网站举报，也可以起诉相关机构。

law-co-hb19-1124-name = Protect Colorado Residents From Federal Government Overreach Act（保护科罗拉多州居民免受联邦政府越权法案，HB19-1124）
law-co-hb19-1124-summary = 科罗拉多州执法人员不得仅仅因为 ICE 的民事扣留请求而逮捕您或把您关在看守所里，不过他们可以根据联邦法官签署的令状采取行动；缓刑工作人员也不得把您的个人信息提供给 ICE。在看守所里进行 ICE 电话或视频面谈之前，必须告诉您：您可以拒绝、可以保持沉默、可以先和律师谈，而且您说的话可能在移民法庭上被使用。

law-co-hb23-1100-name = Colorado HB23-1100（科罗拉多州，移民拘留协议）
law-co-hb23-1100-summary = 从标题看，这项法律限制科罗拉多州的州和地方政府签订在移民拘留中关押人员的协议。它的其他内容没有经过核实。

law-ma-lunn-v-commonwealth-name = Lunn v. Commonwealth（马萨诸塞州法院判决）
law-ma-lunn-v-commonwealth-summary = 这是马萨诸塞州最高法院 2017 年的一项判决，不是州议会通过的法律。判决说，根据州法律，马萨诸塞州执法人员无权仅仅因为 ICE 发来民事扣留请求而逮捕您或扣留您。2025 年，该州惩教局仍与 ICE 有一项 287(g) 协议。

law-vt-s79-name = Vermont S.79（佛蒙特州法律，2017）
law-vt-s79-summary = 这项法律限制佛蒙特州的州和地方机构参与联邦移民执法的程度；新闻报道说，它并没有让佛蒙特州成为庇护州。它的其他内容没有经过核实。

law-md-dignity-not-detention-act-name = Maryland Dignity Not Detention Act（马里兰州要尊严不要拘留法案）
law-md-dignity-not-detention-act-summary = 这项法律终止了马里兰州各县看守所为 ICE 关押人员的合同，已有的合同必须在 2022 年 10 月 1 日之前结束。2021 年 12 月，州议员推翻了州长的否决，通过了这项法律。

law-md-287g-ban-name = 马里兰州 287(g) 禁令
law-md-287g-ban-summary = 这项法律在 2026 年 2 月签署，禁止马里兰州与 ICE 签订正式的 287(g) 协议。关于禁令是立即生效还是从 2026 年 7 月起生效，各来源说法不一。

law-de-287g-ban-name = 特拉华州 287(g) 禁令（HB 182）
law-de-287g-ban-summary = 这项 2025 年的法律禁止特拉华州与 ICE 签订 287(g) 协议。已有的协议必须在 2025 年 8 月 13 日之前结束。

law-nm-immigrant-safety-act-name = New Mexico Immigrant Safety Act（新墨西哥州移民安全法案）
law-nm-immigrant-safety-act-summary = 新墨西哥州的公共机构不得签订为民事移民违法而关押人员的协议，也不得为此使用、出售或出租公共土地；287(g) 协议被禁止，现有的协议必须结束。州总检察长（Attorney General）或地区检察官（district attorney）可以向法院申请制止违法行为，但这项法律不提供金钱赔偿。

law-me-ld-1971-name = Maine LD 1971（缅因州 LD 1971）
law-me-ld-1971-summary = 缅因州警察不得为了民事移民执法而调查、拦截、扣押或逮捕您，不得根据 ICE 扣留请求关押您，也不得透露您的释放日期或地址等私人信息。如果您被羁押，在 ICE 面谈之前必须告知您的权利，但警察仍然会执行刑事令状和法院命令。它在 2026 年 1 月未经州长签署而成为法律，预定在 2026 年 7 月中旬左右生效；州警察（State Police）在 2025 年 12 月开始遵守它的规定。

law-ri-detainer-policy-2014-name = 罗得岛州扣留请求政策（2014）
law-ri-detainer-policy-2014-summary = 这是州长的一项政策，不是州议会通过的法律。2014 年 7 月，州惩教局表示，没有令状，它不会执行 ICE 扣留请求。2014 年 8 月针对所有州政府机构的一项政策收窄了这一拒绝的范围：如果扣留请求附有法官签发的遣返令（deportation or removal order），这些机构就会执行。没有查到这项政策今天是否仍然适用。

law-tx-sb4-2017-name = Texas SB 4（2017）：禁止庇护政策
law-tx-sb4-2017-summary = 得克萨斯州的市和县不得采取限制移民执法的政策，地方看守所必须执行 ICE 扣留请求，不遵守的官员可能受到处罚。2018 年，一家联邦上诉法院维持了它几乎全部的内容；只推翻了禁止官员发言支持庇护政策的那一部分。

law-tx-sb4-2023-name = Texas SB 4（2023）：州非法入境罪
law-tx-sb4-2023-summary = 这项法律把从入境口岸以外的任何地方从外国入境，以及被遣返后再次入境，定为得克萨斯州的罪行，并允许州法官命令人们回到他们来的国家。2024 年 2 月，一家法院暂停了它的执行；2025 年 7 月，一个上诉法院合议庭维持了暂停。后来的报道说，上诉法院全体法官随后以起诉方没有诉讼资格为由解除了暂停，这将使得克萨斯州可以执行它，但这一点尚未确认。

law-tx-sb8-2025-name = Texas SB 8（得克萨斯州，2025）
law-tx-sb8-2025-summary = 得克萨斯州某些管理看守所的县警长，必须寻求与 ICE 签订 287(g) 协议。从 2026 年 12 月 1 日起，州总检察长（Attorney General）可以提起诉讼来强制执行这一规定。

law-fl-sb168-name = 佛罗里达州反庇护法（SB 168）
law-fl-sb168-summary = 佛罗里达州禁止庇护政策：州和地方机构必须尽最大努力支持联邦移民执法，不得被阻止与联邦机构分享移民信息，看守所必须执行附有适当文件的 ICE 扣留请求。它的执行条款在 2019 年 10 月 1 日生效。2019 年，一家法院维持了它的大部分内容；2020 年的一项裁决部分支持了起诉方；那项裁决改变了什么，以及上诉的结果如何，都没有经过核实。

law-fl-sb1718-name = Florida SB 1718（佛罗里达州，2023）
law-fl-sb1718-summary = 佛罗里达州除其他规定外，把其他州发给无证移民的驾照（包括康涅狄格州的仅限驾驶驾照）视为无效，持这种驾照在佛罗里达州开车是犯罪。这项法律还把带无证移民进入佛罗里达州定为犯罪，但法院在 2024 年 5 月暂停了这一部分的执行；其余部分有效。

law-ga-hb1105-name = Georgia Criminal Alien Track and Report Act of 2024（2024 年佐治亚州犯罪外国人追踪与报告法案，HB 1105）
law-ga-hb1105-summary = 佐治亚州的看守所必须向 ICE 核查人们的移民身份，执行 ICE 扣留请求，每年申请 287(g) 类协议，并每三个月公布一次扣留请求报告。违反反庇护规定的官员犯有轻罪，他们所在的地方政府会失去州政府资金。它的大部分内容在 2024 年 5 月签署时生效，不过各来源对日期说法不一；2025 年一项取消地方政府在庇护违规方面豁免权的法案 SB 21 当时尚待审议，没有找到它的结果。

law-tn-sb6002-name = Tennessee SB 6002 / HB 6001（2025 年特别会议）
law-tn-sb6002-summary = 田纳西州议员在 2025 年 1 月通过了这项法案。它把地方官员投票支持庇护政策定为重罪，并设立一个由首席移民执法官领导的州移民执法部门。州长是否签署了它、它是否成为法律，尚未确认。

law-ia-sf481-name = 艾奥瓦州反庇护法（SF 481）
law-ia-sf481-summary = 艾奥瓦州的地方政府必须执行 ICE 扣留请求，不得限制移民执法，否则会失去州政府资金。

law-nh-anti-sanctuary-bill-2025-name = New Hampshire Anti-Sanctuary City Act（新罕布什尔州反庇护城市法案，2025 年法案）
law-nh-anti-sanctuary-bill-2025-summary = 这项 2025 年的法案将禁止妨碍联邦移民法的地方政策，并允许在一个人的州刑事指控结束后扣留 48 小时，不算周末和假日。拒绝执行 ICE 扣留请求的情况必须向州总检察长（Attorney General）报告。法案摘要还提到最高相当于州政府资金 25% 的罚款，但没有进一步说明。它把 2026 年 1 月 1 日定为生效日期，但这项法案是否成为法律尚未确认。

law-az-sb1070-name = Arizona SB 1070（亚利桑那州，2010）
law-az-sb1070-summary = 2012 年，美国最高法院以与联邦法律相冲突为由，推翻了这项法律的三个部分。允许亚利桑那州警察在合法拦截时核查一个人移民身份的那一部分，被允许生效。

# カリフォルニア州のICE収容施設についての注記（content/states/ca/detention.toml）。
# メッセージに電話番号を書かないこと。番号は出典のあるデータ。

## 運営中

facility-adelanto-note = Adelantoにある、ICEの手続きセンター（processing center）です。民間企業GEO Groupが運営しています。現在運営中です。2020年に裁判所が新たな人の受け入れを止めましたが、2025年の和解により、再び全面的に受け入れられるようになりました。
facility-desert-view-annex-note = Adelanto ICE Processing Centerの別棟で、元州刑務所の建物にあり、GEO Groupが運営しています。現在運営中です。2024年5月に、この施設についての苦情が申し立てられました。
facility-otay-mesa-note = San DiegoのOtay Mesa地区にあるICEの収容センターで、民間企業CoreCivicが運営しています。現在運営中で、2019年にはSan Diego Countyで唯一のICE収容センターでした。ICEのこの施設のページに面会時間が載っています。弁護士は午前8時15分から午後9時30分まで面会できます。
facility-imperial-regional-note = Calexicoの東にあるICEの収容センターで、民間企業Management and Training Corporation（MTC）が運営しています。現在運営中です。2014年に閉鎖されたEl Centro Service Processing Centerに代わる施設です。
facility-mesa-verde-note = BakersfieldのGolden State AvenueにあるICEの手続きセンターで、GEO Groupが運営しています。現在運営中です。ここに収容されている人は外からの電話を受けられませんが、ICEは急ぎの伝言を残すための内線番号を用意しています。ここに収容されている人について知りたいときは、午前八時から午後三時半までの間に電話をかけ、二番を選んでください。
facility-golden-state-annex-note = BakersfieldのMesa Verdeセンターの別棟で、McFarlandの元刑務所にあり、GEO Groupが運営しています。2020年9月からICEのために人を収容しており、現在運営中です。
facility-california-city-note = カリフォルニア州で最大のICE収容センターで、元州刑務所の建物にあり、民間企業CoreCivicが運営しています。2025年8月下旬にICEのための受け入れを始めました。契約は2027年8月までです。古いリストでは、California City Correctional Centerという名前になっていることがあります。

## はっきりしない

facility-central-valley-annex-note = McFarlandにある元刑務所で、GEO Groupが運営しており、2020年にICEの別棟として計画されました。現在ここにICEのために収容されている人がいるかどうかは分かりません。2025年のある報道は、契約はあるがICEが使っていない施設に触れており、それがここである可能性があります。

## 現在はICEのための収容をしていない

facility-west-county-richmond-note = RichmondにあるContra Costa Countyの拘置所です。2018年に保安官が契約を終えたため、ICEのための収容をやめました。郡は2025年に、ICEのために収容している人はいないと述べました。現在ここにはICEのために収容されている人はいません。
facility-rio-cosumnes-note = Elk GroveにあるSacramento Countyの矯正センターです。ICEのために人を収容する契約は2018年に打ち切られました。現在ここにはICEのために収容されている人はいません。
facility-theo-lacy-note = Orange市にあるOrange Countyの拘置所です。Orange Countyの拘置所は、この施設も含め、2019年8月1日以降ICEのための収容をしていません。現在ここにはICEのために収容されている人はいません。
facility-james-a-musick-note = 古いリストで移民を収容する施設として挙げられていたOrange Countyの拘置所です。Orange Countyの拘置所は、2019年8月1日以降ICEのための収容をしていません。現在ここにはICEのために収容されている人はいません。
facility-santa-ana-city-jail-note = Santa Anaの市の拘置所は、以前ICEのために人を収容していました。市がその人数を制限し、2017年にICEが契約を終えました。現在ここにはICEのために収容されている人はいません。
facility-yuba-county-jail-note = Marysvilleの郡拘置所は、1994年に始まった協定のもとでICEのために人を収容していました。連邦政府は2022年12月にこの協定を終えました。報道では、カリフォルニア州の郡拘置所とICEとの最後の契約だったと伝えられました。現在ここにはICEのために収容されている人はいません。
facility-el-centro-spc-note = El Centroにあった、元ICEの手続きセンターです。2014年9月30日に閉鎖され、Calexico近くのImperial Regional Detention Facilityがその役割を引き継ぎました。現在ここにはICEのために収容されている人はいません。

# Notes on California's ICE detention facilities (content/states/ca/detention.toml).
# Never put a phone number in a message: numbers are data with a source.

## Operating

facility-adelanto-note = Isang ICE processing center sa Adelanto, pinapatakbo ng pribadong kompanyang GEO Group. Bukas ito. Pinigilan ito ng isang korte na tumanggap ng mga bagong tao noong 2020, pero pinayagan ito ng isang settlement (kasunduan para tapusin ang kaso) noong 2025 na muling tumanggap ng mga tao nang buo.
facility-desert-view-annex-note = Isang karagdagang gusali ng Adelanto ICE Processing Center, sa isang dating bilangguan ng estado, pinapatakbo ng GEO Group. Bukas ito; may reklamong isinampa tungkol dito noong Mayo 2024.
facility-otay-mesa-note = Isang detention center ng ICE sa lugar ng Otay Mesa sa San Diego, pinapatakbo ng pribadong kompanyang CoreCivic. Bukas ito, at noong 2019 ito lamang ang detention center ng ICE sa San Diego County. Nakalista sa pahina ng ICE para dito ang mga oras ng pagbisita; maaaring bumisita ang mga abogado mula 8:15 a.m. hanggang 9:30 p.m.
facility-imperial-regional-note = Isang detention center ng ICE sa silangan ng Calexico, pinapatakbo ng pribadong kompanyang Management and Training Corporation (MTC). Bukas ito. Pinalitan nito ang El Centro Service Processing Center, na nagsara noong 2014.
facility-mesa-verde-note = Isang ICE processing center sa Golden State Avenue sa Bakersfield, pinapatakbo ng GEO Group; bukas ito. Hindi makakatanggap ng tawag mula sa labas ang mga taong nakakulong dito, pero nagbibigay ang ICE ng extension para mag-iwan ng apurahang mensahe. Para sa impormasyon tungkol sa isang taong nakakulong dito, tumawag at piliin ang ikalawang opsyon (option two), mula alas-otso ng umaga hanggang alas-tres y medya ng hapon.
facility-golden-state-annex-note = Isang karagdagang gusali ng Mesa Verde center sa Bakersfield, sa isang dating bilangguan sa McFarland, pinapatakbo ng GEO Group. Nagkukulong ito ng mga tao para sa ICE mula noong Setyembre 2020 at bukas ito.
facility-california-city-note = Ang pinakamalaking detention center ng ICE sa California, sa isang dating bilangguan ng estado, pinapatakbo ng pribadong kompanyang CoreCivic. Nagsimula itong tumanggap ng mga tao para sa ICE sa huling bahagi ng Agosto 2025, sa ilalim ng kontratang tatagal hanggang Agosto 2027. Maaaring tawagin ng mas lumang mga listahan ang lugar na ito na California City Correctional Center.

## Not clear

facility-central-valley-annex-note = Isang dating bilangguan sa McFarland, pinapatakbo ng GEO Group, na binalak gawing karagdagang gusali ng ICE noong 2020. Hindi namin alam kung may nakakulong doon para sa ICE ngayon: may balita noong 2025 na bumabanggit sa isang lugar na may kontrata pero hindi ginagamit ng ICE, at maaaring ito ang lugar na iyon.

## No longer hold anyone for ICE

facility-west-county-richmond-note = Isang kulungan ng Contra Costa County sa Richmond. Tumigil itong magkulong ng mga tao para sa ICE nang tapusin ng sheriff ang kontrata noong 2018; sinabi ng county noong 2025 na wala itong kinukulong para sa ICE. Wala nang nakakulong dito para sa ICE ngayon.
facility-rio-cosumnes-note = Isang correctional center ng Sacramento County sa Elk Grove. Itinigil noong 2018 ang kontrata nito na magkulong ng mga tao para sa ICE. Wala nang nakakulong dito para sa ICE ngayon.
facility-theo-lacy-note = Isang kulungan ng Orange County sa lungsod ng Orange. Ang mga kulungan ng Orange County, kasama ang isang ito, ay hindi na nagkulong ng sinuman para sa ICE mula Agosto 1, 2019. Wala nang nakakulong dito para sa ICE ngayon.
facility-james-a-musick-note = Isang kulungan ng Orange County na binanggit ng isang mas lumang listahan bilang lugar na nagkukulong ng mga imigrante. Ang mga kulungan ng Orange County ay hindi na nagkulong ng sinuman para sa ICE mula Agosto 1, 2019. Wala nang nakakulong dito para sa ICE ngayon.
facility-santa-ana-city-jail-note = Dating nagkukulong ng mga tao para sa ICE ang kulungan ng lungsod ng Santa Ana. Nilimitahan ng lungsod kung ilan, at tinapos ng ICE ang kontrata noong 2017. Wala nang nakakulong dito para sa ICE ngayon.
facility-yuba-county-jail-note = Nagkulong ng mga tao para sa ICE ang kulungan ng county sa Marysville sa ilalim ng isang kasunduang nagsimula noong 1994. Tinapos ito ng pederal na gobyerno noong Disyembre 2022; inilarawan ito ng mga balita bilang huling kontrata ng ICE sa isang kulungan ng county sa California. Wala nang nakakulong dito para sa ICE ngayon.
facility-el-centro-spc-note = Isang dating ICE processing center sa El Centro. Nagsara ito noong Setyembre 30, 2014, at pinalitan ito ng Imperial Regional Detention Facility malapit sa Calexico. Wala nang nakakulong dito para sa ICE ngayon.

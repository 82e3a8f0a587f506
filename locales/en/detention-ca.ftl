# Notes on California's ICE detention facilities (content/states/ca/detention.toml).
# Never put a phone number in a message: numbers are data with a source.

## Operating

facility-adelanto-note = An ICE processing center in Adelanto, run by the private company GEO Group. It is open. A court stopped it from taking in new people in 2020, but a 2025 settlement let it take people in fully again.
facility-desert-view-annex-note = An extra building of the Adelanto ICE Processing Center, in a former state prison, run by GEO Group. It is open; a complaint about it was filed in May 2024.
facility-otay-mesa-note = An ICE detention center in the Otay Mesa area of San Diego, run by the private company CoreCivic. It is open, and in 2019 it was the only ICE detention center in San Diego County. ICE's page for it lists visiting times; lawyers may visit from 8:15 a.m. to 9:30 p.m.
facility-imperial-regional-note = An ICE detention center east of Calexico, run by the private company Management and Training Corporation (MTC). It is open. It took the place of the El Centro Service Processing Center, which closed in 2014.
facility-mesa-verde-note = An ICE processing center on Golden State Avenue in Bakersfield, run by GEO Group; it is open. People held here cannot take calls from outside, but ICE gives an extension for leaving an urgent message. For information about someone held here, call and choose option two, between eight in the morning and three thirty in the afternoon.
facility-golden-state-annex-note = An extra building of the Mesa Verde center in Bakersfield, in a former prison in McFarland, run by GEO Group. It has held people for ICE since September 2020 and is open.
facility-california-city-note = The largest ICE detention center in California, in a former state prison, run by the private company CoreCivic. It started taking people for ICE in late August 2025, under a contract that runs to August 2027. Older lists may call this site the California City Correctional Center.

## Not clear

facility-central-valley-annex-note = A former prison in McFarland, run by GEO Group, that was planned as an extra ICE building in 2020. We do not know if anyone is held there for ICE now: a 2025 news report mentions a place under contract but not used by ICE, and that may be this one.

## No longer hold anyone for ICE

facility-west-county-richmond-note = A Contra Costa County jail in Richmond. It stopped holding people for ICE when the sheriff ended the contract in 2018; the county said in 2025 that it holds no one for ICE. No one is held here for ICE now.
facility-rio-cosumnes-note = A Sacramento County correctional center in Elk Grove. Its contract to hold people for ICE was dropped in 2018. No one is held here for ICE now.
facility-theo-lacy-note = An Orange County jail in the city of Orange. Orange County jails, this one included, have not held anyone for ICE since August 1, 2019. No one is held here for ICE now.
facility-james-a-musick-note = An Orange County jail that an older list named as a place holding immigrants. Orange County jails have not held anyone for ICE since August 1, 2019. No one is held here for ICE now.
facility-santa-ana-city-jail-note = The Santa Ana city jail used to hold people for ICE. The city limited how many, and ICE ended the contract in 2017. No one is held here for ICE now.
facility-yuba-county-jail-note = The county jail in Marysville held people for ICE under an agreement that began in 1994. The federal government ended it in December 2022; news reports described it as the last ICE contract with a county jail in California. No one is held here for ICE now.
facility-el-centro-spc-note = A former ICE processing center in El Centro. It closed on September 30, 2014, and the Imperial Regional Detention Facility near Calexico took its place. No one is held here for ICE now.

# Other states' laws on cooperation with immigration enforcement (content/state-laws.toml):
# each law's usual name and what it means for a person.

law-il-trust-act-name = Illinois TRUST Act
law-il-trust-act-summary = Illinois police may not keep you in jail only because ICE sent a hold request or an immigration warrant that no judge signed. They also may not stop, hold or arrest you because of your immigration status. The law does not stop them from sharing information with federal agencies, and it was widened in 2021 by the Way Forward Act.

law-il-way-forward-act-name = Illinois Way Forward Act (SB 667)
law-il-way-forward-act-summary = This 2021 law widened the Illinois TRUST Act and made local governments end their contracts to hold people in immigration detention by January 1, 2022. The US Justice Department sued Illinois over its sanctuary laws, and that case was dismissed in July 2025.

law-ny-protect-our-courts-act-name = New York Protect Our Courts Act
law-ny-protect-our-courts-act-summary = ICE and other officers may not make a civil arrest of you on your way to a New York court, while you are there, or as you leave, unless they have a judge's warrant or a court order. No statewide New York law on ICE jail holds was found.

law-nj-immigrant-trust-directive-name = New Jersey Immigrant Trust Directive
law-nj-immigrant-trust-directive-summary = This is an order from New Jersey's Attorney General to police, not a law passed by the legislature, and a federal appeals court upheld it in 2021. Police may not stop, question or hold you just because of your immigration status, and after an arrest for a minor offense a jail generally may not keep you for ICE or tell ICE when you are let go. You must be told about any ICE request for you, and ICE may interview you only after you are told you can have a lawyer and you agree in writing.

law-wa-keep-washington-working-act-name = Keep Washington Working Act
law-wa-keep-washington-working-act-summary = Washington police generally may not ask about your immigration status or birthplace, hold you to check your status, or keep you on a civil immigration warrant. They may not give ICE or CBP (Customs and Border Protection) your private personal information, or let ICE interview you in custody without safeguards. The law also bans 287(g) agreements and contracts to rent jail beds to ICE.

law-wa-courts-open-to-all-act-name = Washington Courts Open to All Act
law-wa-courts-open-to-all-act-summary = No one may make a civil immigration arrest of you while you attend a Washington court unless they have a judge's warrant. Judges, court staff and prosecutors generally may not ask about your immigration status or pass it on to immigration authorities. The bill number and the year it passed were not found.

law-or-sanctuary-law-1987-name = Oregon's 1987 sanctuary law
law-or-sanctuary-law-1987-summary = Oregon state and local agencies may not use their resources to find or arrest people whose only offense is being in the US against federal immigration law. Voters kept this law in 2018 by rejecting Measure 105, which would have repealed it.

law-or-sanctuary-promise-act-name = Oregon Sanctuary Promise Act
law-or-sanctuary-promise-act-summary = Oregon public agencies may not use their buildings, money, staff or records to help immigration enforcement, for example by giving out your release date, your address or the times of your supervision appointments. They must turn down federal immigration requests unless a judge signed a subpoena, and report those requests to the state. If you are arrested you must be told you may refuse to say your immigration status; violations can be reported to a state hotline or website, and agencies can be sued.

law-co-hb19-1124-name = Protect Colorado Residents From Federal Government Overreach Act (HB19-1124)
law-co-hb19-1124-summary = Colorado officers may not arrest you or keep you in jail only because of an ICE civil detainer, though they may act on a federal judge's warrant, and probation staff may not give ICE your personal information. Before an ICE phone or video interview in jail, you must be told you may say no, stay silent and talk to a lawyer first, and that what you say can be used in immigration court.

law-co-hb23-1100-name = Colorado HB23-1100 (immigration detention agreements)
law-co-hb23-1100-summary = Going by its title, this law limits agreements by Colorado's state and local governments to hold people in immigration detention. What else it does was not checked.

law-ma-lunn-v-commonwealth-name = Lunn v. Commonwealth (Massachusetts court ruling)
law-ma-lunn-v-commonwealth-summary = This is a 2017 ruling by Massachusetts's highest court, not a law passed by the legislature. It says Massachusetts officers have no power under state law to arrest you or keep you only because ICE sent a civil detainer. The state Department of Correction still had a 287(g) agreement with ICE in 2025.

law-vt-s79-name = Vermont S.79 (2017)
law-vt-s79-summary = This law limits how far Vermont's state and local agencies take part in federal immigration enforcement; news coverage said it does not make Vermont a sanctuary state. What else it does was not checked.

law-md-dignity-not-detention-act-name = Maryland Dignity Not Detention Act
law-md-dignity-not-detention-act-summary = This law ended contracts for Maryland county jails to hold people for ICE, and the contracts that existed had to end by October 1, 2022. Lawmakers passed it over the Governor's veto in December 2021.

law-md-287g-ban-name = Maryland 287(g) ban
law-md-287g-ban-summary = Signed in February 2026, this law bans formal 287(g) agreements with ICE in Maryland. Sources disagree on whether the ban applied at once or from July 2026.

law-de-287g-ban-name = Delaware 287(g) ban (HB 182)
law-de-287g-ban-summary = This 2025 law bans 287(g) agreements with ICE in Delaware. Agreements that already existed had to end by August 13, 2025.

law-nm-immigrant-safety-act-name = New Mexico Immigrant Safety Act
law-nm-immigrant-safety-act-summary = New Mexico public bodies may not make agreements to hold people for civil immigration violations, or use, sell or lease public land for that, and 287(g) agreements are banned; agreements that exist must end. The Attorney General or a district attorney can go to court to stop a violation, but the law gives no money damages.

law-me-ld-1971-name = Maine LD 1971
law-me-ld-1971-summary = Maine police may not investigate, stop, hold or arrest you for civil immigration enforcement, keep you on an ICE detainer, or give out private details such as your release date or address. If you are in custody you must be told your rights before an ICE interview, but police still follow criminal warrants and court orders. It became law in January 2026 without the Governor's signature and was due to take effect around mid-July 2026; the State Police began following its rules in December 2025.

law-ri-detainer-policy-2014-name = Rhode Island detainer policy (2014)
law-ri-detainer-policy-2014-summary = This was a policy of the Governor, not a law passed by the legislature. In July 2014 the Department of Corrections said it would not honor ICE detainers without a warrant. An August 2014 policy for all state agencies narrowed that: they honor detainers that come with a judge's deportation or removal order. Whether this policy still applies today was not found.

law-tx-sb4-2017-name = Texas SB 4 (2017): ban on sanctuary policies
law-tx-sb4-2017-summary = Texas cities and counties may not adopt policies that limit immigration enforcement, local jails must honor ICE hold requests, and officials who do not comply can be punished. A federal appeals court let almost all of it stand in 2018; it struck only the part that barred officials from speaking in favor of sanctuary policies.

law-tx-sb4-2023-name = Texas SB 4 (2023): state illegal-entry crime
law-tx-sb4-2023-summary = This law makes it a Texas crime to enter from another country anywhere but a port of entry, and to enter again after being removed, and lets state judges order people back to the country they came from. A court blocked it in February 2024, and an appeals panel kept it blocked in July 2025. Later reports say the full appeals court then lifted the block because those who sued had no standing, which would let Texas enforce it, but this is not confirmed.

law-tx-sb8-2025-name = Texas SB 8 (2025)
law-tx-sb8-2025-summary = Certain Texas county sheriffs who run jails must seek 287(g) agreements with ICE. The Attorney General may sue to enforce this starting December 1, 2026.

law-fl-sb168-name = Florida anti-sanctuary law (SB 168)
law-fl-sb168-summary = Florida bans sanctuary policies: state and local agencies must use their best efforts to support federal immigration enforcement, may not be stopped from sharing immigration information with federal agencies, and jails must honor ICE detainers that come with the proper papers. Its enforcement parts took effect on October 1, 2019. A court let most of it stand in 2019, and a 2020 ruling partly sided with those who sued; what that ruling changed and how any appeal ended were not checked.

law-fl-sb1718-name = Florida SB 1718 (2023)
law-fl-sb1718-summary = Among other things, Florida treats driver's licenses that other states issue to undocumented people, including Connecticut's drive-only license, as invalid, and driving in Florida on one is a crime. The law also made it a crime to bring undocumented people into Florida, but a court blocked that part in May 2024; the rest is in force.

law-ga-hb1105-name = Georgia Criminal Alien Track and Report Act of 2024 (HB 1105)
law-ga-hb1105-summary = Georgia jails must check people's immigration status with ICE, honor ICE detainers, apply each year for 287(g)-type agreements and publish detainer reports every three months. Officials who break the anti-sanctuary rules commit a misdemeanor, and their local governments lose state money. Most of it took effect when it was signed in May 2024, though sources differ on the date; a 2025 bill, SB 21, to remove local governments' immunity for sanctuary violations was pending, and its outcome was not found.

law-tn-sb6002-name = Tennessee SB 6002 / HB 6001 (2025 special session)
law-tn-sb6002-summary = Tennessee lawmakers passed this bill in January 2025. It makes it a felony for local officials to vote for sanctuary policies and creates a state immigration enforcement division led by a chief immigration enforcement officer. Whether the Governor signed it and it became law is not confirmed.

law-ia-sf481-name = Iowa anti-sanctuary law (SF 481)
law-ia-sf481-summary = Iowa's local governments must honor ICE detainers and may not limit immigration enforcement, or they lose state funds.

law-nh-anti-sanctuary-bill-2025-name = New Hampshire Anti-Sanctuary City Act (2025 bill)
law-nh-anti-sanctuary-bill-2025-summary = This 2025 bill would bar local policies that get in the way of federal immigration law, and would allow holds of 48 hours, not counting weekends and holidays, after a person's state charges end. Refusals to honor ICE detainers would have to be reported to the Attorney General. The bill summary also speaks of fines of up to 25 percent of state funds, without saying more. It gives January 1, 2026 as the start date, but whether the bill became law is not confirmed.

law-az-sb1070-name = Arizona SB 1070 (2010)
law-az-sb1070-summary = In 2012 the US Supreme Court struck down three parts of this law as conflicting with federal law. The part that lets Arizona police check a person's immigration status during a lawful stop was allowed to take effect.

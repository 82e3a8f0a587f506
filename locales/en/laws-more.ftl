# More California laws: what each means for a person, and what it does not do.

law-vision-act-name = VISION Act (AB 937)
law-vision-act-summary = This bill would have stopped state prisons and local jails from handing people over to ICE when they became eligible to be released. It passed the Assembly in 2021. It failed in the state Senate in 2022, 3 votes short. It is not law.
law-vision-act-does-not = It is not law, so it protects no one. State prisons may still tell ICE about people who are leaving prison and arrange to hand them over. The limits in SB 54 cover local police and sheriffs, not state prisons.

law-home-act-name = HOME Act (AB 1306)
law-home-act-summary = This bill came after the VISION Act. Governor Newsom vetoed it on September 22, 2023, so it is not law. When he vetoed it, he said state prisons would limit their contact with ICE to two times: when a person enters prison and when the person is close to release.
law-home-act-does-not = It is not law, so it protects no one. State prisons may still tell ICE about people who are leaving prison and arrange to hand them over.

law-ab60-name = AB 60 driver's licenses
law-ab60-summary = You can get a California driver's license even if you cannot prove you are in the U.S. lawfully. You must meet every other rule, and prove who you are and that you live in California. It is against the law to treat you unfairly because you have this kind of license.
law-ab60-does-not = It is a license to drive. It does not count as ID for federal purposes. It does not make your DMV record secret from the police: the DMV may still share records with law enforcement for an investigation, and that may include ICE.

law-ab450-name = Immigrant Worker Protection Act (AB 450)
law-ab450-summary = Your employer may not choose to let immigration agents into parts of your workplace that the public does not normally enter, like offices or rooms only for workers, unless the agents have a warrant signed by a judge. Your employer also may not let agents see or take worker records without a judge's warrant, a subpoena, or a federal notice to inspect work papers (I-9 forms). If your employer gets such a notice, it must tell workers within 72 hours, in the language it usually uses with them.
law-ab450-does-not = It is a rule for employers, not for ICE. If agents have a warrant signed by a judge, they can still come in. An ICE form, such as Form I-200 or Form I-205, is not a judge's warrant. Your employer does not have to block agents with their body. You keep your own rights at work, like the right to stay silent.

law-ab49-name = Safe Haven Schools (AB 49)
law-ab49-summary = Immigration officers may not go into the parts of a school that are not open to the public unless they show valid ID and have a warrant or subpoena from a judge, or a court order. Schools may not give agents information about students, families or staff without a judge's warrant.
law-ab49-does-not = It does not keep out officers who show valid ID and have a judge's warrant, a judge's subpoena or a court order. Its rule about entering is for the parts of a school that are not open to the public.

law-sb81-name = Health care places (SB 81)
law-sb81-summary = Health care providers must choose which of their areas are not open to the public. They must keep immigration agents out of those areas unless the agents have a warrant signed by a judge or a court order. Your immigration status is treated as part of your medical record.
law-sb81-does-not = It does not keep out agents who have a warrant signed by a judge or a court order. Its rule is for the areas a provider has marked as not open to the public.

law-sb98-name = Schools must tell families (SB 98)
law-sb98-summary = When a school confirms that immigration agents are on campus, it must tell parents, students and staff. School safety plans must include this by March 1, 2026. The rule lasts until January 1, 2031.
law-sb98-does-not = It is about telling people, not about keeping agents out. AB 49 has the rules on when agents may go into the parts of a school that are not open to the public.

law-sb627-name = No Secret Police Act (SB 627)
law-sb627-summary = This law says local, state and federal officers may not cover their faces while dealing with the public. There are exceptions, such as undercover work, N95-type medical masks and SWAT gear. Its start date is January 1, 2026. California passed this law. Whether it can be enforced against federal agents is being fought in court: the U.S. Department of Justice sued California in November 2025.
law-sb627-does-not = Do not count on federal agents following it. The U.S. government says it will not comply, and federal prosecutors have said it has no effect on their work. Until the courts decide, it is not settled.

law-sb805-name = No Vigilantes Act (SB 805)
law-sb805-summary = This law says officers who are not in uniform must show a name or badge number that people can see. Bail agents may not take part in immigration enforcement. California passed this law. Whether it can be enforced against federal agents is being fought in court: the U.S. Department of Justice sued California in November 2025.
law-sb805-does-not = Do not count on federal agents following it. The U.S. government says it will not comply, and federal prosecutors have said it has no effect on their work. Until the courts decide, it is not settled.

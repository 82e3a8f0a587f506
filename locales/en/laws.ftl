# California laws: what each means for a person.

law-trust-act-name = TRUST Act
law-trust-act-summary = This 2013 law was the first to limit ICE holds in local jails. It let a jail keep a person past their release time on an ICE hold only in certain cases, such as some serious or violent convictions. Since SB 54 took effect in 2018, a local jail may not keep anyone past release on an ICE hold at all. An ICE hold is a request, not a judge's order.

law-truth-act-name = TRUTH Act
law-truth-act-summary = In a California jail, before ICE may interview you, you must get a written form. It says the interview is voluntary, and that you may say no or talk only with your lawyer there. If the jail gets an ICE request about you, it must give you a copy.

law-sb54-name = California Values Act (SB 54)
law-sb54-summary = California police and sheriffs generally may not ask about your immigration status or help ICE with immigration enforcement. A local jail may not keep you past your release time because ICE asked. For people with some serious convictions, a jail may still tell ICE when they will be released, or hand them over to ICE. This law does not bind federal agents, and it does not cover state prisons.

law-trust-act-does-not = It does not stop ICE from arresting people itself. Its list of convictions now decides when a jail may tell ICE about a release or hand a person over to ICE, under SB 54, not whether the jail may keep the person longer.
law-truth-act-does-not = It does not stop ICE from asking, and it does not apply to federal immigration detention. It covers interviews in local jails.
law-sb54-does-not = It does not stop ICE or other federal agents, and it does not cover state prisons (CDCR). Police may still share information that is already public.

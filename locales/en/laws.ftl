# California laws: what each means for a person.

law-trust-act-name = TRUST Act
law-trust-act-summary = Local jails may not keep you past your release time only because ICE asked them to (an "ICE hold"), unless you fall in certain groups, such as people with some serious or violent convictions. An ICE hold is a request, not a judge's order.

law-truth-act-name = TRUTH Act
law-truth-act-summary = In a California jail, before ICE may interview you, you must get a written form. It says the interview is voluntary, and that you may say no or talk only with your lawyer there. If the jail gets an ICE request about you, it must give you a copy.

law-sb54-name = California Values Act (SB 54)
law-sb54-summary = California police and sheriffs generally may not ask about your immigration status or hold you for ICE. There are exceptions for some serious convictions. This law does not bind federal agents, and it does not cover state prisons.

law-trust-act-does-not = It does not stop ICE from arresting people itself, and it does not protect people in the listed groups of convictions. SB 54 later made the rules stricter.
law-truth-act-does-not = It does not stop ICE from asking, and it does not apply to federal immigration detention. It covers interviews in local jails.
law-sb54-does-not = It does not stop ICE or other federal agents, and it does not cover state prisons (CDCR). Police may still share information that is already public.

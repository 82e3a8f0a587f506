# The situations. Plain words, short sentences, one action per step.

## At home

at-home-title = Agents at your door
at-home-summary = Immigration agents are knocking at your home.

at-home-keep-door-closed-do = Keep the door closed. Talk through the door. Ask who they are and why they came. Ask them to show a badge at the window.
at-home-keep-door-closed-say = Who are you, and why are you here? Please show me your badge through the window.
at-home-keep-door-closed-why = Opening the door does not give them permission to come in. But talking through a closed door is safer.

at-home-ask-for-warrant-do = Ask if they have a warrant signed by a judge. Ask them to slide it under the door or hold it up to the window. Do not open the door to read it.
at-home-ask-for-warrant-say = I do not consent to you entering my home. If you have a warrant signed by a judge, please slide it under the door.
at-home-ask-for-warrant-why = Advocates say that without a warrant signed by a judge, agents need your permission to come into your home. Since 2025, ICE says its agents may force their way in with Form I-205 to arrest a person who has a final order of removal. Courts are hearing challenges to that claim.

at-home-check-the-warrant-do = Look at the paper. A judge's warrant comes from a court and is signed by a judge. A search warrant should show this address. An arrest warrant should name a person who lives here. Check the date too. The warrant checker in this app goes through it with you.
at-home-check-the-warrant-why = A paper from ICE, such as Form I-200 or Form I-205, is signed by an ICE officer, not a judge. Advocates say it does not let agents into your home without your permission, but since 2025 ICE says it may force entry with Form I-205 to arrest a person who has a final order of removal. If a search warrant shows another address, or an arrest warrant names no one who lives here, you do not have to open the door.

at-home-if-they-come-in-do = If agents force their way in, do not fight them or block them. Say clearly that you do not agree to their entry or to a search. Stay silent and ask for a lawyer.
at-home-if-they-come-in-say = I do not consent to this entry or to any search.
at-home-if-they-come-in-why = Fighting back can put you and your family in danger. You can still refuse with your words.

## In public

in-public-title = Stopped in public
in-public-summary = Agents or police stop you on the street or in a public place.

in-public-stay-calm-do = Stay calm. Do not run, argue, fight or block the officer, even if you think the stop is wrong. Keep your hands where they can see them.
in-public-stay-calm-why = Running or fighting can put you in danger.

in-public-refuse-search-do = You can say no to a search of your pockets or bags. Officers may still pat the outside of your clothes to check for weapons.
in-public-refuse-search-say = I do not consent to a search.
in-public-refuse-search-why = You have the right to say no. If they search anyway, do not fight them.

in-public-papers-do = If you have valid immigration papers, like a green card or a work permit, carry them, and show them if an immigration agent asks. If you do not have papers, you can stay silent. Never show false papers. Do not carry papers from another country, like a foreign passport.
in-public-papers-why = Federal law says adults who have been given these papers must carry them and show them to immigration agents who ask. Not carrying them is a federal misdemeanor. Papers from another country can show where you are from.

## Traffic stop

traffic-stop-title = Stopped in a car
traffic-stop-summary = Police or agents stop the car you are driving or riding in.

traffic-stop-pull-over-safely-do = Pull over in a safe place. Turn off the engine. Turn on the light inside the car. Open the window part of the way. Keep your hands on the wheel where the officer can see them.
traffic-stop-pull-over-safely-why = This shows the officer you are not a danger, and it keeps everyone safer.

traffic-stop-show-license-do = If the officer asks, show your driver's license, the car's registration and proof of insurance. If you do not have one of these, never show a false one.
traffic-stop-show-license-why = Drivers must show these papers when asked.

traffic-stop-ca-ab60-do = In California, you can drive with a license the DMV gives under the AB 60 law, even if you cannot prove lawful presence in the U.S.
traffic-stop-ca-ab60-why = An AB 60 license is valid for driving in California. It is not federal ID. Treating someone unfairly because they have one is against the law.

traffic-stop-stay-silent-do = The driver and the passengers can all stay silent. If you choose to, say so out loud.

traffic-stop-refuse-search-do = Do not agree to a search of the car. If they search anyway, do not fight them.
traffic-stop-refuse-search-say = I do not consent to a search of my car.
traffic-stop-refuse-search-why = Police may still search without your permission if they believe there is evidence of a crime. Fighting back can put you in danger.

traffic-stop-passenger-free-to-go-do = If you are a passenger, ask if you are free to go. If the answer is yes, leave calmly.

traffic-stop-officer-name-do = If the officers are police, ask for their names and badge numbers. Write them down.
traffic-stop-officer-name-say = May I have your name and badge number, please?
traffic-stop-officer-name-why = Writing them down keeps a record of who stopped you.

traffic-stop-immigration-agents-do = If the agents are from ICE or the Border Patrol, the same steps apply: stay calm, stay silent, and do not agree to a search.
traffic-stop-immigration-agents-why = In general, immigration agents need a reasonable suspicion of an immigration violation or a crime to stop a car, and a warrant or probable cause to search it. In September 2025 the U.S. Supreme Court let immigration stops in the Los Angeles area go on while a court case continues. What that order allows is not settled: ask a lawyer.

## At home: do not

at-home-dont-open-the-door = Do not open the door unless agents show you, under the door or at the window, a warrant signed by a judge that fits this home: a search warrant for this address, or an arrest warrant for a person who lives here.

## In public: do not

in-public-dont-carry-foreign-papers = Do not carry papers from another country, such as a foreign passport or a consular ID. They can show where you are from. This advice comes from immigrant defense groups, as quoted on other sites: ask a lawyer if you are not sure what to carry.
in-public-dont-follow-agents = Do not go with agents to an office or agree to "meet for coffee". This can be a trick.

## Traffic stop: do not

traffic-stop-dont-show-false-papers = Do not show a false license or false papers, even if you do not have real ones.
traffic-stop-dont-consent-to-search = Do not agree to a search of the car. If they search anyway, do not fight them.

## Traffic stop: immigration papers

traffic-stop-papers-do = If you have valid immigration papers, like a green card or a work permit, carry them. If an immigration agent asks for them, show them. If you do not have papers, you can stay silent. Do not lie, and never show false papers or papers from another country.
traffic-stop-papers-why = Federal law says adults who have been given these papers must carry them. Not carrying them is a federal misdemeanor, with a fine of up to $100 or up to 30 days in jail. Since 2025 the government has been reminding people of this rule. You can still stay silent about everything else. Our sources for the details are law firm pages: ask a lawyer what this means for your papers.

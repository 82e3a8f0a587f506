# Situations 9 to 15. Plain words, short sentences, one action per step.
# Never put a phone number in a message.

## In court

in-court-title = Going to court
in-court-summary = You have a case in a state court or in immigration court.

in-court-state-court-do = Know that a California state court does not decide your immigration status.
in-court-state-court-why = Even so, what happens in a state court case can matter for your immigration case. Some results can help you. Some can hurt you.

in-court-ask-immigration-lawyer-do = If you have a case in a state court, talk about it with an immigration lawyer too.
in-court-ask-immigration-lawyer-why = Some state court matters can help, such as SIJS findings for young people, or matters for victims of crime. Some results in a criminal case can hurt your immigration status.

in-court-case-information-do = To get information about a case in immigration court, have the person's A-number ready. The court's automated case line is listed in this app's help finder.
in-court-case-information-why = The automated line needs the A-number. The line is run by the government, not by advocates.

in-court-ask-for-lawyer-do = You can ask to speak with a lawyer.
in-court-ask-for-lawyer-say = I want to speak with a lawyer.
in-court-ask-for-lawyer-why = In immigration cases, the government usually does not pay for your lawyer. You may have to find one yourself.

in-court-free-legal-help-do = Look for free legal help. You can search two national directories of free and low-cost legal services online (the links with this step). The immigration court also has a list of free (pro bono) legal providers.
in-court-free-legal-help-why = These lists can help you find free legal help. If you are detained and have no lawyer, ask the officers for the list of free legal providers.

in-court-dont-ignore-state-case = Do not think a state court case has nothing to do with immigration. Some criminal results can hurt your status. Ask an immigration lawyer.

## At a school or hospital

school-hospital-title = At a school or hospital
school-hospital-summary = Immigration agents come to a school, a clinic or a hospital.

school-hospital-school-private-areas-do = Know the school law. Immigration agents may not go into the parts of a school that are not open to the public unless they show valid ID and a warrant, subpoena or order from a judge or court.
school-hospital-school-private-areas-why = This California law is called AB 49. It was signed on September 20, 2025.

school-hospital-school-records-do = Know that a school may not give agents information about students, families or staff unless the agents have a warrant from a judge.
school-hospital-school-records-why = AB 49 protects this information too. A paper signed by an ICE officer, and not by a judge, is not a judge's warrant.

school-hospital-school-notice-do = Watch for messages from your child's school. When a school confirms that immigration agents are on campus, it must tell parents, students and staff.
school-hospital-school-notice-why = This California law is called SB 98. Schools had to add this step to their safety plans by March 1, 2026. The rule lasts until January 1, 2031.

school-hospital-health-private-areas-do = Know the health care law. Clinics and hospitals must choose which of their areas are not open to the public. They must keep immigration agents out of those areas unless the agents have a warrant from a judge or a court order.
school-hospital-health-private-areas-why = This California law is called SB 81. It also treats your immigration status as part of your medical record.

school-hospital-emergency-care-do = Get emergency medical care when you need it.
school-hospital-emergency-care-why = The California Attorney General says you may get emergency medical care whatever your immigration status.

school-hospital-dont-public-areas = Do not think these laws cover every part of a school or hospital. They are about areas that are not open to the public.
school-hospital-dont-count-on-agents = Do not count on these laws alone to keep agents away. Agents with a warrant signed by a judge, or a court order, may still come in.
school-hospital-dont-skip-care = Do not stay away from emergency care because of your immigration status.

## Near the border

border-zone-title = Near the border
border-zone-summary = Border Patrol checkpoints, and airports or border crossings where you enter the country.

border-zone-hundred-mile-zone-do = Know that border agents say they have extra powers within 100 miles of any U.S. border, including the coast. Most of California's big cities are in this zone.
border-zone-hundred-mile-zone-why = A federal law, 8 U.S.C. §1357(a)(3), lets these agents act within a "reasonable distance" of the border, and a federal rule sets that distance at 100 air miles. The Constitution still protects you inside this zone. Our sources for this are copies of an ACLU fact sheet, not the ACLU's own page, and border rules are complex: ask a lawyer about your situation.

border-zone-checkpoint-silent-do = At a Border Patrol checkpoint, stay calm and keep your hands where agents can see them. You can stay silent. If you choose to, say so out loud.
border-zone-checkpoint-silent-why = The Border Patrol may run immigration checkpoints. But the Constitution still applies there, including your right not to answer questions.

border-zone-papers-do = At a checkpoint, or anywhere near the border, if you have valid immigration papers, like a green card or a work permit, carry them and show them to immigration agents who ask. If you do not have papers, you can stay silent. Do not lie, and never show false papers or papers from another country.
border-zone-papers-why = Federal law says adults who have been given these papers must carry them. Not carrying them is a federal misdemeanor. Since 2025, Customs and Border Protection has been reminding people of this rule. Our sources for the details are law firm pages and news reports: ask a lawyer what this means for your papers.

border-zone-refuse-search-do = Do not agree to a search of your car. If they search anyway, do not fight them.
border-zone-refuse-search-say = I do not consent to a search of my car.
border-zone-refuse-search-why = Inside the zone, the Border Patrol needs a reasonable suspicion of an immigration violation or a crime to pull a car over. To search a car, it needs a warrant or probable cause.

border-zone-ports-of-entry-do = When you enter the country at an airport, a land crossing or a seaport, expect that officers may search your bags and your car.
border-zone-ports-of-entry-why = These places are called ports of entry. There, officers do not need a warrant or a reason for routine searches, even of U.S. citizens and green card holders. The rules are very different from stops inside the country. Border rules are complex: ask a lawyer before you travel if you are worried.

border-zone-phones-laptops-do = Know the rules for phones and laptops at a port of entry. Officers say they can search them without a warrant. You do not have to give your password.
border-zone-phones-laptops-why = Saying no may not stop the search. If you do not unlock a device, officers may keep it for weeks. A traveler who is not a U.S. citizen or green card holder may be refused entry.

border-zone-lawyer-at-port-do = If you are a U.S. citizen, you may ask for a lawyer while officers question you at a port of entry.
border-zone-lawyer-at-port-say = I want to speak with a lawyer.
border-zone-lawyer-at-port-why = Green card and visa holders usually have no right to a lawyer during this check, unless it becomes a criminal matter. Border rules are complex. This is general information: ask an immigration lawyer before you travel.

border-zone-dont-no-rights = Do not think you lose your rights near the border. The Constitution still applies in the 100-mile zone.

## Recording agents

recording-title = Recording agents
recording-summary = You see immigration agents at work in a public place and want to record them.

recording-right-to-record-do = You can record agents in a public place. Stay where you are allowed to be. Keep a safe distance. Do not get in their way.
recording-right-to-record-why = Federal courts, including the appeals court that covers California, say people have a First Amendment right to record police doing their jobs in public. The same idea is used for immigration agents.

recording-know-the-risk-do = Know the risk before you record. People have been arrested while filming agents.
recording-know-the-risk-why = ProPublica, a news group, counted at least 130 people arrested for allegedly getting in the way of agents or filming them. The Department of Homeland Security has called recording agents "doxing", a word for exposing people's private information.

recording-move-back-do = If an agent orders you to move back, do it. You can keep recording from farther away.
recording-move-back-why = Agents may lawfully tell you to move back for safety. If you refuse, you can be arrested.

recording-protect-phone-do = If an officer asks to see your phone, you can say no. You do not have to unlock it or delete your video.
recording-protect-phone-say = I do not consent to a search of my phone.
recording-protect-phone-why = Our source, a summary of advice from the Electronic Frontier Foundation, says that without a warrant officers should not search your phone, make you delete video, or make you unlock it. This point needs a lawyer's check for your own case. If officers take your phone anyway, do not fight them.

recording-write-details-do = Write down the date, the time and the place. Note the agents' names, badge numbers, vehicles and license plates.
recording-write-details-why = These details make a clear record of what happened and who was there.

recording-focus-on-agents-do = Point your camera at the agents, not at the person they are holding.
recording-focus-on-agents-why = This protects the privacy of the person being detained.

recording-dont-interfere = Do not touch, block or get in the way of agents while you record.
recording-dont-ignore-orders = Do not refuse an order to move back. Keep recording from a safe distance instead.
recording-dont-delete-footage = Do not unlock your phone or delete your video because an officer says so.

## Family plan

family-plan-title = Make a family plan
family-plan-summary = Get your family ready before anything happens.

family-plan-memorize-numbers-do = Learn by heart the phone numbers of a person you trust and of a lawyer.
family-plan-memorize-numbers-why = If you are detained, you may not have your phone.

family-plan-children-pickup-do = Decide who may pick up your children if you cannot. Write it down.
family-plan-children-pickup-why = Then the people you trust know what to do if you do not come home.

family-plan-documents-do = Keep your important papers in one place that people you trust can get to.
family-plan-documents-why = Your family may need these papers quickly if something happens to you.

family-plan-a-number-do = If you have an A-number, know it. Write it down where your family can find it.
family-plan-a-number-why = If you are an adult and you are detained, your family can look for you in ICE's online detainee locator with your A-number and your country of birth. The immigration court's case line also asks for the A-number.

family-plan-tell-officer-parent-do = If you are arrested or detained, tell the officer if you are the parent or main caregiver of a child. Tell them too if you have medical needs.
family-plan-tell-officer-parent-say = I am the parent and main caregiver of a child.
family-plan-tell-officer-parent-why = You can tell officers this. If local police in California arrest you, a parent with custody gets two more free phone calls to arrange care for the children.

family-plan-plan-form-do = Fill out a family plan form. The ILRC Family Preparedness Plan comes in English, Spanish, Tagalog, Vietnamese and Traditional Chinese.
family-plan-plan-form-why = A written plan in one place is easier to share with the people you trust.

family-plan-dont-wait = Do not wait until agents come to make a plan.
family-plan-dont-rely-on-phone = Do not keep important numbers only in your phone. You may not have it if you are detained.

## Scams

scams-title = Immigration scams
scams-summary = Someone offers you immigration help, or says there is a problem with your status.

scams-real-lawyer-do = Get legal advice about immigration only from a licensed lawyer or from a representative accredited by the U.S. Department of Justice.
scams-real-lawyer-why = Only they are allowed to give immigration legal advice.

scams-consultants-do = Be careful with "notarios" and immigration consultants. Before you pay anyone, ask if they are a lawyer or an accredited representative.
scams-consultants-why = A consultant who is not a lawyer may only fill in forms and translate. They may not tell you what to do in your case.

scams-calls-and-texts-do = If someone calls, texts or emails to say there is a problem with your immigration status, do not give them money or personal information.
scams-calls-and-texts-say = I will not give money or personal information. I will check with my own lawyer.
scams-calls-and-texts-why = The California Attorney General warns people not to do this.

scams-free-help-do = Look for free legal help. The California Department of Social Services publishes lists of groups that give it.
scams-free-help-why = The State of California pays nonprofit groups to give free immigration legal services.

scams-dont-pay-for-advice = Do not pay a notario or a consultant for legal advice about your immigration case.
scams-dont-share-details = Do not give money or personal information to anyone who contacts you about a problem with your status. Ask a lawyer you trust instead.

## Rumors and sightings

rumors-title = Rumors and sightings
rumors-summary = You hear that immigration agents are nearby, or you see them yourself.

rumors-check-first-do = Before you share news about immigration agents, check that it is true.
rumors-check-first-why = A post that no one has checked can be wrong, and it can spread fear.

rumors-call-rapid-response-do = If you see immigration agents, call your county's rapid response line instead of posting about it. You can find the line in this app's help finder.
rumors-call-rapid-response-why = Rapid response lines take reports about immigration agents nearby, and they help people who need it.

rumors-document-safely-do = If it is safe, record or write down what you see. Keep your distance.
rumors-document-safely-why = A record of what happened can help later. Getting in the way of agents can get you arrested.

rumors-stay-silent-do = If agents question you while you watch, you can stay silent. If you choose to, say so out loud.

rumors-right-numbers-do = Share only help numbers that come from a source you trust, such as your local rapid response network.
rumors-right-numbers-why = The Department of Homeland Security (DHS) has a number for the public to report people to ICE. It is not a help line.

rumors-dont-post-unchecked = Do not post sightings of immigration agents that no one has checked.
rumors-dont-share-tip-line = Do not share the DHS number for reporting people to ICE as if it were a help number.
rumors-dont-interfere = Do not get in the way of agents or try to stop them.

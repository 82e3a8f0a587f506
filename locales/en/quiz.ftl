# The training quiz: one question per block, then its choices and why. Each
# question tests one step of its situation (content/quiz/<topic>.toml).

## Agents at your door

quiz-at-home-door = Immigration agents knock at your home. What should you do?
quiz-at-home-door-a = Open the door a little to talk.
quiz-at-home-door-b = Keep the door closed and talk through it.
quiz-at-home-door-c = Step outside to talk with them.
quiz-at-home-door-why = Keep the door closed and talk through it. Ask who they are and why they came. Opening the door does not give them permission to come in, but talking through a closed door is safer.

quiz-at-home-open = Agents want you to open the door. What must they show you before you open it?
quiz-at-home-open-a = A badge at the window.
quiz-at-home-open-b = Any paper that says "warrant".
quiz-at-home-open-c = A warrant signed by a judge that fits this home.
quiz-at-home-open-why = Do not open the door unless they show you, under the door or at the window, a warrant signed by a judge that fits this home. That means a search warrant for this address, or an arrest warrant for a person who lives here.

quiz-at-home-silent = Agents ask where you were born. Do you have to answer?
quiz-at-home-silent-a = No. You can stay silent.
quiz-at-home-silent-b = Yes. You must answer every question.
quiz-at-home-silent-c = No, but you must tell them your immigration status.
quiz-at-home-silent-why = The Fifth Amendment lets you refuse to answer questions. You do not have to say where you were born, what your immigration status is, or how you came to this country. If you choose to stay silent, say so out loud.

quiz-at-home-forced = Agents force their way into your home. What should you do?
quiz-at-home-forced-a = Block them so they cannot get in.
quiz-at-home-forced-b = Do not fight. Say you do not agree to their entry or to a search.
quiz-at-home-forced-c = Answer their questions so they leave sooner.
quiz-at-home-forced-why = Do not fight or block them: fighting back can put you and your family in danger. You can still refuse with your words. Say you do not agree to their entry or to a search, stay silent and ask for a lawyer.

## Checking a warrant

quiz-warrant-check-say-warrant = Agents say through the door that they have a warrant. What should you do?
quiz-warrant-check-say-warrant-a = Open the door, since they said so.
quiz-warrant-check-say-warrant-b = Do not open the door. See the paper first.
quiz-warrant-check-say-warrant-c = Open the door if they say they are police.
quiz-warrant-check-say-warrant-why = Do not open the door just because agents say they have a warrant. Agents sometimes say they have one when they do not, or say they are police. See the paper first.

quiz-warrant-check-judge = How can you tell that a paper is a warrant from a judge?
quiz-warrant-check-judge-a = It comes from a court, and a judge signed it.
quiz-warrant-check-judge-b = An ICE officer signed it.
quiz-warrant-check-judge-c = The agent tells you it is one.
quiz-warrant-check-judge-why = Look at who signed the paper. A warrant from a judge comes from a court, such as a U.S. District Court or a California Superior Court. A judge signs it.

quiz-warrant-check-ice-form = The paper is ICE Form I-205. Is it a judge's warrant?
quiz-warrant-check-ice-form-a = Yes. All warrant forms come from a judge.
quiz-warrant-check-ice-form-b = Yes, if an ICE officer signed it.
quiz-warrant-check-ice-form-c = No. An ICE officer signs it, not a judge.
quiz-warrant-check-ice-form-why = Forms from ICE, such as Form I-200 or Form I-205, are signed by an ICE officer, not a judge. Advocates say they do not let agents into your home without your permission, but since 2025 ICE says its agents may force their way in with Form I-205 to arrest a person who has a final order of removal, and courts are hearing challenges to that claim. If agents force their way in, do not fight or block them.

quiz-warrant-check-wrong-person = A judge signed an arrest warrant, but it names no one who lives in your home. Do you have to open the door?
quiz-warrant-check-wrong-person-a = Yes. Any judge's warrant lets them in.
quiz-warrant-check-wrong-person-b = No. You do not have to open the door.
quiz-warrant-check-wrong-person-c = Yes, once they slide it under the door.
quiz-warrant-check-wrong-person-why = An arrest warrant does not let officers into someone else's home to look for the person it names. For that, they need a search warrant. If an arrest warrant names no one who lives here, you do not have to open the door.

## Stopped in public

quiz-in-public-free-to-go = On the street, you ask an agent if you are free to go. The answer is yes. What can you do?
quiz-in-public-free-to-go-a = You must stay and answer their questions.
quiz-in-public-free-to-go-b = Leave calmly.
quiz-in-public-free-to-go-c = Run away fast.
quiz-in-public-free-to-go-why = If the answer is yes, leave calmly. If you are not being held, you do not have to stay and answer questions. If the answer is no, stay silent and ask for a lawyer.

quiz-in-public-search = An officer on the street wants to search your bag. What can you do?
quiz-in-public-search-a = Say: I do not consent to a search.
quiz-in-public-search-b = Hold on to your bag and fight them.
quiz-in-public-search-c = Nothing. You cannot say no.
quiz-in-public-search-why = You have the right to say no to a search of your pockets or bags. Officers may still pat the outside of your clothes to check for weapons. If they search anyway, do not fight them.

quiz-in-public-green-card = You have a valid green card. What should you do when you go out?
quiz-in-public-green-card-a = Leave it at home so it stays safe.
quiz-in-public-green-card-b = Carry it, but do not show it to immigration agents who ask.
quiz-in-public-green-card-c = Carry it, and show it if an immigration agent asks.
quiz-in-public-green-card-why = Federal law says adults who have been given these papers must carry them and show them to immigration agents who ask. Not carrying them is a federal misdemeanor.

quiz-in-public-coffee = Agents ask you to come to their office or to "meet for coffee". What should you do?
quiz-in-public-coffee-a = Go, so they see you have nothing to hide.
quiz-in-public-coffee-b = Do not go. This can be a trick.
quiz-in-public-coffee-c = Go, if they seem friendly.
quiz-in-public-coffee-why = Do not go with agents to an office or agree to "meet for coffee". This can be a trick.

## Stopped in a car

quiz-traffic-stop-pull-over = Police signal you to pull over. What should you do?
quiz-traffic-stop-pull-over-a = Keep the engine on so you are ready to go.
quiz-traffic-stop-pull-over-b = Stop in a safe place, turn off the engine, and keep your hands on the wheel.
quiz-traffic-stop-pull-over-c = Reach under the seat for your papers right away.
quiz-traffic-stop-pull-over-why = Pull over in a safe place, turn off the engine, turn on the light inside the car, and keep your hands on the wheel where the officer can see them. This shows the officer you are not a danger, and it keeps everyone safer.

quiz-traffic-stop-who-silent = Police stop your car. Who can stay silent?
quiz-traffic-stop-who-silent-a = Only the driver.
quiz-traffic-stop-who-silent-b = Only the passengers.
quiz-traffic-stop-who-silent-c = The driver and all the passengers.
quiz-traffic-stop-who-silent-why = The driver and the passengers can all stay silent. If you choose to, say so out loud. What you say can be used against you in court.

quiz-traffic-stop-car-search = An officer asks to search your car. What can you say?
quiz-traffic-stop-car-search-a = I do not consent to a search of my car.
quiz-traffic-stop-car-search-b = Go ahead, I have nothing to hide.
quiz-traffic-stop-car-search-c = You can search if you let me go after.
quiz-traffic-stop-car-search-why = Do not agree to a search of the car. Police may still search without your permission if they believe there is evidence of a crime. If they search anyway, do not fight them: fighting back can put you in danger.

quiz-traffic-stop-passenger = You are a passenger. You ask if you are free to go, and the officer says yes. What can you do?
quiz-traffic-stop-passenger-a = You must stay and answer questions.
quiz-traffic-stop-passenger-b = Leave calmly.
quiz-traffic-stop-passenger-c = Run from the car.
quiz-traffic-stop-passenger-why = If you are a passenger, ask if you are free to go. If the answer is yes, leave calmly. If you are not being held, you do not have to stay and answer questions.

## Agents at your work

quiz-at-work-areas = Where at work may ICE walk in without asking?
quiz-at-work-areas-a = Public areas, like a lobby or a parking lot.
quiz-at-work-areas-b = The kitchen or the office.
quiz-at-work-areas-c = Any room, even rooms only for workers.
quiz-at-work-areas-why = ICE may walk into the public areas of a business, like a dining room, a lobby or a parking lot, without asking. To go into areas that are not public, like a kitchen, an office or rooms only for workers, they need the employer's permission or a warrant signed by a judge. Being in a public area does not, by itself, let agents hold, question or arrest anyone.

quiz-at-work-free-to-leave = At work, you ask an agent if you are free to go back to work. The answer is yes. What can you do?
quiz-at-work-free-to-leave-a = You must stay and answer questions first.
quiz-at-work-free-to-leave-b = Run out the back door.
quiz-at-work-free-to-leave-c = Say you do not want to talk, then go back to work calmly.
quiz-at-work-free-to-leave-why = If the answer is yes, say you do not want to talk. Then go back to work or leave calmly. If you are not being held, you do not have to stay and answer questions.

quiz-at-work-groups = Agents tell workers to split into groups by immigration status. What can you do?
quiz-at-work-groups-a = You must move into the group for your status.
quiz-at-work-groups-b = Stay where you are.
quiz-at-work-groups-c = Move into a group, since that does not tell them anything.
quiz-at-work-groups-why = You can stay where you are. Moving into one of those groups is a way of telling them your status, and you do not have to tell them your status.

quiz-at-work-search = Agents at your work want to do a search. What can you say?
quiz-at-work-search-a = I do not consent to a search.
quiz-at-work-search-b = Go ahead, I have nothing to hide.
quiz-at-work-search-c = You can search if you do not ask me questions.
quiz-at-work-search-why = Do not agree to a search. You can say out loud: I do not consent to a search.

## Arrested by police

quiz-arrested-used-against = After an arrest, where can what you say be used against you?
quiz-arrested-used-against-a = Only in criminal court
quiz-arrested-used-against-b = Nowhere, because these are local police
quiz-arrested-used-against-c = In criminal court and in immigration court
quiz-arrested-used-against-why = What you say can be used against you in criminal court and in immigration court. So ask for a lawyer, and do not decide anything until you have talked with one.

quiz-arrested-caregiver = You are arrested, and you are the main caregiver of a child. What can you do?
quiz-arrested-caregiver-a = Tell the officer about your child
quiz-arrested-caregiver-b = Keep it from the officer
quiz-arrested-caregiver-c = Wait until you are let go to bring it up
quiz-arrested-caregiver-why = You can tell the officer that you are the parent or main caregiver of a child, and about any medical needs. It can help make sure your child is cared for and your health needs are known.

quiz-arrested-wrong-arrest = You think the police are arresting you by mistake. What should you do?
quiz-arrested-wrong-arrest-a = Run if you get the chance
quiz-arrested-wrong-arrest-b = Do not run or fight, even if you think it is wrong
quiz-arrested-wrong-arrest-c = Fight back so they let you go
quiz-arrested-wrong-arrest-why = Do not run from or fight the police, even if you think the arrest is wrong.

quiz-arrested-calls = In California, how many phone calls can you make after you are arrested?
quiz-arrested-calls-a = At least 3 calls that go through
quiz-arrested-calls-b = Only 1 call
quiz-arrested-calls-c = None until you see a judge
quiz-arrested-calls-why = California Penal Code section 851.5 gives you at least 3 calls that go through. You get them right after booking, and no later than 3 hours after your arrest, unless that is physically impossible.

## Held in a local jail

quiz-in-jail-silent = While you are held, you are asked where you were born. Do you have to answer?
quiz-in-jail-silent-a = Yes, because you are in jail
quiz-in-jail-silent-b = No. You can stay silent, and say so out loud
quiz-in-jail-silent-c = Yes, if an officer asks you
quiz-in-jail-silent-why = The Fifth Amendment lets you refuse to answer questions. You do not have to say where you were born. If you choose to stay silent, say so out loud.

quiz-in-jail-sign = In jail, you are given "voluntary departure" papers. What should you do?
quiz-in-jail-sign-a = Sign them to get out faster
quiz-in-jail-sign-b = Sign them if an officer tells you to
quiz-in-jail-sign-c = Do not sign until you have talked to a lawyer
quiz-in-jail-sign-why = Do not sign anything, especially "voluntary departure" papers, without talking to a lawyer.

quiz-in-jail-citizen = You are not a U.S. citizen. An officer asks if you are one. What is right?
quiz-in-jail-citizen-a = Do not say you are a U.S. citizen
quiz-in-jail-citizen-b = Say you are a citizen, to be safe
quiz-in-jail-citizen-c = Show false papers if you have them
quiz-in-jail-citizen-why = Do not lie. Do not say you are a U.S. citizen if you are not, and do not show false papers.

quiz-in-jail-interview = In a California city or county jail, ICE wants to interview you. What can you do?
quiz-in-jail-interview-a = Talk to ICE, because you are in jail
quiz-in-jail-interview-b = Say no, or talk only with your lawyer there
quiz-in-jail-interview-c = Nothing, the jail decides for you
quiz-in-jail-interview-why = The interview is voluntary. You can say no, or say you will talk only with your lawyer there. What you say to ICE can be used against you in immigration court.

## Held by ICE

quiz-ice-detention-free-help = ICE is holding you and you have no lawyer. What can you ask the officers for?
quiz-ice-detention-free-help-a = Nothing, you must find a lawyer alone
quiz-ice-detention-free-help-b = Nothing until your court date
quiz-ice-detention-free-help-c = The list of free (pro bono) legal services
quiz-ice-detention-free-help-why = If you do not have a lawyer, ask the officers for the list of free legal services. In immigration cases, the government usually does not pay for your lawyer. The groups on the list give legal help for free.

quiz-ice-detention-phone = What should you not talk about on a detention phone?
quiz-ice-detention-phone-a = Your immigration status or where you were born
quiz-ice-detention-phone-b = Nothing, because these calls are private
quiz-ice-detention-phone-c = Nothing, if you speak your own language
quiz-ice-detention-phone-why = Calls on detention phones may be listened to. So do not talk about your immigration status or where you were born on them.

quiz-ice-detention-locator = What does your family need to find you with ICE's Online Detainee Locator?
quiz-ice-detention-locator-a = Only your first name
quiz-ice-detention-locator-b = Your A-number or your exact name, and your country of birth
quiz-ice-detention-locator-c = Only your country of birth
quiz-ice-detention-locator-why = They need your A-number and your country of birth, or your name and your country of birth. The name must match ICE's records exactly. The locator finds people who are 18 or older.

quiz-ice-detention-departure = ICE offers you voluntary departure. What should you do first?
quiz-ice-detention-departure-a = Agree right away so it is over
quiz-ice-detention-departure-b = Let the officer decide for you
quiz-ice-detention-departure-c = Talk to a lawyer before you agree
quiz-ice-detention-departure-why = Do not agree to voluntary departure, or decide anything else about your case, before you talk to a lawyer.

## Going to court

quiz-in-court-case-line = What is true about the immigration court's automated case line?
quiz-in-court-case-line-a = It is run by advocates on your side
quiz-in-court-case-line-b = It needs the A-number, and the government runs it
quiz-in-court-case-line-c = You can use it without the A-number
quiz-in-court-case-line-why = To get information about a case, have the person's A-number ready. The automated line needs it. The line is run by the government, not by advocates.

quiz-in-court-lawyer = You have a case in immigration court. What can you do about a lawyer?
quiz-in-court-lawyer-a = Ask to speak with a lawyer, and be ready to find one yourself
quiz-in-court-lawyer-b = Wait, because the court will send you a free lawyer
quiz-in-court-lawyer-c = Go without one, because you may not ask for a lawyer
quiz-in-court-lawyer-why = You can ask to speak with a lawyer. In immigration cases, the government usually does not pay for your lawyer, so you may have to find one yourself.

quiz-in-court-free-help = Where can you look for free legal help with an immigration case?
quiz-in-court-free-help-a = Nowhere, because legal help costs money
quiz-in-court-free-help-b = Only after your case is over
quiz-in-court-free-help-c = Online directories, and the court's list of free legal providers
quiz-in-court-free-help-why = You can search two national directories of free and low-cost legal services online. The immigration court also has a list of free (pro bono) legal providers. If you are detained and have no lawyer, ask the officers for the list.

quiz-in-court-state-case = You have a criminal case in a California state court. Can it matter for immigration?
quiz-in-court-state-case-a = No, state courts have nothing to do with immigration
quiz-in-court-state-case-b = Yes, some results can hurt your status, so ask an immigration lawyer
quiz-in-court-state-case-c = Only if you talk about immigration in court
quiz-in-court-state-case-why = Do not think a state court case has nothing to do with immigration. Some criminal results can hurt your status. Ask an immigration lawyer.

## At a school or hospital

quiz-school-hospital-records = Agents ask a California school for information about students. What must the agents have first?
quiz-school-hospital-records-a = A warrant from a judge
quiz-school-hospital-records-b = A paper signed by an ICE officer
quiz-school-hospital-records-c = Nothing, they only have to ask
quiz-school-hospital-records-why = Under AB 49, a school may not give agents information about students, families or staff unless the agents have a warrant from a judge. A paper signed by an ICE officer, and not by a judge, is not a judge's warrant.

quiz-school-hospital-clinic-areas = Under California's SB 81, what must clinics and hospitals do?
quiz-school-hospital-clinic-areas-a = Let agents into any area they ask for
quiz-school-hospital-clinic-areas-b = Keep agents out of the waiting room only
quiz-school-hospital-clinic-areas-c = Keep agents out of non-public areas without a judge's warrant or a court order
quiz-school-hospital-clinic-areas-why = Clinics and hospitals must choose which of their areas are not open to the public. They must keep immigration agents out of those areas unless the agents have a warrant from a judge or a court order.

quiz-school-hospital-emergency = You need emergency medical care in California, but you are afraid because of your immigration status. What should you do?
quiz-school-hospital-emergency-a = Stay home until you have papers
quiz-school-hospital-emergency-b = Get the emergency care you need
quiz-school-hospital-emergency-c = Skip it, because care depends on your status
quiz-school-hospital-emergency-why = Get emergency medical care when you need it. The California Attorney General says you may get emergency medical care whatever your immigration status.

quiz-school-hospital-with-warrant = Do these California laws keep all agents out of schools and hospitals?
quiz-school-hospital-with-warrant-a = No, agents with a judge's warrant or a court order may still come in
quiz-school-hospital-with-warrant-b = Yes, agents may not come in at all
quiz-school-hospital-with-warrant-c = Yes, unless the agents are in uniform
quiz-school-hospital-with-warrant-why = Do not count on these laws alone to keep agents away. Agents with a warrant signed by a judge, or a court order, may still come in.

## Near the border

quiz-border-zone-checkpoint = At a Border Patrol checkpoint, agents ask you questions. What can you do?
quiz-border-zone-checkpoint-a = You must answer, because you are near the border
quiz-border-zone-checkpoint-b = Stay calm, keep your hands in view, and you can stay silent
quiz-border-zone-checkpoint-c = Hide your hands and argue with the agents
quiz-border-zone-checkpoint-why = The Constitution still applies at Border Patrol checkpoints, including your right not to answer questions. Stay calm and keep your hands where agents can see them. If you choose to stay silent, say so out loud.

quiz-border-zone-car-search = Border Patrol agents want to search your car. What should you do?
quiz-border-zone-car-search-a = Say "I do not consent to a search of my car," and do not fight if they search anyway
quiz-border-zone-car-search-b = Agree to the search, because you have no rights near the border
quiz-border-zone-car-search-c = Block the car doors so they cannot search
quiz-border-zone-car-search-why = Do not agree to a search of your car. Inside the 100-mile zone, the Border Patrol needs a warrant or probable cause to search a car. If they search anyway, do not fight them.

quiz-border-zone-port-search = You enter the country at an airport. Can officers search your bags without a warrant?
quiz-border-zone-port-search-a = No, they need a warrant first
quiz-border-zone-port-search-b = Only if you are not a U.S. citizen
quiz-border-zone-port-search-c = Yes, routine searches there need no warrant or reason
quiz-border-zone-port-search-why = Airports, land crossings and seaports are ports of entry. There, officers do not need a warrant or a reason for routine searches, even of U.S. citizens and green card holders. Border rules are complex: ask a lawyer before you travel if you are worried.

quiz-border-zone-phone-password = At a port of entry, an officer asks for your phone password. What is true?
quiz-border-zone-phone-password-a = You must give it, or you break the law
quiz-border-zone-phone-password-b = You do not have to give it, but saying no may not stop the search
quiz-border-zone-phone-password-c = If you say no, they must give your phone back right away
quiz-border-zone-phone-password-why = You do not have to give your password, but saying no may not stop the search. If you do not unlock a device, officers may keep it for weeks. A traveler who is not a U.S. citizen or green card holder may be refused entry.

## Recording agents

quiz-recording-right = Can you record immigration agents at work in a public place?
quiz-recording-right-a = No, recording agents in public is against the law
quiz-recording-right-b = Yes, and you can stand as close as you want
quiz-recording-right-c = Yes, from where you are allowed to be, at a safe distance
quiz-recording-right-why = Federal courts say people have a First Amendment right to record police doing their jobs in public, and the same idea is used for immigration agents. Stay where you are allowed to be, keep a safe distance, and do not get in their way.

quiz-recording-move-back = While you record, an agent orders you to move back. What should you do?
quiz-recording-move-back-a = Move back and keep recording from farther away
quiz-recording-move-back-b = Stay where you are, because you have a right to record
quiz-recording-move-back-c = Step closer to show them you are filming
quiz-recording-move-back-why = Agents may lawfully tell you to move back for safety. If you refuse, you can be arrested. You can keep recording from farther away.

quiz-recording-phone = An officer asks to see your phone and tells you to delete your video. What can you do?
quiz-recording-phone-a = You must unlock it and delete the video
quiz-recording-phone-b = You can say no: you do not have to unlock it or delete your video
quiz-recording-phone-c = Fight to keep your phone if they take it
quiz-recording-phone-why = Our source, a summary of advice from the Electronic Frontier Foundation, says that without a warrant officers should not search your phone, make you delete video, or make you unlock it. If officers take your phone anyway, do not fight them. This point needs a lawyer's check for your own case.

quiz-recording-camera = Where should you point your camera?
quiz-recording-camera-a = At the agents
quiz-recording-camera-b = At the person the agents are holding
quiz-recording-camera-c = Anywhere. It does not matter.
quiz-recording-camera-why = Point your camera at the agents, not at the person they are holding. This protects the privacy of the person being detained.

## Make a family plan

quiz-family-plan-numbers = How should you keep the phone numbers of a person you trust and of a lawyer?
quiz-family-plan-numbers-a = Only in your phone
quiz-family-plan-numbers-b = Learn them by heart
quiz-family-plan-numbers-c = You do not need them
quiz-family-plan-numbers-why = Learn these numbers by heart. If you are detained, you may not have your phone.

quiz-family-plan-a-number = If you have an A-number, what should you do with it?
quiz-family-plan-a-number-a = Keep it hidden from your family
quiz-family-plan-a-number-b = Nothing, your family will not need it
quiz-family-plan-a-number-c = Know it, and write it down where your family can find it
quiz-family-plan-a-number-why = If you are an adult and you are detained, your family can look for you in ICE's online detainee locator with your A-number and your country of birth. The immigration court's case line also asks for the A-number.

quiz-family-plan-pickup = One day you may not be able to pick up your children. What should you do now?
quiz-family-plan-pickup-a = Nothing. Someone will know what to do.
quiz-family-plan-pickup-b = Decide who may pick them up, and write it down.
quiz-family-plan-pickup-c = Wait until it happens, then decide.
quiz-family-plan-pickup-why = Decide who may pick up your children if you cannot, and write it down. Then the people you trust know what to do if you do not come home.

quiz-family-plan-when = When should you make a family plan?
quiz-family-plan-when-a = When agents come to your door
quiz-family-plan-when-b = Once you see agents in your area
quiz-family-plan-when-c = Now, before anything happens
quiz-family-plan-when-why = Do not wait until agents come to make a plan. Get your family ready before anything happens.

quiz-family-plan-ct-guardian = In Connecticut, how can you name a standby guardian for your children?
quiz-family-plan-ct-guardian-a = Only through a lawyer and a court
quiz-family-plan-ct-guardian-b = With the state's Family Preparedness Plan toolkit, at no cost
quiz-family-plan-ct-guardian-c = By paying the state a fee
quiz-family-plan-ct-guardian-why = Connecticut made a Family Preparedness Plan toolkit for parents, to name a standby guardian in case you are detained or deported. You can name a standby guardian with no lawyer, no court and no cost.

## Immigration scams

quiz-scams-who-advises = Who may give you legal advice about immigration?
quiz-scams-who-advises-a = A licensed lawyer, or a representative accredited by the U.S. Department of Justice
quiz-scams-who-advises-b = Any notario
quiz-scams-who-advises-c = Anyone who fills in immigration forms
quiz-scams-who-advises-why = Only a licensed lawyer or a representative accredited by the U.S. Department of Justice is allowed to give immigration legal advice.

quiz-scams-consultant = A consultant who is not a lawyer offers to help you. What may they do?
quiz-scams-consultant-a = Tell you what to do in your case
quiz-scams-consultant-b = Only fill in forms and translate
quiz-scams-consultant-c = Give you legal advice if you pay more
quiz-scams-consultant-why = A consultant who is not a lawyer may only fill in forms and translate. They may not tell you what to do in your case. Before you pay anyone, ask if they are a lawyer or an accredited representative.

quiz-scams-text = You get a text saying there is a problem with your immigration status. What should you do?
quiz-scams-text-a = Pay what they ask, to fix it fast
quiz-scams-text-b = Send your personal information so they can check
quiz-scams-text-c = Give no money or personal information, and check with your own lawyer
quiz-scams-text-why = If someone calls, texts or emails about a problem with your immigration status, do not give them money or personal information. The California Attorney General warns people not to do this. Check with your own lawyer.

quiz-scams-free-help = In California, where can you find groups that give free immigration legal help?
quiz-scams-free-help-a = Nowhere, you have to pay for legal help
quiz-scams-free-help-b = In lists from the California Department of Social Services
quiz-scams-free-help-c = From a notario, for a fee
quiz-scams-free-help-why = The State of California pays nonprofit groups to give free immigration legal services. The California Department of Social Services publishes lists of groups that give this help.

## Rumors and sightings

quiz-rumors-check = You see a post saying immigration agents are at a store near you. What should you do before you share it?
quiz-rumors-check-a = Share it right away, just in case
quiz-rumors-check-b = Check that it is true
quiz-rumors-check-c = Share it now and check later
quiz-rumors-check-why = Before you share news about immigration agents, check that it is true. A post that no one has checked can be wrong, and it can spread fear.

quiz-rumors-call = You see immigration agents near you. What is a good thing to do?
quiz-rumors-call-a = Post about it online right away
quiz-rumors-call-b = Tell no one, because no one takes these reports
quiz-rumors-call-c = Call your county's rapid response line
quiz-rumors-call-why = Rapid response lines take reports about immigration agents nearby, and they help people who need it. Call the line instead of posting. You can find it in this app's help finder.

quiz-rumors-document = You see agents and want to keep a record. How should you do it?
quiz-rumors-document-a = If it is safe, record or write down what you see, and keep your distance
quiz-rumors-document-b = Walk up close so your video is clear
quiz-rumors-document-c = Stand in the agents' way so they have to stop
quiz-rumors-document-why = A record of what happened can help later. Do it only if it is safe, and keep your distance. Getting in the way of agents can get you arrested.

quiz-rumors-numbers = Where should the help numbers you share come from?
quiz-rumors-numbers-a = A post from someone you do not know
quiz-rumors-numbers-b = A source you trust, such as your local rapid response network
quiz-rumors-numbers-c = The DHS number for reporting people to ICE
quiz-rumors-numbers-why = Share only help numbers that come from a source you trust, such as your local rapid response network. The Department of Homeland Security (DHS) has a number for the public to report people to ICE. It is not a help line.

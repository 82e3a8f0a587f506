# More situations: checking a warrant, at work, arrested, in a local jail,
# held by ICE. Plain words, short sentences, one action per step.

## Checking a warrant

warrant-check-title = Checking a warrant
warrant-check-summary = Agents say they have a warrant. Here is how to check the paper.

warrant-check-keep-door-closed-do = Keep the door closed while you check. Ask the agents to slide the warrant under the door or hold it up to the window.
warrant-check-keep-door-closed-say = Please slide the warrant under the door or hold it up to the window.
warrant-check-keep-door-closed-why = Opening the door does not give them permission to come in. But it is safer to read the paper with the door closed. If you cannot read it, you can ask for an interpreter.

warrant-check-who-signed-do = Look at who signed the paper. A warrant from a judge comes from a court, such as a U.S. District Court or a California Superior Court. A judge signs it.
warrant-check-who-signed-why = The Constitution protects everyone in the U.S., whatever their immigration status. Advocates say that without a warrant signed by a judge, agents need your permission to come into your home.

warrant-check-ice-forms-do = If the paper is a form from ICE or the Department of Homeland Security, such as Form I-200 or Form I-205, it is not a judge's warrant. Keep the door closed, and do not agree to let them in.
warrant-check-ice-forms-say = This paper is not signed by a judge. I do not consent to you entering my home.
warrant-check-ice-forms-why = An ICE officer signs these forms, not a judge. Advocates say they do not let agents into your home without your permission. But since 2025, ICE says its agents may force their way in with Form I-205 to arrest a person who has a final order of removal. Courts are hearing challenges to that claim. If agents force their way in, do not fight or block them.

warrant-check-check-details-do = If a judge signed it, check the details. A search warrant should show your correct address. An arrest warrant should name a person who really lives here. Look for the judge's signature.
warrant-check-check-details-why = A search warrant lets officers search the address on it, whoever lives there. An arrest warrant does not let officers into someone else's home to look for the person it names: for that they need a search warrant. If a search warrant shows another address, or an arrest warrant names no one who lives here, you do not have to open the door.

warrant-check-check-the-date-do = Look at the date on the warrant.
warrant-check-check-the-date-why = A warrant can be too old to use. How old is too old is a question for a lawyer. If you are not sure, ask one.

warrant-check-search-or-arrest-do = Read what kind of warrant it is: a search warrant or an arrest warrant.
warrant-check-search-or-arrest-why = A search warrant lets officers into the address on it, whoever lives there, but they may search only the places and things it lists. An arrest warrant lets officers into the home of the person it names, if they believe that person is inside.

warrant-check-stay-silent-do = Even if the warrant is valid and agents come in, you can still stay silent. If you choose to, say so out loud.
warrant-check-stay-silent-why = A warrant lets agents in. It does not make you answer their questions. What you say can be used against you in court.

warrant-check-dont-open-to-read = Do not open the door to read the warrant.
warrant-check-dont-take-their-word = Do not open the door just because agents say they have a warrant. Agents sometimes say they have one when they do not, or say they are police. See the paper first.

## At work

at-work-title = Agents at your work
at-work-summary = Immigration agents come to the place where you work.

at-work-know-the-areas-do = Know where agents may go. ICE may walk into the public areas of a business, like a dining room, a lobby or a parking lot, without asking.
at-work-know-the-areas-why = Being in a public area does not, by itself, let agents hold, question or arrest anyone. To go into areas that are not public, like a kitchen, an office or rooms only for workers, they need the employer's permission or a warrant signed by a judge.

at-work-ask-if-free-do = If an agent comes up to you, ask if you are free to leave or to go back to work. If the answer is yes, say you do not want to talk. Then go back to work or leave calmly.
at-work-ask-if-free-say = Am I free to leave or to go back to work?

at-work-stay-where-you-are-do = If agents tell workers to split into groups by immigration status, you can stay where you are.
at-work-stay-where-you-are-why = Moving into one of those groups is a way of telling them your status. You do not have to tell them your status.

at-work-papers-do = If you have valid immigration papers, like a green card or a work permit, show them only if an immigration agent asks. Never show false papers.
at-work-papers-why = Federal law says people with these papers must carry them and show them to immigration agents who ask. You can still stay silent about everything else.

at-work-employer-rules-do = Know what California asks of your employer. Under a law called AB 450, your employer may not choose to let immigration agents into areas that are not public without a warrant signed by a judge. Your employer also may not let them see or take worker records without a judge's warrant, a subpoena or a federal notice of inspection.
at-work-employer-rules-why = An ICE form, such as Form I-200 or Form I-205, is not enough under this law. But the law binds employers, not ICE. With a warrant signed by a judge, agents can still come in. You keep your own rights either way. An employer that breaks this law can be fined $2,000 to $10,000 for each violation.

at-work-records-notice-do = If ICE gives your employer a notice that it will inspect worker records, such as I-9 forms, your employer must post a notice for workers within 72 hours.
at-work-records-notice-why = AB 450 says the notice must be in the language your employer usually uses with workers. Workers affected by the inspection also have a right to get its results.

at-work-dont-consent-to-search = Do not agree to a search. You can say out loud: I do not consent to a search.

## Arrested by police

arrested-title = Arrested by police
arrested-summary = Local police or sheriff's deputies arrest you.

arrested-ask-for-lawyer-do = Ask for a lawyer. Do not decide anything until you have talked with one.
arrested-ask-for-lawyer-say = I want to speak with a lawyer.
arrested-ask-for-lawyer-why = What you say can be used against you in criminal court and in immigration court.

arrested-phone-calls-do = Ask for your phone calls. In California you can make at least 3 calls that go through. You get them right after booking, and no later than 3 hours after your arrest, unless that is physically impossible.
arrested-phone-calls-say = I want to make my phone calls.
arrested-phone-calls-why = California Penal Code section 851.5 gives you these calls. Calls inside the local area are free. An officer who denies you these calls on purpose is breaking the law.

arrested-whom-to-call-do = Use your calls to reach a lawyer or public defender, a bail bond agent, and a family member or another person.
arrested-whom-to-call-why = The police may not listen to or record your call to a lawyer. You may not have your phone with you, so learn the numbers of a lawyer and a trusted person by heart before you ever need them.

arrested-child-care-calls-do = If you are a parent who has custody of a child, say so. Ask for 2 more free calls to arrange care for your child.
arrested-child-care-calls-say = I am a parent. I need my extra calls to arrange care for my child.
arrested-child-care-calls-why = California law gives parents who have custody of a child 2 extra free calls to set up child care.

arrested-tell-your-needs-do = Tell the officer if you are the parent or main caregiver of a child. Tell them too if you have medical needs.
arrested-tell-your-needs-why = You can tell them this. It can help make sure your child is cared for and your health needs are known.

arrested-dont-resist = Do not run from or fight the police, even if you think the arrest is wrong.
arrested-dont-answer-status-questions = Do not answer questions about where you were born, your immigration status, or how you came to the U.S. In general, California police may not ask about your status to help immigration enforcement.

## Held in a local jail

in-jail-title = Held in a local jail
in-jail-summary = You are held in a city or county jail, and ICE may want to talk to you or take you.

in-jail-consent-form-do = Before ICE can interview you in a local jail, the jail must give you a written form. Read it. If you do not understand it, say you need an interpreter.
in-jail-consent-form-why = California's TRUTH Act requires this form. It must explain what the interview is for, that it is voluntary, and that you can say no or have your lawyer there. The form comes in English, Spanish, Chinese, Tagalog, Vietnamese and Korean, and in some counties other languages too.

in-jail-refuse-interview-do = You can say no to the ICE interview. Or you can say you will talk only with your lawyer there.
in-jail-refuse-interview-say = I do not agree to an interview with ICE without my lawyer present.
in-jail-refuse-interview-why = The interview is voluntary. What you say to ICE can be used against you in immigration court.

in-jail-ask-for-copy-do = Ask if the jail got an ICE hold, a notification request or a transfer request about you. If it did, ask for a copy. Ask if the jail will do what ICE asks.
in-jail-ask-for-copy-say = Did ICE send a hold or a request about me? Please give me a copy.
in-jail-ask-for-copy-why = The TRUTH Act says the jail must give you a copy of any such request and tell you if it plans to comply. If the jail tells ICE your release date, it must also tell you in writing, and tell your lawyer or one other person you choose.

in-jail-hold-is-a-request-do = Know that an ICE hold is a request from ICE. It is not an order from a judge.
in-jail-hold-is-a-request-why = Under California's SB 54, a local jail may not keep you past your release time because ICE asked. But if you have certain serious convictions, such as some serious or violent felonies, the jail may still tell ICE when you will be released, or hand you over to ICE. It may also hand you over if there is a warrant signed by a judge. These laws limit local police and jails, not ICE agents.

in-jail-state-prison-do = If you are in a state prison, not a city or county jail, the rules are different. SB 54 does not cover state prisons.
in-jail-state-prison-why = State prisons may still tell ICE about people who are leaving prison, and arrange to hand them over to ICE. But a state prison must still give you a form before an ICE interview, and copies of ICE requests about you.

in-jail-dont-think-you-must-talk = Do not think you have to talk to ICE in a local jail. The interview is your choice.

## Held by ICE

ice-detention-title = Held by ICE
ice-detention-summary = ICE is holding you in immigration detention.

ice-detention-free-legal-help-do = If you do not have a lawyer, ask the officers for the list of free (pro bono) legal services.
ice-detention-free-legal-help-say = I do not have a lawyer. Please give me the list of free legal services.
ice-detention-free-legal-help-why = In immigration cases, the government usually does not pay for your lawyer. The groups on the list give legal help for free.

ice-detention-consulate-do = You can ask to contact your country's consulate, or ask an officer to tell the consulate that you are being held.
ice-detention-consulate-say = I want to contact my consulate.
ice-detention-consulate-why = You can ask for this when ICE holds you. It is your choice.

ice-detention-careful-on-the-phone-do = On detention phones, do not talk about your immigration status or where you were born.
ice-detention-careful-on-the-phone-why = Calls on detention phones may be listened to.

ice-detention-family-can-find-you-do = Your family can look for you with ICE's Online Detainee Locator, a website (the link with this step). It finds people who are 18 or older.
ice-detention-family-can-find-you-why = To search, they need your A-number and your country of birth, or your name and your country of birth. The name must match ICE's records exactly.

ice-detention-a-number-do = If you have an A-number, make sure your family knows it.
ice-detention-a-number-why = The immigration court has an automated phone line with information about your case, and it asks for your A-number. That line is run by the government. It is not a helper on your side.

ice-detention-dont-decide-alone = Do not agree to voluntary departure, or decide anything else about your case, before you talk to a lawyer.

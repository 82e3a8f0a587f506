# The warrant checker: agents at the door of your home say they have a warrant.
# Questions with choices lead to an outcome. Every outcome also shows the
# fixed advice below it (warrant-advice-*), and its words to say in the
# user's language and the officer's.

## Questions

warrant-q-who = Who do the people at the door say they are?
warrant-who-immigration = Immigration agents, or ICE
warrant-who-police = Police
warrant-who-other = Someone else
warrant-who-dont-know = I do not know

warrant-q-paper = Look at the paper they show you, through the window or after they slide it under the door. Do not open the door. Which paper is it?
warrant-q-paper-not-immigration = Look at the paper they show you, through the window or after they slide it under the door. Do not open the door. Some immigration agents say they are police. If the paper comes from ICE or the Department of Homeland Security (DHS), treat them as immigration agents. Which paper is it?
warrant-paper-none = They have not shown me any paper
warrant-paper-i200 = An ICE arrest warrant (Form I-200)
warrant-paper-i205 = An ICE warrant of removal (Form I-205)
warrant-paper-i247 = An ICE detainer (Form I-247): a request to a jail to hold a person
warrant-paper-judge-arrest = An arrest warrant from a court, signed by a judge
warrant-paper-judge-search = A search warrant from a court, signed by a judge
warrant-paper-cant-tell = I cannot tell

warrant-q-final-order = Does anyone who lives here have a final order of removal? That is an order to leave the country, at the end of an immigration case.
warrant-q-lives-here = Does the person named on the arrest warrant live here?
warrant-q-search-address = Does the search warrant show the address of this home?
warrant-answer-yes = Yes
warrant-answer-no = No
warrant-answer-dont-know = I do not know

## Outcomes

warrant-o-no-paper = If they say they have a warrant, ask them to slide it under the door or hold it up to the window. Do not open the door to read it. Agents sometimes say they have a warrant when they do not. Without a warrant signed by a judge, you do not have to let them in. When you can see the paper, go through these questions again.
warrant-o-no-paper-say = I do not consent to you entering my home. If you have a warrant signed by a judge, please slide it under the door.

warrant-o-i200 = This is an ICE arrest warrant (Form I-200). It is also called an administrative warrant. An ICE officer signed it, not a judge. It does not let agents come into your home without your consent. You do not have to open the door.
warrant-o-i200-say = I do not consent to you entering my home. This warrant is not signed by a judge.

warrant-o-i205-final-order = This is an ICE warrant of removal (Form I-205). An ICE officer signed it, not a judge. Advocates say it does not let agents come into your home without your consent. But since 2025, ICE says its agents may force their way into a home with this form to arrest a person who has a final order of removal. Courts are hearing challenges to that claim, and it is not settled. Agents may force their way in. Do not open the door, and do not agree to let them in.
warrant-o-i205-final-order-say = I do not consent to you entering my home. This warrant is not signed by a judge.

warrant-o-i205-not-sure = This is an ICE warrant of removal (Form I-205). An ICE officer signed it, not a judge. Advocates say it does not let agents come into your home without your consent. But since 2025, ICE says its agents may force their way into a home with this form to arrest a person who has a final order of removal. Courts are hearing challenges to that claim, and it is not settled. If you are not sure whether someone here has a final order, be ready for agents to force their way in. Do not open the door, and do not agree to let them in. Later, ask a lawyer to find out about any order.
warrant-o-i205-not-sure-say = I do not consent to you entering my home. This warrant is not signed by a judge.

warrant-o-i205-no-final-order = This is an ICE warrant of removal (Form I-205). An ICE officer signed it, not a judge. Advocates say it does not let agents come into your home without your consent. Since 2025, ICE says its agents may force their way into a home with this form to arrest a person who has a final order of removal. Courts are hearing challenges to that claim, and it is not settled. You said no one here has a final order. Agents may still try to come in. Do not open the door, and do not agree to let them in.
warrant-o-i205-no-final-order-say = I do not consent to you entering my home. This warrant is not signed by a judge.

warrant-o-detainer = This is an ICE detainer (Form I-247, for example the I-247A). A detainer is a request from ICE to a jail to keep a person there. It is not a warrant, and no judge signed it. You do not have to open the door.
warrant-o-detainer-say = I do not consent to you entering my home. This paper is not a warrant signed by a judge.

warrant-o-judge-arrest = This may be a real arrest warrant signed by a judge. It lets officers come into the home of the person it names, to arrest that person, if they believe the person is inside. Agents may come in. Do not block the door and do not fight them. You can still stay silent. You do not have to agree to a search of anything else. Look at the date on the warrant. If it looks old, ask a lawyer about it.
warrant-o-judge-arrest-say = I am using my right to remain silent. I want to speak with a lawyer.

warrant-o-arrest-not-here = An arrest warrant signed by a judge lets officers come into the home of the person it names. It does not let them come into someone else's home to look for that person. For that, they need a search warrant. You said the person named does not live here, so you do not have to let them in. You do not have to answer their questions. Do not lie to them.
warrant-o-arrest-not-here-say = I do not consent to you entering my home.

warrant-o-judge-search = This may be a real search warrant signed by a judge. It lets officers search the address it shows, whoever lives there. They may search only the places the warrant lists, and look only for the things it lists. Agents may come in. Do not block the door and do not fight them. You can still stay silent. Look at the date on the warrant. If it looks old, ask a lawyer about it.
warrant-o-judge-search-say = I am using my right to remain silent. I want to speak with a lawyer.

warrant-o-wrong-address = The search warrant shows another address, not this home. You do not have to open the door. Keep it closed.
warrant-o-wrong-address-say = I do not consent to you entering my home. This warrant is for another address.

warrant-o-cant-tell = If you cannot tell what the paper is, or who signed it, do not open the door. Ask them to slide it under the door so you can read it. You can ask for an interpreter. Advocates say only a warrant signed by a judge lets agents come in without your consent. Since 2025, ICE also says its agents may force their way in with Form I-205 to arrest a person who has a final order of removal; courts are hearing challenges to that claim.
warrant-o-cant-tell-say = I do not consent to you entering my home. Please show me a warrant signed by a judge.

## Advice: the fixed list every outcome draws from, in this order

warrant-advice-keep-door-closed = Keep the door closed. Talk through the door.
warrant-advice-do-not-consent = Say clearly that you do not consent to them coming in or searching.
warrant-advice-do-not-resist = If agents come in or force their way in, do not run, fight or block them.
warrant-advice-stay-silent = You can stay silent. If you choose to, say so out loud.
warrant-advice-ask-for-lawyer = Ask for a lawyer.
warrant-advice-do-not-sign = Do not sign anything until you talk to a lawyer.
warrant-advice-note-details = Write down the agents' names, their badge numbers, the time, and what happened.
warrant-advice-call-rapid-response = Call your county's rapid response line. You can find it in this app's help finder.

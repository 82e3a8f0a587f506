# The warrant checker: agents at the door of your home say they have a warrant.

warrant-q-say-warrant = Do the agents say they have a warrant?
warrant-q-can-see-it = Have they slid the warrant under the door, or held it up to a window so you can read it?
warrant-q-ice-form = Does the paper say "Form I-200" or "Form I-205"? Or does it come from the Department of Homeland Security (DHS) or from ICE, and not from a court?
warrant-q-judge-signed = Can you see that it comes from a court, and that a judge or a magistrate signed it? For example, a U.S. District Court or a California Superior Court.
warrant-q-wrong-address = Does the warrant show a wrong address, one that is not your home?
warrant-q-wrong-person = Does the warrant name a person who does not live here?

warrant-o-no-warrant = Keep the door closed. You do not have to let them in. Talk through the closed door. Tell them you do not agree to let them in. If they force their way in, do not fight or block them. Say you do not agree, stay silent, and ask for a lawyer.
warrant-o-no-warrant-say = I do not consent to you entering my home.

warrant-o-ask-to-see = Ask them to slide the warrant under the door or hold it up to a window. Do not open the door to read it. Agents sometimes say they have a warrant when they do not. Keep the door closed until you can read it. When you can see it, go through these questions again.
warrant-o-ask-to-see-say = Please slide the warrant under the door or hold it up to the window.

warrant-o-ice-warrant = This looks like an ICE warrant, also called an administrative warrant. An ICE officer signed it, not a judge. It does not let agents into your home unless you agree. Do not open the door. Tell them you do not agree to let them in. If they force their way in, do not fight or block them. Say you do not agree, stay silent, and ask for a lawyer.
warrant-o-ice-warrant-say = I do not consent to you entering my home. This warrant is not signed by a judge.

warrant-o-not-judge = This is not a warrant signed by a judge, or you cannot tell that it is. Do not open the door. You do not have to let them in. If they force their way in, do not fight or block them. Say you do not agree, stay silent, and ask for a lawyer.
warrant-o-not-judge-say = I do not consent to you entering my home. Please show me a warrant signed by a judge.

warrant-o-wrong-address = The address on the warrant is wrong. You do not have to open the door. Keep it closed. If they force their way in, do not fight or block them. Say you do not agree, stay silent, and ask for a lawyer.
warrant-o-wrong-address-say = I do not consent to you entering my home.

warrant-o-wrong-person = The warrant names someone who does not live here. You do not have to open the door. Keep it closed. You do not have to answer their questions. If they force their way in, do not fight or block them. Say you do not agree, stay silent, and ask for a lawyer.
warrant-o-wrong-person-say = I do not consent to you entering my home. I am using my right to remain silent.

warrant-o-judge-warrant = This may be a real warrant signed by a judge. If it is, agents may come in. A search warrant lets them search only the places it lists, and look only for the things it lists. An arrest warrant lets them in to look for the person it names, if they believe that person is inside. Do not fight or block them. You can still stay silent and ask for a lawyer. Do not sign anything until you talk to a lawyer. Look at the date on the warrant. If it looks old, ask a lawyer about it.
warrant-o-judge-warrant-say = I am using my right to remain silent. I want to speak with a lawyer.

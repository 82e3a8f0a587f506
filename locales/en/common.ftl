# Steps shared by several situations.

common-stay-silent-do = You can stay silent. If you choose to, say so out loud.
common-stay-silent-say = I am using my right to remain silent. I want to speak with a lawyer.
common-stay-silent-why = The Fifth Amendment lets you refuse to answer questions. You do not have to say where you were born, what your immigration status is, or how you came to this country. What you say can be used against you in court.

common-do-not-sign-do = Do not sign any paper until you have talked to a lawyer.
common-do-not-sign-say = I will not sign anything until I speak with a lawyer.
common-do-not-sign-why = Some papers, such as "voluntary departure" forms, can take away your chance to see an immigration judge.

common-do-not-lie-do = Do not lie. Do not say you are a U.S. citizen if you are not. Do not show false papers.
common-do-not-lie-why = You have the right to stay silent, but not to lie. A false claim to be a U.S. citizen can cause serious immigration harm that is often permanent.

common-ask-if-free-to-go-do = Ask if you are free to go. If the answer is yes, leave calmly. If the answer is no, stay silent and ask for a lawyer.
common-ask-if-free-to-go-say = Am I free to go?
common-ask-if-free-to-go-why = If you are not being held, you do not have to stay and answer questions.

# "Do not" points shared by several situations.

common-dont-resist = Do not run, fight, argue or block the agents, even if you think they are wrong.
common-dont-lie = Do not lie, do not say you are a U.S. citizen if you are not, and do not show false papers.
common-dont-sign = Do not sign anything, especially "voluntary departure" papers, without talking to a lawyer.

# Hotlines and organizations. Names are proper nouns and stay in the records;
# only descriptions are translated. Never put a phone number in a message.

hotline-la-rapid-response = Rapid response hotline for Los Angeles County. Call to report immigration enforcement and get help.
hotline-sf-rapid-response = Rapid response hotline for San Francisco. Call to report immigration enforcement and get help.
hotline-uwd-migrawatch = National hotline run by United We Dream to report immigration raids and get help.
hotline-ice-detention-line = Run by ICE, the government agency, not by advocates. Information about people held in immigration detention.
hotline-eoir-case-info = Run by the immigration courts, the government. An automated line with case information; you need the person's A-number.

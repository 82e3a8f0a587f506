# The family plan form and the emergency text messages. The plan's labels
# are printed on a form filled in by hand; the messages are sent by a person
# (their `-say` text is back-translated in every locale).

## Family preparedness plan

plan-title = Family preparedness plan
plan-intro = Fill this in with your family before anything happens. Keep it with your important papers, where the people you trust can find it. Learn the phone numbers by heart.
plan-emergency-contacts-label = People to call in an emergency
plan-emergency-contacts-hint = Names and phone numbers of people you trust. Learn the numbers by heart: if you are detained, you may not have your phone.
plan-lawyer-label = Your lawyer or legal aid group
plan-lawyer-hint = Name and phone number. Learn this number by heart too.
plan-rapid-response-label = Your county's rapid response line
plan-rapid-response-hint = Call it if you see immigration agents nearby. This app's help finder lists the line for your county.
plan-children-pickup-label = Who may pick up the children
plan-children-pickup-hint = The people you chose to pick up your children if you cannot, with their phone numbers. Make sure they know.
plan-documents-label = Where the important papers are
plan-documents-hint = Keep them in one place that the people you trust can get to quickly.
plan-a-numbers-label = A-numbers
plan-a-numbers-hint = Each person's A-number, if they have one, and country of birth. With these, your family can look for an adult held by ICE in its online detainee locator.
plan-medical-needs-label = Medical needs
plan-medical-needs-hint = Health problems and medicines of each person, to tell the officers if someone is arrested or detained.

## Emergency text messages

emergency-detained-title = Detained by immigration
emergency-detained-when = For when immigration agents detain you. Write it now, so that you or a person you trust can send it fast.
emergency-detained-say = I have been detained by immigration at { $place }. Please call { $contact }. My A-number is { $a_number }.
emergency-arrested-title = Arrested by police
emergency-arrested-when = For when police arrest you. Write it now, so that a person you trust can send it for you.
emergency-arrested-say = I have been arrested by the police at { $place }. Please call { $contact }.
emergency-children-title = Pick up the children
emergency-children-when = For when you cannot pick up your children. It points to the person your family plan names.
emergency-children-say = I cannot pick up the children. Please follow our family plan: { $contact } will pick them up at { $place }.
emergency-find-me-title = How to find me
emergency-find-me-when = Give this to family you trust. It holds your A-number and country of birth, which they need to look for you if ICE holds you.
emergency-find-me-say = If I do not come home, ICE may be holding me. You can look for me in ICE's Online Detainee Locator, { $locator }, with my A-number, { $a_number }, and my country of birth, { $country }.

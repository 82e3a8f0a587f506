# Text for the help finder. Never put a phone number in a message: numbers
# are data with a source.

policy-ca-baseline = In California, local police and sheriffs generally may not ask about your immigration status, and a local jail may not keep you past your release time because ICE asked. For some serious convictions, a jail may still tell ICE when you will be released, or hand you over to ICE. In a local jail you may refuse to talk to ICE, or talk only with your lawyer there; you should get a form that explains this. Federal agents are not bound by these state laws.

## What a line is for, and who runs it

hotline-kind-rapid-response = Rapid response line: call to report immigration agents nearby and get help.
hotline-kind-detention-info = Information about people held in immigration detention.
hotline-kind-court-info = Immigration court case information (automated). You need the person's A-number.
hotline-kind-lawyer-referral = Referrals to private immigration lawyers.
hotline-kind-referral = A government office that refers people to services.
hotline-kind-legal-aid = Free legal help: call to apply, or to be sent to the right office.
hotline-operator-government = Run by the government, not by advocates.

## What is known about a number. "Confirmed" means someone called it.

number-not-confirmed = Not yet confirmed by phone. Newest source: { $year }.
number-not-confirmed-undated = Not yet confirmed by phone. Its sources show no date.
number-confirmed = Confirmed by phone on { $date }.
number-low-confidence = Low confidence: this number comes from a single source or an old one.
number-extension = extension { $extension }
number-takes-texts = Takes text messages.
confidence-high = High confidence
confidence-medium = Medium confidence
confidence-low = Low confidence

## Numbers that disagree, and lines for one area only

hotline-conflict = Sources disagree about this number. Both numbers are shown, and no one has called them yet.
hotline-area = Serves only { $area }, not the whole county.
conflict-sacramento = Two sources give two different rapid response numbers for Sacramento, each from a different network. We could not tell which one is current. Try both.
conflict-long-beach = A 2019 list and a newer, undated list give two different numbers for the Long Beach Community Defense Network. We could not tell which one is current. Try both.

## Opening hours, in the time zone of the line

hours-always = Open 24 hours, every day
hours-days-range = { $first } to { $last }
hours-rule = { $days }, { $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours } ({ $zone })
hours-list-separator = {", "}
hours-rules-separator = {"; "}
hours-open-now = Open now
hours-closed-now = Closed now
time-zone-pacific = Pacific time
time-zone-eastern = Eastern time
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday

## Where the person is

finder-no-local-line = We know of no local rapid response line for this place. Call a regional or national line below.
finder-outside = This place is outside the area Amparo covers. National lines still work.
finder-other-state = Amparo has no local content for { $state } yet. National lines still work.
finder-location-city = Location approximate: the centre of its city.
finder-location-county = Location approximate: only the county is known.
finder-location-zip = Location approximate: the centre of its ZIP code.
nearby-shared-zip = Part of this ZIP code is in { $county }.
nearby-shared-city = Part of this city is in { $county }.
nearby-near-border = { $county } is { $km } km away. Check which one you are in.
nearby-nearest = The nearest county or region Amparo covers is { $county }, { $km } km away.
nearby-former-county = The former { $former } County is now partly in { $county }.

## Shown with a point whose sources are all weak (blogs, reposts, law firm pages)

caveat-weak-sources = Our sources for this point are blogs, copies of other pages or law firm pages, not official or legal texts. Check it with a lawyer.

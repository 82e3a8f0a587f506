# Local depth: county and city policies, detention facilities, legal help.

## County and city policies

local-policy-as-of = As of { $date }, according to { $who }: { $policy }
local-policy-undated = According to { $who } (no date shown): { $policy }
local-policy-reminder = Local policies do not bind federal agents.
local-policy-none-found = The research found no local policy here beyond state law.
local-policy-hidden-low = Low-confidence reports left out here: { $count }.
reported-by-official-records = official records
reported-by-news-reports = news reports
reported-by-the-sheriff = the sheriff's office
reported-by-advocates = advocacy groups
reported-by-one-secondary-source = a single secondary source
policy-category-limits-beyond-state-law = Limits help to ICE beyond state law
policy-category-follows-state-law = Follows state law only
policy-category-helps-ice-within-state-law = Helps ICE as far as state law allows
policy-category-publishes-release-dates = Publishes release dates
policy-category-opposes-state-law = Opposes the state's limits
policy-category-no-local-policy-found = No local policy found
policy-status-in-force = in force
policy-status-challenged = in force, but challenged in court
policy-status-adopted-not-final = adopted, but not final
policy-status-repealed = repealed
policy-status-ended = ended
policy-status-symbolic = a statement, not binding
policy-status-unconfirmed = reported, not confirmed

## Detention facilities

facility-kind-processing-center = ICE processing center
facility-kind-detention-center = detention center
facility-kind-annex = annex of another facility
facility-kind-county-jail = county jail
facility-kind-city-jail = city jail
facility-status-operating = holds people for ICE
facility-status-closed = no longer holds people for ICE
facility-status-uncertain = not known whether it holds people for ICE now
detention-notice = People are moved often. To find someone held by ICE, use ICE's online detainee locator, or call the detention information line.

## Legal help

service-legal-aid = immigration legal help
service-deportation-defense = deportation defense
service-rapid-response = rapid response
service-lawyer-referral = referrals to lawyers
service-detention-support = help for people in detention
service-children = help for children
service-victims = help for survivors of crime or abuse
cost-free = free
cost-low-cost = low cost
cost-unknown = cost not stated
caution-third-party-parse = From someone else's copy of a government list, not checked against the list itself.
caution-single-source = Only one source lists it.
caution-recognition-renewal-pending = On the government list we used, its U.S. Justice Department recognition to give immigration legal help was at or near its end date, with renewal pending.
caution-two-numbers = Two sources give two different numbers. Both are shown.
caution-area-code-mismatch = The phone's area code is not the city's.
caution-government-office = A government office, not a nonprofit.
caution-merged-offices = The source mixed up two offices; the address or phone may be the other office's.
caution-referral-only = Refers people to lawyers: no direct legal help, and no walk-ins.
caution-limited-eligibility = Helps only some people: read who it serves.
caution-no-phone-found = No phone number was found for it.

## Notes on lines a person must read before calling

hotline-ice-la-field-office-note = Run by ICE. Call it if ICE's online detainee locator does not find the person, and the arrest was in Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara or San Luis Obispo County.
hotline-orr-note = For a parent or guardian looking for a child under 18 held by the Office of Refugee Resettlement. A government office, not an advocate.
hotline-ct-statewide-note = If you do not have legal immigration status, the source says to apply to New Haven Legal Assistance directly, not through this line; it says that office does not report immigration status to police or any other authority. We did not find its own phone number; its web page is this line's first source.

# Notes shown with an organization (content/states/*/organizations.toml `note`): who it
# serves, or a limit a person must know before calling. From shared/research/legal_aid_orgs.csv
# and states_and_connecticut.md. Never put a phone number in a message: numbers are data.

org-kind-fresno-note = Represents children only: children who live in San Joaquin, Kern, Fresno, Kings, Tulare, Madera, Merced or Stanislaus County.
org-alameda-county-public-defender-immigration-note = Only for people who live in Alameda County or have a conviction there.
org-clsepa-note = Only for people who live in San Mateo or Santa Clara County. Represents adults and young people in deportation cases. It does not accept collect calls.
org-lilac-redwood-city-note = No walk-ins: call for an appointment. Intake is Monday to Saturday, 8 a.m. to 6 p.m.
org-sf-public-defender-immigration-note = Defends people held in immigration custody, and gives priority to people who have lived or worked in San Francisco. It also helps people it represents now or has represented before, when they are not detained.
org-asian-law-caucus-note = Focuses on people in detention whose deportation case involves a criminal record. It does not take asylum cases or asylum interviews, including credible fear interviews.
org-immdef-note = For people with low incomes who are detained. People who live in Los Angeles County come first.
org-immdef-san-diego-note = Only for people with low incomes. By appointment only: no walk-ins.
org-international-institute-los-angeles-note = By appointment only: no walk-ins. Open Monday to Friday, 8:30 a.m. to 5 p.m.
org-kind-los-angeles-note = Takes cases of children and young people only, including children who came alone. By appointment only: no walk-ins.
org-human-rights-first-la-note = Finds free volunteer lawyers for asylum seekers who cannot pay. No walk-ins.
org-community-lawyers-compton-note = By appointment only: no walk-ins.
org-refugee-support-network-note = No walk-ins: call for an appointment.
org-jfs-san-diego-note = Leave a voicemail at any time, day or night. Calls are returned in the order they come in.
org-sd-public-defender-irldp-note = Takes deportation defense cases only.
org-la-maestra-note = Its legal team takes bond hearings, cases of people from Ukraine or Afghanistan, and cases of trafficking and crime victims (U visa, T visa, VAWA).
org-socal-immigration-project-note = Asylum cases only. It focuses on people from African countries and LGBTQ people from any country. Staff do not speak Spanish.
org-catholic-charities-el-centro-note = No phone or street address was found for this office. Try the Catholic Charities office in San Diego to reach it.
org-imperial-valley-jfon-note = Holds free legal clinics at First United Methodist Church in El Centro. It is not known whether the clinics still run.
org-ciri-bridgeport-note = Does not take cases of people in detention. Free representation may be limited by grant and program rules.
org-ciri-hartford-note = Does not take cases of people in detention.
org-ccif-hartford-note = Only for Hartford residents in ICE detention or deportation proceedings who have no lawyer.

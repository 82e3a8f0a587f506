# Informacje pokazywane przy organizacji (content/states/*/organizations.toml `note`): komu
# pomaga albo jakie ma ograniczenie, o którym trzeba wiedzieć przed telefonem. Z shared/research/legal_aid_orgs.csv
# i states_and_connecticut.md. Nigdy nie wpisuj numeru telefonu do wiadomości: numery to dane.

org-kind-fresno-note = Reprezentuje tylko dzieci: dzieci, które mieszkają w jednym z tych hrabstw: San Joaquin, Kern, Fresno, Kings, Tulare, Madera, Merced albo Stanislaus.
org-alameda-county-public-defender-immigration-note = Tylko dla osób, które mieszkają w hrabstwie Alameda albo mają tam wyrok skazujący.
org-clsepa-note = Tylko dla osób, które mieszkają w hrabstwie San Mateo albo Santa Clara. Reprezentuje dorosłych i młodych ludzi w sprawach o deportację. Nie przyjmuje rozmów na koszt odbiorcy.
org-lilac-redwood-city-note = Nie przyjmuje bez umówienia: zadzwoń, żeby umówić wizytę. Przyjmowanie nowych spraw (intake): od poniedziałku do soboty, od 8 rano do 6 wieczorem.
org-sf-public-defender-immigration-note = Broni osób przetrzymywanych w areszcie imigracyjnym i daje pierwszeństwo osobom, które mieszkały lub pracowały w San Francisco. Pomaga też swoim obecnym i byłym klientom, kiedy nie są w areszcie.
org-asian-law-caucus-note = Zajmuje się głównie osobami w areszcie imigracyjnym, których sprawa o deportację wiąże się z przeszłością kryminalną. Nie przyjmuje spraw azylowych ani rozmów azylowych, w tym rozmów w sprawie uzasadnionej obawy (credible fear interviews).
org-immdef-note = Dla osób o niskich dochodach, które są w areszcie. Pierwszeństwo mają osoby mieszkające w hrabstwie Los Angeles.
org-immdef-san-diego-note = Tylko dla osób o niskich dochodach. Tylko po umówieniu wizyty: nie przyjmuje bez umówienia.
org-international-institute-los-angeles-note = Tylko po umówieniu wizyty: nie przyjmuje bez umówienia. Czynne od poniedziałku do piątku, od 8:30 rano do 5 po południu.
org-kind-los-angeles-note = Przyjmuje tylko sprawy dzieci i młodych ludzi, w tym dzieci, które przybyły bez opieki. Tylko po umówieniu wizyty: nie przyjmuje bez umówienia.
org-human-rights-first-la-note = Znajduje bezpłatnych adwokatów-wolontariuszy dla osób ubiegających się o azyl, których nie stać na opłatę. Nie przyjmuje bez umówienia.
org-community-lawyers-compton-note = Tylko po umówieniu wizyty: nie przyjmuje bez umówienia.
org-refugee-support-network-note = Nie przyjmuje bez umówienia: zadzwoń, żeby umówić wizytę.
org-jfs-san-diego-note = Zostaw wiadomość głosową o dowolnej porze, w dzień lub w nocy. Oddzwaniają w kolejności zgłoszeń.
org-sd-public-defender-irldp-note = Przyjmuje tylko sprawy obrony przed deportacją.
org-la-maestra-note = Jej zespół prawny prowadzi rozprawy w sprawie kaucji imigracyjnej (bond hearings), sprawy osób z Ukrainy lub Afganistanu oraz sprawy ofiar handlu ludźmi i przestępstw (wiza U, wiza T, VAWA).
org-socal-immigration-project-note = Tylko sprawy azylowe. Zajmuje się głównie osobami z krajów afrykańskich i osobami LGBTQ z dowolnego kraju. Pracownicy nie mówią po hiszpańsku.
org-catholic-charities-el-centro-note = Nie znaleziono numeru telefonu ani adresu tego biura. Żeby się z nim skontaktować, spróbuj przez biuro Catholic Charities w San Diego.
org-imperial-valley-jfon-note = Organizuje bezpłatne punkty porad prawnych w First United Methodist Church w El Centro. Nie wiadomo, czy porady nadal się odbywają.
org-ciri-bridgeport-note = Nie przyjmuje spraw osób przebywających w areszcie imigracyjnym. Bezpłatna reprezentacja może być ograniczona zasadami grantów i programów.
org-ciri-hartford-note = Nie przyjmuje spraw osób przebywających w areszcie imigracyjnym.
org-ccif-hartford-note = Tylko dla mieszkańców Hartford, którzy są w areszcie imigracyjnym ICE albo w postępowaniu deportacyjnym i nie mają adwokata.

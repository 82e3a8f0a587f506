# Sytuacje. Proste słowa, krótkie zdania, jedno działanie w jednym kroku.

## W domu

at-home-title = Agenci pod twoimi drzwiami
at-home-summary = Agenci imigracyjni pukają do twojego domu.

at-home-keep-door-closed-do = Trzymaj drzwi zamknięte. Rozmawiaj przez drzwi. Zapytaj, kim są i po co przyszli. Poproś, żeby pokazali odznakę w oknie.
at-home-keep-door-closed-say = Kim Państwo są i w jakiej sprawie Państwo przyszli? Proszę pokazać mi odznakę przez okno.
at-home-keep-door-closed-why = Otwarcie drzwi nie oznacza zgody na wejście. Ale rozmowa przez zamknięte drzwi jest bezpieczniejsza.

at-home-ask-for-warrant-do = Zapytaj, czy mają nakaz podpisany przez sędziego. Poproś, żeby wsunęli go pod drzwi albo przyłożyli do okna. Nie otwieraj drzwi, żeby go przeczytać.
at-home-ask-for-warrant-say = Nie wyrażam zgody na wejście do mojego domu. Jeśli mają Państwo nakaz podpisany przez sędziego, proszę wsunąć go pod drzwi.
at-home-ask-for-warrant-why = Organizacje broniące praw imigrantów twierdzą, że bez nakazu podpisanego przez sędziego agenci potrzebują twojej zgody, żeby wejść do twojego domu. Od 2025 roku ICE twierdzi, że jego agenci mogą wejść siłą z formularzem I-205, żeby aresztować osobę, która ma ostateczną decyzję o deportacji. Sądy rozpatrują skargi podważające to stanowisko.

at-home-check-the-warrant-do = Obejrzyj dokument. Nakaz sędziego pochodzi z sądu i jest podpisany przez sędziego. Nakaz przeszukania powinien zawierać ten adres. Nakaz aresztowania powinien wymieniać osobę, która tu mieszka. Sprawdź też datę. Narzędzie do sprawdzania nakazu w tej aplikacji przeprowadzi cię przez to krok po kroku.
at-home-check-the-warrant-why = Dokument od ICE, na przykład formularz I-200 albo I-205, jest podpisany przez funkcjonariusza ICE, a nie przez sędziego. Organizacje broniące praw imigrantów twierdzą, że nie pozwala on agentom wejść do twojego domu bez twojej zgody, ale od 2025 roku ICE twierdzi, że może wejść siłą z formularzem I-205, żeby aresztować osobę, która ma ostateczną decyzję o deportacji. Jeśli w nakazie przeszukania jest inny adres albo nakaz aresztowania nie wymienia nikogo, kto tu mieszka, nie musisz otwierać drzwi.

at-home-if-they-come-in-do = Jeśli agenci wtargną siłą, nie walcz z nimi i nie zagradzaj im drogi. Powiedz wyraźnie, że nie wyrażasz zgody na ich wejście ani na przeszukanie. Zachowaj milczenie i poproś o adwokata.
at-home-if-they-come-in-say = Nie wyrażam zgody na to wejście ani na żadne przeszukanie.
at-home-if-they-come-in-why = Stawianie oporu może narazić ciebie i twoją rodzinę na niebezpieczeństwo. Nadal możesz odmówić słowami.

## W miejscu publicznym

in-public-title = Zatrzymanie w miejscu publicznym
in-public-summary = Agenci lub policja zatrzymują cię na ulicy albo w innym miejscu publicznym.

in-public-stay-calm-do = Zachowaj spokój. Nie uciekaj, nie kłóć się, nie walcz i nie zagradzaj drogi funkcjonariuszowi, nawet jeśli uważasz, że zatrzymanie jest niesłuszne. Trzymaj ręce tak, żeby było je widać.
in-public-stay-calm-why = Ucieczka albo walka może narazić cię na niebezpieczeństwo.

in-public-refuse-search-do = Możesz odmówić zgody na przeszukanie kieszeni lub toreb. Funkcjonariusze mogą jednak sprawdzić dłońmi twoje ubranie z zewnątrz, czy nie masz broni.
in-public-refuse-search-say = Nie wyrażam zgody na przeszukanie.
in-public-refuse-search-why = Masz prawo odmówić. Jeśli mimo to cię przeszukają, nie walcz z nimi.

in-public-papers-do = Jeśli masz ważne dokumenty imigracyjne, na przykład zieloną kartę (green card) albo pozwolenie na pracę, noś je przy sobie i pokaż je, jeśli poprosi o nie agent imigracyjny. Jeśli nie masz dokumentów, możesz zachować milczenie. Nigdy nie pokazuj fałszywych dokumentów. Nie noś przy sobie dokumentów z innego kraju, na przykład zagranicznego paszportu.
in-public-papers-why = Prawo federalne mówi, że dorośli, którym wydano takie dokumenty, muszą nosić je przy sobie i pokazywać agentom imigracyjnym, którzy o nie poproszą. Nienoszenie ich jest lżejszym przestępstwem federalnym (misdemeanor). Dokumenty z innego kraju mogą pokazać, skąd pochodzisz.

## Zatrzymanie samochodu

traffic-stop-title = Zatrzymanie samochodu
traffic-stop-summary = Policja lub agenci zatrzymują samochód, który prowadzisz albo którym jedziesz.

traffic-stop-pull-over-safely-do = Zjedź w bezpieczne miejsce. Wyłącz silnik. Włącz światło w środku samochodu. Opuść częściowo szybę. Trzymaj ręce na kierownicy, tak żeby funkcjonariusz je widział.
traffic-stop-pull-over-safely-why = W ten sposób pokazujesz funkcjonariuszowi, że nie stanowisz zagrożenia, a wszyscy są bezpieczniejsi.

traffic-stop-show-license-do = Jeśli funkcjonariusz poprosi, pokaż prawo jazdy, dowód rejestracyjny samochodu i dowód ubezpieczenia. Jeśli nie masz któregoś z tych dokumentów, nigdy nie pokazuj fałszywego.
traffic-stop-show-license-why = Kierowcy muszą pokazać te dokumenty na żądanie.

traffic-stop-ca-ab60-do = W Kalifornii możesz prowadzić samochód z prawem jazdy, które DMV wydaje na podstawie ustawy AB 60, nawet jeśli nie możesz udowodnić legalnego pobytu w USA.
traffic-stop-ca-ab60-why = Prawo jazdy AB 60 jest ważne do prowadzenia samochodu w Kalifornii. Nie jest federalnym dokumentem tożsamości. Niesprawiedliwe traktowanie kogoś dlatego, że ma takie prawo jazdy, jest niezgodne z prawem.

traffic-stop-stay-silent-do = Kierowca i wszyscy pasażerowie mogą zachować milczenie. Jeśli chcesz z tego skorzystać, powiedz to na głos.

traffic-stop-refuse-search-do = Nie zgadzaj się na przeszukanie samochodu. Jeśli mimo to go przeszukają, nie walcz z nimi.
traffic-stop-refuse-search-say = Nie wyrażam zgody na przeszukanie mojego samochodu.
traffic-stop-refuse-search-why = Policja może jednak przeszukać samochód bez twojej zgody, jeśli uważa, że istnieją dowody przestępstwa. Stawianie oporu może narazić cię na niebezpieczeństwo.

traffic-stop-passenger-free-to-go-do = Jeśli jedziesz jako pasażer, zapytaj, czy możesz odejść. Jeśli odpowiedź brzmi „tak”, spokojnie odejdź.

traffic-stop-officer-name-do = Jeśli to policjanci, poproś o ich nazwiska i numery odznak. Zapisz je.
traffic-stop-officer-name-say = Proszę podać mi swoje nazwisko i numer odznaki.
traffic-stop-officer-name-why = Dzięki zapisaniu ich zostaje ślad tego, kto cię zatrzymał.

traffic-stop-immigration-agents-do = Jeśli agenci są z ICE albo z Border Patrol (amerykańskiej straży granicznej), obowiązują te same kroki: zachowaj spokój, zachowaj milczenie i nie zgadzaj się na przeszukanie.
traffic-stop-immigration-agents-why = Co do zasady agenci imigracyjni potrzebują uzasadnionego podejrzenia (reasonable suspicion) naruszenia przepisów imigracyjnych lub przestępstwa, żeby zatrzymać samochód, a żeby go przeszukać, potrzebują nakazu albo uzasadnionego przypuszczenia opartego na faktach (probable cause). We wrześniu 2025 roku Sąd Najwyższy USA (U.S. Supreme Court) pozwolił, żeby kontrole imigracyjne w rejonie Los Angeles trwały dalej, dopóki toczy się sprawa sądowa. Nie jest rozstrzygnięte, na co dokładnie pozwala to postanowienie: zapytaj adwokata.

## W domu: czego nie robić

at-home-dont-open-the-door = Nie otwieraj drzwi, chyba że agenci pokażą ci (wsuną pod drzwi albo przyłożą do okna) nakaz podpisany przez sędziego, który pasuje do tego domu: nakaz przeszukania na ten adres albo nakaz aresztowania osoby, która tu mieszka.

## W miejscu publicznym: czego nie robić

in-public-dont-carry-foreign-papers = Nie noś przy sobie dokumentów z innego kraju, na przykład zagranicznego paszportu albo dowodu tożsamości wydanego przez konsulat (consular ID). Mogą pokazać, skąd pochodzisz. Ta rada pochodzi od organizacji broniących imigrantów i jest cytowana na innych stronach internetowych: jeśli nie wiesz na pewno, co nosić przy sobie, zapytaj adwokata.
in-public-dont-follow-agents = Nie idź z agentami do biura i nie zgadzaj się na „spotkanie przy kawie”. To może być podstęp.

## Zatrzymanie samochodu: czego nie robić

traffic-stop-dont-show-false-papers = Nie pokazuj fałszywego prawa jazdy ani fałszywych dokumentów, nawet jeśli nie masz prawdziwych.
traffic-stop-dont-consent-to-search = Nie zgadzaj się na przeszukanie samochodu. Jeśli mimo to go przeszukają, nie walcz z nimi.

## Zatrzymanie samochodu: dokumenty imigracyjne

traffic-stop-papers-do = Jeśli masz ważne dokumenty imigracyjne, na przykład zieloną kartę (green card) albo pozwolenie na pracę, noś je przy sobie. Jeśli agent imigracyjny o nie poprosi, pokaż je. Jeśli nie masz dokumentów, możesz zachować milczenie. Nie kłam i nigdy nie pokazuj fałszywych dokumentów ani dokumentów z innego kraju.
traffic-stop-papers-why = Prawo federalne mówi, że dorośli, którym wydano takie dokumenty, muszą nosić je przy sobie. Nienoszenie ich jest lżejszym przestępstwem federalnym (misdemeanor), za które grozi grzywna do $100 albo do 30 dni aresztu. Od 2025 roku rząd przypomina ludziom o tym przepisie. O wszystkim innym nadal możesz milczeć. Naszym źródłem szczegółów są strony kancelarii prawnych: zapytaj adwokata, co to oznacza w przypadku twoich dokumentów.

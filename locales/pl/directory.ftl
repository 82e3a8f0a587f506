# Teksty wyszukiwarki pomocy. Nigdy nie wpisuj numeru telefonu do wiadomości:
# numery to dane, które mają swoje źródło.

policy-ca-baseline = W Kalifornii lokalna policja i szeryfowie co do zasady nie mogą pytać o twój status imigracyjny, a lokalny areszt nie może przetrzymać cię po terminie zwolnienia dlatego, że poprosiło o to ICE. W przypadku niektórych wyroków skazujących za poważne przestępstwa areszt nadal może powiadomić ICE o terminie twojego zwolnienia albo przekazać cię ICE. W lokalnym areszcie możesz odmówić rozmowy z ICE albo rozmawiać tylko w obecności swojego adwokata; należy dać ci formularz, który to wyjaśnia. Agenci federalni nie są związani tymi ustawami stanowymi.

## Do czego służy linia i kto ją prowadzi

hotline-kind-rapid-response = Linia szybkiego reagowania (rapid response): zadzwoń, żeby zgłosić agentów imigracyjnych w pobliżu i dostać pomoc.
hotline-kind-detention-info = Informacje o osobach przetrzymywanych w areszcie imigracyjnym.
hotline-kind-court-info = Informacje o sprawach w sądzie imigracyjnym (automatyczna linia). Potrzebny jest numer A (A-number) danej osoby.
hotline-kind-lawyer-referral = Kierowanie do prywatnych adwokatów imigracyjnych.
hotline-kind-referral = Urząd, który kieruje ludzi do odpowiednich usług.
hotline-kind-legal-aid = Bezpłatna pomoc prawna: zadzwoń, żeby złożyć wniosek o pomoc albo żeby cię skierowano do właściwego biura.
hotline-operator-government = Prowadzona przez władze, a nie przez organizacje broniące praw imigrantów.

## Co wiadomo o numerze. „Potwierdzono” znaczy, że ktoś pod niego zadzwonił.

number-not-confirmed = Jeszcze nie potwierdzono telefonicznie. Najnowsze źródło: { $year }.
number-not-confirmed-undated = Jeszcze nie potwierdzono telefonicznie. Źródła nie podają daty.
number-confirmed = Potwierdzono telefonicznie: { $date }.
number-low-confidence = Niska wiarygodność: ten numer pochodzi z jednego źródła albo ze starego źródła.
number-extension = numer wewnętrzny { $extension }
number-takes-texts = Przyjmuje SMS-y.
confidence-high = Wysoka wiarygodność
confidence-medium = Średnia wiarygodność
confidence-low = Niska wiarygodność

## Numery, co do których źródła się różnią, i linie tylko dla jednego obszaru

hotline-conflict = Źródła podają różne informacje o tym numerze. Pokazujemy oba numery; nikt jeszcze pod nie nie dzwonił.
hotline-area = Obsługuje tylko: { $area }, a nie całe hrabstwo.
conflict-sacramento = Dwa źródła podają dwa różne numery szybkiego reagowania dla Sacramento, każdy z innej sieci. Nie udało nam się ustalić, który jest aktualny. Spróbuj obu.
conflict-long-beach = Lista z 2019 roku i nowsza lista bez daty podają dwa różne numery do Long Beach Community Defense Network. Nie udało nam się ustalić, który jest aktualny. Spróbuj obu.

## Godziny otwarcia, w strefie czasowej linii

hours-always = Czynne 24 godziny na dobę, codziennie
hours-days-range = { $first }–{ $last }
hours-rule = { $days }, { $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours } ({ $zone })
hours-list-separator = {", "}
hours-rules-separator = {"; "}
hours-open-now = Teraz otwarte
hours-closed-now = Teraz zamknięte
time-zone-pacific = czas pacyficzny
time-zone-eastern = czas wschodni
weekday-monday = poniedziałek
weekday-tuesday = wtorek
weekday-wednesday = środa
weekday-thursday = czwartek
weekday-friday = piątek
weekday-saturday = sobota
weekday-sunday = niedziela

## Gdzie jest dana osoba

finder-no-local-line = Nie znamy lokalnej linii szybkiego reagowania dla tego miejsca. Zadzwoń na linię regionalną lub krajową podaną niżej.
finder-outside = To miejsce jest poza obszarem, który obejmuje Amparo. Linie krajowe nadal działają.
finder-other-state = Amparo nie ma jeszcze lokalnych treści dla tego stanu: { $state }. Linie krajowe nadal działają.
finder-location-city = Lokalizacja przybliżona: środek miasta.
finder-location-county = Lokalizacja przybliżona: znane jest tylko hrabstwo.
finder-location-zip = Lokalizacja przybliżona: środek obszaru kodu pocztowego (ZIP code).
nearby-shared-zip = Część obszaru tego kodu pocztowego należy do: { $county }.
nearby-shared-city = Część tego miasta należy do: { $county }.
nearby-near-border = { $county } jest w odległości { $km } km. Sprawdź, w którym z nich jesteś.
nearby-nearest = Najbliższe hrabstwo lub region, które obejmuje Amparo: { $county }, w odległości { $km } km.
nearby-former-county = Dawne hrabstwo { $former } (County) należy teraz częściowo do: { $county }.

## Pokazywane przy punkcie, którego wszystkie źródła są słabe (blogi, kopie, strony kancelarii)

caveat-weak-sources = Naszymi źródłami w tej sprawie są blogi, kopie innych stron albo strony kancelarii prawnych, a nie teksty oficjalne ani prawne. Sprawdź to z adwokatem.

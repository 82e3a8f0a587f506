# Informacje lokalne: przepisy hrabstw i miast, ośrodki detencyjne, pomoc prawna.

## Przepisy hrabstw i miast

local-policy-as-of = Stan na { $date }, według źródła: { $who }. { $policy }
local-policy-undated = Według źródła: { $who } (bez podanej daty). { $policy }
local-policy-reminder = Lokalne przepisy nie wiążą agentów federalnych.
local-policy-none-found = W zebranych materiałach nie znaleziono tu żadnych lokalnych przepisów poza prawem stanowym.
local-policy-hidden-low = Pominięte tutaj doniesienia o niskiej wiarygodności: { $count }.
reported-by-official-records = oficjalne dokumenty
reported-by-news-reports = doniesienia prasowe
reported-by-the-sheriff = biuro szeryfa
reported-by-advocates = organizacje broniące praw imigrantów
reported-by-one-secondary-source = jedno źródło pośrednie
policy-category-limits-beyond-state-law = Ogranicza pomoc dla ICE bardziej niż prawo stanowe
policy-category-follows-state-law = Stosuje tylko prawo stanowe
policy-category-helps-ice-within-state-law = Pomaga ICE w takim zakresie, na jaki pozwala prawo stanowe
policy-category-publishes-release-dates = Publikuje daty zwolnień
policy-category-opposes-state-law = Sprzeciwia się ograniczeniom stanowym
policy-category-no-local-policy-found = Nie znaleziono lokalnych przepisów
policy-status-in-force = obowiązuje
policy-status-challenged = obowiązuje, ale toczy się spór w sądzie
policy-status-adopted-not-final = przyjęto, ale nie ostatecznie
policy-status-repealed = uchylono
policy-status-ended = już nie obowiązuje
policy-status-symbolic = deklaracja bez mocy wiążącej
policy-status-unconfirmed = zgłoszono, ale nie potwierdzono

## Ośrodki detencyjne

facility-kind-processing-center = ośrodek ICE (processing center)
facility-kind-detention-center = ośrodek detencyjny
facility-kind-annex = budynek dodatkowy innego ośrodka
facility-kind-county-jail = areszt hrabstwa
facility-kind-city-jail = areszt miejski
facility-status-operating = przetrzymuje ludzi dla ICE
facility-status-closed = już nie przetrzymuje ludzi dla ICE
facility-status-uncertain = nie wiadomo, czy teraz przetrzymuje ludzi dla ICE
detention-notice = Ludzi często się przenosi. Żeby znaleźć osobę przetrzymywaną przez ICE, skorzystaj z internetowej wyszukiwarki ICE (Online Detainee Locator) albo zadzwoń na linię informacyjną o osobach w areszcie imigracyjnym.

## Pomoc prawna

service-legal-aid = pomoc prawna w sprawach imigracyjnych
service-deportation-defense = obrona przed deportacją
service-rapid-response = szybkie reagowanie (rapid response)
service-lawyer-referral = kierowanie do adwokatów
service-detention-support = pomoc dla osób w areszcie imigracyjnym
service-children = pomoc dla dzieci
service-victims = pomoc dla osób, które przeżyły przestępstwo lub przemoc
cost-free = bezpłatnie
cost-low-cost = niski koszt
cost-unknown = nie podano kosztu
caution-third-party-parse = Z kopii listy rządowej zrobionej przez kogoś innego; nie porównano jej z samą listą.
caution-single-source = Podaje to tylko jedno źródło.
caution-recognition-renewal-pending = Na liście rządowej, z której korzystaliśmy, jej uprawnienie od Departamentu Sprawiedliwości USA do udzielania pomocy prawnej w sprawach imigracyjnych (recognition) właśnie wygasało albo miało wkrótce wygasnąć, a jego odnowienie było w toku.
caution-two-numbers = Dwa źródła podają dwa różne numery. Pokazujemy oba.
caution-area-code-mismatch = Numer kierunkowy telefonu nie jest numerem kierunkowym tego miasta.
caution-government-office = Urząd, a nie organizacja non-profit.
caution-merged-offices = Źródło pomyliło dwa biura; adres lub telefon może należeć do tego drugiego biura.
caution-referral-only = Kieruje ludzi do adwokatów: nie udziela bezpośredniej pomocy prawnej i nie przyjmuje bez umówienia.
caution-limited-eligibility = Pomaga tylko niektórym osobom: przeczytaj, komu pomaga.
caution-no-phone-found = Nie znaleziono numeru telefonu.

## Informacje o liniach, które trzeba przeczytać przed telefonem

hotline-ice-la-field-office-note = Prowadzona przez ICE. Zadzwoń, jeśli internetowa wyszukiwarka ICE (Online Detainee Locator) nie znajduje danej osoby, a aresztowanie nastąpiło w jednym z hrabstw: Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara albo San Luis Obispo.
hotline-orr-note = Dla rodzica lub opiekuna prawnego, który szuka dziecka poniżej 18 lat przetrzymywanego przez Office of Refugee Resettlement (federalny urząd ds. przesiedlania uchodźców). To urząd państwowy, a nie organizacja broniąca praw imigrantów.
hotline-ct-statewide-note = Jeśli nie masz legalnego statusu imigracyjnego, źródło radzi zgłosić się bezpośrednio do New Haven Legal Assistance, a nie przez tę linię; według źródła to biuro nie zgłasza statusu imigracyjnego policji ani żadnym innym władzom. Nie znaleźliśmy jego własnego numeru telefonu; jego strona internetowa jest pierwszym źródłem informacji o tej linii.

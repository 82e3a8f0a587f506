# Formularz planu rodzinnego i wiadomości tekstowe na nagłe sytuacje. Pola planu
# są drukowane na formularzu wypełnianym ręcznie; wiadomości wysyła człowiek
# (ich tekst `-say` jest sprawdzany tłumaczeniem zwrotnym w każdej wersji językowej).

## Rodzinny plan gotowości

plan-title = Rodzinny plan gotowości
plan-intro = Wypełnij go razem z rodziną, zanim cokolwiek się wydarzy. Trzymaj go razem z ważnymi dokumentami, tam, gdzie zaufane osoby mogą go znaleźć. Naucz się numerów telefonów na pamięć.
plan-emergency-contacts-label = Do kogo dzwonić w nagłej sytuacji
plan-emergency-contacts-hint = Imiona i nazwiska oraz numery telefonów zaufanych osób. Naucz się tych numerów na pamięć: jeśli cię zatrzymają, możesz nie mieć przy sobie telefonu.
plan-lawyer-label = Twój adwokat albo organizacja pomocy prawnej
plan-lawyer-hint = Imię i nazwisko lub nazwa oraz numer telefonu. Tego numeru też naucz się na pamięć.
plan-rapid-response-label = Linia szybkiego reagowania (rapid response) w twoim hrabstwie
plan-rapid-response-hint = Dzwoń na nią, jeśli widzisz agentów imigracyjnych w pobliżu. Wyszukiwarka pomocy w tej aplikacji podaje linię dla twojego hrabstwa.
plan-children-pickup-label = Kto może odebrać dzieci
plan-children-pickup-hint = Wybrane przez ciebie osoby, które odbiorą twoje dzieci, jeśli ty nie dasz rady, oraz ich numery telefonów. Upewnij się, że o tym wiedzą.
plan-documents-label = Gdzie są ważne dokumenty
plan-documents-hint = Trzymaj je w jednym miejscu, do którego zaufane osoby mogą szybko dotrzeć.
plan-a-numbers-label = Numery A (A-numbers)
plan-a-numbers-hint = Numer A każdej osoby, jeśli go ma, i kraj urodzenia. Dzięki nim rodzina może szukać dorosłej osoby przetrzymywanej przez ICE w internetowej wyszukiwarce ICE (Online Detainee Locator).
plan-medical-needs-label = Potrzeby medyczne
plan-medical-needs-hint = Problemy zdrowotne i leki każdej osoby, żeby powiedzieć o nich funkcjonariuszom, jeśli ktoś zostanie aresztowany lub zatrzymany.

## Wiadomości tekstowe na nagłe sytuacje

emergency-detained-title = Zatrzymanie przez agentów imigracyjnych
emergency-detained-when = Na wypadek, gdyby zatrzymali cię agenci imigracyjni. Napisz ją teraz, żeby móc szybko ją wysłać albo żeby mogła to zrobić zaufana osoba.
emergency-detained-say = Zatrzymali mnie agenci imigracyjni. Miejsce: { $place }. Proszę zadzwonić: { $contact }. Mój numer A: { $a_number }.
emergency-arrested-title = Aresztowanie przez policję
emergency-arrested-when = Na wypadek, gdyby aresztowała cię policja. Napisz ją teraz, żeby zaufana osoba mogła wysłać ją za ciebie.
emergency-arrested-say = Aresztowała mnie policja. Miejsce: { $place }. Proszę zadzwonić: { $contact }.
emergency-children-title = Odbiór dzieci
emergency-children-when = Na wypadek, gdy nie możesz odebrać swoich dzieci. Wskazuje osobę, którą wymienia twój plan rodzinny.
emergency-children-say = Nie mogę odebrać dzieci. Proszę postępować według naszego planu rodzinnego: { $contact } je odbierze. Miejsce odbioru: { $place }.
emergency-find-me-title = Jak mnie znaleźć
emergency-find-me-when = Daj to zaufanym członkom rodziny. Zawiera twój numer A i kraj urodzenia, których potrzebują, żeby cię szukać, jeśli przetrzymuje cię ICE.
emergency-find-me-say = Jeśli nie wrócę do domu, możliwe, że przetrzymuje mnie ICE. Można mnie szukać w wyszukiwarce ICE Online Detainee Locator ({ $locator }) za pomocą mojego numeru A ({ $a_number }) i mojego kraju urodzenia ({ $country }).

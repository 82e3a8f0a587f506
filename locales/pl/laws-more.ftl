# Kolejne ustawy Kalifornii: co każda z nich oznacza dla człowieka i czego nie robi.

law-vision-act-name = VISION Act (AB 937)
law-vision-act-summary = Ten projekt ustawy miał zakazać więzieniom stanowym i lokalnym aresztom przekazywania ludzi ICE w chwili, gdy nabywają prawo do zwolnienia. W 2021 roku przeszedł w Zgromadzeniu stanowym (Assembly). W 2022 roku przepadł w Senacie stanowym: zabrakło 3 głosów. Nie jest prawem.
law-vision-act-does-not = Nie jest prawem, więc nikogo nie chroni. Więzienia stanowe nadal mogą powiadamiać ICE o osobach, które wychodzą z więzienia, i organizować ich przekazanie. Ograniczenia z SB 54 dotyczą lokalnej policji i szeryfów, a nie więzień stanowych.

law-home-act-name = HOME Act (AB 1306)
law-home-act-summary = Ten projekt ustawy pojawił się po VISION Act. Gubernator Newsom zawetował go 22 września 2023 roku, więc nie jest prawem. Wetując go, gubernator powiedział, że więzienia stanowe ograniczą kontakty z ICE do dwóch momentów: kiedy osoba trafia do więzienia i kiedy zbliża się jej zwolnienie.
law-home-act-does-not = Nie jest prawem, więc nikogo nie chroni. Więzienia stanowe nadal mogą powiadamiać ICE o osobach, które wychodzą z więzienia, i organizować ich przekazanie.

law-ab60-name = Prawa jazdy AB 60 (AB 60 driver's licenses)
law-ab60-summary = Możesz dostać kalifornijskie prawo jazdy, nawet jeśli nie możesz udowodnić, że przebywasz w USA legalnie. Musisz spełnić wszystkie pozostałe warunki oraz udowodnić, kim jesteś i że mieszkasz w Kalifornii. Niesprawiedliwe traktowanie cię z tego powodu, że masz takie prawo jazdy, jest niezgodne z prawem.
law-ab60-does-not = To jest prawo jazdy. Nie jest dokumentem tożsamości do celów federalnych. Nie sprawia, że twoje dane w DMV są tajne dla policji: DMV nadal może udostępniać dane organom ścigania na potrzeby śledztwa, a może to dotyczyć także ICE.

law-ab450-name = Immigrant Worker Protection Act (AB 450)
law-ab450-summary = Twój pracodawca nie może z własnej woli wpuszczać agentów imigracyjnych do tych części miejsca pracy, do których zwykle nie wchodzą osoby z zewnątrz, na przykład do biur albo pomieszczeń tylko dla pracowników, chyba że agenci mają nakaz podpisany przez sędziego. Pracodawca nie może też pozwolić agentom przeglądać ani zabierać dokumentacji pracowników bez nakazu podpisanego przez sędziego, wezwania (subpoena) albo federalnego zawiadomienia o kontroli dokumentów uprawniających do pracy (formularzy I-9). Jeśli pracodawca dostanie takie zawiadomienie, musi poinformować pracowników w ciągu 72 godzin, w języku, którego zwykle z nimi używa.
law-ab450-does-not = To przepis dla pracodawców, a nie dla ICE. Jeśli agenci mają nakaz podpisany przez sędziego, nadal mogą wejść. Formularz ICE, na przykład formularz I-200 albo I-205, nie jest nakazem podpisanym przez sędziego. Pracodawca nie musi własnym ciałem zagradzać drogi agentom. W pracy nadal masz swoje prawa, na przykład prawo do zachowania milczenia.

law-ab49-name = Safe Haven Schools (AB 49)
law-ab49-summary = Agenci imigracyjni nie mogą wchodzić do części szkoły, które nie są otwarte dla osób z zewnątrz, chyba że pokażą ważny dokument tożsamości i mają nakaz albo wezwanie (subpoena) od sędziego albo postanowienie sądu. Szkoły nie mogą przekazywać agentom informacji o uczniach, rodzinach ani pracownikach bez nakazu podpisanego przez sędziego.
law-ab49-does-not = Nie chroni przed wejściem funkcjonariuszy, którzy pokażą ważny dokument tożsamości i mają nakaz podpisany przez sędziego, wezwanie (subpoena) od sędziego albo postanowienie sądu. Jej zasada dotycząca wchodzenia obejmuje części szkoły, które nie są otwarte dla osób z zewnątrz.

law-sb81-name = Placówki opieki zdrowotnej (SB 81)
law-sb81-summary = Placówki opieki zdrowotnej muszą wyznaczyć, które ich strefy nie są otwarte dla osób z zewnątrz. Muszą nie wpuszczać agentów imigracyjnych do tych stref, chyba że agenci mają nakaz podpisany przez sędziego albo postanowienie sądu. Twój status imigracyjny jest traktowany jako część twojej dokumentacji medycznej.
law-sb81-does-not = Nie chroni przed wejściem agentów, którzy mają nakaz podpisany przez sędziego albo postanowienie sądu. Jej zasada dotyczy stref, które placówka oznaczyła jako niedostępne dla osób z zewnątrz.

law-sb98-name = Szkoły muszą informować rodziny (SB 98)
law-sb98-summary = Kiedy szkoła potwierdzi, że na jej terenie są agenci imigracyjni, musi powiadomić rodziców, uczniów i pracowników. Szkolne plany bezpieczeństwa muszą to uwzględniać do 1 marca 2026 roku. Przepis obowiązuje do 1 stycznia 2031 roku.
law-sb98-does-not = Chodzi w niej o informowanie ludzi, a nie o niewpuszczanie agentów. Zasady tego, kiedy agenci mogą wchodzić do części szkoły niedostępnych dla osób z zewnątrz, są w AB 49.

law-sb627-name = No Secret Police Act (SB 627)
law-sb627-summary = Ta ustawa mówi, że funkcjonariusze lokalni, stanowi i federalni nie mogą zakrywać twarzy podczas kontaktów z ludźmi. Są wyjątki, na przykład praca pod przykryciem, maseczki medyczne typu N95 i sprzęt oddziałów SWAT. Data jej wejścia w życie to 1 stycznia 2026 roku. Kalifornia uchwaliła tę ustawę. To, czy można ją egzekwować wobec agentów federalnych, jest przedmiotem sporu w sądzie: w listopadzie 2025 roku Departament Sprawiedliwości USA (U.S. Department of Justice) pozwał Kalifornię.
law-sb627-does-not = Nie licz na to, że agenci federalni będą jej przestrzegać. Rząd USA twierdzi, że nie będzie jej stosował, a prokuratorzy federalni oświadczyli, że nie ma ona wpływu na ich pracę. Dopóki sądy nie zdecydują, sprawa nie jest rozstrzygnięta.

law-sb805-name = No Vigilantes Act (SB 805)
law-sb805-summary = Ta ustawa mówi, że funkcjonariusze, którzy nie są w mundurze, muszą mieć na widoku nazwisko albo numer odznaki. Agenci kaucyjni (bail agents) nie mogą brać udziału w egzekwowaniu prawa imigracyjnego. Kalifornia uchwaliła tę ustawę. To, czy można ją egzekwować wobec agentów federalnych, jest przedmiotem sporu w sądzie: w listopadzie 2025 roku Departament Sprawiedliwości USA (U.S. Department of Justice) pozwał Kalifornię.
law-sb805-does-not = Nie licz na to, że agenci federalni będą jej przestrzegać. Rząd USA twierdzi, że nie będzie jej stosował, a prokuratorzy federalni oświadczyli, że nie ma ona wpływu na ich pracę. Dopóki sądy nie zdecydują, sprawa nie jest rozstrzygnięta.

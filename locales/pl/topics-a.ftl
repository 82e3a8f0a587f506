# Kolejne sytuacje: sprawdzanie nakazu, w pracy, aresztowanie, w lokalnym areszcie,
# w areszcie ICE. Proste słowa, krótkie zdania, jedno działanie w jednym kroku.

## Sprawdzanie nakazu

warrant-check-title = Sprawdzanie nakazu
warrant-check-summary = Agenci mówią, że mają nakaz. Oto jak sprawdzić ten dokument.

warrant-check-keep-door-closed-do = Trzymaj drzwi zamknięte, kiedy sprawdzasz dokument. Poproś agentów, żeby wsunęli nakaz pod drzwi albo przyłożyli go do okna.
warrant-check-keep-door-closed-say = Proszę wsunąć nakaz pod drzwi albo przyłożyć go do okna.
warrant-check-keep-door-closed-why = Otwarcie drzwi nie oznacza zgody na wejście. Ale bezpieczniej jest czytać dokument przy zamkniętych drzwiach. Jeśli nie potrafisz go przeczytać, możesz poprosić o tłumacza.

warrant-check-who-signed-do = Sprawdź, kto podpisał dokument. Nakaz od sędziego pochodzi z sądu, na przykład z sądu federalnego (U.S. District Court) albo z sądu stanowego Kalifornii (California Superior Court). Podpisuje go sędzia.
warrant-check-who-signed-why = Konstytucja chroni każdego w USA, bez względu na status imigracyjny. Organizacje broniące praw imigrantów twierdzą, że bez nakazu podpisanego przez sędziego agenci potrzebują twojej zgody, żeby wejść do twojego domu.

warrant-check-ice-forms-do = Jeśli dokument to formularz ICE albo Departamentu Bezpieczeństwa Krajowego (DHS), na przykład formularz I-200 albo I-205, nie jest to nakaz podpisany przez sędziego. Trzymaj drzwi zamknięte i nie zgadzaj się na ich wejście.
warrant-check-ice-forms-say = Ten dokument nie jest podpisany przez sędziego. Nie wyrażam zgody na wejście do mojego domu.
warrant-check-ice-forms-why = Te formularze podpisuje funkcjonariusz ICE, a nie sędzia. Organizacje broniące praw imigrantów twierdzą, że nie pozwalają one agentom wejść do twojego domu bez twojej zgody. Jednak od 2025 roku ICE twierdzi, że jego agenci mogą wejść siłą z formularzem I-205, żeby aresztować osobę, która ma ostateczną decyzję o deportacji. Sądy rozpatrują skargi podważające to stanowisko. Jeśli agenci wtargną siłą, nie walcz z nimi i nie zagradzaj im drogi.

warrant-check-check-details-do = Jeśli nakaz podpisał sędzia, sprawdź szczegóły. Nakaz przeszukania powinien zawierać twój prawidłowy adres. Nakaz aresztowania powinien wymieniać osobę, która naprawdę tu mieszka. Poszukaj podpisu sędziego.
warrant-check-check-details-why = Nakaz przeszukania pozwala funkcjonariuszom przeszukać adres, który jest w nim podany, bez względu na to, kto tam mieszka. Nakaz aresztowania nie pozwala funkcjonariuszom wejść do domu kogoś innego, żeby szukać osoby w nim wymienionej: do tego potrzebują nakazu przeszukania. Jeśli w nakazie przeszukania jest inny adres albo nakaz aresztowania nie wymienia nikogo, kto tu mieszka, nie musisz otwierać drzwi.

warrant-check-check-the-date-do = Sprawdź datę na nakazie.
warrant-check-check-the-date-why = Nakaz może być zbyt stary, żeby można go było użyć. To, kiedy nakaz jest już zbyt stary, to pytanie do adwokata. Jeśli nie masz pewności, zapytaj adwokata.

warrant-check-search-or-arrest-do = Przeczytaj, jaki to rodzaj nakazu: nakaz przeszukania czy nakaz aresztowania.
warrant-check-search-or-arrest-why = Nakaz przeszukania pozwala funkcjonariuszom wejść pod adres, który jest w nim podany, bez względu na to, kto tam mieszka, ale mogą przeszukać tylko miejsca i rzeczy w nim wymienione. Nakaz aresztowania pozwala funkcjonariuszom wejść do domu osoby, którą wymienia, jeśli uważają, że ta osoba jest w środku.

warrant-check-stay-silent-do = Nawet jeśli nakaz jest ważny i agenci wejdą, nadal możesz zachować milczenie. Jeśli chcesz z tego skorzystać, powiedz to na głos.
warrant-check-stay-silent-why = Nakaz pozwala agentom wejść. Nie zmusza cię do odpowiadania na ich pytania. To, co powiesz, może zostać użyte przeciwko tobie w sądzie.

warrant-check-dont-open-to-read = Nie otwieraj drzwi, żeby przeczytać nakaz.
warrant-check-dont-take-their-word = Nie otwieraj drzwi tylko dlatego, że agenci mówią, że mają nakaz. Agenci czasem mówią, że mają nakaz, choć go nie mają, albo podają się za policję. Najpierw zobacz dokument.

## W pracy

at-work-title = Agenci w twoim miejscu pracy
at-work-summary = Agenci imigracyjni przychodzą do miejsca, w którym pracujesz.

at-work-know-the-areas-do = Wiedz, gdzie agenci mogą wchodzić. ICE może bez pytania wejść do publicznie dostępnych części firmy, na przykład do sali restauracyjnej, holu albo na parking.
at-work-know-the-areas-why = Samo to, że agenci są w części publicznej, nie pozwala im nikogo zatrzymać, przesłuchać ani aresztować. Żeby wejść do części, które nie są publiczne, na przykład do kuchni, biura albo pomieszczeń tylko dla pracowników, potrzebują zgody pracodawcy albo nakazu podpisanego przez sędziego.

at-work-ask-if-free-do = Jeśli podejdzie do ciebie agent, zapytaj, czy możesz odejść albo wrócić do pracy. Jeśli odpowiedź brzmi „tak”, powiedz, że nie chcesz rozmawiać. Potem spokojnie wróć do pracy albo odejdź.
at-work-ask-if-free-say = Czy mogę odejść albo wrócić do pracy?

at-work-stay-where-you-are-do = Jeśli agenci każą pracownikom podzielić się na grupy według statusu imigracyjnego, możesz zostać tam, gdzie jesteś.
at-work-stay-where-you-are-why = Przejście do jednej z tych grup to sposób na ujawnienie im twojego statusu. Nie musisz mówić im, jaki masz status.

at-work-papers-do = Jeśli masz ważne dokumenty imigracyjne, na przykład zieloną kartę (green card) albo pozwolenie na pracę, pokaż je tylko wtedy, gdy poprosi o nie agent imigracyjny. Nigdy nie pokazuj fałszywych dokumentów.
at-work-papers-why = Prawo federalne mówi, że osoby, które mają takie dokumenty, muszą nosić je przy sobie i pokazywać agentom imigracyjnym, którzy o nie poproszą. O wszystkim innym nadal możesz milczeć.

at-work-employer-rules-do = Wiedz, czego Kalifornia wymaga od twojego pracodawcy. Zgodnie z ustawą AB 450 pracodawca nie może z własnej woli wpuszczać agentów imigracyjnych do części, które nie są publiczne, bez nakazu podpisanego przez sędziego. Pracodawca nie może też pozwolić im przeglądać ani zabierać dokumentacji pracowników bez nakazu podpisanego przez sędziego, wezwania (subpoena) albo federalnego zawiadomienia o kontroli.
at-work-employer-rules-why = Formularz ICE, na przykład formularz I-200 albo I-205, nie wystarcza według tej ustawy. Ale ta ustawa wiąże pracodawców, a nie ICE. Z nakazem podpisanym przez sędziego agenci nadal mogą wejść. W każdym przypadku zachowujesz swoje prawa. Pracodawca, który łamie tę ustawę, może dostać karę od $2 000 do $10 000 za każde naruszenie.

at-work-records-notice-do = Jeśli ICE da twojemu pracodawcy zawiadomienie, że skontroluje dokumentację pracowników, na przykład formularze I-9, pracodawca musi wywiesić informację dla pracowników w ciągu 72 godzin.
at-work-records-notice-why = AB 450 mówi, że informacja musi być w języku, którego pracodawca zwykle używa z pracownikami. Pracownicy, których dotyczy kontrola, mają też prawo poznać jej wyniki.

at-work-dont-consent-to-search = Nie zgadzaj się na przeszukanie. Możesz powiedzieć na głos: Nie wyrażam zgody na przeszukanie.

## Aresztowanie przez policję

arrested-title = Aresztowanie przez policję
arrested-summary = Lokalna policja albo zastępcy szeryfa (sheriff's deputies) cię aresztują.

arrested-ask-for-lawyer-do = Poproś o adwokata. Nie podejmuj żadnych decyzji, dopóki z nim nie porozmawiasz.
arrested-ask-for-lawyer-say = Chcę rozmawiać z adwokatem.
arrested-ask-for-lawyer-why = To, co powiesz, może zostać użyte przeciwko tobie w sądzie karnym i w sądzie imigracyjnym.

arrested-phone-calls-do = Poproś o przysługujące ci telefony. W Kalifornii możesz wykonać co najmniej 3 telefony, które dojdą do skutku. Przysługują ci zaraz po rejestracji w areszcie (booking), nie później niż 3 godziny po aresztowaniu, chyba że jest to fizycznie niemożliwe.
arrested-phone-calls-say = Chcę wykonać przysługujące mi telefony.
arrested-phone-calls-why = Te telefony daje ci sekcja 851.5 kalifornijskiego kodeksu karnego (California Penal Code section 851.5). Rozmowy w obrębie lokalnego obszaru są bezpłatne. Funkcjonariusz, który celowo odmawia ci tych telefonów, łamie prawo.

arrested-whom-to-call-do = Wykorzystaj telefony, żeby skontaktować się z adwokatem lub obrońcą z urzędu (public defender), z agentem kaucyjnym (bail bond agent) oraz z kimś z rodziny albo inną osobą.
arrested-whom-to-call-why = Policja nie może podsłuchiwać ani nagrywać twojej rozmowy z adwokatem. Możesz nie mieć przy sobie telefonu, więc naucz się na pamięć numerów adwokata i zaufanej osoby, zanim kiedykolwiek będą ci potrzebne.

arrested-child-care-calls-do = Jeśli jesteś rodzicem sprawującym opiekę nad dzieckiem (custody), powiedz o tym. Poproś o 2 dodatkowe bezpłatne telefony, żeby zorganizować opiekę nad dzieckiem.
arrested-child-care-calls-say = Jestem rodzicem. Potrzebuję przysługujących mi dodatkowych telefonów, żeby zorganizować opiekę nad moim dzieckiem.
arrested-child-care-calls-why = Prawo Kalifornii daje rodzicom sprawującym opiekę nad dzieckiem 2 dodatkowe bezpłatne telefony, żeby zorganizować opiekę nad dzieckiem.

arrested-tell-your-needs-do = Powiedz funkcjonariuszowi, jeśli jesteś rodzicem albo główną osobą opiekującą się dzieckiem. Powiedz też, jeśli masz potrzeby medyczne.
arrested-tell-your-needs-why = Możesz im to powiedzieć. To może pomóc zapewnić opiekę twojemu dziecku i sprawić, że twoje potrzeby zdrowotne będą znane.

arrested-dont-resist = Nie uciekaj przed policją i nie walcz z nią, nawet jeśli uważasz, że aresztowanie jest niesłuszne.
arrested-dont-answer-status-questions = Nie odpowiadaj na pytania o miejsce urodzenia, status imigracyjny ani o to, jak wyglądał twój przyjazd do USA. Co do zasady policja w Kalifornii nie może pytać o twój status, żeby pomagać w egzekwowaniu prawa imigracyjnego.

## W lokalnym areszcie

in-jail-title = W lokalnym areszcie
in-jail-summary = Przebywasz w areszcie miejskim albo w areszcie hrabstwa, a ICE może chcieć z tobą porozmawiać albo cię zabrać.

in-jail-consent-form-do = Zanim ICE będzie mogło porozmawiać z tobą w lokalnym areszcie, areszt musi dać ci pisemny formularz. Przeczytaj go. Jeśli go nie rozumiesz, powiedz, że potrzebujesz tłumacza.
in-jail-consent-form-why = Ten formularz jest wymagany przez kalifornijską ustawę TRUTH Act. Musi wyjaśniać, w jakim celu jest rozmowa, że jest ona dobrowolna i że możesz odmówić albo rozmawiać w obecności swojego adwokata. Formularz jest dostępny po angielsku, hiszpańsku, chińsku, tagalsku, wietnamsku i koreańsku, a w niektórych hrabstwach także w innych językach.

in-jail-refuse-interview-do = Możesz odmówić rozmowy z ICE. Możesz też powiedzieć, że będziesz rozmawiać tylko w obecności swojego adwokata.
in-jail-refuse-interview-say = Nie zgadzam się na rozmowę z ICE bez obecności mojego adwokata.
in-jail-refuse-interview-why = Rozmowa jest dobrowolna. To, co powiesz ICE, może zostać użyte przeciwko tobie w sądzie imigracyjnym.

in-jail-ask-for-copy-do = Zapytaj, czy areszt dostał w twojej sprawie wniosek ICE o przetrzymanie (ICE hold), wniosek o powiadomienie albo wniosek o przekazanie. Jeśli tak, poproś o kopię. Zapytaj, czy areszt zrobi to, o co prosi ICE.
in-jail-ask-for-copy-say = Czy ICE przysłało w mojej sprawie wniosek o przetrzymanie albo inny wniosek? Proszę dać mi kopię.
in-jail-ask-for-copy-why = TRUTH Act mówi, że areszt musi dać ci kopię każdego takiego wniosku i powiedzieć ci, czy zamierza go spełnić. Jeśli areszt poda ICE datę twojego zwolnienia, musi też poinformować o tym na piśmie ciebie oraz twojego adwokata albo jedną inną wybraną przez ciebie osobę.

in-jail-hold-is-a-request-do = Wiedz, że wniosek ICE o przetrzymanie (ICE hold) to prośba ICE. Nie jest to postanowienie sędziego.
in-jail-hold-is-a-request-why = Zgodnie z kalifornijską ustawą SB 54 lokalny areszt nie może przetrzymać cię po terminie zwolnienia dlatego, że poprosiło o to ICE. Ale jeśli masz niektóre wyroki skazujące za poważne przestępstwa, na przykład za niektóre poważne przestępstwa lub przestępstwa z użyciem przemocy (felonies), areszt nadal może powiadomić ICE o terminie twojego zwolnienia albo przekazać cię ICE. Może też przekazać cię ICE, jeśli istnieje nakaz podpisany przez sędziego. Te ustawy ograniczają lokalną policję i areszty, a nie agentów ICE.

in-jail-state-prison-do = Jeśli jesteś w więzieniu stanowym, a nie w areszcie miejskim albo w areszcie hrabstwa, zasady są inne. SB 54 nie obejmuje więzień stanowych.
in-jail-state-prison-why = Więzienia stanowe nadal mogą powiadamiać ICE o osobach, które wychodzą z więzienia, i organizować ich przekazanie ICE. Ale więzienie stanowe nadal musi dać ci formularz przed rozmową z ICE oraz kopie wniosków ICE dotyczących ciebie.

in-jail-dont-think-you-must-talk = Nie myśl, że musisz rozmawiać z ICE w lokalnym areszcie. To, czy będziesz rozmawiać, zależy od ciebie.

## W areszcie ICE

ice-detention-title = W areszcie ICE
ice-detention-summary = ICE przetrzymuje cię w areszcie imigracyjnym.

ice-detention-free-legal-help-do = Jeśli nie masz adwokata, poproś funkcjonariuszy o listę bezpłatnych (pro bono) usług prawnych.
ice-detention-free-legal-help-say = Nie mam adwokata. Proszę dać mi listę bezpłatnych usług prawnych.
ice-detention-free-legal-help-why = W sprawach imigracyjnych rząd zwykle nie płaci za twojego adwokata. Organizacje z tej listy udzielają pomocy prawnej bezpłatnie.

ice-detention-consulate-do = Możesz poprosić o kontakt z konsulatem swojego kraju albo poprosić funkcjonariusza, żeby powiadomił konsulat, że cię przetrzymują.
ice-detention-consulate-say = Chcę skontaktować się z moim konsulatem.
ice-detention-consulate-why = Możesz o to poprosić, kiedy przetrzymuje cię ICE. To twój wybór.

ice-detention-careful-on-the-phone-do = Przez telefony w areszcie imigracyjnym nie rozmawiaj o swoim statusie imigracyjnym ani o swoim miejscu urodzenia.
ice-detention-careful-on-the-phone-why = Rozmowy przez telefony w areszcie imigracyjnym mogą być podsłuchiwane.

ice-detention-family-can-find-you-do = Twoja rodzina może cię szukać za pomocą internetowej wyszukiwarki ICE (Online Detainee Locator), czyli strony internetowej (link jest przy tym kroku). Wyszukiwarka znajduje osoby, które mają 18 lat lub więcej.
ice-detention-family-can-find-you-why = Żeby wyszukać, potrzebują twojego numeru A (A-number) i kraju urodzenia albo twojego imienia i nazwiska i kraju urodzenia. Imię i nazwisko muszą dokładnie zgadzać się z danymi ICE.

ice-detention-a-number-do = Jeśli masz numer A (A-number), upewnij się, że twoja rodzina go zna.
ice-detention-a-number-why = Sąd imigracyjny ma automatyczną linię telefoniczną z informacjami o twojej sprawie, która prosi o numer A. Tę linię prowadzi rząd. To nie jest pomoc po twojej stronie.

ice-detention-dont-decide-alone = Nie zgadzaj się na dobrowolny wyjazd (voluntary departure) ani nie podejmuj żadnych innych decyzji w swojej sprawie, zanim porozmawiasz z adwokatem.

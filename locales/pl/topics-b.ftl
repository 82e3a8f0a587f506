# Sytuacje od 9 do 15. Proste słowa, krótkie zdania, jedno działanie w jednym kroku.
# Nigdy nie wpisuj numeru telefonu do wiadomości.

## W sądzie

in-court-title = Sprawa w sądzie
in-court-summary = Masz sprawę w sądzie stanowym albo w sądzie imigracyjnym.

in-court-state-court-do = Wiedz, że sąd stanowy w Kalifornii nie decyduje o twoim statusie imigracyjnym.
in-court-state-court-why = Mimo to to, co dzieje się w sprawie przed sądem stanowym, może mieć znaczenie dla twojej sprawy imigracyjnej. Niektóre rozstrzygnięcia mogą ci pomóc. Niektóre mogą ci zaszkodzić.

in-court-ask-immigration-lawyer-do = Jeśli masz sprawę w sądzie stanowym, porozmawiaj o niej także z adwokatem imigracyjnym.
in-court-ask-immigration-lawyer-why = Niektóre sprawy przed sądem stanowym mogą pomóc, na przykład ustalenia SIJS (SIJS findings) dla młodych ludzi albo sprawy ofiar przestępstw. Niektóre rozstrzygnięcia w sprawie karnej mogą zaszkodzić twojemu statusowi imigracyjnemu.

in-court-case-information-do = Żeby uzyskać informacje o sprawie w sądzie imigracyjnym, przygotuj numer A (A-number) danej osoby. Automatyczna linia informacyjna sądu jest w wyszukiwarce pomocy w tej aplikacji.
in-court-case-information-why = Automatyczna linia wymaga numeru A. Linię prowadzi rząd, a nie organizacje broniące praw imigrantów.

in-court-ask-for-lawyer-do = Możesz poprosić o rozmowę z adwokatem.
in-court-ask-for-lawyer-say = Chcę rozmawiać z adwokatem.
in-court-ask-for-lawyer-why = W sprawach imigracyjnych rząd zwykle nie płaci za twojego adwokata. Możliwe, że musisz znaleźć go samodzielnie.

in-court-free-legal-help-do = Poszukaj bezpłatnej pomocy prawnej. Możesz poszukać w internecie w dwóch krajowych katalogach bezpłatnych i tanich usług prawnych (linki są przy tym kroku). Sąd imigracyjny ma też listę bezpłatnych (pro bono) usługodawców prawnych.
in-court-free-legal-help-why = Te listy mogą pomóc ci znaleźć bezpłatną pomoc prawną. Jeśli przebywasz w areszcie i nie masz adwokata, poproś funkcjonariuszy o listę bezpłatnych usługodawców prawnych.

in-court-dont-ignore-state-case = Nie myśl, że sprawa w sądzie stanowym nie ma nic wspólnego z imigracją. Niektóre rozstrzygnięcia w sprawach karnych mogą zaszkodzić twojemu statusowi. Zapytaj adwokata imigracyjnego.

## W szkole lub w szpitalu

school-hospital-title = W szkole lub w szpitalu
school-hospital-summary = Agenci imigracyjni przychodzą do szkoły, przychodni albo szpitala.

school-hospital-school-private-areas-do = Poznaj prawo dotyczące szkół. Agenci imigracyjni nie mogą wchodzić do części szkoły, które nie są otwarte dla osób z zewnątrz, chyba że pokażą ważny dokument tożsamości oraz nakaz, wezwanie (subpoena) albo postanowienie wydane przez sędziego lub sąd.
school-hospital-school-private-areas-why = Ta kalifornijska ustawa nazywa się AB 49. Została podpisana 20 września 2025 roku.

school-hospital-school-records-do = Wiedz, że szkoła nie może przekazywać agentom informacji o uczniach, rodzinach ani pracownikach, chyba że agenci mają nakaz od sędziego.
school-hospital-school-records-why = AB 49 chroni także te informacje. Dokument podpisany przez funkcjonariusza ICE, a nie przez sędziego, nie jest nakazem podpisanym przez sędziego.

school-hospital-school-notice-do = Zwracaj uwagę na wiadomości ze szkoły twojego dziecka. Kiedy szkoła potwierdzi, że na jej terenie są agenci imigracyjni, musi powiadomić rodziców, uczniów i pracowników.
school-hospital-school-notice-why = Ta kalifornijska ustawa nazywa się SB 98. Szkoły musiały dodać ten krok do swoich planów bezpieczeństwa do 1 marca 2026 roku. Przepis obowiązuje do 1 stycznia 2031 roku.

school-hospital-health-private-areas-do = Poznaj prawo dotyczące opieki zdrowotnej. Przychodnie i szpitale muszą wyznaczyć, które ich strefy nie są otwarte dla osób z zewnątrz. Muszą nie wpuszczać agentów imigracyjnych do tych stref, chyba że agenci mają nakaz od sędziego albo postanowienie sądu.
school-hospital-health-private-areas-why = Ta kalifornijska ustawa nazywa się SB 81. Traktuje też twój status imigracyjny jako część twojej dokumentacji medycznej.

school-hospital-emergency-care-do = Korzystaj z pomocy medycznej w nagłych wypadkach, kiedy jej potrzebujesz.
school-hospital-emergency-care-why = Prokurator generalny Kalifornii (California Attorney General) mówi, że możesz otrzymać pomoc medyczną w nagłych wypadkach bez względu na swój status imigracyjny.

school-hospital-dont-public-areas = Nie myśl, że te ustawy obejmują każdą część szkoły lub szpitala. Dotyczą stref, które nie są otwarte dla osób z zewnątrz.
school-hospital-dont-count-on-agents = Nie licz na to, że same te ustawy powstrzymają agentów. Agenci z nakazem podpisanym przez sędziego albo z postanowieniem sądu nadal mogą wejść.
school-hospital-dont-skip-care = Nie rezygnuj z pomocy medycznej w nagłych wypadkach z powodu swojego statusu imigracyjnego.

## W pobliżu granicy

border-zone-title = W pobliżu granicy
border-zone-summary = Punkty kontrolne Border Patrol oraz lotniska i przejścia graniczne, przez które wjeżdżasz do kraju.

border-zone-hundred-mile-zone-do = Wiedz, że agenci straży granicznej twierdzą, że mają dodatkowe uprawnienia w odległości do 100 mil od każdej granicy USA, w tym od wybrzeża. Większość dużych miast Kalifornii leży w tej strefie.
border-zone-hundred-mile-zone-why = Ustawa federalna, 8 U.S.C. §1357(a)(3), pozwala tym agentom działać w „rozsądnej odległości” (reasonable distance) od granicy, a przepis federalny ustala tę odległość na 100 mil w linii prostej (air miles). Konstytucja nadal chroni cię w tej strefie. Naszym źródłem są kopie ulotki informacyjnej ACLU, a nie własna strona ACLU, a przepisy graniczne są skomplikowane: zapytaj adwokata o swoją sytuację.

border-zone-checkpoint-silent-do = Na punkcie kontrolnym Border Patrol (amerykańskiej straży granicznej) zachowaj spokój i trzymaj ręce tak, żeby agenci je widzieli. Możesz zachować milczenie. Jeśli chcesz z tego skorzystać, powiedz to na głos.
border-zone-checkpoint-silent-why = Border Patrol może prowadzić imigracyjne punkty kontrolne. Ale Konstytucja obowiązuje także tam, łącznie z twoim prawem do nieodpowiadania na pytania.

border-zone-papers-do = Na punkcie kontrolnym albo gdziekolwiek w pobliżu granicy, jeśli masz ważne dokumenty imigracyjne, na przykład zieloną kartę (green card) albo pozwolenie na pracę, noś je przy sobie i pokazuj agentom imigracyjnym, którzy o nie poproszą. Jeśli nie masz dokumentów, możesz zachować milczenie. Nie kłam i nigdy nie pokazuj fałszywych dokumentów ani dokumentów z innego kraju.
border-zone-papers-why = Prawo federalne mówi, że dorośli, którym wydano takie dokumenty, muszą nosić je przy sobie. Nienoszenie ich jest lżejszym przestępstwem federalnym (misdemeanor). Od 2025 roku Customs and Border Protection (CBP, amerykańska służba celna i ochrony granic) przypomina ludziom o tym przepisie. Naszymi źródłami szczegółów są strony kancelarii prawnych i doniesienia prasowe: zapytaj adwokata, co to oznacza w przypadku twoich dokumentów.

border-zone-refuse-search-do = Nie zgadzaj się na przeszukanie swojego samochodu. Jeśli mimo to go przeszukają, nie walcz z nimi.
border-zone-refuse-search-say = Nie wyrażam zgody na przeszukanie mojego samochodu.
border-zone-refuse-search-why = W tej strefie Border Patrol potrzebuje uzasadnionego podejrzenia (reasonable suspicion) naruszenia przepisów imigracyjnych lub przestępstwa, żeby zatrzymać samochód do kontroli. Żeby przeszukać samochód, potrzebuje nakazu albo uzasadnionego przypuszczenia opartego na faktach (probable cause).

border-zone-ports-of-entry-do = Kiedy wjeżdżasz do kraju przez lotnisko, lądowe przejście graniczne albo port morski, licz się z tym, że funkcjonariusze mogą przeszukać twoje bagaże i samochód.
border-zone-ports-of-entry-why = Takie miejsca nazywa się portami wjazdu (ports of entry). Tam funkcjonariusze nie potrzebują nakazu ani powodu do rutynowych przeszukań, nawet obywateli USA i posiadaczy zielonej karty. Zasady są tu zupełnie inne niż przy kontrolach wewnątrz kraju. Przepisy graniczne są skomplikowane: jeśli się martwisz, przed podróżą zapytaj adwokata.

border-zone-phones-laptops-do = Poznaj zasady dotyczące telefonów i laptopów w porcie wjazdu. Funkcjonariusze twierdzą, że mogą je przeszukać bez nakazu. Nie musisz podawać hasła.
border-zone-phones-laptops-why = Odmowa może nie powstrzymać przeszukania. Jeśli nie odblokujesz urządzenia, funkcjonariusze mogą je zatrzymać na całe tygodnie. Podróżny, który nie jest obywatelem USA ani posiadaczem zielonej karty, może nie zostać wpuszczony do kraju.

border-zone-lawyer-at-port-do = Jeśli masz obywatelstwo USA, możesz poprosić o adwokata, kiedy funkcjonariusze przesłuchują cię w porcie wjazdu.
border-zone-lawyer-at-port-say = Chcę rozmawiać z adwokatem.
border-zone-lawyer-at-port-why = Posiadacze zielonej karty i wiz zwykle nie mają prawa do adwokata podczas tej kontroli, chyba że sprawa stanie się sprawą karną. Przepisy graniczne są skomplikowane. To ogólna informacja: przed podróżą zapytaj adwokata imigracyjnego.

border-zone-dont-no-rights = Nie myśl, że w pobliżu granicy tracisz swoje prawa. Konstytucja nadal obowiązuje w strefie 100 mil.

## Nagrywanie agentów

recording-title = Nagrywanie agentów
recording-summary = Widzisz agentów imigracyjnych przy pracy w miejscu publicznym i chcesz ich nagrać.

recording-right-to-record-do = Możesz nagrywać agentów w miejscu publicznym. Zostań tam, gdzie wolno ci przebywać. Zachowaj bezpieczną odległość. Nie przeszkadzaj im.
recording-right-to-record-why = Sądy federalne, w tym sąd apelacyjny właściwy dla Kalifornii, uznają, że ludzie mają wynikające z Pierwszej Poprawki (First Amendment) prawo do nagrywania policji wykonującej swoje obowiązki w miejscach publicznych. Tę samą zasadę stosuje się wobec agentów imigracyjnych.

recording-know-the-risk-do = Zanim zaczniesz nagrywać, poznaj ryzyko. Ludzie byli aresztowani podczas filmowania agentów.
recording-know-the-risk-why = ProPublica, redakcja dziennikarska, naliczyła co najmniej 130 osób aresztowanych za rzekome przeszkadzanie agentom albo za ich filmowanie. Departament Bezpieczeństwa Krajowego (DHS) nazwał nagrywanie agentów „doxingiem” (doxing), czyli ujawnianiem prywatnych informacji o ludziach.

recording-move-back-do = Jeśli agent każe ci się cofnąć, zrób to. Możesz dalej nagrywać z większej odległości.
recording-move-back-why = Agenci mogą zgodnie z prawem kazać ci się cofnąć ze względów bezpieczeństwa. Jeśli odmówisz, mogą cię aresztować.

recording-protect-phone-do = Jeśli funkcjonariusz poprosi, żeby zobaczyć twój telefon, możesz odmówić. Nie musisz go odblokowywać ani usuwać nagrania.
recording-protect-phone-say = Nie wyrażam zgody na przeszukanie mojego telefonu.
recording-protect-phone-why = Nasze źródło, streszczenie porad Electronic Frontier Foundation, mówi, że bez nakazu funkcjonariusze nie powinni przeszukiwać twojego telefonu ani zmuszać cię do usunięcia nagrania lub odblokowania telefonu. Ten punkt wymaga sprawdzenia przez adwokata w twojej konkretnej sprawie. Jeśli funkcjonariusze mimo to zabiorą ci telefon, nie walcz z nimi.

recording-write-details-do = Zapisz datę, godzinę i miejsce. Zanotuj nazwiska agentów, numery odznak, pojazdy i numery rejestracyjne.
recording-write-details-why = Te szczegóły tworzą jasny zapis tego, co się wydarzyło i kto tam był.

recording-focus-on-agents-do = Kieruj kamerę na agentów, a nie na osobę, którą zatrzymują.
recording-focus-on-agents-why = To chroni prywatność osoby zatrzymanej.

recording-dont-interfere = Nie dotykaj agentów, nie zagradzaj im drogi i nie przeszkadzaj im, kiedy nagrywasz.
recording-dont-ignore-orders = Nie odmawiaj wykonania polecenia, żeby się cofnąć. Zamiast tego nagrywaj dalej z bezpiecznej odległości.
recording-dont-delete-footage = Nie odblokowuj telefonu i nie usuwaj nagrania tylko dlatego, że funkcjonariusz tak mówi.

## Plan rodzinny

family-plan-title = Przygotuj plan rodzinny
family-plan-summary = Przygotuj rodzinę, zanim cokolwiek się wydarzy.

family-plan-memorize-numbers-do = Naucz się na pamięć numerów telefonu zaufanej osoby i adwokata.
family-plan-memorize-numbers-why = Jeśli cię zatrzymają, możesz nie mieć przy sobie telefonu.

family-plan-children-pickup-do = Zdecyduj, kto może odebrać twoje dzieci, jeśli ty nie dasz rady. Zapisz to.
family-plan-children-pickup-why = Wtedy zaufane osoby będą wiedziały, co robić, jeśli nie wrócisz do domu.

family-plan-documents-do = Trzymaj ważne dokumenty w jednym miejscu, do którego mają dostęp zaufane osoby.
family-plan-documents-why = Jeśli coś ci się stanie, rodzina może szybko potrzebować tych dokumentów.

family-plan-a-number-do = Jeśli masz numer A (A-number), naucz się go. Zapisz go tam, gdzie rodzina może go znaleźć.
family-plan-a-number-why = Jeśli jesteś osobą dorosłą i cię zatrzymają, rodzina może cię szukać w internetowej wyszukiwarce ICE (Online Detainee Locator) za pomocą twojego numeru A i kraju urodzenia. Linia informacyjna sądu imigracyjnego także prosi o numer A.

family-plan-tell-officer-parent-do = Jeśli cię aresztują lub zatrzymają, powiedz funkcjonariuszowi, jeśli jesteś rodzicem albo główną osobą opiekującą się dzieckiem. Powiedz też, jeśli masz potrzeby medyczne.
family-plan-tell-officer-parent-say = Jestem rodzicem i główną osobą opiekującą się dzieckiem.
family-plan-tell-officer-parent-why = Możesz to powiedzieć funkcjonariuszom. Jeśli aresztuje cię lokalna policja w Kalifornii, rodzic sprawujący opiekę nad dzieckiem dostaje dwa dodatkowe bezpłatne telefony, żeby zorganizować opiekę nad dziećmi.

family-plan-plan-form-do = Wypełnij formularz planu rodzinnego. Formularz ILRC Family Preparedness Plan jest dostępny po angielsku, hiszpańsku, tagalsku, wietnamsku i po chińsku (pismo tradycyjne).
family-plan-plan-form-why = Pisemny plan w jednym miejscu łatwiej przekazać zaufanym osobom.

family-plan-dont-wait = Nie czekaj z przygotowaniem planu, aż przyjdą agenci.
family-plan-dont-rely-on-phone = Nie trzymaj ważnych numerów tylko w telefonie. Jeśli cię zatrzymają, możesz go nie mieć.

## Oszustwa

scams-title = Oszustwa imigracyjne
scams-summary = Ktoś oferuje ci pomoc imigracyjną albo mówi, że jest problem z twoim statusem.

scams-real-lawyer-do = Porad prawnych w sprawach imigracyjnych zasięgaj tylko u adwokata z licencją albo u przedstawiciela akredytowanego przez Departament Sprawiedliwości USA (U.S. Department of Justice).
scams-real-lawyer-why = Tylko oni mają prawo udzielać porad prawnych w sprawach imigracyjnych.

scams-consultants-do = Uważaj na „notarios” (w USA notariusz, notary public, nie jest adwokatem) i konsultantów imigracyjnych. Zanim komukolwiek zapłacisz, zapytaj, czy jest adwokatem albo akredytowanym przedstawicielem.
scams-consultants-why = Konsultant, który nie jest adwokatem, może tylko wypełniać formularze i tłumaczyć. Nie może ci mówić, co robić w twojej sprawie.

scams-calls-and-texts-do = Jeśli ktoś dzwoni, pisze SMS-a albo e-maila, że jest problem z twoim statusem imigracyjnym, nie dawaj mu pieniędzy ani danych osobowych.
scams-calls-and-texts-say = Nie dam pieniędzy ani danych osobowych. Sprawdzę to u własnego adwokata.
scams-calls-and-texts-why = Prokurator generalny Kalifornii (California Attorney General) ostrzega, żeby tego nie robić.

scams-free-help-do = Poszukaj bezpłatnej pomocy prawnej. California Department of Social Services (kalifornijski departament spraw społecznych) publikuje listy organizacji, które jej udzielają.
scams-free-help-why = Stan Kalifornia płaci organizacjom non-profit za udzielanie bezpłatnej pomocy prawnej w sprawach imigracyjnych.

scams-dont-pay-for-advice = Nie płać „notario” ani konsultantowi za poradę prawną w twojej sprawie imigracyjnej.
scams-dont-share-details = Nie dawaj pieniędzy ani danych osobowych nikomu, kto kontaktuje się z tobą w sprawie problemu z twoim statusem. Zamiast tego zapytaj zaufanego adwokata.

## Plotki i doniesienia o agentach

rumors-title = Plotki i doniesienia o agentach
rumors-summary = Słyszysz, że w pobliżu są agenci imigracyjni, albo widzisz ich na własne oczy.

rumors-check-first-do = Zanim podzielisz się wiadomością o agentach imigracyjnych, sprawdź, czy jest prawdziwa.
rumors-check-first-why = Wpis, którego nikt nie sprawdził, może być nieprawdziwy i może szerzyć strach.

rumors-call-rapid-response-do = Jeśli widzisz agentów imigracyjnych, zamiast pisać o tym w internecie, zadzwoń na linię szybkiego reagowania (rapid response) w swoim hrabstwie. Znajdziesz ją w wyszukiwarce pomocy w tej aplikacji.
rumors-call-rapid-response-why = Linie szybkiego reagowania przyjmują zgłoszenia o agentach imigracyjnych w pobliżu i pomagają ludziom, którzy tego potrzebują.

rumors-document-safely-do = Jeśli to bezpieczne, nagraj albo zapisz, co widzisz. Zachowaj odległość.
rumors-document-safely-why = Zapis tego, co się wydarzyło, może się później przydać. Jeśli będziesz przeszkadzać agentom, mogą cię aresztować.

rumors-stay-silent-do = Jeśli agenci zadają ci pytania, kiedy się przyglądasz, możesz zachować milczenie. Jeśli chcesz z tego skorzystać, powiedz to na głos.

rumors-right-numbers-do = Podawaj dalej tylko numery pomocy z zaufanego źródła, na przykład od lokalnej sieci szybkiego reagowania (rapid response).
rumors-right-numbers-why = Departament Bezpieczeństwa Krajowego (DHS) ma numer, pod którym ludzie mogą zgłaszać innych do ICE. To nie jest linia pomocy.

rumors-dont-post-unchecked = Nie publikuj niesprawdzonych informacji o tym, że ktoś widział agentów imigracyjnych.
rumors-dont-share-tip-line = Nie podawaj dalej numeru DHS do zgłaszania ludzi do ICE, tak jakby był to numer pomocy.
rumors-dont-interfere = Nie przeszkadzaj agentom i nie próbuj ich powstrzymywać.

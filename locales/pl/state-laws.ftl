# Ustawy innych stanów o współpracy przy egzekwowaniu prawa imigracyjnego (content/state-laws.toml):
# zwyczajowa nazwa każdej ustawy i to, co oznacza dla człowieka.

law-il-trust-act-name = Illinois TRUST Act
law-il-trust-act-summary = Policja w Illinois nie może przetrzymywać cię w areszcie tylko dlatego, że ICE przysłało wniosek o przetrzymanie (hold request) albo nakaz imigracyjny, którego nie podpisał żaden sędzia. Nie może cię też zatrzymać do kontroli, przetrzymywać ani aresztować z powodu twojego statusu imigracyjnego. Ustawa nie zabrania policji przekazywania informacji agencjom federalnym, a w 2021 roku rozszerzyła ją ustawa Way Forward Act.

law-il-way-forward-act-name = Illinois Way Forward Act (SB 667)
law-il-way-forward-act-summary = Ta ustawa z 2021 roku rozszerzyła Illinois TRUST Act i zobowiązała samorządy lokalne do zakończenia do 1 stycznia 2022 roku umów na przetrzymywanie ludzi w areszcie imigracyjnym. Departament Sprawiedliwości USA pozwał Illinois w związku z jego przepisami chroniącymi imigrantów (sanctuary laws), a ta sprawa została oddalona w lipcu 2025 roku.

law-ny-protect-our-courts-act-name = New York Protect Our Courts Act
law-ny-protect-our-courts-act-summary = ICE i inni funkcjonariusze nie mogą dokonać wobec ciebie aresztowania w trybie cywilnym (civil arrest), kiedy idziesz do sądu w stanie Nowy Jork, kiedy w nim jesteś ani kiedy z niego wychodzisz, chyba że mają nakaz podpisany przez sędziego albo postanowienie sądu. Nie znaleziono ogólnostanowej ustawy Nowego Jorku o przetrzymywaniu ludzi w aresztach na wniosek ICE.

law-nj-immigrant-trust-directive-name = New Jersey Immigrant Trust Directive
law-nj-immigrant-trust-directive-summary = To jest polecenie prokuratora generalnego New Jersey (Attorney General) dla policji, a nie ustawa uchwalona przez parlament stanowy; federalny sąd apelacyjny utrzymał je w mocy w 2021 roku. Policja nie może cię zatrzymać, przesłuchiwać ani przetrzymywać tylko z powodu twojego statusu imigracyjnego, a po aresztowaniu za drobne przestępstwo areszt co do zasady nie może przetrzymać cię dla ICE ani powiadomić ICE, kiedy cię zwalnia. Muszą cię poinformować o każdym wniosku ICE dotyczącym ciebie, a ICE może przeprowadzić z tobą rozmowę (interview) tylko wtedy, gdy poinformowano cię, że możesz mieć adwokata, i zgodzisz się na piśmie.

law-wa-keep-washington-working-act-name = Keep Washington Working Act
law-wa-keep-washington-working-act-summary = Policja w stanie Waszyngton co do zasady nie może pytać o twój status imigracyjny ani miejsce urodzenia, przetrzymywać cię, żeby sprawdzić twój status, ani przetrzymywać cię na podstawie cywilnego nakazu imigracyjnego (civil immigration warrant). Nie może przekazywać ICE ani CBP (Customs and Border Protection, amerykańskiej służbie celnej i ochrony granic) twoich prywatnych danych osobowych ani pozwalać ICE na rozmowę z tobą w areszcie bez zabezpieczeń. Ustawa zakazuje też porozumień 287(g) (pozwalających lokalnej policji wykonywać zadania agentów imigracyjnych) oraz umów na wynajem miejsc w aresztach dla ICE.

law-wa-courts-open-to-all-act-name = Washington Courts Open to All Act
law-wa-courts-open-to-all-act-summary = Nikt nie może dokonać wobec ciebie aresztowania imigracyjnego w trybie cywilnym, kiedy przychodzisz do sądu w stanie Waszyngton, chyba że ma nakaz podpisany przez sędziego. Sędziowie, pracownicy sądów i prokuratorzy co do zasady nie mogą pytać o twój status imigracyjny ani przekazywać go władzom imigracyjnym. Nie znaleziono numeru ustawy ani roku jej uchwalenia.

law-or-sanctuary-law-1987-name = Ustawa Oregonu z 1987 roku chroniąca imigrantów (sanctuary law)
law-or-sanctuary-law-1987-summary = Agencje stanowe i lokalne w Oregonie nie mogą wykorzystywać swoich zasobów do szukania ani aresztowania ludzi, których jedynym przewinieniem jest przebywanie w USA wbrew federalnemu prawu imigracyjnemu. W 2018 roku wyborcy utrzymali tę ustawę, odrzucając w głosowaniu Measure 105, która miała ją uchylić.

law-or-sanctuary-promise-act-name = Oregon Sanctuary Promise Act
law-or-sanctuary-promise-act-summary = Urzędy publiczne w Oregonie nie mogą wykorzystywać swoich budynków, pieniędzy, pracowników ani dokumentów do pomocy w egzekwowaniu prawa imigracyjnego, na przykład przez podawanie daty twojego zwolnienia, twojego adresu albo terminów twoich spotkań w ramach nadzoru (supervision). Muszą odrzucać federalne wnioski imigracyjne, chyba że sędzia podpisał wezwanie (subpoena), i zgłaszać takie wnioski władzom stanowym. Jeśli cię aresztują, muszą cię poinformować, że możesz odmówić podania swojego statusu imigracyjnego; naruszenia można zgłaszać na stanową infolinię albo przez stronę internetową, a urzędy można pozwać.

law-co-hb19-1124-name = Protect Colorado Residents From Federal Government Overreach Act (HB19-1124)
law-co-hb19-1124-summary = Funkcjonariusze w Kolorado nie mogą cię aresztować ani przetrzymywać w areszcie tylko z powodu cywilnego wniosku ICE o przetrzymanie (civil detainer), choć mogą działać na podstawie nakazu podpisanego przez sędziego federalnego, a pracownicy kurateli (probation) nie mogą przekazywać ICE twoich danych osobowych. Przed rozmową z ICE przez telefon lub wideo w areszcie muszą cię poinformować, że możesz odmówić, zachować milczenie i najpierw porozmawiać z adwokatem oraz że to, co powiesz, może zostać użyte w sądzie imigracyjnym.

law-co-hb23-1100-name = Colorado HB23-1100 (porozumienia o areszcie imigracyjnym)
law-co-hb23-1100-summary = Sądząc po tytule, ta ustawa ogranicza porozumienia władz stanowych i lokalnych Kolorado w sprawie przetrzymywania ludzi w areszcie imigracyjnym. Nie sprawdzono, co jeszcze zmienia.

law-ma-lunn-v-commonwealth-name = Lunn v. Commonwealth (orzeczenie sądu w Massachusetts)
law-ma-lunn-v-commonwealth-summary = To orzeczenie najwyższego sądu stanu Massachusetts z 2017 roku, a nie ustawa uchwalona przez parlament stanowy. Mówi, że funkcjonariusze w Massachusetts nie mają na podstawie prawa stanowego uprawnień, żeby cię aresztować albo przetrzymywać tylko dlatego, że ICE przysłało cywilny wniosek o przetrzymanie (civil detainer). Stanowy Department of Correction (departament więziennictwa) nadal miał w 2025 roku porozumienie 287(g) z ICE.

law-vt-s79-name = Vermont S.79 (2017)
law-vt-s79-summary = Ta ustawa ogranicza udział agencji stanowych i lokalnych w Vermont w federalnym egzekwowaniu prawa imigracyjnego; media podały, że nie czyni ona z Vermont stanu typu sanctuary. Nie sprawdzono, co jeszcze zmienia.

law-md-dignity-not-detention-act-name = Maryland Dignity Not Detention Act („Godność zamiast aresztu imigracyjnego”)
law-md-dignity-not-detention-act-summary = Ta ustawa zakończyła umowy, na podstawie których areszty hrabstw w Maryland przetrzymywały ludzi dla ICE; istniejące umowy musiały wygasnąć do 1 października 2022 roku. Ustawodawcy uchwalili ją w grudniu 2021 roku, odrzucając weto gubernatora.

law-md-287g-ban-name = Zakaz porozumień 287(g) w Maryland
law-md-287g-ban-summary = Ta ustawa, podpisana w lutym 2026 roku, zakazuje formalnych porozumień 287(g) z ICE w Maryland. Źródła różnią się co do tego, czy zakaz obowiązywał od razu, czy od lipca 2026 roku.

law-de-287g-ban-name = Zakaz porozumień 287(g) w Delaware (HB 182)
law-de-287g-ban-summary = Ta ustawa z 2025 roku zakazuje porozumień 287(g) z ICE w Delaware. Porozumienia, które już istniały, musiały wygasnąć do 13 sierpnia 2025 roku.

law-nm-immigrant-safety-act-name = New Mexico Immigrant Safety Act
law-nm-immigrant-safety-act-summary = Organy publiczne w Nowym Meksyku nie mogą zawierać porozumień o przetrzymywaniu ludzi za cywilne naruszenia przepisów imigracyjnych ani używać, sprzedawać lub wydzierżawiać w tym celu gruntów publicznych, a porozumienia 287(g) są zakazane; istniejące porozumienia muszą wygasnąć. Prokurator generalny stanu (Attorney General) albo prokurator okręgowy (district attorney) może wystąpić do sądu, żeby powstrzymać naruszenie, ale ustawa nie przewiduje odszkodowań pieniężnych.

law-me-ld-1971-name = Maine LD 1971
law-me-ld-1971-summary = Policja w Maine nie może prowadzić wobec ciebie czynności, zatrzymywać cię do kontroli, przetrzymywać ani aresztować w celu egzekwowania cywilnego prawa imigracyjnego, przetrzymywać cię na podstawie wniosku ICE o przetrzymanie (detainer) ani przekazywać prywatnych danych, takich jak data twojego zwolnienia albo twój adres. Jeśli jesteś w areszcie, muszą cię poinformować o twoich prawach przed rozmową z ICE, ale policja nadal wykonuje nakazy w sprawach karnych (criminal warrants) i postanowienia sądów. Ustawa stała się prawem w styczniu 2026 roku bez podpisu gubernatora i miała wejść w życie około połowy lipca 2026 roku; State Police (policja stanowa) zaczęła stosować jej zasady w grudniu 2025 roku.

law-ri-detainer-policy-2014-name = Zasady Rhode Island dotyczące wniosków o przetrzymanie (detainer policy, 2014)
law-ri-detainer-policy-2014-summary = To były zasady ustalone przez gubernatora, a nie ustawa uchwalona przez parlament stanowy. W lipcu 2014 roku Department of Corrections (departament więziennictwa) ogłosił, że nie będzie spełniać wniosków ICE o przetrzymanie (detainers) bez nakazu. Zasady z sierpnia 2014 roku dla wszystkich agencji stanowych ograniczyły tę odmowę: agencje spełniają wnioski o przetrzymanie, do których dołączone jest postanowienie sędziego o deportacji lub wydaleniu (deportation or removal order). Nie ustalono, czy te zasady nadal obowiązują.

law-tx-sb4-2017-name = Texas SB 4 (2017): zakaz polityki typu sanctuary
law-tx-sb4-2017-summary = Miasta i hrabstwa w Teksasie nie mogą przyjmować zasad ograniczających egzekwowanie prawa imigracyjnego, lokalne areszty muszą spełniać wnioski ICE o przetrzymanie (ICE hold requests), a urzędników, którzy się nie podporządkują, można ukarać. W 2018 roku federalny sąd apelacyjny utrzymał w mocy niemal całą ustawę; uchylił tylko część, która zabraniała urzędnikom wypowiadać się na rzecz polityki typu sanctuary.

law-tx-sb4-2023-name = Texas SB 4 (2023): stanowe przestępstwo nielegalnego wjazdu
law-tx-sb4-2023-summary = Ta ustawa sprawia, że przestępstwem w Teksasie jest wjazd z innego kraju w miejscu innym niż port wjazdu (port of entry) oraz ponowny wjazd po deportacji, i pozwala sędziom stanowym nakazywać ludziom powrót do kraju, z którego przybyli. Sąd zablokował ją w lutym 2024 roku, a skład sędziowski sądu apelacyjnego utrzymał blokadę w lipcu 2025 roku. Późniejsze doniesienia mówią, że pełny skład sądu apelacyjnego uchylił następnie blokadę, ponieważ skarżący nie mieli legitymacji procesowej (standing), co pozwalałoby Teksasowi ją egzekwować, ale nie jest to potwierdzone.

law-tx-sb8-2025-name = Texas SB 8 (2025)
law-tx-sb8-2025-summary = Niektórzy szeryfowie hrabstw w Teksasie, którzy prowadzą areszty, muszą starać się o porozumienia 287(g) z ICE. Prokurator generalny stanu (Attorney General) może pozywać, żeby egzekwować ten obowiązek, od 1 grudnia 2026 roku.

law-fl-sb168-name = Ustawa Florydy przeciw polityce sanctuary (SB 168)
law-fl-sb168-summary = Floryda zakazuje polityki typu sanctuary: agencje stanowe i lokalne muszą dokładać wszelkich starań, żeby wspierać federalne egzekwowanie prawa imigracyjnego, nie można im zabronić przekazywania informacji imigracyjnych agencjom federalnym, a areszty muszą spełniać wnioski ICE o przetrzymanie (detainers), do których dołączono właściwe dokumenty. Przepisy dotyczące egzekwowania weszły w życie 1 października 2019 roku. W 2019 roku sąd utrzymał w mocy większość ustawy, a orzeczenie z 2020 roku częściowo przyznało rację skarżącym; nie sprawdzono, co to orzeczenie zmieniło ani jak zakończyła się ewentualna apelacja.

law-fl-sb1718-name = Florida SB 1718 (z 2023 roku)
law-fl-sb1718-summary = Floryda między innymi uznaje za nieważne prawa jazdy, które inne stany wydają osobom bez dokumentów (undocumented), w tym prawo jazdy drive-only z Connecticut, a prowadzenie samochodu na Florydzie z takim prawem jazdy jest przestępstwem. Ustawa uczyniła też przestępstwem przywożenie osób bez dokumentów na Florydę, ale sąd zablokował tę część w maju 2024 roku; reszta obowiązuje.

law-ga-hb1105-name = Georgia Criminal Alien Track and Report Act of 2024 (HB 1105)
law-ga-hb1105-summary = Areszty w Georgii muszą sprawdzać w ICE status imigracyjny osadzonych, spełniać wnioski ICE o przetrzymanie (detainers), co roku starać się o porozumienia typu 287(g) i co trzy miesiące publikować raporty o wnioskach o przetrzymanie. Urzędnicy, którzy łamią zasady przeciw polityce sanctuary, popełniają lżejsze przestępstwo (misdemeanor), a ich samorządy tracą pieniądze stanowe. Większość ustawy weszła w życie z chwilą podpisania w maju 2024 roku, choć źródła różnie podają datę; projekt ustawy z 2025 roku, SB 21, który miał znieść immunitet samorządów za naruszenia zasad dotyczących polityki sanctuary, był w toku prac i nie ustalono, jak się skończył.

law-tn-sb6002-name = Tennessee SB 6002 / HB 6001 (sesja nadzwyczajna 2025)
law-tn-sb6002-summary = Ustawodawcy Tennessee uchwalili ten projekt w styczniu 2025 roku. Czyni on przestępstwem typu felony głosowanie przez lokalnych urzędników za polityką typu sanctuary i tworzy stanowy wydział egzekwowania prawa imigracyjnego, kierowany przez głównego urzędnika ds. egzekwowania prawa imigracyjnego. Nie potwierdzono, czy gubernator go podpisał i czy stał się prawem.

law-ia-sf481-name = Ustawa Iowa przeciw polityce sanctuary (SF 481)
law-ia-sf481-summary = Samorządy lokalne w Iowa muszą spełniać wnioski ICE o przetrzymanie (detainers) i nie mogą ograniczać egzekwowania prawa imigracyjnego, w przeciwnym razie tracą fundusze stanowe.

law-nh-anti-sanctuary-bill-2025-name = New Hampshire Anti-Sanctuary City Act (projekt ustawy z 2025 roku)
law-nh-anti-sanctuary-bill-2025-summary = Ten projekt ustawy z 2025 roku zakazywałby lokalnych zasad utrudniających stosowanie federalnego prawa imigracyjnego i pozwalałby na przetrzymanie przez 48 godzin, nie licząc weekendów i świąt, po zakończeniu stanowych zarzutów wobec danej osoby. Odmowy spełnienia wniosków ICE o przetrzymanie (detainers) trzeba by zgłaszać prokuratorowi generalnemu stanu (Attorney General). Streszczenie projektu wspomina też o karach do 25 procent funduszy stanowych, nie podając szczegółów. Jako datę wejścia w życie podaje 1 stycznia 2026 roku, ale nie potwierdzono, czy projekt stał się prawem.

law-az-sb1070-name = Arizona SB 1070 (z 2010 roku)
law-az-sb1070-summary = W 2012 roku Sąd Najwyższy USA (US Supreme Court) uchylił trzy części tej ustawy jako sprzeczne z prawem federalnym. Część, która pozwala policji w Arizonie sprawdzać status imigracyjny osoby podczas zgodnej z prawem kontroli, mogła wejść w życie.

# Quiz szkoleniowy: jedno pytanie w bloku, potem odpowiedzi do wyboru i wyjaśnienie. Każde
# pytanie sprawdza jeden krok swojej sytuacji (content/quiz/<topic>.toml).

## Agenci pod twoimi drzwiami

quiz-at-home-door = Agenci imigracyjni pukają do twojego domu. Co należy zrobić?
quiz-at-home-door-a = Uchylić drzwi, żeby porozmawiać.
quiz-at-home-door-b = Trzymać drzwi zamknięte i rozmawiać przez nie.
quiz-at-home-door-c = Wyjść na zewnątrz, żeby z nimi porozmawiać.
quiz-at-home-door-why = Trzymaj drzwi zamknięte i rozmawiaj przez nie. Zapytaj, kim są i po co przyszli. Otwarcie drzwi nie oznacza zgody na wejście, ale rozmowa przez zamknięte drzwi jest bezpieczniejsza.

quiz-at-home-open = Agenci chcą, żeby otworzyć im drzwi. Co muszą ci pokazać, zanim je otworzysz?
quiz-at-home-open-a = Odznakę w oknie.
quiz-at-home-open-b = Dowolny dokument, na którym jest napisane „warrant” (nakaz).
quiz-at-home-open-c = Nakaz podpisany przez sędziego, który pasuje do tego domu.
quiz-at-home-open-why = Nie otwieraj drzwi, chyba że pokażą ci (wsuną pod drzwi albo przyłożą do okna) nakaz podpisany przez sędziego, który pasuje do tego domu. To znaczy nakaz przeszukania na ten adres albo nakaz aresztowania osoby, która tu mieszka.

quiz-at-home-silent = Agenci pytają o twoje miejsce urodzenia. Czy musisz odpowiedzieć?
quiz-at-home-silent-a = Nie. Możesz zachować milczenie.
quiz-at-home-silent-b = Tak. Musisz odpowiadać na każde pytanie.
quiz-at-home-silent-c = Nie, ale musisz podać im swój status imigracyjny.
quiz-at-home-silent-why = Piąta Poprawka (Fifth Amendment) pozwala ci odmówić odpowiedzi na pytania. Nie musisz podawać swojego miejsca urodzenia, statusu imigracyjnego ani tego, jak wyglądał twój przyjazd do tego kraju. Jeśli chcesz zachować milczenie, powiedz to na głos.

quiz-at-home-forced = Agenci wdzierają się siłą do twojego domu. Co należy zrobić?
quiz-at-home-forced-a = Zablokować ich, żeby nie mogli wejść.
quiz-at-home-forced-b = Nie walczyć. Powiedzieć, że nie wyrażasz zgody na ich wejście ani na przeszukanie.
quiz-at-home-forced-c = Odpowiedzieć na ich pytania, żeby szybciej wyszli.
quiz-at-home-forced-why = Nie walcz z nimi i nie zagradzaj im drogi: stawianie oporu może narazić ciebie i twoją rodzinę na niebezpieczeństwo. Nadal możesz odmówić słowami. Powiedz, że nie wyrażasz zgody na ich wejście ani na przeszukanie, zachowaj milczenie i poproś o adwokata.

## Sprawdzanie nakazu

quiz-warrant-check-say-warrant = Agenci mówią przez drzwi, że mają nakaz. Co należy zrobić?
quiz-warrant-check-say-warrant-a = Otworzyć drzwi, skoro tak mówią.
quiz-warrant-check-say-warrant-b = Nie otwierać drzwi. Najpierw zobaczyć dokument.
quiz-warrant-check-say-warrant-c = Otworzyć drzwi, jeśli mówią, że są z policji.
quiz-warrant-check-say-warrant-why = Nie otwieraj drzwi tylko dlatego, że agenci mówią, że mają nakaz. Agenci czasem mówią, że mają nakaz, choć go nie mają, albo podają się za policję. Najpierw zobacz dokument.

quiz-warrant-check-judge = Jak poznać, że dokument jest nakazem od sędziego?
quiz-warrant-check-judge-a = Pochodzi z sądu i podpisał go sędzia.
quiz-warrant-check-judge-b = Podpisał go funkcjonariusz ICE.
quiz-warrant-check-judge-c = Agent mówi ci, że to taki nakaz.
quiz-warrant-check-judge-why = Sprawdź, kto podpisał dokument. Nakaz od sędziego pochodzi z sądu, na przykład z sądu federalnego (U.S. District Court) albo z sądu stanowego Kalifornii (California Superior Court). Podpisuje go sędzia.

quiz-warrant-check-ice-form = Dokument to formularz ICE I-205. Czy jest to nakaz podpisany przez sędziego?
quiz-warrant-check-ice-form-a = Tak. Wszystkie formularze nakazów pochodzą od sędziego.
quiz-warrant-check-ice-form-b = Tak, jeśli podpisał go funkcjonariusz ICE.
quiz-warrant-check-ice-form-c = Nie. Podpisuje go funkcjonariusz ICE, a nie sędzia.
quiz-warrant-check-ice-form-why = Formularze ICE, na przykład formularz I-200 albo I-205, podpisuje funkcjonariusz ICE, a nie sędzia. Organizacje broniące praw imigrantów twierdzą, że nie pozwalają one agentom wejść do twojego domu bez twojej zgody, ale od 2025 roku ICE twierdzi, że jego agenci mogą wejść siłą z formularzem I-205, żeby aresztować osobę, która ma ostateczną decyzję o deportacji, a sądy rozpatrują skargi podważające to stanowisko. Jeśli agenci wtargną siłą, nie walcz z nimi i nie zagradzaj im drogi.

quiz-warrant-check-wrong-person = Sędzia podpisał nakaz aresztowania, ale nie wymienia on nikogo, kto mieszka w twoim domu. Czy musisz otworzyć drzwi?
quiz-warrant-check-wrong-person-a = Tak. Każdy nakaz podpisany przez sędziego pozwala im wejść.
quiz-warrant-check-wrong-person-b = Nie. Nie musisz otwierać drzwi.
quiz-warrant-check-wrong-person-c = Tak, gdy tylko wsuną go pod drzwi.
quiz-warrant-check-wrong-person-why = Nakaz aresztowania nie pozwala funkcjonariuszom wejść do domu kogoś innego, żeby szukać osoby w nim wymienionej. Do tego potrzebują nakazu przeszukania. Jeśli nakaz aresztowania nie wymienia nikogo, kto tu mieszka, nie musisz otwierać drzwi.

## Zatrzymanie w miejscu publicznym

quiz-in-public-free-to-go = Na ulicy pytasz agenta, czy możesz odejść. Odpowiedź brzmi „tak”. Co możesz zrobić?
quiz-in-public-free-to-go-a = Musisz zostać i odpowiadać na ich pytania.
quiz-in-public-free-to-go-b = Spokojnie odejść.
quiz-in-public-free-to-go-c = Szybko uciec.
quiz-in-public-free-to-go-why = Jeśli odpowiedź brzmi „tak”, spokojnie odejdź. Jeśli nikt cię nie zatrzymuje, nie musisz zostawać i odpowiadać na pytania. Jeśli odpowiedź brzmi „nie”, zachowaj milczenie i poproś o adwokata.

quiz-in-public-search = Funkcjonariusz na ulicy chce przeszukać twoją torbę. Co możesz zrobić?
quiz-in-public-search-a = Powiedzieć: Nie wyrażam zgody na przeszukanie.
quiz-in-public-search-b = Trzymać mocno torbę i walczyć z nimi.
quiz-in-public-search-c = Nic. Nie możesz odmówić.
quiz-in-public-search-why = Masz prawo odmówić zgody na przeszukanie kieszeni lub toreb. Funkcjonariusze mogą jednak sprawdzić dłońmi twoje ubranie z zewnątrz, czy nie masz broni. Jeśli mimo to cię przeszukają, nie walcz z nimi.

quiz-in-public-green-card = Masz ważną zieloną kartę (green card). Co należy robić, kiedy wychodzisz z domu?
quiz-in-public-green-card-a = Zostawiać ją w domu, żeby była bezpieczna.
quiz-in-public-green-card-b = Nosić ją przy sobie, ale nie pokazywać jej agentom imigracyjnym, którzy o nią proszą.
quiz-in-public-green-card-c = Nosić ją przy sobie i pokazać ją, jeśli poprosi o nią agent imigracyjny.
quiz-in-public-green-card-why = Prawo federalne mówi, że dorośli, którym wydano takie dokumenty, muszą nosić je przy sobie i pokazywać agentom imigracyjnym, którzy o nie poproszą. Nienoszenie ich jest lżejszym przestępstwem federalnym (misdemeanor).

quiz-in-public-coffee = Agenci proszą cię o przyjście do ich biura albo o „spotkanie przy kawie”. Co należy zrobić?
quiz-in-public-coffee-a = Pójść, żeby zobaczyli, że nie masz nic do ukrycia.
quiz-in-public-coffee-b = Nie iść. To może być podstęp.
quiz-in-public-coffee-c = Pójść, jeśli wydają się przyjaźni.
quiz-in-public-coffee-why = Nie idź z agentami do biura i nie zgadzaj się na „spotkanie przy kawie”. To może być podstęp.

## Zatrzymanie samochodu

quiz-traffic-stop-pull-over = Policja daje ci sygnał, żeby zjechać na bok. Co należy zrobić?
quiz-traffic-stop-pull-over-a = Nie wyłączać silnika, żeby móc od razu odjechać.
quiz-traffic-stop-pull-over-b = Zatrzymać się w bezpiecznym miejscu, wyłączyć silnik i trzymać ręce na kierownicy.
quiz-traffic-stop-pull-over-c = Od razu sięgnąć pod siedzenie po dokumenty.
quiz-traffic-stop-pull-over-why = Zjedź w bezpieczne miejsce, wyłącz silnik, włącz światło w środku samochodu i trzymaj ręce na kierownicy, tak żeby funkcjonariusz je widział. W ten sposób pokazujesz funkcjonariuszowi, że nie stanowisz zagrożenia, a wszyscy są bezpieczniejsi.

quiz-traffic-stop-who-silent = Policja zatrzymuje twój samochód. Kto może zachować milczenie?
quiz-traffic-stop-who-silent-a = Tylko kierowca.
quiz-traffic-stop-who-silent-b = Tylko pasażerowie.
quiz-traffic-stop-who-silent-c = Kierowca i wszyscy pasażerowie.
quiz-traffic-stop-who-silent-why = Kierowca i pasażerowie — wszyscy mogą zachować milczenie. Jeśli chcesz z tego skorzystać, powiedz to na głos. To, co powiesz, może zostać użyte przeciwko tobie w sądzie.

quiz-traffic-stop-car-search = Funkcjonariusz pyta, czy może przeszukać twój samochód. Co możesz powiedzieć?
quiz-traffic-stop-car-search-a = Nie wyrażam zgody na przeszukanie mojego samochodu.
quiz-traffic-stop-car-search-b = Proszę bardzo, nie mam nic do ukrycia.
quiz-traffic-stop-car-search-c = Mogą Państwo przeszukać, jeśli potem mnie Państwo puszczą.
quiz-traffic-stop-car-search-why = Nie zgadzaj się na przeszukanie samochodu. Policja może jednak przeszukać samochód bez twojej zgody, jeśli uważa, że istnieją dowody przestępstwa. Jeśli mimo to go przeszukają, nie walcz z nimi: stawianie oporu może narazić cię na niebezpieczeństwo.

quiz-traffic-stop-passenger = Jedziesz jako pasażer. Pytasz, czy możesz odejść, a funkcjonariusz odpowiada „tak”. Co możesz zrobić?
quiz-traffic-stop-passenger-a = Musisz zostać i odpowiadać na pytania.
quiz-traffic-stop-passenger-b = Spokojnie odejść.
quiz-traffic-stop-passenger-c = Uciec z samochodu.
quiz-traffic-stop-passenger-why = Jeśli jedziesz jako pasażer, zapytaj, czy możesz odejść. Jeśli odpowiedź brzmi „tak”, spokojnie odejdź. Jeśli nikt cię nie zatrzymuje, nie musisz zostawać i odpowiadać na pytania.

## Agenci w twoim miejscu pracy

quiz-at-work-areas = Do jakich miejsc w pracy ICE może wejść bez pytania?
quiz-at-work-areas-a = Do części publicznie dostępnych, na przykład do holu albo na parking.
quiz-at-work-areas-b = Do kuchni albo do biura.
quiz-at-work-areas-c = Do każdego pomieszczenia, nawet do pomieszczeń tylko dla pracowników.
quiz-at-work-areas-why = ICE może bez pytania wejść do publicznie dostępnych części firmy, na przykład do sali restauracyjnej, holu albo na parking. Żeby wejść do części, które nie są publiczne, na przykład do kuchni, biura albo pomieszczeń tylko dla pracowników, agenci potrzebują zgody pracodawcy albo nakazu podpisanego przez sędziego. Samo to, że agenci są w części publicznej, nie pozwala im nikogo zatrzymać, przesłuchać ani aresztować.

quiz-at-work-free-to-leave = W pracy pytasz agenta, czy możesz wrócić do pracy. Odpowiedź brzmi „tak”. Co możesz zrobić?
quiz-at-work-free-to-leave-a = Musisz najpierw zostać i odpowiedzieć na pytania.
quiz-at-work-free-to-leave-b = Uciec tylnymi drzwiami.
quiz-at-work-free-to-leave-c = Powiedzieć, że nie chcesz rozmawiać, i spokojnie wrócić do pracy.
quiz-at-work-free-to-leave-why = Jeśli odpowiedź brzmi „tak”, powiedz, że nie chcesz rozmawiać. Potem spokojnie wróć do pracy albo odejdź. Jeśli nikt cię nie zatrzymuje, nie musisz zostawać i odpowiadać na pytania.

quiz-at-work-groups = Agenci każą pracownikom podzielić się na grupy według statusu imigracyjnego. Co możesz zrobić?
quiz-at-work-groups-a = Musisz przejść do grupy dla twojego statusu.
quiz-at-work-groups-b = Zostać tam, gdzie jesteś.
quiz-at-work-groups-c = Przejść do grupy, bo to nic im nie mówi.
quiz-at-work-groups-why = Możesz zostać tam, gdzie jesteś. Przejście do jednej z tych grup to sposób na ujawnienie im twojego statusu, a nie musisz mówić im, jaki masz status.

quiz-at-work-search = Agenci w twojej pracy chcą przeprowadzić przeszukanie. Co możesz powiedzieć?
quiz-at-work-search-a = Nie wyrażam zgody na przeszukanie.
quiz-at-work-search-b = Proszę bardzo, nie mam nic do ukrycia.
quiz-at-work-search-c = Mogą Państwo przeszukać, jeśli nie będą mi Państwo zadawać pytań.
quiz-at-work-search-why = Nie zgadzaj się na przeszukanie. Możesz powiedzieć na głos: Nie wyrażam zgody na przeszukanie.

## Aresztowanie przez policję

quiz-arrested-used-against = Gdzie po aresztowaniu to, co powiesz, może zostać użyte przeciwko tobie?
quiz-arrested-used-against-a = Tylko w sądzie karnym
quiz-arrested-used-against-b = Nigdzie, bo to lokalna policja
quiz-arrested-used-against-c = W sądzie karnym i w sądzie imigracyjnym
quiz-arrested-used-against-why = To, co powiesz, może zostać użyte przeciwko tobie w sądzie karnym i w sądzie imigracyjnym. Dlatego poproś o adwokata i nie podejmuj żadnych decyzji, dopóki z nim nie porozmawiasz.

quiz-arrested-caregiver = Policja cię aresztuje, a jesteś główną osobą opiekującą się dzieckiem. Co możesz zrobić?
quiz-arrested-caregiver-a = Powiedzieć funkcjonariuszowi o swoim dziecku
quiz-arrested-caregiver-b = Ukryć to przed funkcjonariuszem
quiz-arrested-caregiver-c = Poczekać z tym, aż cię wypuszczą
quiz-arrested-caregiver-why = Możesz powiedzieć funkcjonariuszowi, że jesteś rodzicem albo główną osobą opiekującą się dzieckiem, a także o wszelkich potrzebach medycznych. To może pomóc zapewnić opiekę twojemu dziecku i sprawić, że twoje potrzeby zdrowotne będą znane.

quiz-arrested-wrong-arrest = Uważasz, że policja aresztuje cię przez pomyłkę. Co należy zrobić?
quiz-arrested-wrong-arrest-a = Uciec, jeśli będzie okazja
quiz-arrested-wrong-arrest-b = Nie uciekać i nie walczyć, nawet jeśli uważasz, że to niesłuszne
quiz-arrested-wrong-arrest-c = Stawiać opór, żeby cię puścili
quiz-arrested-wrong-arrest-why = Nie uciekaj przed policją i nie walcz z nią, nawet jeśli uważasz, że aresztowanie jest niesłuszne.

quiz-arrested-calls = Ile telefonów możesz wykonać w Kalifornii po aresztowaniu?
quiz-arrested-calls-a = Co najmniej 3 telefony, które dojdą do skutku
quiz-arrested-calls-b = Tylko 1 telefon
quiz-arrested-calls-c = Żadnego, dopóki nie staniesz przed sędzią
quiz-arrested-calls-why = Sekcja 851.5 kalifornijskiego kodeksu karnego (California Penal Code) daje ci co najmniej 3 telefony, które dojdą do skutku. Przysługują ci zaraz po rejestracji w areszcie (booking), nie później niż 3 godziny po aresztowaniu, chyba że jest to fizycznie niemożliwe.

## W lokalnym areszcie

quiz-in-jail-silent = Kiedy przebywasz w areszcie, pytają cię o miejsce urodzenia. Czy musisz odpowiedzieć?
quiz-in-jail-silent-a = Tak, bo jesteś w areszcie
quiz-in-jail-silent-b = Nie. Możesz zachować milczenie i powiedzieć to na głos
quiz-in-jail-silent-c = Tak, jeśli pyta cię funkcjonariusz
quiz-in-jail-silent-why = Piąta Poprawka (Fifth Amendment) pozwala ci odmówić odpowiedzi na pytania. Nie musisz podawać swojego miejsca urodzenia. Jeśli chcesz zachować milczenie, powiedz to na głos.

quiz-in-jail-sign = W areszcie dostajesz dokumenty „dobrowolnego wyjazdu” (voluntary departure). Co należy zrobić?
quiz-in-jail-sign-a = Podpisać je, żeby szybciej wyjść
quiz-in-jail-sign-b = Podpisać je, jeśli każe funkcjonariusz
quiz-in-jail-sign-c = Nie podpisywać, dopóki nie porozmawiasz z adwokatem
quiz-in-jail-sign-why = Nie podpisuj niczego bez rozmowy z adwokatem, zwłaszcza dokumentów „dobrowolnego wyjazdu” (voluntary departure).

quiz-in-jail-citizen = Nie masz obywatelstwa USA. Funkcjonariusz pyta, czy je masz. Co jest właściwe?
quiz-in-jail-citizen-a = Nie mówić, że masz obywatelstwo USA
quiz-in-jail-citizen-b = Powiedzieć, że masz obywatelstwo, na wszelki wypadek
quiz-in-jail-citizen-c = Pokazać fałszywe dokumenty, jeśli je masz
quiz-in-jail-citizen-why = Nie kłam. Nie mów, że masz obywatelstwo USA, jeśli go nie masz, i nie pokazuj fałszywych dokumentów.

quiz-in-jail-interview = W areszcie miejskim albo w areszcie hrabstwa w Kalifornii ICE chce przeprowadzić z tobą rozmowę (interview). Co możesz zrobić?
quiz-in-jail-interview-a = Rozmawiać z ICE, bo jesteś w areszcie
quiz-in-jail-interview-b = Odmówić albo rozmawiać tylko w obecności swojego adwokata
quiz-in-jail-interview-c = Nic, areszt decyduje za ciebie
quiz-in-jail-interview-why = Rozmowa jest dobrowolna. Możesz odmówić albo powiedzieć, że będziesz rozmawiać tylko w obecności swojego adwokata. To, co powiesz ICE, może zostać użyte przeciwko tobie w sądzie imigracyjnym.

## W areszcie ICE

quiz-ice-detention-free-help = ICE przetrzymuje cię w areszcie imigracyjnym i nie masz adwokata. O co możesz poprosić funkcjonariuszy?
quiz-ice-detention-free-help-a = O nic, adwokata musisz znaleźć samodzielnie
quiz-ice-detention-free-help-b = O nic aż do dnia rozprawy
quiz-ice-detention-free-help-c = O listę bezpłatnych (pro bono) usług prawnych
quiz-ice-detention-free-help-why = Jeśli nie masz adwokata, poproś funkcjonariuszy o listę bezpłatnych usług prawnych. W sprawach imigracyjnych rząd zwykle nie płaci za twojego adwokata. Organizacje z tej listy udzielają pomocy prawnej bezpłatnie.

quiz-ice-detention-phone = O czym nie należy rozmawiać przez telefon w areszcie imigracyjnym?
quiz-ice-detention-phone-a = O swoim statusie imigracyjnym ani o miejscu urodzenia
quiz-ice-detention-phone-b = Można rozmawiać o wszystkim, bo te rozmowy są poufne
quiz-ice-detention-phone-c = Można rozmawiać o wszystkim, jeśli mówisz we własnym języku
quiz-ice-detention-phone-why = Rozmowy przez telefony w areszcie imigracyjnym mogą być podsłuchiwane. Dlatego nie rozmawiaj przez nie o swoim statusie imigracyjnym ani o swoim miejscu urodzenia.

quiz-ice-detention-locator = Czego potrzebuje twoja rodzina, żeby znaleźć cię w internetowej wyszukiwarce ICE (Online Detainee Locator)?
quiz-ice-detention-locator-a = Tylko twojego imienia
quiz-ice-detention-locator-b = Twojego numeru A albo dokładnego imienia i nazwiska oraz kraju urodzenia
quiz-ice-detention-locator-c = Tylko twojego kraju urodzenia
quiz-ice-detention-locator-why = Potrzebują twojego numeru A (A-number) i kraju urodzenia albo twojego imienia i nazwiska i kraju urodzenia. Imię i nazwisko muszą dokładnie zgadzać się z danymi ICE. Wyszukiwarka znajduje osoby, które mają 18 lat lub więcej.

quiz-ice-detention-departure = ICE proponuje ci dobrowolny wyjazd (voluntary departure). Co należy zrobić najpierw?
quiz-ice-detention-departure-a = Od razu się zgodzić, żeby mieć to z głowy
quiz-ice-detention-departure-b = Pozwolić funkcjonariuszowi zdecydować za ciebie
quiz-ice-detention-departure-c = Porozmawiać z adwokatem, zanim się zgodzisz
quiz-ice-detention-departure-why = Nie zgadzaj się na dobrowolny wyjazd (voluntary departure) ani nie podejmuj żadnych innych decyzji w swojej sprawie, zanim porozmawiasz z adwokatem.

## Sprawa w sądzie

quiz-in-court-case-line = Co jest prawdą o automatycznej linii informacyjnej sądu imigracyjnego?
quiz-in-court-case-line-a = Prowadzą ją organizacje broniące praw imigrantów, które są po twojej stronie
quiz-in-court-case-line-b = Wymaga numeru A, a prowadzi ją rząd
quiz-in-court-case-line-c = Można z niej korzystać bez numeru A
quiz-in-court-case-line-why = Żeby uzyskać informacje o sprawie, przygotuj numer A danej osoby. Automatyczna linia go wymaga. Linię prowadzi rząd, a nie organizacje broniące praw imigrantów.

quiz-in-court-lawyer = Masz sprawę w sądzie imigracyjnym. Co możesz zrobić w sprawie adwokata?
quiz-in-court-lawyer-a = Poprosić o rozmowę z adwokatem i liczyć się z tym, że trzeba będzie znaleźć go samodzielnie
quiz-in-court-lawyer-b = Czekać, bo sąd przyśle ci bezpłatnego adwokata
quiz-in-court-lawyer-c = Iść bez adwokata, bo nie wolno prosić o adwokata
quiz-in-court-lawyer-why = Możesz poprosić o rozmowę z adwokatem. W sprawach imigracyjnych rząd zwykle nie płaci za twojego adwokata, więc możliwe, że musisz znaleźć go samodzielnie.

quiz-in-court-free-help = Gdzie możesz szukać bezpłatnej pomocy prawnej w sprawie imigracyjnej?
quiz-in-court-free-help-a = Nigdzie, bo pomoc prawna kosztuje
quiz-in-court-free-help-b = Dopiero po zakończeniu twojej sprawy
quiz-in-court-free-help-c = W katalogach internetowych i na liście bezpłatnych usługodawców prawnych prowadzonej przez sąd
quiz-in-court-free-help-why = Możesz poszukać w internecie w dwóch krajowych katalogach bezpłatnych i tanich usług prawnych. Sąd imigracyjny ma też listę bezpłatnych (pro bono) usługodawców prawnych. Jeśli przebywasz w areszcie i nie masz adwokata, poproś funkcjonariuszy o tę listę.

quiz-in-court-state-case = Masz sprawę karną w sądzie stanowym w Kalifornii. Czy może ona mieć znaczenie dla imigracji?
quiz-in-court-state-case-a = Nie, sądy stanowe nie mają nic wspólnego z imigracją
quiz-in-court-state-case-b = Tak, niektóre rozstrzygnięcia mogą zaszkodzić twojemu statusowi, więc zapytaj adwokata imigracyjnego
quiz-in-court-state-case-c = Tylko jeśli mówisz w sądzie o imigracji
quiz-in-court-state-case-why = Nie myśl, że sprawa w sądzie stanowym nie ma nic wspólnego z imigracją. Niektóre rozstrzygnięcia w sprawach karnych mogą zaszkodzić twojemu statusowi. Zapytaj adwokata imigracyjnego.

## W szkole lub w szpitalu

quiz-school-hospital-records = Agenci proszą kalifornijską szkołę o informacje o uczniach. Co agenci muszą najpierw mieć?
quiz-school-hospital-records-a = Nakaz od sędziego
quiz-school-hospital-records-b = Dokument podpisany przez funkcjonariusza ICE
quiz-school-hospital-records-c = Nic, wystarczy, że poproszą
quiz-school-hospital-records-why = Zgodnie z ustawą AB 49 szkoła nie może przekazywać agentom informacji o uczniach, rodzinach ani pracownikach, chyba że agenci mają nakaz od sędziego. Dokument podpisany przez funkcjonariusza ICE, a nie przez sędziego, nie jest nakazem podpisanym przez sędziego.

quiz-school-hospital-clinic-areas = Co muszą robić przychodnie i szpitale zgodnie z kalifornijską ustawą SB 81?
quiz-school-hospital-clinic-areas-a = Wpuszczać agentów do każdej strefy, o którą poproszą
quiz-school-hospital-clinic-areas-b = Nie wpuszczać agentów tylko do poczekalni
quiz-school-hospital-clinic-areas-c = Nie wpuszczać agentów do stref niepublicznych bez nakazu podpisanego przez sędziego albo postanowienia sądu
quiz-school-hospital-clinic-areas-why = Przychodnie i szpitale muszą wyznaczyć, które ich strefy nie są otwarte dla osób z zewnątrz. Muszą nie wpuszczać agentów imigracyjnych do tych stref, chyba że agenci mają nakaz od sędziego albo postanowienie sądu.

quiz-school-hospital-emergency = Potrzebujesz pomocy medycznej w nagłym wypadku w Kalifornii, ale boisz się z powodu swojego statusu imigracyjnego. Co należy zrobić?
quiz-school-hospital-emergency-a = Zostać w domu, dopóki nie będziesz mieć dokumentów
quiz-school-hospital-emergency-b = Skorzystać z pomocy w nagłym wypadku, której potrzebujesz
quiz-school-hospital-emergency-c = Zrezygnować z niej, bo pomoc zależy od twojego statusu
quiz-school-hospital-emergency-why = Korzystaj z pomocy medycznej w nagłych wypadkach, kiedy jej potrzebujesz. Prokurator generalny Kalifornii (California Attorney General) mówi, że możesz otrzymać pomoc medyczną w nagłych wypadkach bez względu na swój status imigracyjny.

quiz-school-hospital-with-warrant = Czy te kalifornijskie ustawy zabraniają wszystkim agentom wstępu do szkół i szpitali?
quiz-school-hospital-with-warrant-a = Nie, agenci z nakazem podpisanym przez sędziego albo z postanowieniem sądu nadal mogą wejść
quiz-school-hospital-with-warrant-b = Tak, agenci w ogóle nie mogą wejść
quiz-school-hospital-with-warrant-c = Tak, chyba że agenci są w mundurach
quiz-school-hospital-with-warrant-why = Nie licz na to, że same te ustawy powstrzymają agentów. Agenci z nakazem podpisanym przez sędziego albo z postanowieniem sądu nadal mogą wejść.

## W pobliżu granicy

quiz-border-zone-checkpoint = Na punkcie kontrolnym Border Patrol (amerykańskiej straży granicznej) agenci zadają ci pytania. Co możesz zrobić?
quiz-border-zone-checkpoint-a = Musisz odpowiadać, bo jesteś w pobliżu granicy
quiz-border-zone-checkpoint-b = Zachować spokój, trzymać ręce na widoku; możesz zachować milczenie
quiz-border-zone-checkpoint-c = Schować ręce i kłócić się z agentami
quiz-border-zone-checkpoint-why = Konstytucja obowiązuje także na punktach kontrolnych Border Patrol, łącznie z twoim prawem do nieodpowiadania na pytania. Zachowaj spokój i trzymaj ręce tak, żeby agenci je widzieli. Jeśli chcesz zachować milczenie, powiedz to na głos.

quiz-border-zone-car-search = Agenci Border Patrol (amerykańskiej straży granicznej) chcą przeszukać twój samochód. Co należy zrobić?
quiz-border-zone-car-search-a = Powiedzieć „Nie wyrażam zgody na przeszukanie mojego samochodu” i nie walczyć, jeśli mimo to go przeszukają
quiz-border-zone-car-search-b = Zgodzić się na przeszukanie, bo w pobliżu granicy nie masz żadnych praw
quiz-border-zone-car-search-c = Zablokować drzwi samochodu, żeby nie mogli go przeszukać
quiz-border-zone-car-search-why = Nie zgadzaj się na przeszukanie swojego samochodu. W strefie 100 mil Border Patrol potrzebuje nakazu albo uzasadnionego przypuszczenia opartego na faktach (probable cause), żeby przeszukać samochód. Jeśli mimo to go przeszukają, nie walcz z nimi.

quiz-border-zone-port-search = Wjeżdżasz do kraju przez lotnisko. Czy funkcjonariusze mogą przeszukać twoje bagaże bez nakazu?
quiz-border-zone-port-search-a = Nie, najpierw potrzebują nakazu
quiz-border-zone-port-search-b = Tylko jeśli nie masz obywatelstwa USA
quiz-border-zone-port-search-c = Tak, rutynowe przeszukania nie wymagają tam nakazu ani powodu
quiz-border-zone-port-search-why = Lotniska, lądowe przejścia graniczne i porty morskie to porty wjazdu (ports of entry). Tam funkcjonariusze nie potrzebują nakazu ani powodu do rutynowych przeszukań, nawet obywateli USA i posiadaczy zielonej karty. Przepisy graniczne są skomplikowane: jeśli się martwisz, przed podróżą zapytaj adwokata.

quiz-border-zone-phone-password = W porcie wjazdu funkcjonariusz prosi o hasło do twojego telefonu. Co jest prawdą?
quiz-border-zone-phone-password-a = Musisz je podać, inaczej łamiesz prawo
quiz-border-zone-phone-password-b = Nie musisz go podawać, ale odmowa może nie powstrzymać przeszukania
quiz-border-zone-phone-password-c = Jeśli odmówisz, muszą od razu oddać ci telefon
quiz-border-zone-phone-password-why = Nie musisz podawać hasła, ale odmowa może nie powstrzymać przeszukania. Jeśli nie odblokujesz urządzenia, funkcjonariusze mogą je zatrzymać na całe tygodnie. Podróżny, który nie jest obywatelem USA ani posiadaczem zielonej karty, może nie zostać wpuszczony do kraju.

## Nagrywanie agentów

quiz-recording-right = Czy możesz nagrywać agentów imigracyjnych przy pracy w miejscu publicznym?
quiz-recording-right-a = Nie, nagrywanie agentów w miejscu publicznym jest niezgodne z prawem
quiz-recording-right-b = Tak, i możesz stać tak blisko, jak chcesz
quiz-recording-right-c = Tak, z miejsca, w którym wolno ci przebywać, z bezpiecznej odległości
quiz-recording-right-why = Sądy federalne uznają, że ludzie mają wynikające z Pierwszej Poprawki (First Amendment) prawo do nagrywania policji wykonującej swoje obowiązki w miejscach publicznych, a tę samą zasadę stosuje się wobec agentów imigracyjnych. Zostań tam, gdzie wolno ci przebywać, zachowaj bezpieczną odległość i nie przeszkadzaj im.

quiz-recording-move-back = Kiedy nagrywasz, agent każe ci się cofnąć. Co należy zrobić?
quiz-recording-move-back-a = Cofnąć się i nagrywać dalej z większej odległości
quiz-recording-move-back-b = Zostać na miejscu, bo masz prawo nagrywać
quiz-recording-move-back-c = Podejść bliżej, żeby pokazać im, że filmujesz
quiz-recording-move-back-why = Agenci mogą zgodnie z prawem kazać ci się cofnąć ze względów bezpieczeństwa. Jeśli odmówisz, mogą cię aresztować. Możesz dalej nagrywać z większej odległości.

quiz-recording-phone = Funkcjonariusz chce zobaczyć twój telefon i każe ci usunąć nagranie. Co możesz zrobić?
quiz-recording-phone-a = Musisz go odblokować i usunąć nagranie
quiz-recording-phone-b = Możesz odmówić: nie musisz go odblokowywać ani usuwać nagrania
quiz-recording-phone-c = Walczyć o telefon, jeśli ci go zabierają
quiz-recording-phone-why = Nasze źródło, streszczenie porad Electronic Frontier Foundation, mówi, że bez nakazu funkcjonariusze nie powinni przeszukiwać twojego telefonu ani zmuszać cię do usunięcia nagrania lub odblokowania telefonu. Jeśli funkcjonariusze mimo to zabiorą ci telefon, nie walcz z nimi. Ten punkt wymaga sprawdzenia przez adwokata w twojej konkretnej sprawie.

quiz-recording-camera = Na co należy kierować kamerę?
quiz-recording-camera-a = Na agentów
quiz-recording-camera-b = Na osobę, którą zatrzymują agenci
quiz-recording-camera-c = Na cokolwiek. To nie ma znaczenia.
quiz-recording-camera-why = Kieruj kamerę na agentów, a nie na osobę, którą zatrzymują. To chroni prywatność osoby zatrzymanej.

## Przygotuj plan rodzinny

quiz-family-plan-numbers = Jak należy przechowywać numery telefonu zaufanej osoby i adwokata?
quiz-family-plan-numbers-a = Tylko w telefonie
quiz-family-plan-numbers-b = Nauczyć się ich na pamięć
quiz-family-plan-numbers-c = Nie są ci potrzebne
quiz-family-plan-numbers-why = Naucz się tych numerów na pamięć. Jeśli cię zatrzymają, możesz nie mieć przy sobie telefonu.

quiz-family-plan-a-number = Jeśli masz numer A (A-number), co należy z nim zrobić?
quiz-family-plan-a-number-a = Ukrywać go przed rodziną
quiz-family-plan-a-number-b = Nic, rodzina nie będzie go potrzebować
quiz-family-plan-a-number-c = Znać go i zapisać tam, gdzie rodzina może go znaleźć
quiz-family-plan-a-number-why = Jeśli jesteś osobą dorosłą i cię zatrzymają, rodzina może cię szukać w internetowej wyszukiwarce ICE (Online Detainee Locator) za pomocą twojego numeru A i kraju urodzenia. Linia informacyjna sądu imigracyjnego także prosi o numer A.

quiz-family-plan-pickup = Pewnego dnia możesz nie dać rady odebrać swoich dzieci. Co należy zrobić już teraz?
quiz-family-plan-pickup-a = Nic. Ktoś będzie wiedział, co robić.
quiz-family-plan-pickup-b = Zdecydować, kto może je odebrać, i to zapisać.
quiz-family-plan-pickup-c = Poczekać, aż to się stanie, i wtedy zdecydować.
quiz-family-plan-pickup-why = Zdecyduj, kto może odebrać twoje dzieci, jeśli ty nie dasz rady, i zapisz to. Wtedy zaufane osoby będą wiedziały, co robić, jeśli nie wrócisz do domu.

quiz-family-plan-when = Kiedy należy przygotować plan rodzinny?
quiz-family-plan-when-a = Kiedy agenci przyjdą pod twoje drzwi
quiz-family-plan-when-b = Gdy tylko zobaczysz agentów w swojej okolicy
quiz-family-plan-when-c = Teraz, zanim cokolwiek się wydarzy
quiz-family-plan-when-why = Nie czekaj z przygotowaniem planu, aż przyjdą agenci. Przygotuj rodzinę, zanim cokolwiek się wydarzy.

quiz-family-plan-ct-guardian = Jak w Connecticut możesz wyznaczyć opiekuna rezerwowego (standby guardian) dla swoich dzieci?
quiz-family-plan-ct-guardian-a = Tylko przez adwokata i sąd
quiz-family-plan-ct-guardian-b = Za pomocą stanowego zestawu materiałów Family Preparedness Plan, bez kosztów
quiz-family-plan-ct-guardian-c = Płacąc stanowi opłatę
quiz-family-plan-ct-guardian-why = Stan Connecticut przygotował dla rodziców zestaw materiałów Family Preparedness Plan, żeby wyznaczyć opiekuna rezerwowego na wypadek, gdyby cię zatrzymano albo deportowano. Opiekuna rezerwowego możesz wyznaczyć bez adwokata, bez sądu i bez kosztów.

## Oszustwa imigracyjne

quiz-scams-who-advises = Kto może udzielać ci porad prawnych w sprawach imigracyjnych?
quiz-scams-who-advises-a = Adwokat z licencją albo przedstawiciel akredytowany przez Departament Sprawiedliwości USA (U.S. Department of Justice)
quiz-scams-who-advises-b = Każdy „notario”
quiz-scams-who-advises-c = Każdy, kto wypełnia formularze imigracyjne
quiz-scams-who-advises-why = Tylko adwokat z licencją albo przedstawiciel akredytowany przez Departament Sprawiedliwości USA (U.S. Department of Justice) ma prawo udzielać porad prawnych w sprawach imigracyjnych.

quiz-scams-consultant = Konsultant, który nie jest adwokatem, proponuje ci pomoc. Co mu wolno robić?
quiz-scams-consultant-a = Mówić ci, co robić w twojej sprawie
quiz-scams-consultant-b = Tylko wypełniać formularze i tłumaczyć
quiz-scams-consultant-c = Udzielać ci porad prawnych, jeśli zapłacisz więcej
quiz-scams-consultant-why = Konsultant, który nie jest adwokatem, może tylko wypełniać formularze i tłumaczyć. Nie może ci mówić, co robić w twojej sprawie. Zanim komukolwiek zapłacisz, zapytaj, czy jest adwokatem albo akredytowanym przedstawicielem.

quiz-scams-text = Dostajesz SMS-a, że jest problem z twoim statusem imigracyjnym. Co należy zrobić?
quiz-scams-text-a = Zapłacić, ile chcą, żeby szybko to załatwić
quiz-scams-text-b = Wysłać swoje dane osobowe, żeby mogli sprawdzić
quiz-scams-text-c = Nie dawać pieniędzy ani danych osobowych i sprawdzić to u własnego adwokata
quiz-scams-text-why = Jeśli ktoś dzwoni, pisze SMS-a albo e-maila w sprawie problemu z twoim statusem imigracyjnym, nie dawaj mu pieniędzy ani danych osobowych. Prokurator generalny Kalifornii (California Attorney General) ostrzega, żeby tego nie robić. Sprawdź to u własnego adwokata.

quiz-scams-free-help = Gdzie w Kalifornii możesz znaleźć organizacje, które udzielają bezpłatnej pomocy prawnej w sprawach imigracyjnych?
quiz-scams-free-help-a = Nigdzie, za pomoc prawną trzeba płacić
quiz-scams-free-help-b = Na listach California Department of Social Services (kalifornijskiego departamentu spraw społecznych)
quiz-scams-free-help-c = U „notario”, za opłatą
quiz-scams-free-help-why = Stan Kalifornia płaci organizacjom non-profit za udzielanie bezpłatnej pomocy prawnej w sprawach imigracyjnych. California Department of Social Services (kalifornijski departament spraw społecznych) publikuje listy organizacji, które udzielają tej pomocy.

## Plotki i doniesienia o agentach

quiz-rumors-check = Widzisz wpis, że agenci imigracyjni są w sklepie niedaleko ciebie. Co należy zrobić, zanim go udostępnisz?
quiz-rumors-check-a = Od razu go udostępnić, na wszelki wypadek
quiz-rumors-check-b = Sprawdzić, czy jest prawdziwy
quiz-rumors-check-c = Udostępnić go teraz, a sprawdzić później
quiz-rumors-check-why = Zanim podzielisz się wiadomością o agentach imigracyjnych, sprawdź, czy jest prawdziwa. Wpis, którego nikt nie sprawdził, może być nieprawdziwy i może szerzyć strach.

quiz-rumors-call = Widzisz agentów imigracyjnych w pobliżu. Co warto zrobić?
quiz-rumors-call-a = Od razu napisać o tym w internecie
quiz-rumors-call-b = Nikomu nie mówić, bo nikt nie przyjmuje takich zgłoszeń
quiz-rumors-call-c = Zadzwonić na linię szybkiego reagowania (rapid response) w swoim hrabstwie
quiz-rumors-call-why = Linie szybkiego reagowania przyjmują zgłoszenia o agentach imigracyjnych w pobliżu i pomagają ludziom, którzy tego potrzebują. Zadzwoń na tę linię, zamiast pisać w internecie. Znajdziesz ją w wyszukiwarce pomocy w tej aplikacji.

quiz-rumors-document = Widzisz agentów i chcesz zachować zapis tego, co się dzieje. Jak to zrobić?
quiz-rumors-document-a = Jeśli to bezpieczne, nagrać albo zapisać, co widzisz, i zachować odległość
quiz-rumors-document-b = Podejść blisko, żeby nagranie było wyraźne
quiz-rumors-document-c = Stanąć agentom na drodze, żeby musieli się zatrzymać
quiz-rumors-document-why = Zapis tego, co się wydarzyło, może się później przydać. Rób to tylko wtedy, gdy jest to bezpieczne, i zachowaj odległość. Jeśli będziesz przeszkadzać agentom, mogą cię aresztować.

quiz-rumors-numbers = Skąd powinny pochodzić numery pomocy, które podajesz dalej?
quiz-rumors-numbers-a = Z wpisu kogoś, kogo nie znasz
quiz-rumors-numbers-b = Z zaufanego źródła, na przykład od lokalnej sieci szybkiego reagowania (rapid response)
quiz-rumors-numbers-c = Numer DHS do zgłaszania ludzi do ICE
quiz-rumors-numbers-why = Podawaj dalej tylko numery pomocy z zaufanego źródła, na przykład od lokalnej sieci szybkiego reagowania. Departament Bezpieczeństwa Krajowego (DHS) ma numer, pod którym ludzie mogą zgłaszać innych do ICE. To nie jest linia pomocy.

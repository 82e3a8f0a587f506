# Kroki wspólne dla kilku sytuacji.

common-stay-silent-do = Możesz zachować milczenie. Jeśli chcesz z tego skorzystać, powiedz to na głos.
common-stay-silent-say = Korzystam z prawa do zachowania milczenia. Chcę rozmawiać z adwokatem.
common-stay-silent-why = Piąta Poprawka (Fifth Amendment) pozwala ci odmówić odpowiedzi na pytania. Nie musisz podawać swojego miejsca urodzenia, statusu imigracyjnego ani tego, jak wyglądał twój przyjazd do tego kraju. To, co powiesz, może zostać użyte przeciwko tobie w sądzie.

common-do-not-sign-do = Nie podpisuj żadnych dokumentów, dopóki nie porozmawiasz z adwokatem.
common-do-not-sign-say = Nie podpiszę niczego, dopóki nie porozmawiam z adwokatem.
common-do-not-sign-why = Niektóre dokumenty, na przykład formularze „dobrowolnego wyjazdu” (voluntary departure), mogą odebrać ci szansę na rozprawę przed sędzią imigracyjnym.

common-do-not-lie-do = Nie kłam. Nie mów, że masz obywatelstwo USA, jeśli go nie masz. Nie pokazuj fałszywych dokumentów.
common-do-not-lie-why = Masz prawo do zachowania milczenia, ale nie masz prawa kłamać. Fałszywe twierdzenie, że masz obywatelstwo USA, może poważnie zaszkodzić twojej sytuacji imigracyjnej, często na zawsze.

common-ask-if-free-to-go-do = Zapytaj, czy możesz odejść. Jeśli odpowiedź brzmi „tak”, spokojnie odejdź. Jeśli brzmi „nie”, zachowaj milczenie i poproś o adwokata.
common-ask-if-free-to-go-say = Czy mogę odejść?
common-ask-if-free-to-go-why = Jeśli nikt cię nie zatrzymuje, nie musisz zostawać i odpowiadać na pytania.

# Punkty „nie rób tego” wspólne dla kilku sytuacji.

common-dont-resist = Nie uciekaj, nie walcz, nie kłóć się z agentami i nie zagradzaj im drogi, nawet jeśli uważasz, że nie mają racji.
common-dont-lie = Nie kłam, nie mów, że masz obywatelstwo USA, jeśli go nie masz, i nie pokazuj fałszywych dokumentów.
common-dont-sign = Nie podpisuj niczego, zwłaszcza dokumentów „dobrowolnego wyjazdu” (voluntary departure), bez rozmowy z adwokatem.

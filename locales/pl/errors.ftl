# Co poszło nie tak, słowami, które mówią, co zrobić. Aplikacja pokazuje je,
# gdy wywołanie się nie uda; żaden nie powtarza tego, co wpisała osoba.

error-invalid-locale = Nie można odczytać tego ustawienia języka. Wybierz język z listy.
error-unknown-topic = Tej sytuacji nie ma w aplikacji. Wybierz jedną z listy.
error-unknown-law = Tej ustawy nie ma w aplikacji. Wybierz jedną z listy.
error-unknown-warrant-state = Aplikacja nie wie, na którym pytaniu o nakaz jesteś. Zacznij pytania od nowa.
error-unknown-warrant-choice = To nie jest żadna z odpowiedzi na to pytanie. Wybierz jedną z pokazanych odpowiedzi.
error-unknown-message = Aplikacja poprosiła o tekst, którego nie ma. To błąd w aplikacji.
error-invalid-coordinates = Nie udało się odczytać twojej lokalizacji. Wpisz zamiast tego kod pocztowy (ZIP code) albo hrabstwo.
error-invalid-zip = Kod pocztowy (ZIP code) ma 5 cyfr, na przykład 90012.
error-unknown-zip = Ta aplikacja nie zna tego kodu pocztowego. Sprawdź go albo wpisz swoje hrabstwo.
error-unknown-county = W miejscach, które obejmuje ta aplikacja, nie ma hrabstwa o tej nazwie.
error-unknown-city = W miejscach, które obejmuje ta aplikacja, nie ma miasta o tej nazwie.
error-unknown-state = To nie jest stan USA. Wpisz jego dwuliterowy kod, na przykład CA.
error-invalid-time = Nie można odczytać tej godziny. Wpisz dzień po angielsku i godzinę, na przykład Mon 22:30.
error-not-a-pack = Ten plik nie jest plikiem z treściami Amparo. Nic nie zostało zmienione.
error-unsupported-pack-format = Ten plik z treściami jest przeznaczony dla innej wersji aplikacji. Nic nie zostało zmienione.
error-corrupt-pack = Ten plik z treściami jest uszkodzony albo niekompletny. Nic nie zostało zmienione.
error-pack-too-large = Ten plik z treściami jest o wiele za duży, żeby mógł być prawdziwy. Nic nie zostało zmienione.
error-unknown-key = Ten plik z treściami nie został podpisany przez Amparo. Może być fałszywy. Nic nie zostało zmienione.
error-bad-signature = Ten plik z treściami został zmieniony po podpisaniu go przez Amparo. Może być fałszywy. Nic nie zostało zmienione.
# $offered: wersja treści w pliku; $in_use: wersja, której używa aplikacja.
error-not-newer = Ten plik z treściami (wersja { $offered }) nie jest nowszy niż treści, które masz (wersja { $in_use }). Nic nie zostało zmienione.
# $required: wersja aplikacji, na przykład 0.2.0.
error-needs-newer-app = Ten plik z treściami wymaga nowszej wersji aplikacji ({ $required }). Najpierw zaktualizuj aplikację. Nic nie zostało zmienione.
# $missing: kody języków, na przykład „km, ti”.
error-fewer-languages = W tym pliku z treściami brakuje języków, które aplikacja już ma ({ $missing }). Nic nie zostało zmienione.
error-storage = Aplikacja nie mogła zapisać pliku z treściami na tym telefonie. Treści, które masz, nadal działają.
error-no-data-folder = Aplikacja nie może tutaj instalować plików z treściami. Treści, które masz, nadal działają.
error-unknown-question = Tego pytania nie ma w tym quizie. Zacznij quiz od nowa.
error-unknown-quiz-choice = To nie jest żadna z odpowiedzi na to pytanie. Wybierz jedną z pokazanych liter.
error-unknown-emergency-message = Tej wiadomości nie ma w tej aplikacji. Wybierz wiadomość z listy.
error-unknown-message-value = Aplikacja przekazała tej wiadomości coś, o co ona nie prosi. To błąd w aplikacji.
error-value-too-long = To za długie na wiadomość tekstową. Maksymalna liczba znaków: { $limit }.

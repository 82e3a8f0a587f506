# Drukowane karty i broszury (amparo export).

export-cards-title = Karty do portfela
export-cards-how = Wydrukuj obie strony, obracając kartkę wzdłuż dłuższego boku, a potem wytnij wzdłuż linii przerywanych. Noś jedną kartę przy sobie.
export-booklet-title = Poznaj swoje prawa
export-laws = Ustawy
export-do-not = Czego nie robić
# $place: pełna nazwa hrabstwa, np. "San Francisco County".
export-help-near = Pomoc: { $place }
export-lines = Gdzie dzwonić
export-policy = Lokalne przepisy
export-detention = Gdzie w pobliżu mogą przetrzymywać ludzi
# $version: numer wersji treści; $oldest, $newest: daty podane w źródłach.
export-footer = Wersja treści { $version }. Daty źródeł: od { $oldest } do { $newest }.
export-quiz-answers = Odpowiedzi

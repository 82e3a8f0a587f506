# Teksty samej aplikacji, wokół treści.

# Pierwsza linijka każdej karty praw, do przeczytania przez funkcjonariusza.
card-heading = Korzystam z moich praw wynikających z Konstytucji Stanów Zjednoczonych. Proszę przeczytać tę kartę.

# Pokazywane przy każdym temacie i karcie, dopóki żaden adwokat nie sprawdził treści.
legal-review-unreviewed = Żaden adwokat jeszcze nie sprawdził tego tekstu. To ogólna informacja, a nie porada prawna.
legal-review-lawyer-reviewed = Adwokat sprawdził ten tekst. To ogólna informacja, a nie porada prawna.

# Etykiety przy każdym kroku.
label-say = Powiedz
label-why = Dlaczego
label-sources = Źródła
label-checked = Sprawdzono

# Status ustawy, słowami.
law-status-in-force = obowiązuje
law-status-did-not-pass = nie została uchwalona
law-status-vetoed = zawetowana
law-status-in-court = uchwalona, ale zaskarżona w sądzie
law-status-blocked = zablokowana przez sąd
law-status-superseded = zastąpiona późniejszą ustawą
law-status-unconfirmed = uchwalona, ale nie potwierdzono, czy weszła w życie
law-effect-limits-cooperation = ogranicza pomoc w egzekwowaniu prawa imigracyjnego
law-effect-mandates-cooperation = nakazuje pomoc w egzekwowaniu prawa imigracyjnego
law-effect-other = inne prawo imigracyjne

# Krok lub ustawa, które dotyczą tylko jednego stanu.
scope-only-in = Dotyczy tylko: { $state }

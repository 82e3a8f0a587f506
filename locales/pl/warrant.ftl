# Sprawdzanie nakazu: agenci pod drzwiami twojego domu mówią, że mają nakaz.
# Pytania z odpowiedziami prowadzą do wyniku. Każdy wynik pokazuje też
# stałe rady poniżej (warrant-advice-*) oraz słowa do powiedzenia w języku
# użytkownika i w języku funkcjonariusza.

## Pytania

warrant-q-who = Za kogo podają się osoby stojące pod drzwiami?
warrant-who-immigration = Agenci imigracyjni albo ICE
warrant-who-police = Policja
warrant-who-other = Ktoś inny
warrant-who-dont-know = Nie wiem

warrant-q-paper = Obejrzyj dokument, który ci pokazują: przez okno albo po tym, jak wsuną go pod drzwi. Nie otwieraj drzwi. Jaki to dokument?
warrant-q-paper-not-immigration = Obejrzyj dokument, który ci pokazują: przez okno albo po tym, jak wsuną go pod drzwi. Nie otwieraj drzwi. Niektórzy agenci imigracyjni podają się za policję. Jeśli dokument pochodzi od ICE albo od Departamentu Bezpieczeństwa Krajowego (DHS), traktuj te osoby jak agentów imigracyjnych. Jaki to dokument?
warrant-paper-none = Nie pokazali mi żadnego dokumentu
warrant-paper-i200 = Nakaz aresztowania ICE (formularz I-200)
warrant-paper-i205 = Nakaz deportacji ICE (warrant of removal, formularz I-205)
warrant-paper-i247 = Wniosek ICE o przetrzymanie (detainer, formularz I-247): prośba do aresztu, żeby przetrzymał daną osobę
warrant-paper-judge-arrest = Nakaz aresztowania wydany przez sąd, podpisany przez sędziego
warrant-paper-judge-search = Nakaz przeszukania wydany przez sąd, podpisany przez sędziego
warrant-paper-cant-tell = Nie potrafię tego ocenić

warrant-q-final-order = Czy ktoś, kto tu mieszka, ma ostateczną decyzję o deportacji (final order of removal)? To decyzja, która nakazuje opuszczenie kraju, wydana na zakończenie sprawy imigracyjnej.
warrant-q-lives-here = Czy osoba wymieniona w nakazie aresztowania mieszka tutaj?
warrant-q-search-address = Czy w nakazie przeszukania jest adres tego domu?
warrant-answer-yes = Tak
warrant-answer-no = Nie
warrant-answer-dont-know = Nie wiem

## Wyniki

warrant-o-no-paper = Jeśli mówią, że mają nakaz, poproś, żeby wsunęli go pod drzwi albo przyłożyli do okna. Nie otwieraj drzwi, żeby go przeczytać. Agenci czasem mówią, że mają nakaz, choć go nie mają. Bez nakazu podpisanego przez sędziego nie musisz ich wpuszczać. Kiedy zobaczysz dokument, przejdź przez te pytania jeszcze raz.
warrant-o-no-paper-say = Nie wyrażam zgody na wejście do mojego domu. Jeśli mają Państwo nakaz podpisany przez sędziego, proszę wsunąć go pod drzwi.

warrant-o-i200 = To jest nakaz aresztowania ICE (formularz I-200). Nazywa się go też nakazem administracyjnym. Podpisał go funkcjonariusz ICE, a nie sędzia. Nie pozwala on agentom wejść do twojego domu bez twojej zgody. Nie musisz otwierać drzwi.
warrant-o-i200-say = Nie wyrażam zgody na wejście do mojego domu. Ten nakaz nie jest podpisany przez sędziego.

warrant-o-i205-final-order = To jest nakaz deportacji ICE (formularz I-205). Podpisał go funkcjonariusz ICE, a nie sędzia. Organizacje broniące praw imigrantów twierdzą, że nie pozwala on agentom wejść do twojego domu bez twojej zgody. Jednak od 2025 roku ICE twierdzi, że jego agenci mogą z tym formularzem wejść siłą do domu, żeby aresztować osobę, która ma ostateczną decyzję o deportacji. Sądy rozpatrują skargi podważające to stanowisko i sprawa nie jest rozstrzygnięta. Agenci mogą wejść siłą. Nie otwieraj drzwi i nie zgadzaj się na ich wejście.
warrant-o-i205-final-order-say = Nie wyrażam zgody na wejście do mojego domu. Ten nakaz nie jest podpisany przez sędziego.

warrant-o-i205-not-sure = To jest nakaz deportacji ICE (formularz I-205). Podpisał go funkcjonariusz ICE, a nie sędzia. Organizacje broniące praw imigrantów twierdzą, że nie pozwala on agentom wejść do twojego domu bez twojej zgody. Jednak od 2025 roku ICE twierdzi, że jego agenci mogą z tym formularzem wejść siłą do domu, żeby aresztować osobę, która ma ostateczną decyzję o deportacji. Sądy rozpatrują skargi podważające to stanowisko i sprawa nie jest rozstrzygnięta. Jeśli nie wiesz na pewno, czy ktoś tutaj ma ostateczną decyzję o deportacji, przygotuj się na to, że agenci mogą wejść siłą. Nie otwieraj drzwi i nie zgadzaj się na ich wejście. Później poproś adwokata, żeby sprawdził, czy wydano jakąkolwiek decyzję.
warrant-o-i205-not-sure-say = Nie wyrażam zgody na wejście do mojego domu. Ten nakaz nie jest podpisany przez sędziego.

warrant-o-i205-no-final-order = To jest nakaz deportacji ICE (formularz I-205). Podpisał go funkcjonariusz ICE, a nie sędzia. Organizacje broniące praw imigrantów twierdzą, że nie pozwala on agentom wejść do twojego domu bez twojej zgody. Od 2025 roku ICE twierdzi, że jego agenci mogą z tym formularzem wejść siłą do domu, żeby aresztować osobę, która ma ostateczną decyzję o deportacji. Sądy rozpatrują skargi podważające to stanowisko i sprawa nie jest rozstrzygnięta. Według twojej odpowiedzi nikt tutaj nie ma ostatecznej decyzji o deportacji. Agenci mogą mimo to próbować wejść. Nie otwieraj drzwi i nie zgadzaj się na ich wejście.
warrant-o-i205-no-final-order-say = Nie wyrażam zgody na wejście do mojego domu. Ten nakaz nie jest podpisany przez sędziego.

warrant-o-detainer = To jest wniosek ICE o przetrzymanie (detainer, formularz I-247, na przykład I-247A). Detainer to prośba ICE do aresztu, żeby przetrzymał tam daną osobę. To nie jest nakaz i nie podpisał go żaden sędzia. Nie musisz otwierać drzwi.
warrant-o-detainer-say = Nie wyrażam zgody na wejście do mojego domu. Ten dokument nie jest nakazem podpisanym przez sędziego.

warrant-o-judge-arrest = To może być prawdziwy nakaz aresztowania podpisany przez sędziego. Pozwala funkcjonariuszom wejść do domu osoby w nim wymienionej, żeby ją aresztować, jeśli uważają, że ta osoba jest w środku. Agenci mogą wejść. Nie zagradzaj drzwi i nie walcz z nimi. Nadal możesz zachować milczenie. Nie musisz zgadzać się na przeszukanie czegokolwiek innego. Sprawdź datę na nakazie. Jeśli nakaz wygląda na stary, zapytaj o niego adwokata.
warrant-o-judge-arrest-say = Korzystam z prawa do zachowania milczenia. Chcę rozmawiać z adwokatem.

warrant-o-arrest-not-here = Nakaz aresztowania podpisany przez sędziego pozwala funkcjonariuszom wejść do domu osoby, którą wymienia. Nie pozwala im wejść do domu kogoś innego, żeby szukać tej osoby. Do tego potrzebują nakazu przeszukania. Według twojej odpowiedzi wymieniona osoba tu nie mieszka, więc nie musisz ich wpuszczać. Nie musisz odpowiadać na ich pytania. Nie okłamuj ich.
warrant-o-arrest-not-here-say = Nie wyrażam zgody na wejście do mojego domu.

warrant-o-judge-search = To może być prawdziwy nakaz przeszukania podpisany przez sędziego. Pozwala funkcjonariuszom przeszukać adres, który jest w nim podany, bez względu na to, kto tam mieszka. Mogą przeszukać tylko miejsca wymienione w nakazie i szukać tylko rzeczy w nim wymienionych. Agenci mogą wejść. Nie zagradzaj drzwi i nie walcz z nimi. Nadal możesz zachować milczenie. Sprawdź datę na nakazie. Jeśli nakaz wygląda na stary, zapytaj o niego adwokata.
warrant-o-judge-search-say = Korzystam z prawa do zachowania milczenia. Chcę rozmawiać z adwokatem.

warrant-o-wrong-address = W nakazie przeszukania jest inny adres, nie adres tego domu. Nie musisz otwierać drzwi. Trzymaj je zamknięte.
warrant-o-wrong-address-say = Nie wyrażam zgody na wejście do mojego domu. Ten nakaz dotyczy innego adresu.

warrant-o-cant-tell = Jeśli nie potrafisz ocenić, co to za dokument ani kto go podpisał, nie otwieraj drzwi. Poproś, żeby wsunęli go pod drzwi, wtedy go przeczytasz. Możesz poprosić o tłumacza. Organizacje broniące praw imigrantów twierdzą, że tylko nakaz podpisany przez sędziego pozwala agentom wejść bez twojej zgody. Od 2025 roku ICE twierdzi też, że jego agenci mogą wejść siłą z formularzem I-205, żeby aresztować osobę, która ma ostateczną decyzję o deportacji; sądy rozpatrują skargi podważające to stanowisko.
warrant-o-cant-tell-say = Nie wyrażam zgody na wejście do mojego domu. Proszę pokazać mi nakaz podpisany przez sędziego.

## Rady: stała lista, z której korzysta każdy wynik, w tej kolejności

warrant-advice-keep-door-closed = Trzymaj drzwi zamknięte. Rozmawiaj przez drzwi.
warrant-advice-do-not-consent = Powiedz wyraźnie, że nie wyrażasz zgody na ich wejście ani na przeszukanie.
warrant-advice-do-not-resist = Jeśli agenci wejdą albo wtargną siłą, nie uciekaj, nie walcz i nie zagradzaj im drogi.
warrant-advice-stay-silent = Możesz zachować milczenie. Jeśli chcesz z tego skorzystać, powiedz to na głos.
warrant-advice-ask-for-lawyer = Poproś o adwokata.
warrant-advice-do-not-sign = Nie podpisuj niczego, dopóki nie porozmawiasz z adwokatem.
warrant-advice-note-details = Zapisz nazwiska agentów, numery ich odznak, godzinę i to, co się wydarzyło.
warrant-advice-call-rapid-response = Zadzwoń na linię szybkiego reagowania (rapid response) w swoim hrabstwie. Znajdziesz ją w wyszukiwarce pomocy w tej aplikacji.

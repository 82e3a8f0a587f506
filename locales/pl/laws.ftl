# Ustawy Kalifornii: co każda z nich oznacza dla człowieka.

law-trust-act-name = TRUST Act
law-trust-act-summary = Ta ustawa z 2013 roku jako pierwsza ograniczyła wnioski ICE o przetrzymanie (ICE hold) w lokalnych aresztach. Pozwalała aresztowi przetrzymać osobę po terminie zwolnienia na podstawie wniosku ICE o przetrzymanie tylko w niektórych przypadkach, na przykład przy niektórych wyrokach skazujących za poważne przestępstwa lub przestępstwa z użyciem przemocy. Odkąd w 2018 roku weszła w życie ustawa SB 54, lokalny areszt w ogóle nie może przetrzymać nikogo po terminie zwolnienia na podstawie wniosku ICE o przetrzymanie. Wniosek ICE o przetrzymanie to prośba, a nie postanowienie sędziego.

law-truth-act-name = TRUTH Act
law-truth-act-summary = W areszcie w Kalifornii, zanim ICE będzie mogło z tobą rozmawiać, musisz dostać pisemny formularz. Jest w nim napisane, że rozmowa jest dobrowolna i że możesz odmówić albo rozmawiać tylko w obecności swojego adwokata. Jeśli areszt dostanie od ICE wniosek dotyczący ciebie, musi dać ci jego kopię.

law-sb54-name = California Values Act (SB 54)
law-sb54-summary = Policja i szeryfowie w Kalifornii co do zasady nie mogą pytać o twój status imigracyjny ani pomagać ICE w egzekwowaniu prawa imigracyjnego. Lokalny areszt nie może przetrzymać cię po terminie zwolnienia dlatego, że poprosiło o to ICE. W przypadku osób z niektórymi wyrokami skazującymi za poważne przestępstwa areszt nadal może powiadomić ICE, kiedy zostaną zwolnione, albo przekazać je ICE. Ta ustawa nie wiąże agentów federalnych i nie obejmuje więzień stanowych.

law-trust-act-does-not = Nie powstrzymuje ICE przed samodzielnym aresztowaniem ludzi. Jej lista wyroków skazujących decyduje teraz, na podstawie SB 54, o tym, kiedy areszt może powiadomić ICE o zwolnieniu albo przekazać osobę ICE, a nie o tym, czy areszt może przetrzymać tę osobę dłużej.
law-truth-act-does-not = Nie zabrania ICE pytać i nie dotyczy federalnego aresztu imigracyjnego. Obejmuje rozmowy w lokalnych aresztach.
law-sb54-does-not = Nie powstrzymuje ICE ani innych agentów federalnych i nie obejmuje więzień stanowych (CDCR). Policja nadal może przekazywać informacje, które są już publiczne.

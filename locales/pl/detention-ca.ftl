# Informacje o ośrodkach detencyjnych ICE w Kalifornii (content/states/ca/detention.toml).
# Nigdy nie wpisuj numeru telefonu do wiadomości: numery to dane, które mają swoje źródło.

## Działające

facility-adelanto-note = Ośrodek ICE (ICE Processing Center) w Adelanto, prowadzony przez prywatną firmę GEO Group. Działa. W 2020 roku sąd zabronił mu przyjmowania nowych osób, ale ugoda z 2025 roku pozwoliła mu znów w pełni przyjmować ludzi.
facility-desert-view-annex-note = Dodatkowy budynek ośrodka Adelanto ICE Processing Center, w dawnym więzieniu stanowym, prowadzony przez GEO Group. Działa; w maju 2024 roku złożono skargę w jego sprawie.
facility-otay-mesa-note = Ośrodek detencyjny ICE w rejonie Otay Mesa w San Diego, prowadzony przez prywatną firmę CoreCivic. Działa, a w 2019 roku był jedynym ośrodkiem detencyjnym ICE w hrabstwie San Diego. Strona ICE o tym ośrodku podaje godziny odwiedzin; adwokaci mogą przychodzić od 8:15 rano do 9:30 wieczorem.
facility-imperial-regional-note = Ośrodek detencyjny ICE na wschód od Calexico, prowadzony przez prywatną firmę Management and Training Corporation (MTC). Działa. Zastąpił El Centro Service Processing Center, który zamknięto w 2014 roku.
facility-mesa-verde-note = Ośrodek ICE (processing center) przy Golden State Avenue w Bakersfield, prowadzony przez GEO Group; działa. Osoby tu przetrzymywane nie mogą odbierać telefonów z zewnątrz, ale ICE podaje numer wewnętrzny, pod którym można zostawić pilną wiadomość. Żeby uzyskać informacje o osobie tu przetrzymywanej, zadzwoń i wybierz opcję drugą, między ósmą rano a wpół do czwartej po południu.
facility-golden-state-annex-note = Dodatkowy budynek ośrodka Mesa Verde w Bakersfield, w dawnym więzieniu w McFarland, prowadzony przez GEO Group. Przetrzymuje ludzi dla ICE od września 2020 roku i działa.
facility-california-city-note = Największy ośrodek detencyjny ICE w Kalifornii, w dawnym więzieniu stanowym, prowadzony przez prywatną firmę CoreCivic. Zaczął przyjmować ludzi dla ICE pod koniec sierpnia 2025 roku, na podstawie umowy obowiązującej do sierpnia 2027 roku. Starsze listy mogą nazywać to miejsce California City Correctional Center.

## Niejasne

facility-central-valley-annex-note = Dawne więzienie w McFarland, prowadzone przez GEO Group, które w 2020 roku miało zostać dodatkowym budynkiem ICE. Nie wiemy, czy ktoś jest tam teraz przetrzymywany dla ICE: artykuł prasowy z 2025 roku wspomina o miejscu objętym umową, ale niewykorzystywanym przez ICE, i może chodzić właśnie o to miejsce.

## Już nie przetrzymują nikogo dla ICE

facility-west-county-richmond-note = Areszt hrabstwa Contra Costa w Richmond. Przestał przetrzymywać ludzi dla ICE, kiedy szeryf wypowiedział umowę w 2018 roku; w 2025 roku hrabstwo oświadczyło, że nie przetrzymuje nikogo dla ICE. Nikt nie jest tu teraz przetrzymywany dla ICE.
facility-rio-cosumnes-note = Zakład karny (correctional center) hrabstwa Sacramento w Elk Grove. Jego umowę na przetrzymywanie ludzi dla ICE rozwiązano w 2018 roku. Nikt nie jest tu teraz przetrzymywany dla ICE.
facility-theo-lacy-note = Areszt hrabstwa Orange w mieście Orange. Areszty hrabstwa Orange, w tym ten, nie przetrzymują nikogo dla ICE od 1 sierpnia 2019 roku. Nikt nie jest tu teraz przetrzymywany dla ICE.
facility-james-a-musick-note = Areszt hrabstwa Orange, który pewna starsza lista wymieniała jako miejsce przetrzymywania imigrantów. Areszty hrabstwa Orange nie przetrzymują nikogo dla ICE od 1 sierpnia 2019 roku. Nikt nie jest tu teraz przetrzymywany dla ICE.
facility-santa-ana-city-jail-note = Areszt miejski w Santa Ana przetrzymywał kiedyś ludzi dla ICE. Miasto ograniczyło ich liczbę, a ICE wypowiedziało umowę w 2017 roku. Nikt nie jest tu teraz przetrzymywany dla ICE.
facility-yuba-county-jail-note = Areszt hrabstwa w Marysville przetrzymywał ludzi dla ICE na podstawie porozumienia obowiązującego od 1994 roku. Rząd federalny zakończył je w grudniu 2022 roku; media opisywały je jako ostatnią umowę ICE z aresztem hrabstwa w Kalifornii. Nikt nie jest tu teraz przetrzymywany dla ICE.
facility-el-centro-spc-note = Dawny ośrodek ICE (processing center) w El Centro. Zamknięto go 30 września 2014 roku, a jego miejsce zajął ośrodek detencyjny Imperial Regional Detention Facility koło Calexico. Nikt nie jest tu teraz przetrzymywany dla ICE.

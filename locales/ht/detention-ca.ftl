# Nòt sou sant detansyon ICE nan California (content/states/ca/detention.toml).
# Pa janm mete yon nimewo telefòn nan yon mesaj: nimewo yo se done ki gen yon sous.

## K ap fonksyone

facility-adelanto-note = Yon sant tretman ICE (processing center) nan Adelanto, konpayi prive GEO Group jere. Li ouvè. Yon tribinal te anpeche l resevwa moun tou nèf an 2020, men yon akò an 2025 pèmèt li resevwa moun nèt ankò.
facility-desert-view-annex-note = Yon lòt batiman Adelanto ICE Processing Center, nan yon ansyen prizon leta, GEO Group jere. Li ouvè; yo te depoze yon plent sou li an me 2024.
facility-otay-mesa-note = Yon sant detansyon ICE nan zòn Otay Mesa nan San Diego, konpayi prive CoreCivic jere. Li ouvè, e an 2019 se te sèl sant detansyon ICE nan San Diego County. Paj ICE pou sant sa a bay lè vizit yo; avoka ka vizite soti 8:15 a.m. rive 9:30 p.m.
facility-imperial-regional-note = Yon sant detansyon ICE nan lès Calexico, konpayi prive Management and Training Corporation (MTC) jere. Li ouvè. Li te pran plas El Centro Service Processing Center, ki te fèmen an 2014.
facility-mesa-verde-note = Yon sant tretman ICE sou Golden State Avenue nan Bakersfield, GEO Group jere; li ouvè. Moun yo kenbe la a pa ka resevwa apèl ki soti deyò, men ICE bay yon ekstansyon pou kite yon mesaj ijan. Pou enfòmasyon sou yon moun yo kenbe la a, rele epi chwazi opsyon de, ant uit è nan maten ak twa è edmi nan apremidi.
facility-golden-state-annex-note = Yon lòt batiman sant Mesa Verde nan Bakersfield, nan yon ansyen prizon nan McFarland, GEO Group jere. Li kenbe moun pou ICE depi septanm 2020, e li ouvè.
facility-california-city-note = Pi gwo sant detansyon ICE nan California, nan yon ansyen prizon leta, konpayi prive CoreCivic jere. Li te kòmanse pran moun pou ICE nan fen mwa out 2025, dapre yon kontra ki dire jiska out 2027. Ansyen lis yo ka rele kote sa a California City Correctional Center.

## Pa klè

facility-central-valley-annex-note = Yon ansyen prizon nan McFarland, GEO Group jere, yo te planifye pou vin yon lòt batiman ICE an 2020. Nou pa konnen si gen moun yo kenbe la pou ICE kounye a: yon nouvèl 2025 pale de yon kote ki sou kontra men ICE pa sèvi avè l, e sa ka se kote sa a.

## Pa kenbe pèsonn pou ICE ankò

facility-west-county-richmond-note = Yon prizon Contra Costa County nan Richmond. Li sispann kenbe moun pou ICE lè sheriff la te mete fen nan kontra a an 2018; konte a te di an 2025 li pa kenbe pèsonn pou ICE. Pa gen pèsonn yo kenbe la pou ICE kounye a.
facility-rio-cosumnes-note = Yon sant koreksyon Sacramento County nan Elk Grove. Yo te mete fen nan kontra li pou kenbe moun pou ICE an 2018. Pa gen pèsonn yo kenbe la pou ICE kounye a.
facility-theo-lacy-note = Yon prizon Orange County nan vil Orange. Prizon Orange County yo, sa a ladan yo, pa kenbe pèsonn pou ICE depi 1ye out 2019. Pa gen pèsonn yo kenbe la pou ICE kounye a.
facility-james-a-musick-note = Yon prizon Orange County yon ansyen lis te nonmen kòm yon kote ki kenbe imigran. Prizon Orange County yo pa kenbe pèsonn pou ICE depi 1ye out 2019. Pa gen pèsonn yo kenbe la pou ICE kounye a.
facility-santa-ana-city-jail-note = Prizon vil Santa Ana te konn kenbe moun pou ICE. Vil la te limite kantite moun, e ICE te mete fen nan kontra a an 2017. Pa gen pèsonn yo kenbe la pou ICE kounye a.
facility-yuba-county-jail-note = Prizon konte a nan Marysville te kenbe moun pou ICE dapre yon akò ki te kòmanse an 1994. Gouvènman federal la te mete fen ladan l an desanm 2022; nouvèl yo te dekri l kòm dènye kontra ICE ak yon prizon konte nan California. Pa gen pèsonn yo kenbe la pou ICE kounye a.
facility-el-centro-spc-note = Yon ansyen sant tretman ICE nan El Centro. Li te fèmen 30 septanm 2014, e sant detansyon Imperial Regional Detention Facility toupre Calexico te pran plas li. Pa gen pèsonn yo kenbe la pou ICE kounye a.

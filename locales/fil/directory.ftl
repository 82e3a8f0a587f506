# Text for the help finder. Never put a phone number in a message: numbers
# are data with a source.

policy-ca-baseline = Sa California, sa pangkalahatan ay hindi maaaring itanong ng lokal na pulis at ng mga sheriff ang iyong katayuan sa imigrasyon, at hindi ka maaaring panatilihin ng lokal na kulungan nang lampas sa oras ng iyong paglaya dahil hiniling ito ng ICE. Kung nahatulan ka sa ilang mabibigat na krimen, maaari pa ring sabihin ng kulungan sa ICE kung kailan ka palalayain, o ibigay ka sa ICE. Sa lokal na kulungan, maaari kang tumangging makipag-usap sa ICE, o makipag-usap lamang kung naroon ang iyong abogado; dapat kang bigyan ng form na nagpapaliwanag nito. Hindi kailangang sundin ng mga pederal na ahente ang mga batas na ito ng estado.

## What a line is for, and who runs it

hotline-kind-rapid-response = Rapid response line: tumawag para iulat ang mga ahente ng imigrasyon na nasa malapit at para humingi ng tulong.
hotline-kind-detention-info = Impormasyon tungkol sa mga taong nasa detensyon ng imigrasyon.
hotline-kind-court-info = Impormasyon tungkol sa kaso sa korte ng imigrasyon (awtomatikong linya). Kailangan mo ang A-number ng tao.
hotline-kind-lawyer-referral = Mga referral sa mga pribadong abogado sa imigrasyon.
hotline-kind-referral = Isang tanggapan ng gobyerno na nagre-refer ng mga tao sa mga serbisyo.
hotline-kind-legal-aid = Libreng legal na tulong: tumawag para mag-apply, o para mai-refer sa tamang tanggapan.
hotline-operator-government = Pinapatakbo ng gobyerno, hindi ng mga tagapagtanggol ng imigrante.

## What is known about a number. "Confirmed" means someone called it.

number-not-confirmed = Hindi pa nakukumpirma sa pamamagitan ng pagtawag. Pinakabagong pinagmulan: { $year }.
number-not-confirmed-undated = Hindi pa nakukumpirma sa pamamagitan ng pagtawag. Walang petsa ang mga pinagmulan nito.
number-confirmed = Nakumpirma sa pamamagitan ng pagtawag noong { $date }.
number-low-confidence = Mababang kumpiyansa: galing ang numerong ito sa iisang pinagmulan o sa isang lumang pinagmulan.
number-extension = extension { $extension }
number-takes-texts = Tumatanggap ng text message.
confidence-high = Mataas na kumpiyansa
confidence-medium = Katamtamang kumpiyansa
confidence-low = Mababang kumpiyansa

## Numbers that disagree, and lines for one area only

hotline-conflict = Hindi nagkakasundo ang mga pinagmulan tungkol sa numerong ito. Ipinapakita ang dalawang numero, at wala pang tumawag sa mga ito.
hotline-area = Para lamang sa { $area }, hindi sa buong county.
conflict-sacramento = Dalawang pinagmulan ang nagbibigay ng dalawang magkaibang rapid response number para sa Sacramento, bawat isa mula sa ibang network. Hindi namin matiyak kung alin ang kasalukuyang gamit. Subukan ang dalawa.
conflict-long-beach = Isang listahan noong 2019 at isang mas bago at walang petsang listahan ang nagbibigay ng dalawang magkaibang numero para sa Long Beach Community Defense Network. Hindi namin matiyak kung alin ang kasalukuyang gamit. Subukan ang dalawa.

## Opening hours, in the time zone of the line

hours-always = Bukas 24 oras, araw-araw
hours-days-range = { $first } hanggang { $last }
hours-rule = { $days }, { $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours } ({ $zone })
hours-list-separator = {", "}
hours-rules-separator = {"; "}
hours-open-now = Bukas ngayon
hours-closed-now = Sarado ngayon
time-zone-pacific = oras sa Pacific
time-zone-eastern = oras sa Eastern
weekday-monday = Lunes
weekday-tuesday = Martes
weekday-wednesday = Miyerkoles
weekday-thursday = Huwebes
weekday-friday = Biyernes
weekday-saturday = Sabado
weekday-sunday = Linggo

## Where the person is

finder-no-local-line = Wala kaming alam na lokal na rapid response line para sa lugar na ito. Tumawag sa isang panrehiyon o pambansang linya sa ibaba.
finder-outside = Nasa labas ng sakop ng Amparo ang lugar na ito. Magagamit pa rin ang mga pambansang linya.
finder-other-state = Wala pang lokal na nilalaman ang Amparo para sa { $state }. Magagamit pa rin ang mga pambansang linya.
finder-location-city = Tinatayang lokasyon: ang gitna ng lungsod nito.
finder-location-county = Tinatayang lokasyon: ang county lamang ang alam.
finder-location-zip = Tinatayang lokasyon: ang gitna ng ZIP code nito.
nearby-shared-zip = May bahagi ng ZIP code na ito na nasa { $county }.
nearby-shared-city = May bahagi ng lungsod na ito na nasa { $county }.
nearby-near-border = { $km } km ang layo ng { $county }. Tiyakin kung alin sa dalawa ang kinaroroonan mo.
nearby-nearest = Ang pinakamalapit na county o rehiyon na sakop ng Amparo ay ang { $county }, { $km } km ang layo.
nearby-former-county = Ang dating { $former } County ay bahagyang nasa { $county } na ngayon.

## Shown with a point whose sources are all weak (blogs, reposts, law firm pages)

caveat-weak-sources = Ang mga pinagmulan namin para sa puntong ito ay mga blog, kopya ng ibang pahina o pahina ng mga law firm, hindi opisyal o legal na teksto. Tiyakin ito sa isang abogado.

# ምስ ሓደ ትካል ዝርአዩ መግለጺታት (content/states/*/organizations.toml `note`)፦ ንመን
# ከም ዘገልግል፣ ወይ ሰብ ቅድሚ ምድዋሉ ክፈልጦ ዘለዎ ደረት። ካብ shared/research/legal_aid_orgs.csv
# ከምኡ ውን states_and_connecticut.md። ኣብ መልእኽቲ ቁጽሪ ተሌፎን ፈጺምኩም ኣይተእትዉ፦ ቁጽርታት ዳታ እዮም።

org-kind-fresno-note = ንቆልዑ ጥራይ ይውክል፦ ኣብ San Joaquin፣ Kern፣ Fresno፣ Kings፣ Tulare፣ Madera፣ Merced ወይ Stanislaus County ዝነብሩ ቆልዑ።
org-alameda-county-public-defender-immigration-note = ኣብ Alameda County ንዝነብሩ ወይ ኣብኡ ፍርዲ ገበን ንዘለዎም ሰባት ጥራይ።
org-clsepa-note = ኣብ San Mateo ወይ Santa Clara County ንዝነብሩ ሰባት ጥራይ። ኣብ ጉዳያት ምስጓግ ንዓበይትን ንመንእሰያትን ይውክል። ብተቐባሊ ዝኽፈል ደወል (collect call) ኣይቕበልን።
org-lilac-redwood-city-note = ብዘይ ቆጸራ ምምጻእ ኣይፍቀድን፦ ቆጸራ ንምሓዝ ደውሉ። ምቕባል ሓደሽቲ ጉዳያት (intake) ካብ ሰኑይ ክሳዕ ቀዳም፣ ካብ 8 ቅድሚ ቀትሪ ክሳዕ 6 ድሕሪ ቀትሪ እዩ።
org-sf-public-defender-immigration-note = ኣብ ቀይዲ ኢሚግሬሽን ንዘለዉ ሰባት ይከላኸል፣ ኣብ San Francisco ዝነበሩ ወይ ዝሰርሑ ሰባት ድማ ቀዳምነት ይህቦም። ሕጂ ዝውክሎም ወይ ቀደም ዝወከሎም ሰባት ኣብ ቀይዲ ኣብ ዘይህልዉሉ ግዜ እውን ይሕግዞም።
org-asian-law-caucus-note = ኣብ ቀይዲ ንዘለዉ፣ ጉዳይ ምስጓጎም መዝገብ ገበን ዝሓዘ ሰባት ኣተኩሮ ይገብር። ጉዳያት ዑቕባ ወይ ቃለ-መሕትት ዑቕባ፣ ቃለ-መሕትት ተኣማንነት ፍርሒ (credible fear) ሓዊሱ፣ ኣይቕበልን።
org-immdef-note = ንትሑት ኣታዊ ዘለዎምን ኣብ ቀይዲ ዘለዉን ሰባት። ኣብ Los Angeles County ዝነብሩ ሰባት ቀዳምነት ይወሃቦም።
org-immdef-san-diego-note = ንትሑት ኣታዊ ዘለዎም ሰባት ጥራይ። ብቆጸራ ጥራይ፦ ብዘይ ቆጸራ ምምጻእ ኣይፍቀድን።
org-international-institute-los-angeles-note = ብቆጸራ ጥራይ፦ ብዘይ ቆጸራ ምምጻእ ኣይፍቀድን። ካብ ሰኑይ ክሳዕ ዓርቢ፣ ካብ 8:30 ቅድሚ ቀትሪ ክሳዕ 5 ድሕሪ ቀትሪ ክፉት እዩ።
org-kind-los-angeles-note = ጉዳያት ቆልዑን መንእሰያትን ጥራይ ይቕበል፣ በይኖም ዝመጹ ቆልዑ ሓዊሱ። ብቆጸራ ጥራይ፦ ብዘይ ቆጸራ ምምጻእ ኣይፍቀድን።
org-human-rights-first-la-note = ክኸፍሉ ንዘይክእሉ ሓተትቲ ዑቕባ ነጻ ወለንተኛታት ጠበቓታት ይረክበሎም። ብዘይ ቆጸራ ምምጻእ ኣይፍቀድን።
org-community-lawyers-compton-note = ብቆጸራ ጥራይ፦ ብዘይ ቆጸራ ምምጻእ ኣይፍቀድን።
org-refugee-support-network-note = ብዘይ ቆጸራ ምምጻእ ኣይፍቀድን፦ ቆጸራ ንምሓዝ ደውሉ።
org-jfs-san-diego-note = ብዝኾነ ግዜ፣ ለይቲ ይኹን መዓልቲ፣ ናይ ድምጺ መልእኽቲ ግደፉ። ደወላት ብስርዓት ኣመጻጽኣኦም ይምለሱ።
org-sd-public-defender-irldp-note = ጉዳያት ምክልኻል ካብ ምስጓግ ጥራይ ይቕበል።
org-la-maestra-note = ሕጋዊ ጉጅለኡ ናይ ዋሕስ ኢሚግሬሽን ምስማዓት ቤት ፍርዲ (bond hearings)፣ ጉዳያት ካብ Ukraine ወይ Afghanistan ዝመጹ ሰባት፣ ከምኡ ውን ጉዳያት ግዳያት ዝውውር ደቂ ሰብን ገበንን (U visa፣ T visa፣ VAWA) ይቕበል።
org-socal-immigration-project-note = ጉዳያት ዑቕባ ጥራይ። ኣብ ሰባት ካብ ሃገራት ኣፍሪቃን ኣብ LGBTQ ሰባት ካብ ዝኾነት ሃገርን የተኩር። ሰራሕተኛታቱ ስጳኛ ኣይዛረቡን።
org-catholic-charities-el-centro-note = ናይዚ ቤት ጽሕፈት ተሌፎን ወይ ኣድራሻ ጎደና ኣይተረኽበን። ንምብጻሑ ናብ ቤት ጽሕፈት Catholic Charities ኣብ San Diego ፈትኑ።
org-imperial-valley-jfon-note = ኣብ First United Methodist Church ኣብ El Centro ነጻ ሕጋዊ ክሊኒካት የካይድ። እቶም ክሊኒካት ሕጂ እውን ይካየዱ እንተለዉ ኣይፍለጥን።
org-ciri-bridgeport-note = ጉዳያት ኣብ ቀይዲ ዘለዉ ሰባት ኣይቕበልን። ነጻ ውክልና ብሕግታት ሓገዝ ገንዘብ (grant) ከምኡ ውን መደብ ክድረት ይኽእል።
org-ciri-hartford-note = ጉዳያት ኣብ ቀይዲ ዘለዉ ሰባት ኣይቕበልን።
org-ccif-hartford-note = ንነበርቲ Hartford፣ ኣብ ቀይዲ ICE ወይ ኣብ መስርሕ ምስጓግ ዘለዉን ጠበቓ ዘይብሎምን ጥራይ።

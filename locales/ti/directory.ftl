# ጽሑፍ ንመድለዪ ሓገዝ። ኣብ መልእኽቲ ቁጽሪ ተሌፎን ፈጺምኩም ኣይተእትዉ፦ ቁጽርታት
# ምንጪ ዘለዎም ዳታ እዮም።

policy-ca-baseline = ኣብ California፣ ከባቢያዊ ፖሊስን ሸሪፍን (sheriff) ብሓፈሻ ብዛዕባ ኩነታት ኢሚግሬሽንኩም ክሓቱ ኣይፍቀደሎምን፣ ከባቢያዊ ቤት ማእሰርቲ ድማ ICE ስለ ዝሓተተ ጥራይ ካብ ግዜ ምፍታሕኩም ንላዕሊ ሒዙ ከጽንሓኩም ኣይፍቀደሉን። ንገለ ከቢድ ገበናት ዝተፈርደሎም ግን፣ ቤት ማእሰርቲ መዓስ ከም እትፍትሑ ንICE ክነግር፣ ወይ ንICE ከረክበኩም ይኽእል እዩ። ኣብ ከባቢያዊ ቤት ማእሰርቲ፣ ምስ ICE ምዝራብ ክትኣብዩ፣ ወይ ጠበቓኹም ኣብኡ እንተሃልዩ ጥራይ ክትዛረቡ ትኽእሉ ኢኹም፤ ነዚ ዝገልጽ ቅጥዒ ክወሃበኩም ይግባእ። ፈደራላውያን ኣባላት ጸጥታ በዞም ሕግታት ስቴት ኣይእሰሩን።

## መስመር ንምንታይ ከም ዝኾነ፣ መን ከም ዘካይዶ

hotline-kind-rapid-response = መስመር ቅልጡፍ ምላሽ (rapid response)፦ ኣባላት ኢሚግሬሽን ኣብ ጥቓኹም ከም ዘለዉ ንምሕባርን ሓገዝ ንምርካብን ደውሉ።
hotline-kind-detention-info = ብዛዕባ ኣብ ቀይዲ ኢሚግሬሽን ዘለዉ ሰባት ሓበሬታ።
hotline-kind-court-info = ሓበሬታ ጉዳይ ቤት ፍርዲ ኢሚግሬሽን (ኣውቶማቲክ)። ቁጽሪ A (A-number) ናይቲ ሰብ የድልየኩም።
hotline-kind-lawyer-referral = ናብ ብሕታውያን ጠበቓታት ኢሚግሬሽን ምምራሕ።
hotline-kind-referral = ሰባት ናብ ኣገልግሎታት ዝመርሕ ቤት ጽሕፈት መንግስቲ።
hotline-kind-legal-aid = ነጻ ሕጋዊ ሓገዝ፦ ንምምልካት፣ ወይ ናብቲ ቅኑዕ ቤት ጽሕፈት ንክትምርሑ ደውሉ።
hotline-operator-government = ብመንግስቲ ዝካየድ፣ ብተሓላቐቲ መሰል ስደተኛታት ኣይኮነን።

## ብዛዕባ ሓደ ቁጽሪ ዝፍለጥ። "ዝተረጋገጸ" ማለት ሓደ ሰብ ደዊሉሉ ማለት እዩ።

number-not-confirmed = ገና ብተሌፎን ኣይተረጋገጸን። ሓድሽ ምንጪ፦ { $year }።
number-not-confirmed-undated = ገና ብተሌፎን ኣይተረጋገጸን። ምንጭታቱ ዕለት ኣየርእዩን።
number-confirmed = ኣብ { $date } ብተሌፎን ተረጋጊጹ።
number-low-confidence = ትሑት እምነት፦ እዚ ቁጽሪ ካብ ሓደ ምንጪ ጥራይ ወይ ካብ ዝኣረገ ምንጪ እዩ ዝመጽእ።
number-extension = ውሽጣዊ ቁጽሪ (extension) { $extension }
number-takes-texts = ናይ ጽሑፍ መልእኽቲ ይቕበል።
confidence-high = ልዑል እምነት
confidence-medium = ማእከላይ እምነት
confidence-low = ትሑት እምነት

## ዘይሰማምዑ ቁጽርታት፣ ንሓደ ከባቢ ጥራይ ዝኾኑ መስመራት

hotline-conflict = ምንጭታት ብዛዕባ እዚ ቁጽሪ ኣይሰማምዑን። ክልቲኦም ቁጽርታት ቀሪቦም ኣለዉ፣ ገና ዝደወለሎም ሰብ የለን።
hotline-area = ንብምሉኡ ካውንቲ ዘይኮነስ፣ ን{ $area } ጥራይ የገልግል።
conflict-sacramento = ክልተ ምንጭታት ንSacramento ክልተ ዝተፈላለዩ ቁጽርታት ቅልጡፍ ምላሽ ይህቡ፣ ነፍሲ ወከፎም ካብ ዝተፈላለየ መርበብ። ኣየናይ ሕጂ ኣብ ስራሕ ከም ዘሎ ክንፈልጥ ኣይከኣልናን። ክልቲኦም ፈትኑ።
conflict-long-beach = ሓደ ዝርዝር ናይ 2019ን ሓደ ዝሓደሰ ዕለት ዘይብሉ ዝርዝርን ንLong Beach Community Defense Network ክልተ ዝተፈላለዩ ቁጽርታት ይህቡ። ኣየናይ ሕጂ ኣብ ስራሕ ከም ዘሎ ክንፈልጥ ኣይከኣልናን። ክልቲኦም ፈትኑ።

## ሰዓታት ስራሕ፣ ብናይቲ መስመር ሰዓታዊ ዞባ

hours-always = 24 ሰዓት፣ ኩሉ መዓልቲ ክፉት
hours-days-range = { $first } ክሳዕ { $last }
hours-rule = { $days }፣ { $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours } ({ $zone })
hours-list-separator = {"፣ "}
hours-rules-separator = {"፤ "}
hours-open-now = ሕጂ ክፉት
hours-closed-now = ሕጂ ዕጹው
time-zone-pacific = ሰዓት Pacific
time-zone-eastern = ሰዓት Eastern
weekday-monday = ሰኑይ
weekday-tuesday = ሰሉስ
weekday-wednesday = ረቡዕ
weekday-thursday = ሓሙስ
weekday-friday = ዓርቢ
weekday-saturday = ቀዳም
weekday-sunday = ሰንበት

## እቲ ሰብ ኣበይ ከም ዘሎ

finder-no-local-line = ነዚ ቦታ ዝኸውን ከባቢያዊ መስመር ቅልጡፍ ምላሽ ኣይንፈልጥን። ኣብ ታሕቲ ዘሎ ዞባዊ ወይ ሃገራዊ መስመር ደውሉ።
finder-outside = እዚ ቦታ ካብቲ Amparo ዝሽፍኖ ከባቢ ወጻኢ እዩ። ሃገራውያን መስመራት ግን ይሰርሑ እዮም።
finder-other-state = Amparo ን{ $state } ገና ከባቢያዊ ትሕዝቶ የብሉን። ሃገራውያን መስመራት ግን ይሰርሑ እዮም።
finder-location-city = ግምታዊ ቦታ፦ ማእከል ከተማኡ።
finder-location-county = ግምታዊ ቦታ፦ እቲ ካውንቲ ጥራይ እዩ ዝፍለጥ።
finder-location-zip = ግምታዊ ቦታ፦ ማእከል ናይቲ ZIP code።
nearby-shared-zip = ገለ ክፋል ናይዚ ZIP code ኣብ { $county } እዩ ዘሎ።
nearby-shared-city = ገለ ክፋል ናይዚ ከተማ ኣብ { $county } እዩ ዘሎ።
nearby-near-border = { $county } ኣብ { $km } km ርሕቀት እዩ ዘሎ። ኣብ ኣየናይ ከም ዘለኹም ኣረጋግጹ።
nearby-nearest = እቲ Amparo ዝሽፍኖ ዝቐረበ ካውንቲ ወይ ዞባ { $county } እዩ፣ ኣብ { $km } km ርሕቀት።
nearby-former-county = እቲ ቀደም { $former } County ዝነበረ፣ ሕጂ ብኸፊል ኣብ { $county } እዩ ዘሎ።

## ኩሎም ምንጭታቱ ድኹማት (ብሎግ፣ ቅዳሓት፣ ገጻት ትካላት ጠበቓ) ምስ ዝኾኑ ነጥቢ ዝርአ

caveat-weak-sources = ምንጭታትና ንዚ ነጥቢ ብሎጋት፣ ቅዳሓት ካልኦት ገጻት ወይ ገጻት ትካላት ጠበቓ እዮም፣ ወግዓዊ ወይ ሕጋዊ ጽሑፋት ኣይኮኑን። ምስ ጠበቓ ኣረጋግጽዎ።

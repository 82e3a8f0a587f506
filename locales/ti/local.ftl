# ከባቢያዊ ዝርዝር፦ ፖሊሲታት ካውንቲን ከተማን፣ ቦታታት ቀይዲ፣ ሕጋዊ ሓገዝ።

## ፖሊሲታት ካውንቲን ከተማን

local-policy-as-of = ክሳዕ { $date }፣ ከም ዝበሎ { $who }፦ { $policy }
local-policy-undated = ከም ዝበሎ { $who } (ዕለት ኣይተጠቕሰን)፦ { $policy }
local-policy-reminder = ከባቢያዊ ፖሊሲታት ንፈደራላውያን ኣባላት ጸጥታ ኣይእስሩን።
local-policy-none-found = እቲ መጽናዕቲ ኣብዚ ልዕሊ ሕጊ ስቴት ዝኾነ ከባቢያዊ ፖሊሲ ኣይረኸበን።
local-policy-hidden-low = ኣብዚ ዘይቀረቡ ትሑት እምነት ዘለዎም ጸብጻባት፦ { $count }።
reported-by-official-records = ወግዓውያን መዛግብቲ
reported-by-news-reports = ጸብጻባት ዜና
reported-by-the-sheriff = ቤት ጽሕፈት ሸሪፍ (sheriff)
reported-by-advocates = ጉጅለታት ተሓላቐቲ መሰል
reported-by-one-secondary-source = ሓደ ካልኣዊ ምንጪ ጥራይ
policy-category-limits-beyond-state-law = ልዕሊ ሕጊ ስቴት ንICE ዝወሃብ ሓገዝ ይድርት
policy-category-follows-state-law = ሕጊ ስቴት ጥራይ ይኽተል
policy-category-helps-ice-within-state-law = ሕጊ ስቴት ክሳዕ ዝፈቕዶ ንICE ይሕግዝ
policy-category-publishes-release-dates = ዕለታት ምፍታሕ ይዝርግሕ
policy-category-opposes-state-law = ንደረታት ስቴት ይቃወም
policy-category-no-local-policy-found = ከባቢያዊ ፖሊሲ ኣይተረኽበን
policy-status-in-force = ኣብ ግብሪ ዘሎ
policy-status-challenged = ኣብ ግብሪ ዘሎ፣ ግን ኣብ ቤት ፍርዲ ተቓውሞ ቀሪብሉ
policy-status-adopted-not-final = ተቐቢሉ፣ ግን ናይ መወዳእታ ኣይኮነን
policy-status-repealed = ተሰሪዙ
policy-status-ended = ተወዲኡ
policy-status-symbolic = መግለጺ እዩ፣ ዘገድድ ኣይኮነን
policy-status-unconfirmed = ተጸብጺቡ፣ ኣይተረጋገጸን

## ቦታታት ቀይዲ

facility-kind-processing-center = ማእከል መስርሕ ICE
facility-kind-detention-center = ማእከል ቀይዲ
facility-kind-annex = ተወሳኺ ህንጻ ናይ ካልእ ቦታ
facility-kind-county-jail = ቤት ማእሰርቲ ካውንቲ
facility-kind-city-jail = ቤት ማእሰርቲ ከተማ
facility-status-operating = ንICE ሰባት ይሕዝ
facility-status-closed = ሕጂ ንICE ሰባት ኣይሕዝን
facility-status-uncertain = ሕጂ ንICE ሰባት ይሕዝ እንተሎ ኣይፍለጥን
detention-notice = ሰባት ብተደጋጋሚ ካብ ሓደ ቦታ ናብ ካልእ ይግዓዙ። ብICE ዝተታሕዘ ሰብ ንምርካብ፣ ናይ ICE ኦንላይን መድለዪ ተታሓዝቲ (Online Detainee Locator) ተጠቐሙ፣ ወይ ናብ መስመር ሓበሬታ ቀይዲ ደውሉ።

## ሕጋዊ ሓገዝ

service-legal-aid = ሕጋዊ ሓገዝ ኢሚግሬሽን
service-deportation-defense = ምክልኻል ካብ ምስጓግ (deportation defense)
service-rapid-response = ቅልጡፍ ምላሽ
service-lawyer-referral = ናብ ጠበቓታት ምምራሕ
service-detention-support = ሓገዝ ንኣብ ቀይዲ ዘለዉ ሰባት
service-children = ሓገዝ ንቆልዑ
service-victims = ሓገዝ ንግዳያት ገበን ወይ ግፍዒ
cost-free = ነጻ
cost-low-cost = ትሑት ዋጋ
cost-unknown = ዋጋ ኣይተጠቕሰን
caution-third-party-parse = ካብ ቅዳሕ ካልእ ሰብ ናይ ሓደ ዝርዝር መንግስቲ ዝተወስደ እዩ፣ ምስቲ ዝርዝር ባዕሉ ኣይተነጻጸረን።
caution-single-source = ሓደ ምንጪ ጥራይ እዩ ዝዝርዝሮ።
caution-recognition-renewal-pending = ኣብቲ ንሕና ዝተጠቐምናሉ ዝርዝር መንግስቲ፣ ሕጋዊ ሓገዝ ኢሚግሬሽን ንምሃብ ዝተዋህቦ ኣፍልጦ ሚኒስትሪ ፍትሒ ኣመሪካ (U.S. Justice Department recognition) ኣብ ዕለት መወዳእትኡ ወይ ኣብ ጥቓኡ በጺሑ ነይሩ፣ ምሕዳሱ ድማ ገና ይጽበ ነይሩ።
caution-two-numbers = ክልተ ምንጭታት ክልተ ዝተፈላለዩ ቁጽርታት ይህቡ። ክልቲኦም ቀሪቦም ኣለዉ።
caution-area-code-mismatch = ኮድ ከባቢ (area code) ናይቲ ተሌፎን ናይታ ከተማ ኣይኮነን።
caution-government-office = ቤት ጽሕፈት መንግስቲ እዩ፣ ዘይመኽሰባዊ ትካል ኣይኮነን።
caution-merged-offices = እቲ ምንጪ ክልተ ቤት ጽሕፈታት ሓዋዊሱ፤ እቲ ኣድራሻ ወይ ተሌፎን ናይቲ ካልእ ቤት ጽሕፈት ክኸውን ይኽእል።
caution-referral-only = ሰባት ናብ ጠበቓታት ይመርሕ፦ ቀጥታዊ ሕጋዊ ሓገዝ የለን፣ ብዘይ ቆጸራ ምምጻእ እውን ኣይፍቀድን።
caution-limited-eligibility = ንገለ ሰባት ጥራይ ይሕግዝ፦ ንመን ከም ዘገልግል ኣንብቡ።
caution-no-phone-found = ቁጽሪ ተሌፎኑ ኣይተረኽበን።

## ሰብ ቅድሚ ምድዋሉ ከንብቦም ዘለዎ ብዛዕባ መስመራት መግለጺታት

hotline-ice-la-field-office-note = ብICE ዝካየድ። ናይ ICE ኦንላይን መድለዪ ተታሓዝቲ ነቲ ሰብ እንተዘይረኺብዎ፣ እቲ ምእሳር ድማ ኣብ Los Angeles፣ Orange፣ Riverside፣ San Bernardino፣ Ventura፣ Santa Barbara ወይ San Luis Obispo County እንተተፈጺሙ ደውሉ።
hotline-orr-note = ንወላዲ ወይ ሞግዚት፣ ብOffice of Refugee Resettlement (ቤት ጽሕፈት ምዕራፍ ስደተኛታት) ዝተታሕዘ ትሕቲ 18 ዓመት ቆልዓ ዝደሊ። ቤት ጽሕፈት መንግስቲ እዩ፣ ተሓላቒ መሰል ኣይኮነን።
hotline-ct-statewide-note = ሕጋዊ ኩነታት ኢሚግሬሽን እንተዘይብልኩም፣ እቲ ምንጪ ብቐጥታ ናብ New Haven Legal Assistance ኣመልክቱ ይብል፣ በዚ መስመር ኣይኮነን፤ እቲ ቤት ጽሕፈት ኩነታት ኢሚግሬሽን ንፖሊስ ወይ ንዝኾነ ካልእ ሰብ ስልጣን ከም ዘይሕብር ድማ ይብል። ናቱ ቁጽሪ ተሌፎን ኣይረኸብናን፤ ገጽ መርበቡ እቲ ቀዳማይ ምንጪ ናይዚ መስመር እዩ።

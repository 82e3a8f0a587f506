# ናይ ልምምድ ፈተና፦ ኣብ ነፍሲ ወከፍ ክፋል ሓደ ሕቶ፣ ድሕሪኡ ምርጫታቱን ስለምንታይን። ነፍሲ ወከፍ
# ሕቶ ሓደ ስጉምቲ ናይቲ ኩነታቱ ይፍትን (content/quiz/<topic>.toml)።

## ኣባላት ኣብ ማዕጾ ገዛኹም

quiz-at-home-door = ኣባላት ኢሚግሬሽን ማዕጾ ገዛኹም ይኳሕኩሑ ኣለዉ። እንታይ ክትገብሩ ይግባእ?
quiz-at-home-door-a = ንምዝራብ ማዕጾ ቁሩብ ክፈቱ።
quiz-at-home-door-b = ማዕጾ ዕጹው ግደፍዎ፣ ብማዕጾ ኣቢልኩም ድማ ተዛረቡ።
quiz-at-home-door-c = ምስኣቶም ንምዝራብ ናብ ደገ ውጹ።
quiz-at-home-door-why = ማዕጾ ዕጹው ግደፍዎ፣ ብማዕጾ ኣቢልኩም ድማ ተዛረቡ። መን ምዃኖምን ስለምንታይ ከም ዝመጹን ሕተቱ። ማዕጾ ምኽፋት ናብ ውሽጢ ክኣትዉ ፍቓድ ኣይህቦምን፣ ግን ብዕጹው ማዕጾ ኣቢልካ ምዝራብ ዝያዳ ውሑስ እዩ።

quiz-at-home-open = ኣባላት ማዕጾ ክትከፍቱ ይደልዩ። ቅድሚ ምኽፋትኩም እንታይ ከርእዩኹም ኣለዎም?
quiz-at-home-open-a = ኣብ መስኮት ዝርአ ባጅ (badge)።
quiz-at-home-open-b = "warrant" (ትእዛዝ) ዝብል ዝኾነ ወረቐት።
quiz-at-home-open-c = ነዚ ገዛ ዝምልከት ብዳኛ ዝተፈረመ ትእዛዝ።
quiz-at-home-open-why = ኣባላት ብትሕቲ ማዕጾ ወይ ኣብ መስኮት፣ ነዚ ገዛ ዝምልከት ብዳኛ ዝተፈረመ ትእዛዝ እንተዘየርእዩኹም፣ ማዕጾ ኣይትኽፈቱ። እዚ ማለት፦ ነዚ ኣድራሻ ዝኸውን ናይ ፍተሻ ትእዛዝ፣ ወይ ኣብዚ ንዝነብር ሰብ ዝኸውን ናይ ምእሳር ትእዛዝ።

quiz-at-home-silent = ኣባላት ኣበይ ከም ዝተወለድኩም ይሓቱኹም። ክትምልሱ ትግደዱ ዶ?
quiz-at-home-silent-a = ኣይፋል። ስቕ ክትብሉ ትኽእሉ ኢኹም።
quiz-at-home-silent-b = እወ። ንኹሉ ሕቶ ክትምልሱ ኣለኩም።
quiz-at-home-silent-c = ኣይፋል፣ ግን ኩነታት ኢሚግሬሽንኩም ክትነግርዎም ኣለኩም።
quiz-at-home-silent-why = ሓምሻይ መመሓየሺ ቅዋም ኣመሪካ (Fifth Amendment) ንሕቶታት ዘይምምላስ የፍቕደልኩም። ኣበይ ከም ዝተወለድኩም፣ ኩነታት ኢሚግሬሽንኩም እንታይ ምዃኑ፣ ወይ ከመይ ጌርኩም ናብዛ ሃገር ከም ዝመጻእኩም ክትነግሩ ኣይግደድኩምን። ስቕ ክትብሉ እንተመሪጽኩም፣ ከምኡ ምዃኑ ብዓውታ ንገሩ።

quiz-at-home-forced = ኣባላት ብሓይሊ ናብ ገዛኹም ይኣትዉ ኣለዉ። እንታይ ክትገብሩ ይግባእ?
quiz-at-home-forced-a = ክኣትዉ ከይክእሉ መገዲ ዓጽውሎም።
quiz-at-home-forced-b = ኣይትቃለሱ። ንምእታዎም ወይ ንፍተሻ ከም ዘይትሰማምዑ ንገሩ።
quiz-at-home-forced-c = ቀልጢፎም ምእንቲ ክኸዱ ሕቶታቶም መልሱ።
quiz-at-home-forced-why = ኣይትቃለስዎም፣ መገዲ እውን ኣይትዓጽውሎም፦ ምቅላስ ንኣኹምን ንስድራኹምን ኣብ ሓደጋ ከእቱ ይኽእል። ብቓላትኩም ግን ሕጂ እውን ክትኣብዩ ትኽእሉ ኢኹም። ንምእታዎም ወይ ንፍተሻ ከም ዘይትሰማምዑ ንገሩ፣ ስቕ በሉ፣ ምስ ጠበቓ ክትዛረቡ ድማ ሕተቱ።

## ትእዛዝ ምምርማር

quiz-warrant-check-say-warrant = ኣባላት ብማዕጾ ኣቢሎም ትእዛዝ ኣለና ይብሉ። እንታይ ክትገብሩ ይግባእ?
quiz-warrant-check-say-warrant-a = ስለ ዝበሉ ማዕጾ ክፈቱ።
quiz-warrant-check-say-warrant-b = ማዕጾ ኣይትኽፈቱ። መጀመርታ ነቲ ወረቐት ርኣዩ።
quiz-warrant-check-say-warrant-c = ፖሊስ ኢና እንተበሉ ማዕጾ ክፈቱ።
quiz-warrant-check-say-warrant-why = ኣባላት ትእዛዝ ኣለና ስለ ዝበሉ ጥራይ ማዕጾ ኣይትኽፈቱ። ኣባላት ሓደ ሓደ ግዜ ትእዛዝ ከይሃለዎም ትእዛዝ ኣለና ይብሉ፣ ወይ ፖሊስ ኢና ይብሉ። መጀመርታ ነቲ ወረቐት ርኣዩ።

quiz-warrant-check-judge = ሓደ ወረቐት ካብ ዳኛ ዝወጸ ትእዛዝ ምዃኑ ብኸመይ ክትፈልጡ ትኽእሉ?
quiz-warrant-check-judge-a = ካብ ቤት ፍርዲ ይመጽእ፣ ዳኛ ድማ ፈሪምዎ።
quiz-warrant-check-judge-b = ሓላፊ ICE ፈሪምዎ።
quiz-warrant-check-judge-c = እቲ ኣባል ትእዛዝ ምዃኑ ይነግረኩም።
quiz-warrant-check-judge-why = ነቲ ወረቐት መን ከም ዝፈረሞ ርኣዩ። ካብ ዳኛ ዝወጸ ትእዛዝ ካብ ቤት ፍርዲ ይመጽእ፣ ከም U.S. District Court ወይ California Superior Court። ዳኛ እዩ ዝፍርሞ።

quiz-warrant-check-ice-form = እቲ ወረቐት ICE Form I-205 እዩ። ብዳኛ ዝተፈረመ ትእዛዝ ድዩ?
quiz-warrant-check-ice-form-a = እወ። ኩሎም ቅጥዕታት ትእዛዝ ካብ ዳኛ እዮም ዝመጹ።
quiz-warrant-check-ice-form-b = እወ፣ ሓላፊ ICE እንተፈሪምዎ።
quiz-warrant-check-ice-form-c = ኣይፋል። ሓላፊ ICE እዩ ዝፍርሞ፣ ዳኛ ኣይኮነን።
quiz-warrant-check-ice-form-why = ቅጥዕታት ICE፣ ከም Form I-200 ወይ Form I-205፣ ብሓላፊ ICE እዮም ዝፍረሙ፣ ብዳኛ ኣይኮነን። ተሓላቐቲ መሰል ስደተኛታት፣ እዞም ቅጥዕታት ብዘይ ፍቓድኩም ኣባላት ናብ ገዛኹም ክኣትዉ ኣየፍቕዱሎምን ይብሉ። ግን ካብ 2025 ጀሚሩ፣ ICE ኣባላቱ ናይ መወዳእታ ውሳነ ምስጓግ ንዘለዎ ሰብ ንምእሳር ብForm I-205 ብሓይሊ ክኣትዉ ይኽእሉ እዮም ይብል፣ ቤት ፍርዲታት ድማ ነዚ ኣበሃህላ ዝቃወሙ ክስታት ይርእዩ ኣለዉ። ኣባላት ብሓይሊ እንተኣትዮም፣ ኣይትቃለስዎም፣ መገዲ እውን ኣይትዓጽውሎም።

quiz-warrant-check-wrong-person = ዳኛ ናይ ምእሳር ትእዛዝ ፈሪሙ፣ ግን ኣብ ገዛኹም ዝነብር ዋላ ሓደ ሰብ ብስም ኣይጠቅስን። ማዕጾ ክትከፍቱ ትግደዱ ዶ?
quiz-warrant-check-wrong-person-a = እወ። ዝኾነ ብዳኛ ዝተፈረመ ትእዛዝ ክኣትዉ የፍቕደሎም።
quiz-warrant-check-wrong-person-b = ኣይፋል። ማዕጾ ክትከፍቱ ኣይግደድኩምን።
quiz-warrant-check-wrong-person-c = እወ፣ ብትሕቲ ማዕጾ ምስ ኣእተውዎ።
quiz-warrant-check-wrong-person-why = ናይ ምእሳር ትእዛዝ፣ ነቲ ዝጠቐሶ ሰብ ንምድላይ ናብ ገዛ ካልእ ሰብ ክኣትዉ ንኣባላት ጸጥታ ኣየፍቕደሎምን። ነዚ ናይ ፍተሻ ትእዛዝ የድልዮም። ናይ ምእሳር ትእዛዝ ኣብዚ ዝነብር ዋላ ሓደ ሰብ ብስም እንተዘይጠቒሱ፣ ማዕጾ ክትከፍቱ ኣይግደድኩምን።

## ኣብ ህዝባዊ ቦታ ደው ምስ ዘብሉኹም

quiz-in-public-free-to-go = ኣብ ጎደና፣ ንሓደ ኣባል ክትከዱ ናጻ ምዃንኩም ትሓትዎ። መልሱ "እወ" እዩ። እንታይ ክትገብሩ ትኽእሉ?
quiz-in-public-free-to-go-a = ደው ኢልኩም ሕቶታቶም ክትምልሱ ኣለኩም።
quiz-in-public-free-to-go-b = ብህድኣት ኪዱ።
quiz-in-public-free-to-go-c = ብቕልጡፍ ሃድሙ።
quiz-in-public-free-to-go-why = መልሲ "እወ" እንተኾይኑ፣ ብህድኣት ኪዱ። ሒዞምኹም እንተዘይሃልዮም፣ ደው ኢልኩም ሕቶታት ክትምልሱ ኣይግደድኩምን። መልሲ "ኣይፋል" እንተኾይኑ፣ ስቕ በሉን ምስ ጠበቓ ክትዛረቡ ሕተቱን።

quiz-in-public-search = ሓደ ኣባል ጸጥታ ኣብ ጎደና ኣብ ቦርሳኹም ፍተሻ ክገብር ይደሊ። እንታይ ክትገብሩ ትኽእሉ?
quiz-in-public-search-a = በሉ፦ ፍተሻ ኣይፈቕድን እየ።
quiz-in-public-search-b = ቦርሳኹም ኣጽኒዕኩም ሓዙ፣ ተቓለስዎም ድማ።
quiz-in-public-search-c = ዋላ ሓንቲ። "ኣይፋል" ክትብሉ ኣይትኽእሉን ኢኹም።
quiz-in-public-search-why = ኣብ ጁባታትኩም ወይ ቦርሳታትኩም ዝግበር ፍተሻ "ኣይፋል" ናይ ምባል መሰል ኣለኩም። ኣባላት ጸጥታ ግን ኣጽዋር ሒዝኩም እንተሃሊኹም ንምርግጋጽ ንደገ ክዳንኩም ብኢዶም ክጠፋጥፉ ይኽእሉ እዮም። ብዘይ ፍቓድኩም ፍተሻ እንተገበሩ፣ ኣይትቃለስዎም።

quiz-in-public-green-card = ቅኑዕ ግሪን ካርድ (green card) ኣለኩም። ናብ ደገ ክትወጹ ከለኹም እንታይ ክትገብሩ ይግባእ?
quiz-in-public-green-card-a = ውሑስ ምእንቲ ክኸውን ኣብ ገዛ ግደፍዎ።
quiz-in-public-green-card-b = ሓዝዎ፣ ግን ንዝሓተቱ ኣባላት ኢሚግሬሽን ኣይተርእይዎ።
quiz-in-public-green-card-c = ሓዝዎ፣ ኣባል ኢሚግሬሽን እንተሓቲቱ ድማ ኣርእይዎ።
quiz-in-public-green-card-why = ፈደራላዊ ሕጊ፣ እዞም ሰነዳት ዝተዋህቦም ዓበይቲ ክሕዝዎምን ንዝሓተቱ ኣባላት ኢሚግሬሽን ከርእይዎምን ኣለዎም ይብል። ዘይምሓዞም ፈደራላዊ ንኡስ ገበን (misdemeanor) እዩ።

quiz-in-public-coffee = ኣባላት ናብ ቤት ጽሕፈቶም ክትመጹ፣ ወይ "ቡን ንስተ ንራኸብ" ይብሉኹም። እንታይ ክትገብሩ ይግባእ?
quiz-in-public-coffee-a = ዝሕባእ ነገር ከም ዘይብልኩም ምእንቲ ክርእዩ ኪዱ።
quiz-in-public-coffee-b = ኣይትኺዱ። እዚ ምትላል ክኸውን ይኽእል።
quiz-in-public-coffee-c = ፈታውያን እንተመሲሎም ኪዱ።
quiz-in-public-coffee-why = ምስ ኣባላት ናብ ቤት ጽሕፈት ኣይትኺዱ፣ ወይ "ቡን ንስተ ንራኸብ" ንዝብል ኣይትሰማምዑ። እዚ ምትላል ክኸውን ይኽእል።

## ኣብ መኪና ደው ምስ ዘብሉኹም

quiz-traffic-stop-pull-over = ፖሊስ ናብ ጎኒ መገዲ ኣእቲኹም ደው ክትብሉ ምልክት ይህቡኹም። እንታይ ክትገብሩ ይግባእ?
quiz-traffic-stop-pull-over-a = ንምኻድ ድሉዋት ምእንቲ ክትኮኑ ሞተር ከም ዝሰርሕ ግደፍዎ።
quiz-traffic-stop-pull-over-b = ኣብ ውሑስ ቦታ ደው በሉ፣ ሞተር ኣጥፍኡ፣ ኣእዳውኩም ድማ ኣብ መዘወሪ ግበርዎ።
quiz-traffic-stop-pull-over-c = ሰነዳትኩም ንምውሳድ ብቕልጡፍ ኣብ ትሕቲ መንበር ኢድኩም ኣእትዉ።
quiz-traffic-stop-pull-over-why = ኣብ ውሑስ ቦታ ደው በሉ፣ ሞተር ኣጥፍኡ፣ ኣብ ውሽጢ መኪና ዘሎ መብራህቲ ወልዑ፣ ኣእዳውኩም ድማ ኣብቲ ኣባል ጸጥታ ዝርእዮ ቦታ ኣብ መዘወሪ ግበርዎ። እዚ ንኣባል ጸጥታ ሓደጋ ከም ዘይኮንኩም የርእዮ፣ ንኹሉ ሰብ ድማ ዝያዳ ውሑስ ይገብሮ።

quiz-traffic-stop-who-silent = ፖሊስ መኪናኹም ደው የብልዋ። መን እዩ ስቕ ክብል ዝኽእል?
quiz-traffic-stop-who-silent-a = እቲ መራሕ መኪና ጥራይ።
quiz-traffic-stop-who-silent-b = እቶም ተጓዓዝቲ ጥራይ።
quiz-traffic-stop-who-silent-c = እቲ መራሕ መኪናን ኩሎም ተጓዓዝትን።
quiz-traffic-stop-who-silent-why = እቲ መራሕ መኪናን ተጓዓዝትን ኩሎም ስቕ ክብሉ ይኽእሉ እዮም። ስቕ ክትብሉ እንተመሪጽኩም፣ ከምኡ ምዃኑ ብዓውታ ንገሩ። ዝበልኩምዎ ኣብ ቤት ፍርዲ ኣንጻርኩም ክጥቀሙሉ ይኽእሉ እዮም።

quiz-traffic-stop-car-search = ሓደ ኣባል ጸጥታ ኣብ መኪናኹም ፍተሻ ክገብር ይሓትት። እንታይ ክትብሉ ትኽእሉ?
quiz-traffic-stop-car-search-a = ኣብ መኪናይ ፍተሻ ክትገብሩ ኣይፈቕድን እየ።
quiz-traffic-stop-car-search-b = ግበሩ፣ ዝሕባእ ነገር የብለይን።
quiz-traffic-stop-car-search-c = ድሕሪኡ እንተለቒቕኩሙኒ ፍተሻ ክትገብሩ ትኽእሉ ኢኹም።
quiz-traffic-stop-car-search-why = ኣብ መኪና ፍተሻ ክግበር ኣይትሰማምዑ። ፖሊስ መርትዖ ገበን ኣሎ ኢሎም እንተኣሚኖም፣ ብዘይ ፍቓድኩም ፍተሻ ክገብሩ ይኽእሉ እዮም። ብዘይ ፍቓድኩም ፍተሻ እንተገበሩ፣ ኣይትቃለስዎም፦ ምቅላስ ኣብ ሓደጋ ከእትወኩም ይኽእል።

quiz-traffic-stop-passenger = ተጓዓዚ ኢኹም። ክትከዱ ናጻ ምዃንኩም ትሓቱ፣ እቲ ኣባል ጸጥታ ድማ "እወ" ይብል። እንታይ ክትገብሩ ትኽእሉ?
quiz-traffic-stop-passenger-a = ደው ኢልኩም ሕቶታት ክትምልሱ ኣለኩም።
quiz-traffic-stop-passenger-b = ብህድኣት ኪዱ።
quiz-traffic-stop-passenger-c = ካብ መኪና ሃድሙ።
quiz-traffic-stop-passenger-why = ተጓዓዚ እንተኾንኩም፣ ክትከዱ ናጻ ምዃንኩም ሕተቱ። መልሲ "እወ" እንተኾይኑ፣ ብህድኣት ኪዱ። ሒዞምኹም እንተዘይሃልዮም፣ ደው ኢልኩም ሕቶታት ክትምልሱ ኣይግደድኩምን።

## ኣባላት ኣብ ቦታ ስራሕኩም

quiz-at-work-areas = ኣብ ቦታ ስራሕ፣ ICE ከይሓተተ ናበየናይ ክኣቱ ይኽእል?
quiz-at-work-areas-a = ህዝባዊ ክፋላት፣ ከም መቀበሊ (lobby) ወይ መዕረፊ መኪና።
quiz-at-work-areas-b = ክሽነ ወይ ቤት ጽሕፈት።
quiz-at-work-areas-c = ዝኾነ ክፍሊ፣ ንሰራሕተኛታት ጥራይ ዝኾኑ ክፍልታት እውን።
quiz-at-work-areas-why = ICE ናብ ህዝባዊ ክፋላት ናይ ሓደ ትካል፣ ከም መመገቢ ኣዳራሽ፣ መቀበሊ (lobby) ወይ መዕረፊ መኪና፣ ከይሓተተ ክኣቱ ይኽእል። ናብ ህዝባዊ ዘይኮኑ ክፋላት፣ ከም ክሽነ፣ ቤት ጽሕፈት ወይ ንሰራሕተኛታት ጥራይ ዝኾኑ ክፍልታት፣ ንምእታው ፍቓድ ኣስራሒ ወይ ብዳኛ ዝተፈረመ ትእዛዝ የድልዮም። ኣብ ህዝባዊ ክፋል ምህላው ጥራይ ንኣባላት ንዝኾነ ሰብ ክሕዙ፣ ክሓቱ ወይ ክኣስሩ ኣየፍቕደሎምን።

quiz-at-work-free-to-leave = ኣብ ስራሕ፣ ንሓደ ኣባል ናብ ስራሕኩም ክትምለሱ ናጻ ምዃንኩም ትሓትዎ። መልሱ "እወ" እዩ። እንታይ ክትገብሩ ትኽእሉ?
quiz-at-work-free-to-leave-a = መጀመርታ ደው ኢልኩም ሕቶታት ክትምልሱ ኣለኩም።
quiz-at-work-free-to-leave-b = ብድሕሪት ማዕጾ ሃድሙ።
quiz-at-work-free-to-leave-c = ክትዛረቡ ከም ዘይደለኹም ንገሩ፣ ድሕሪኡ ብህድኣት ናብ ስራሕኩም ተመለሱ።
quiz-at-work-free-to-leave-why = መልሲ "እወ" እንተኾይኑ፣ ክትዛረቡ ከም ዘይደለኹም ንገሩ። ድሕሪኡ ናብ ስራሕኩም ተመለሱ ወይ ብህድኣት ኪዱ። ሒዞምኹም እንተዘይሃልዮም፣ ደው ኢልኩም ሕቶታት ክትምልሱ ኣይግደድኩምን።

quiz-at-work-groups = ኣባላት ንሰራሕተኛታት ብኩነታት ኢሚግሬሽን ብጉጅለታት ክፈላለዩ ይነግርዎም። እንታይ ክትገብሩ ትኽእሉ?
quiz-at-work-groups-a = ናብቲ ናይ ኩነታትኩም ጉጅለ ክትኣትዉ ኣለኩም።
quiz-at-work-groups-b = ኣብቲ ዘለኹምዎ ቦታ ጽንሑ።
quiz-at-work-groups-c = እዚ ዋላ ሓንቲ ስለ ዘይነግሮም፣ ናብ ሓደ ጉጅለ ኣትዉ።
quiz-at-work-groups-why = ኣብቲ ዘለኹምዎ ቦታ ክትጸንሑ ትኽእሉ ኢኹም። ናብ ሓደ ካብቶም ጉጅለታት ምእታው ኩነታትኩም ንምንጋር ሓደ መንገዲ እዩ፣ ኩነታትኩም ድማ ክትነግርዎም ኣይግደድኩምን።

quiz-at-work-search = ኣብ ቦታ ስራሕኩም ዘለዉ ኣባላት ፍተሻ ክገብሩ ይደልዩ። እንታይ ክትብሉ ትኽእሉ?
quiz-at-work-search-a = ፍተሻ ኣይፈቕድን እየ።
quiz-at-work-search-b = ግበሩ፣ ዝሕባእ ነገር የብለይን።
quiz-at-work-search-c = ሕቶታት እንተዘይሓቲትኩሙኒ ፍተሻ ክትገብሩ ትኽእሉ ኢኹም።
quiz-at-work-search-why = ንፍተሻ ኣይትሰማምዑ። ብዓውታ ክትብሉ ትኽእሉ ኢኹም፦ ፍተሻ ኣይፈቕድን እየ።

## ብፖሊስ ምስ እትእሰሩ

quiz-arrested-used-against = ድሕሪ ምእሳር፣ ዝበልኩምዎ ኣበይ ኣንጻርኩም ክጥቀሙሉ ይኽእሉ?
quiz-arrested-used-against-a = ኣብ ቤት ፍርዲ ገበን ጥራይ
quiz-arrested-used-against-b = ኣበይ እውን ኣይኮነን፣ እዚኦም ከባቢያዊ ፖሊስ ስለ ዝኾኑ
quiz-arrested-used-against-c = ኣብ ቤት ፍርዲ ገበንን ኣብ ቤት ፍርዲ ኢሚግሬሽንን
quiz-arrested-used-against-why = ዝበልኩምዎ ኣብ ቤት ፍርዲ ገበንን ኣብ ቤት ፍርዲ ኢሚግሬሽንን ኣንጻርኩም ክጥቀሙሉ ይኽእሉ እዮም። ስለዚ ምስ ጠበቓ ክትዛረቡ ሕተቱ፣ ምስ ጠበቓ ክሳዕ እትዛረቡ ድማ ዝኾነ ነገር ኣይትወስኑ።

quiz-arrested-caregiver = ተኣሲርኩም ኣለኹም፣ ቀንዲ ሓላዪ ቆልዓ ድማ ኢኹም። እንታይ ክትገብሩ ትኽእሉ?
quiz-arrested-caregiver-a = ብዛዕባ ቆልዓኹም ንኣባል ጸጥታ ንገርዎ
quiz-arrested-caregiver-b = ካብ ኣባል ጸጥታ ሕብእዎ
quiz-arrested-caregiver-c = ክሳዕ እትፍትሑ ተጸቢኹም ብዛዕባኡ ተዛረቡ
quiz-arrested-caregiver-why = ወላዲ ወይ ቀንዲ ሓላዪ ቆልዓ ምዃንኩም፣ ከምኡ ውን ዝኾነ ናይ ሕክምና ድሌታትኩም፣ ንኣባል ጸጥታ ክትነግርዎ ትኽእሉ ኢኹም። ቆልዓኹም ክንክን ከም ዝረክብን ናይ ጥዕና ድሌታትኩም ከም ዝፍለጡን ክሕግዝ ይኽእል።

quiz-arrested-wrong-arrest = ፖሊስ ብጌጋ ይኣስሩኹም ከም ዘለዉ ትሓስቡ። እንታይ ክትገብሩ ይግባእ?
quiz-arrested-wrong-arrest-a = ዕድል እንተረኺብኩም ሃድሙ
quiz-arrested-wrong-arrest-b = ጌጋ እዩ ኢልኩም እንተሓሰብኩም እውን፣ ኣይትህደሙ፣ ኣይትቃለሱ
quiz-arrested-wrong-arrest-c = ምእንቲ ክለቕቑኹም ተቓለሱ
quiz-arrested-wrong-arrest-why = እቲ ምእሳር ጌጋ እዩ ኢልኩም እንተሓሰብኩም እውን፣ ካብ ፖሊስ ኣይትህደሙ፣ ምስ ፖሊስ ኣይትቃለሱ።

quiz-arrested-calls = ኣብ California፣ ድሕሪ ምእሳርኩም ክንደይ ደወላት ተሌፎን ክትገብሩ ትኽእሉ?
quiz-arrested-calls-a = እንተወሓደ 3 ዝበጽሑ ደወላት
quiz-arrested-calls-b = 1 ደወል ጥራይ
quiz-arrested-calls-c = ዳኛ ክሳዕ እትርእዩ ዋላ ሓደ
quiz-arrested-calls-why = California Penal Code section 851.5 (ሕጊ ገበን California) እንተወሓደ 3 ዝበጽሑ ደወላት ይህበኩም። ድሕሪ ምዝገባ ኣብ ቤት ማእሰርቲ (booking) ብቕልጡፍ ትረኽብዎም፣ ብኣካል ዘይከኣል እንተዘይኮይኑ ድማ ድሕሪ ምእሳርኩም ካብ 3 ሰዓት ዘይሓልፍ።

## ኣብ ከባቢያዊ ቤት ማእሰርቲ ምስ እትተሓዙ

quiz-in-jail-silent = ተታሒዝኩም ከለኹም፣ ኣበይ ከም ዝተወለድኩም ይሓቱኹም። ክትምልሱ ትግደዱ ዶ?
quiz-in-jail-silent-a = እወ፣ ኣብ ቤት ማእሰርቲ ስለ ዘለኹም
quiz-in-jail-silent-b = ኣይፋል። ስቕ ክትብሉ ትኽእሉ ኢኹም፣ ከምኡ ምዃኑ ድማ ብዓውታ ንገሩ
quiz-in-jail-silent-c = እወ፣ ኣባል ጸጥታ እንተሓቲቱኩም
quiz-in-jail-silent-why = ሓምሻይ መመሓየሺ ቅዋም ኣመሪካ (Fifth Amendment) ንሕቶታት ዘይምምላስ የፍቕደልኩም። ኣበይ ከም ዝተወለድኩም ክትነግሩ ኣይግደድኩምን። ስቕ ክትብሉ እንተመሪጽኩም፣ ከምኡ ምዃኑ ብዓውታ ንገሩ።

quiz-in-jail-sign = ኣብ ቤት ማእሰርቲ፣ ናይ "ብድሌት ካብ ሃገር ምውጻእ" (voluntary departure) ወረቓቕቲ ይወሃበኩም። እንታይ ክትገብሩ ይግባእ?
quiz-in-jail-sign-a = ብቕልጡፍ ንምውጻእ ፈርምዎም
quiz-in-jail-sign-b = ኣባል ጸጥታ እንተኣዚዙኩም ፈርምዎም
quiz-in-jail-sign-c = ምስ ጠበቓ ክሳዕ እትዛረቡ ኣይትፈርሙ
quiz-in-jail-sign-why = ምስ ጠበቓ ከይተዘራረብኩም፣ ዝኾነ ነገር፣ ብፍላይ ናይ "ብድሌት ካብ ሃገር ምውጻእ" (voluntary departure) ወረቓቕቲ፣ ኣይትፈርሙ።

quiz-in-jail-citizen = ዜጋ ኣመሪካ ኣይኮንኩምን። ሓደ ኣባል ጸጥታ ዜጋ ኣመሪካ እንተኾንኩም ይሓተኩም። እቲ ቅኑዕ እንታይ እዩ?
quiz-in-jail-citizen-a = ዜጋ ኣመሪካ ኢና ኣይትበሉ
quiz-in-jail-citizen-b = ውሑስ ምእንቲ ክትኮኑ ዜጋ ኢና በሉ
quiz-in-jail-citizen-c = ናይ ሓሶት ሰነዳት እንተሃልዩኩም ኣርእዩ
quiz-in-jail-citizen-why = ኣይትሕሰዉ። ዜጋ ኣመሪካ እንተዘይኮንኩም ዜጋ ኣመሪካ ኢና ኣይትበሉ፣ ናይ ሓሶት ሰነዳት ድማ ኣይተርእዩ።

quiz-in-jail-interview = ኣብ ቤት ማእሰርቲ ከተማ ወይ ካውንቲ ናይ California፣ ICE ቃለ-መሕትት ክገብረልኩም ይደሊ። እንታይ ክትገብሩ ትኽእሉ?
quiz-in-jail-interview-a = ኣብ ቤት ማእሰርቲ ስለ ዘለኹም ምስ ICE ተዛረቡ
quiz-in-jail-interview-b = "ኣይፋል" በሉ፣ ወይ ጠበቓኹም ኣብኡ እንተሃልዩ ጥራይ ተዛረቡ
quiz-in-jail-interview-c = ዋላ ሓንቲ፣ እቲ ቤት ማእሰርቲ ይውስነልኩም
quiz-in-jail-interview-why = እቲ ቃለ-መሕትት ብድሌት እዩ። "ኣይፋል" ክትብሉ፣ ወይ ጠበቓኹም ኣብኡ እንተሃልዩ ጥራይ ከም እትዛረቡ ክትብሉ ትኽእሉ ኢኹም። ንICE ዝበልኩምዎ ኣብ ቤት ፍርዲ ኢሚግሬሽን ኣንጻርኩም ክጥቀሙሉ ይኽእሉ እዮም።

## ICE ምስ ዝሕዘኩም

quiz-ice-detention-free-help = ICE ሒዙኩም ኣሎ፣ ጠበቓ ድማ የብልኩምን። ነቶም ኣባላት ጸጥታ እንታይ ክትሓቱ ትኽእሉ?
quiz-ice-detention-free-help-a = ዋላ ሓንቲ፣ ባዕልኹም ጠበቓ ክትደልዩ ኣለኩም
quiz-ice-detention-free-help-b = ክሳዕ ዕለት ቤት ፍርዲኹም ዋላ ሓንቲ
quiz-ice-detention-free-help-c = ዝርዝር ነጻ (pro bono) ሕጋዊ ኣገልግሎታት
quiz-ice-detention-free-help-why = ጠበቓ እንተዘይብልኩም፣ ነቶም ኣባላት ጸጥታ ዝርዝር ነጻ ሕጋዊ ኣገልግሎታት ሕተትዎም። ኣብ ጉዳያት ኢሚግሬሽን፣ መንግስቲ ብሓፈሻ ንጠበቓኹም ኣይከፍልን። እቶም ኣብቲ ዝርዝር ዘለዉ ጉጅለታት ብነጻ ሕጋዊ ሓገዝ ይህቡ።

quiz-ice-detention-phone = ብተሌፎን ቦታ ቀይዲ ብዛዕባ እንታይ ክትዛረቡ የብልኩምን?
quiz-ice-detention-phone-a = ብዛዕባ ኩነታት ኢሚግሬሽንኩም ወይ ኣበይ ከም ዝተወለድኩም
quiz-ice-detention-phone-b = ዋላ ሓንቲ፣ እዞም ደወላት ብሕታውያን ስለ ዝኾኑ
quiz-ice-detention-phone-c = ብቋንቋኹም እንተተዛሪብኩም ዋላ ሓንቲ
quiz-ice-detention-phone-why = ብተሌፎናት ቦታ ቀይዲ ዝግበሩ ደወላት ክስምዑ ይኽእሉ እዮም። ስለዚ ብኣኣቶም ብዛዕባ ኩነታት ኢሚግሬሽንኩም ወይ ኣበይ ከም ዝተወለድኩም ኣይትዛረቡ።

quiz-ice-detention-locator = ስድራኹም ብOnline Detainee Locator ናይ ICE (መድለዪ ተታሓዝቲ) ክረኽቡኹም እንታይ የድልዮም?
quiz-ice-detention-locator-a = ቀዳማይ ስምኩም ጥራይ
quiz-ice-detention-locator-b = ቁጽሪ A (A-number) ወይ ልክዕ ስምኩም፣ ከምኡ ውን ሃገር ትውልድኹም
quiz-ice-detention-locator-c = ሃገር ትውልድኹም ጥራይ
quiz-ice-detention-locator-why = ቁጽሪ A (A-number)ን ሃገር ትውልድኹምን፣ ወይ ስምኩምን ሃገር ትውልድኹምን የድልዮም። እቲ ስም ምስ መዛግብቲ ICE ብልክዕ ክሰማማዕ ኣለዎ። እቲ መድለዪ ዕድሚኦም 18 ወይ ልዕሊኡ ዝኾኑ ሰባት ይረክብ።

quiz-ice-detention-departure = ICE ብድሌት ካብ ሃገር ምውጻእ (voluntary departure) የቕርበልኩም። መጀመርታ እንታይ ክትገብሩ ይግባእ?
quiz-ice-detention-departure-a = ምእንቲ ክውዳእ ብቕልጡፍ ተሰማምዑ
quiz-ice-detention-departure-b = እቲ ኣባል ጸጥታ ክውስነልኩም ግደፍዎ
quiz-ice-detention-departure-c = ቅድሚ ምስምማዕኩም ምስ ጠበቓ ተዛረቡ
quiz-ice-detention-departure-why = ምስ ጠበቓ ከይተዛረብኩም፣ ብድሌትኩም ካብ ሃገር ምውጻእ (voluntary departure) ኣይትሰማምዑ፣ ወይ ብዛዕባ ጉዳይኩም ካልእ ዝኾነ ነገር ኣይትወስኑ።

## ናብ ቤት ፍርዲ ምኻድ

quiz-in-court-case-line = ብዛዕባ ኣውቶማቲክ መስመር ጉዳያት ናይ ቤት ፍርዲ ኢሚግሬሽን እቲ ሓቂ እንታይ እዩ?
quiz-in-court-case-line-a = ኣብ ጎንኹም ብዝቖሙ ተሓላቐቲ መሰል ስደተኛታት እዩ ዝካየድ
quiz-in-court-case-line-b = ቁጽሪ A የድልዮ፣ ብመንግስቲ ድማ እዩ ዝካየድ
quiz-in-court-case-line-c = ብዘይ ቁጽሪ A ክትጥቀሙሉ ትኽእሉ ኢኹም
quiz-in-court-case-line-why = ብዛዕባ ጉዳይ ሓበሬታ ንምርካብ፣ ቁጽሪ A (A-number) ናይቲ ሰብ ኣዳልዉ። እቲ ኣውቶማቲክ መስመር የድልዮ። እቲ መስመር ብመንግስቲ እዩ ዝካየድ፣ ብተሓላቐቲ መሰል ስደተኛታት ኣይኮነን።

quiz-in-court-lawyer = ኣብ ቤት ፍርዲ ኢሚግሬሽን ጉዳይ ኣለኩም። ብዛዕባ ጠበቓ እንታይ ክትገብሩ ትኽእሉ?
quiz-in-court-lawyer-a = ምስ ጠበቓ ክትዛረቡ ሕተቱ፣ ባዕልኹም ጠበቓ ክትደልዩ ድማ ተዳለዉ
quiz-in-court-lawyer-b = ቤት ፍርዲ ነጻ ጠበቓ ክሰደልኩም እዩ፣ ስለዚ ተጸበዩ
quiz-in-court-lawyer-c = ጠበቓ ክትሓቱ ስለ ዘይፍቀደልኩም፣ ብዘይ ጠበቓ ኪዱ
quiz-in-court-lawyer-why = ምስ ጠበቓ ክትዛረቡ ክትሓቱ ትኽእሉ ኢኹም። ኣብ ጉዳያት ኢሚግሬሽን፣ መንግስቲ ብሓፈሻ ንጠበቓኹም ኣይከፍልን፣ ስለዚ ባዕልኹም ጠበቓ ክትደልዩ ከድልየኩም ይኽእል።

quiz-in-court-free-help = ንጉዳይ ኢሚግሬሽን ነጻ ሕጋዊ ሓገዝ ኣበይ ክትደልዩ ትኽእሉ?
quiz-in-court-free-help-a = ኣበይ እውን የለን፣ ሕጋዊ ሓገዝ ገንዘብ ስለ ዝሓትት
quiz-in-court-free-help-b = ጉዳይኩም ምስ ተወድአ ጥራይ
quiz-in-court-free-help-c = ኣብ ኢንተርነት ዘለዉ ዝርዝራት፣ ከምኡ ውን ናይቲ ቤት ፍርዲ ዝርዝር ነጻ ሕጋዊ ኣገልግሎት ዝህቡ
quiz-in-court-free-help-why = ኣብ ኢንተርነት ክልተ ሃገራውያን ዝርዝራት ነጻን ትሑት ዋጋ ዘለዎን ሕጋዊ ኣገልግሎታት ክትደልዩ ትኽእሉ ኢኹም። ቤት ፍርዲ ኢሚግሬሽን እውን ዝርዝር ነጻ (pro bono) ሕጋዊ ኣገልግሎት ዝህቡ ኣለዎ። ኣብ ቀይዲ እንተሃሊኹምን ጠበቓ እንተዘይብልኩምን፣ ነቶም ኣባላት ጸጥታ ነቲ ዝርዝር ሕተትዎም።

quiz-in-court-state-case = ኣብ ቤት ፍርዲ ስቴት California ጉዳይ ገበን ኣለኩም። ንጉዳይ ኢሚግሬሽን ክጸልዎ ይኽእል ዶ?
quiz-in-court-state-case-a = ኣይፋል፣ ቤት ፍርዲታት ስቴት ምስ ኢሚግሬሽን ዝኾነ ርክብ የብሎምን
quiz-in-court-state-case-b = እወ፣ ገለ ውጽኢታት ንኩነታትኩም ክጎድኡ ይኽእሉ፣ ስለዚ ጠበቓ ኢሚግሬሽን ሕተቱ
quiz-in-court-state-case-c = ኣብ ቤት ፍርዲ ብዛዕባ ኢሚግሬሽን እንተተዛሪብኩም ጥራይ
quiz-in-court-state-case-why = ጉዳይ ቤት ፍርዲ ስቴት ምስ ኢሚግሬሽን ዝኾነ ርክብ የብሉን ኢልኩም ኣይትሓስቡ። ገለ ውጽኢታት ጉዳያት ገበን ንኩነታትኩም ክጎድኡ ይኽእሉ። ጠበቓ ኢሚግሬሽን ሕተቱ።

## ኣብ ቤት ትምህርቲ ወይ ሆስፒታል

quiz-school-hospital-records = ኣባላት ካብ ሓደ ቤት ትምህርቲ California ብዛዕባ ተማሃሮ ሓበሬታ ይሓቱ። እቶም ኣባላት መጀመርታ እንታይ ክህልዎም ኣለዎ?
quiz-school-hospital-records-a = ካብ ዳኛ ዝወጸ ትእዛዝ
quiz-school-hospital-records-b = ብሓላፊ ICE ዝተፈረመ ወረቐት
quiz-school-hospital-records-c = ዋላ ሓንቲ፣ ምሕታት ጥራይ እዩ ዘድልዮም
quiz-school-hospital-records-why = ብAB 49፣ እቶም ኣባላት ካብ ዳኛ ዝወጸ ትእዛዝ እንተዘይሒዞም፣ ቤት ትምህርቲ ብዛዕባ ተማሃሮ፣ ስድራቤታት ወይ ሰራሕተኛታት ሓበሬታ ክህቦም ኣይፍቀደሉን። ብሓላፊ ICE ዝተፈረመ፣ ብዳኛ ዘይተፈረመ ወረቐት፣ ብዳኛ ዝተፈረመ ትእዛዝ ኣይኮነን።

quiz-school-hospital-clinic-areas = ብSB 81 ናይ California፣ ክሊኒካትን ሆስፒታላትን እንታይ ክገብሩ ኣለዎም?
quiz-school-hospital-clinic-areas-a = ኣባላት ናብ ዝሓተትዎ ዝኾነ ቦታ ከእትውዎም
quiz-school-hospital-clinic-areas-b = ኣባላት ካብ መጸበዪ ክፍሊ ጥራይ ደገ ክገብርዎም
quiz-school-hospital-clinic-areas-c = ብዘይ ብዳኛ ዝተፈረመ ትእዛዝ ወይ ብይን ቤት ፍርዲ፣ ኣባላት ካብ ንህዝቢ ክፉታት ዘይኮኑ ቦታታት ደገ ክገብርዎም
quiz-school-hospital-clinic-areas-why = ክሊኒካትን ሆስፒታላትን ካብ ቦታታቶም ኣየኖት ንህዝቢ ክፉታት ከም ዘይኮኑ ክመርጹ ኣለዎም። ኣባላት ኢሚግሬሽን ካብ ዳኛ ዝወጸ ትእዛዝ ወይ ብይን ቤት ፍርዲ እንተዘይሒዞም፣ ካብቶም ቦታታት ደገ ክገብርዎም ኣለዎም።

quiz-school-hospital-emergency = ኣብ California ህጹጽ ሕክምና የድልየኩም ኣሎ፣ ግን ብሰንኪ ኩነታት ኢሚግሬሽንኩም ትፈርሁ ኣለኹም። እንታይ ክትገብሩ ይግባእ?
quiz-school-hospital-emergency-a = ሰነዳት ክሳዕ ዝህልወኩም ኣብ ገዛ ጽንሑ
quiz-school-hospital-emergency-b = ዘድልየኩም ህጹጽ ሕክምና ርኸቡ
quiz-school-hospital-emergency-c = ሕክምና ብኩነታትኩም ስለ ዝውሰን ግደፍዎ
quiz-school-hospital-emergency-why = ህጹጽ ሕክምና ምስ ዘድልየኩም ርኸቡ። ጠቕላሊ ዓቃቢ ሕጊ California (California Attorney General)፣ ኩነታት ኢሚግሬሽንኩም ብዘየገድስ ህጹጽ ሕክምና ክትረኽቡ ትኽእሉ ኢኹም ይብል።

quiz-school-hospital-with-warrant = እዞም ሕግታት California ንኹሎም ኣባላት ናብ ኣብያተ ትምህርትን ሆስፒታላትን ከይኣትዉ ይኽልክልዎም ዶ?
quiz-school-hospital-with-warrant-a = ኣይፋል፣ ብዳኛ ዝተፈረመ ትእዛዝ ወይ ብይን ቤት ፍርዲ ዝሓዙ ኣባላት ሕጂ እውን ክኣትዉ ይኽእሉ
quiz-school-hospital-with-warrant-b = እወ፣ ኣባላት ፈጺሞም ክኣትዉ ኣይፍቀደሎምን
quiz-school-hospital-with-warrant-c = እወ፣ እቶም ኣባላት ዩኒፎርም ለቢሶም እንተዘይኮይኖም
quiz-school-hospital-with-warrant-why = ኣባላት ንምርሓቕ ኣብዞም ሕግታት ጥራይ ኣይትተኣማመኑ። ብዳኛ ዝተፈረመ ትእዛዝ ወይ ብይን ቤት ፍርዲ ዝሓዙ ኣባላት ሕጂ እውን ክኣትዉ ይኽእሉ።

## ኣብ ጥቓ ዶብ

quiz-border-zone-checkpoint = ኣብ መፈተሺ ነጥቢ ሓለዋ ዶብ (Border Patrol)፣ ኣባላት ሕቶታት ይሓቱኹም። እንታይ ክትገብሩ ትኽእሉ?
quiz-border-zone-checkpoint-a = ኣብ ጥቓ ዶብ ስለ ዘለኹም ክትምልሱ ኣለኩም
quiz-border-zone-checkpoint-b = ህድእ በሉ፣ ኣእዳውኩም ኣብ ዝርአ ቦታ ሓዝዎ፣ ስቕ ድማ ክትብሉ ትኽእሉ ኢኹም
quiz-border-zone-checkpoint-c = ኣእዳውኩም ሕብኡ፣ ምስ ኣባላት ድማ ተኸራኸሩ
quiz-border-zone-checkpoint-why = ኣብ መፈተሺ ነጥብታት ሓለዋ ዶብ (Border Patrol) ቅዋም ኣመሪካ ሕጂ እውን ይሰርሕ፣ ንሕቶታት ዘይምምላስ መሰልኩም ሓዊሱ። ህድእ በሉ፣ ኣእዳውኩም ድማ ኣባላት ኣብ ዝርእይዎ ቦታ ሓዝዎ። ስቕ ክትብሉ እንተመሪጽኩም፣ ከምኡ ምዃኑ ብዓውታ ንገሩ።

quiz-border-zone-car-search = ኣባላት ሓለዋ ዶብ (Border Patrol) ኣብ መኪናኹም ፍተሻ ክገብሩ ይደልዩ። እንታይ ክትገብሩ ይግባእ?
quiz-border-zone-car-search-a = "ኣብ መኪናይ ፍተሻ ክትገብሩ ኣይፈቕድን እየ" በሉ፣ ብዘይ ፍቓድኩም ፍተሻ እንተገበሩ ድማ ኣይትቃለሱ
quiz-border-zone-car-search-b = ኣብ ጥቓ ዶብ መሰል ስለ ዘይብልኩም ንፍተሻ ተሰማምዑ
quiz-border-zone-car-search-c = ፍተሻ ክገብሩ ከይክእሉ ማዕጾታት መኪና ዓግቱ
quiz-border-zone-car-search-why = ኣብ መኪናኹም ፍተሻ ክግበር ኣይትሰማምዑ። ኣብ ውሽጢ እቲ ዞባ 100 ማይል፣ ሓለዋ ዶብ (Border Patrol) ኣብ መኪና ፍተሻ ንምግባር ትእዛዝ ወይ probable cause (ብጭቡጥ ሓቅታት ዝተሰረተ ሕጋዊ መለክዒ) የድልዮ። ብዘይ ፍቓድኩም ፍተሻ እንተገበሩ፣ ኣይትቃለስዎም።

quiz-border-zone-port-search = ብመዕርፎ ነፈርቲ ናብ ሃገር ትኣትዉ ኣለኹም። ኣባላት ጸጥታ ብዘይ ትእዛዝ ኣብ ቦርሳታትኩም ፍተሻ ክገብሩ ይኽእሉ ዶ?
quiz-border-zone-port-search-a = ኣይፋል፣ መጀመርታ ትእዛዝ የድልዮም
quiz-border-zone-port-search-b = ዜጋ ኣመሪካ እንተዘይኮንኩም ጥራይ
quiz-border-zone-port-search-c = እወ፣ ኣብኡ ልሙድ ፍተሻ ትእዛዝ ወይ ምኽንያት ኣየድልዮን
quiz-border-zone-port-search-why = መዕርፎ ነፈርቲ፣ መሳገሪ ዶብ መሬትን ወደብ ባሕሪን መእተዊ ወደባት (ports of entry) እዮም። ኣብኡ፣ ኣባላት ጸጥታ ንልሙድ ፍተሻ ትእዛዝ ወይ ምኽንያት ኣየድልዮምን፣ ኣብ ልዕሊ ዜጋታት ኣመሪካን ዋናታት ግሪን ካርድን እውን። ሕግታት ዶብ ዝተሓላለኹ እዮም፦ እንተተሻቒልኩም ቅድሚ ምጉዓዝኩም ጠበቓ ሕተቱ።

quiz-border-zone-phone-password = ኣብ መእተዊ ወደብ፣ ሓደ ኣባል ጸጥታ ቃል ምሕላፍ (password) ተሌፎንኩም ይሓተኩም። እቲ ሓቂ እንታይ እዩ?
quiz-border-zone-phone-password-a = ክትህብዎ ኣለኩም፣ እንተዘይኮይኑ ሕጊ ትጥሕሱ
quiz-border-zone-phone-password-b = ክትህብዎ ኣይግደድኩምን፣ ግን "ኣይፋል" ምባል ነቲ ፍተሻ ደው ከየብሎ ይኽእል
quiz-border-zone-phone-password-c = "ኣይፋል" እንተኢልኩም፣ ተሌፎንኩም ብቕልጡፍ ክመልሱልኩም ኣለዎም
quiz-border-zone-phone-password-why = ቃል ምሕላፍኩም (password) ክትህቡ ኣይግደድኩምን፣ ግን "ኣይፋል" ምባል ነቲ ፍተሻ ደው ከየብሎ ይኽእል። ቁልፊ መሳርሒ እንተዘይኸፈትኩም፣ ኣባላት ጸጥታ ንሰሙናት ክሕዝዎ ይኽእሉ። ዜጋ ኣመሪካ ወይ ዋና ግሪን ካርድ ዘይኮነ ተጓዓዚ ምእታው ክኽልከል ይኽእል።

## ንኣባላት ምቕራጽ

quiz-recording-right = ኣብ ህዝባዊ ቦታ ስራሖም ዝሰርሑ ዘለዉ ኣባላት ኢሚግሬሽን ክትቀርጹ ትኽእሉ ዶ?
quiz-recording-right-a = ኣይፋል፣ ኣብ ህዝባዊ ቦታ ንኣባላት ምቕራጽ ብሕጊ ክልኩል እዩ
quiz-recording-right-b = እወ፣ ክሳዕ ዝደለኹምዎ ድማ ቀሪብኩም ክትቆሙ ትኽእሉ ኢኹም
quiz-recording-right-c = እወ፣ ክትህልዉሉ ካብ ዝፍቀደልኩም ቦታ፣ ብውሑስ ርሕቀት
quiz-recording-right-why = ፈደራላውያን ቤት ፍርዲታት፣ ሰባት ንፖሊስ ኣብ ህዝባዊ ቦታ ስራሖም ክሰርሑ ከለዉ ናይ ምቕራጽ መሰል ብቀዳማይ መመሓየሺ ቅዋም (First Amendment) ኣለዎም ይብሉ፣ ተመሳሳሊ ሓሳብ ድማ ንኣባላት ኢሚግሬሽን እውን ይጥቀሙሉ። ክትህልዉሉ ኣብ ዝፍቀደልኩም ቦታ ጽንሑ፣ ውሑስ ርሕቀት ሓልዉ፣ መገዶም ድማ ኣይትዓጽዉ።

quiz-recording-move-back = ክትቀርጹ ከለኹም፣ ሓደ ኣባል ንድሕሪት ክትምለሱ ይእዝዘኩም። እንታይ ክትገብሩ ይግባእ?
quiz-recording-move-back-a = ንድሕሪት ተመለሱ፣ ካብ ዝያዳ ርሑቕ ቦታ ድማ ምቕራጽ ቀጽሉ
quiz-recording-move-back-b = ናይ ምቕራጽ መሰል ስለ ዘለኩም ኣብቲ ዘለኹምዎ ጽንሑ
quiz-recording-move-back-c = ከም እትቀርጹ ምእንቲ ክርእዩ ዝያዳ ቅረቡ
quiz-recording-move-back-why = ኣባላት ንድሕነት ንድሕሪት ክትምለሱ ብሕጊ ክእዝዙኹም ይኽእሉ። እንተኣቢኹም፣ ክትእሰሩ ትኽእሉ ኢኹም። ካብ ዝያዳ ርሑቕ ቦታ ምቕራጽ ክትቅጽሉ ትኽእሉ ኢኹም።

quiz-recording-phone = ሓደ ኣባል ጸጥታ ተሌፎንኩም ክርኢ ይሓትት፣ ቪድዮኹም ክትድምስሱ ድማ ይነግረኩም። እንታይ ክትገብሩ ትኽእሉ?
quiz-recording-phone-a = ቁልፊ ተሌፎንኩም ከፊትኩም ነቲ ቪድዮ ክትድምስስዎ ኣለኩም
quiz-recording-phone-b = "ኣይፋል" ክትብሉ ትኽእሉ ኢኹም፦ ቁልፊ ተሌፎንኩም ክትከፍቱ ወይ ቪድዮኹም ክትድምስስዎ ኣይግደድኩምን
quiz-recording-phone-c = እንተወሲዶምዎ ተሌፎንኩም ንምዕቃብ ተቓለሱ
quiz-recording-phone-why = ምንጭና፣ ሓደ ጽማቕ ምኽሪ ካብ Electronic Frontier Foundation፣ ብዘይ ትእዛዝ ኣባላት ጸጥታ ኣብ ተሌፎንኩም ፍተሻ ክገብሩ፣ ቪድዮ ክትድምስሱ ከገድዱኹም፣ ወይ ቁልፊ ተሌፎንኩም ክትከፍቱ ከገድዱኹም ኣይግባእን ይብል። ኣባላት ጸጥታ ብዘይ ፍቓድኩም ተሌፎንኩም እንተወሲዶም፣ ኣይትቃለስዎም። እዚ ነጥቢ ንናይ ባዕልኹም ጉዳይ ብጠበቓ ክረጋገጽ የድልዮ።

quiz-recording-camera = ካሜራኹም ናበይ ከተቕንዕዎ ይግባእ?
quiz-recording-camera-a = ናብቶም ኣባላት
quiz-recording-camera-b = ናብቲ እቶም ኣባላት ሒዞምዎ ዘለዉ ሰብ
quiz-recording-camera-c = ናብ ዝኾነ ቦታ። ኣየገድስን።
quiz-recording-camera-why = ካሜራኹም ናብቶም ኣባላት ኣቕንዑ፣ ናብቲ ዝሓዝዎ ሰብ ኣይኮነን። እዚ ንብሕትውና ናይቲ ዝተታሕዘ ሰብ ይከላኸል።

## መደብ ስድራቤት ኣዳልዉ

quiz-family-plan-numbers = ቁጽሪ ተሌፎን ናይ እትኣምንዎ ሰብን ናይ ጠበቓን ብኸመይ ክትሕዝዎ ይግባእ?
quiz-family-plan-numbers-a = ኣብ ተሌፎንኩም ጥራይ
quiz-family-plan-numbers-b = ብልብኹም ሓዝዎም
quiz-family-plan-numbers-c = ኣየድልየኩምን እዩ
quiz-family-plan-numbers-why = ነዞም ቁጽርታት ብልብኹም ሓዝዎም። ኣብ ቀይዲ እንተኣቲኹም፣ ተሌፎንኩም ምሳኹም ኣይህሉን ይኸውን።

quiz-family-plan-a-number = ቁጽሪ A (A-number) እንተሃልዩኩም፣ እንታይ ክትገብሩሉ ይግባእ?
quiz-family-plan-a-number-a = ካብ ስድራኹም ሕብእዎ
quiz-family-plan-a-number-b = ዋላ ሓንቲ፣ ስድራኹም ኣየድልዮምን እዩ
quiz-family-plan-a-number-c = ፍለጥዎ፣ ስድራኹም ክረኽብዎ ኣብ ዝኽእሉ ቦታ ድማ ጽሓፍዎ
quiz-family-plan-a-number-why = ዓቢ ሰብ እንተኾንኩምን ኣብ ቀይዲ እንተኣቲኹምን፣ ስድራኹም ብቁጽሪ A (A-number)ን ሃገር ትውልድኹምን ኣብ መድለዪ ተታሓዝቲ ናይ ICE (online detainee locator) ክደልዩኹም ይኽእሉ። መስመር ጉዳያት ቤት ፍርዲ ኢሚግሬሽን እውን ቁጽሪ A ይሓትት።

quiz-family-plan-pickup = ሓደ መዓልቲ ንቆልዑኹም ክትወስድዎም ዘይትኽእሉሉ ግዜ ክመጽእ ይኽእል። ሕጂ እንታይ ክትገብሩ ይግባእ?
quiz-family-plan-pickup-a = ዋላ ሓንቲ። ሓደ ሰብ እንታይ ከም ዝግበር ክፈልጥ እዩ።
quiz-family-plan-pickup-b = መን ክወስዶም ከም ዝኽእል ወስኑ፣ ጽሓፍዎ ድማ።
quiz-family-plan-pickup-c = ክሳዕ ዝኸውን ተጸበዩ፣ ድሕሪኡ ወስኑ።
quiz-family-plan-pickup-why = ንስኹም እንተዘይክኢልኩም፣ ንቆልዑኹም መን ክወስዶም ከም ዝኽእል ወስኑ፣ ጽሓፍዎ ድማ። ከምኡ እንተገበርኩም፣ ናብ ገዛ እንተዘይተመሊስኩም እቶም እትኣምንዎም ሰባት እንታይ ከም ዝገብሩ ይፈልጡ።

quiz-family-plan-when = መደብ ስድራቤት መዓስ ክትገብሩ ይግባእ?
quiz-family-plan-when-a = ኣባላት ናብ ማዕጾኹም ምስ መጹ
quiz-family-plan-when-b = ኣብ ከባቢኹም ኣባላት ምስ ረኣኹም
quiz-family-plan-when-c = ሕጂ፣ ዝኾነ ነገር ቅድሚ ምፍጻሙ
quiz-family-plan-when-why = መደብ ንምግባር ኣባላት ክሳዕ ዝመጹ ኣይትጸበዩ። ዝኾነ ነገር ቅድሚ ምፍጻሙ ስድራኹም ኣዳልዉ።

quiz-family-plan-ct-guardian = ኣብ Connecticut፣ ንቆልዑኹም ተጠባባቒ ሞግዚት (standby guardian) ብኸመይ ክትሸሙ ትኽእሉ?
quiz-family-plan-ct-guardian-a = ብጠበቓን ብቤት ፍርዲን ጥራይ
quiz-family-plan-ct-guardian-b = ብFamily Preparedness Plan toolkit ናይቲ ስቴት፣ ብዘይ ክፍሊት
quiz-family-plan-ct-guardian-c = ንስቴት ክፍሊት ብምኽፋል
quiz-family-plan-ct-guardian-why = ስቴት Connecticut፣ ኣብ ቀይዲ እንተኣቲኹም ወይ ካብ ሃገር እንተተሰጒግኩም ተጠባባቒ ሞግዚት ንምሻም፣ ንወለዲ Family Preparedness Plan toolkit ኣዳልዩ። ብዘይ ጠበቓ፣ ብዘይ ቤት ፍርዲን ብዘይ ክፍሊትን ተጠባባቒ ሞግዚት ክትሸሙ ትኽእሉ ኢኹም።

## ምትላል ኢሚግሬሽን

quiz-scams-who-advises = ብዛዕባ ኢሚግሬሽን ሕጋዊ ምኽሪ ክህበኩም ዝፍቀዶ መን እዩ?
quiz-scams-who-advises-a = ፍቓድ ዘለዎ ጠበቓ፣ ወይ ብሚኒስትሪ ፍትሒ ኣመሪካ (U.S. Department of Justice) ዝተፈልጠ ወኪል (accredited representative)
quiz-scams-who-advises-b = ዝኾነ ኖታርዮ (notario)
quiz-scams-who-advises-c = ቅጥዕታት ኢሚግሬሽን ዝመልእ ዝኾነ ሰብ
quiz-scams-who-advises-why = ሕጋዊ ምኽሪ ኢሚግሬሽን ክህቡ ዝፍቀደሎም፣ ፍቓድ ዘለዎ ጠበቓ ወይ ብሚኒስትሪ ፍትሒ ኣመሪካ (U.S. Department of Justice) ዝተፈልጠ ወኪል ጥራይ እዮም።

quiz-scams-consultant = ጠበቓ ዘይኮነ ኣማኻሪ ክሕግዘኩም የቕርበልኩም። እንታይ ክገብር ይፍቀዶ?
quiz-scams-consultant-a = ኣብ ጉዳይኩም እንታይ ክትገብሩ ከም ዘለኩም ክነግረኩም
quiz-scams-consultant-b = ቅጥዕታት ምምላእን ምትርጓምን ጥራይ
quiz-scams-consultant-c = ብዙሕ እንተኸፊልኩምዎ ሕጋዊ ምኽሪ ክህበኩም
quiz-scams-consultant-why = ጠበቓ ዘይኮነ ኣማኻሪ ቅጥዕታት ምምላእን ምትርጓምን ጥራይ ይፍቀደሉ። ኣብ ጉዳይኩም እንታይ ክትገብሩ ከም ዘለኩም ክነግረኩም ኣይፍቀደሉን። ንዝኾነ ሰብ ቅድሚ ምኽፋልኩም፣ ጠበቓ ወይ ዝተፈልጠ ወኪል ምዃኖም ሕተቱ።

quiz-scams-text = ኣብ ኩነታት ኢሚግሬሽንኩም ጸገም ኣሎ ዝብል ጽሑፍ መልእኽቲ ይመጸኩም። እንታይ ክትገብሩ ይግባእ?
quiz-scams-text-a = ብቕልጡፍ ንምእራሙ ዝሓተቱኹም ክፈሉ
quiz-scams-text-b = ምእንቲ ከረጋግጹ ውልቃዊ ሓበሬታኹም ስደዱ
quiz-scams-text-c = ገንዘብ ወይ ውልቃዊ ሓበሬታ ኣይትሃቡ፣ ምስ ናትኩም ጠበቓ ድማ ኣረጋግጹ
quiz-scams-text-why = ሓደ ሰብ ብተሌፎን፣ ብጽሑፍ መልእኽቲ ወይ ብኢመይል ብዛዕባ ጸገም ኩነታት ኢሚግሬሽንኩም እንተተራኺቡኩም፣ ገንዘብ ወይ ውልቃዊ ሓበሬታ ኣይትሃብዎ። ጠቕላሊ ዓቃቢ ሕጊ California (California Attorney General) ሰባት ከምዚ ከይገብሩ የጠንቅቕ። ምስ ናትኩም ጠበቓ ኣረጋግጹ።

quiz-scams-free-help = ኣብ California፣ ነጻ ሕጋዊ ሓገዝ ኢሚግሬሽን ዝህቡ ጉጅለታት ኣበይ ክትረኽቡ ትኽእሉ?
quiz-scams-free-help-a = ኣበይ እውን የለን፣ ንሕጋዊ ሓገዝ ክትከፍሉ ኣለኩም
quiz-scams-free-help-b = ኣብ ዝርዝራት California Department of Social Services (ክፍሊ ማሕበራዊ ኣገልግሎታት California)
quiz-scams-free-help-c = ካብ ኖታርዮ፣ ብክፍሊት
quiz-scams-free-help-why = ስቴት California ነጻ ሕጋዊ ኣገልግሎታት ኢሚግሬሽን ክህቡ ንዘይመኽሰባውያን ጉጅለታት ይኸፍል። California Department of Social Services (ክፍሊ ማሕበራዊ ኣገልግሎታት California) ነዚ ሓገዝ ዝህቡ ጉጅለታት ዝርዝር ይዝርግሕ።

## ወረታትን ምርኣይ ኣባላትን

quiz-rumors-check = ኣባላት ኢሚግሬሽን ኣብ ጥቓኹም ኣብ ዘሎ ድኳን ከም ዘለዉ ዝብል ጽሑፍ (post) ትርእዩ። ቅድሚ ምክፋልኩም እንታይ ክትገብሩ ይግባእ?
quiz-rumors-check-a = ንጥንቃቐ ብቕልጡፍ ኣካፍልዎ
quiz-rumors-check-b = ሓቂ ምዃኑ ኣረጋግጹ
quiz-rumors-check-c = ሕጂ ኣካፍልዎ፣ ድሒርኩም ኣረጋግጹ
quiz-rumors-check-why = ብዛዕባ ኣባላት ኢሚግሬሽን ዜና ቅድሚ ምክፋልኩም፣ ሓቂ ምዃኑ ኣረጋግጹ። ዝኾነ ሰብ ዘየረጋገጾ ጽሑፍ ጌጋ ክኸውን ይኽእል፣ ፍርሒ ድማ ከስፋሕፍሕ ይኽእል።

quiz-rumors-call = ኣብ ጥቓኹም ኣባላት ኢሚግሬሽን ትርእዩ። ክትገብርዎ ዝግባእ ጽቡቕ ነገር እንታይ እዩ?
quiz-rumors-call-a = ብቕልጡፍ ኣብ ኢንተርነት ብዛዕባኡ ለጥፉ
quiz-rumors-call-b = ዋላ ሓደ ሰብ ከምዚ ዝበለ ጸብጻብ ስለ ዘይቕበል፣ ንዝኾነ ሰብ ኣይትንገሩ
quiz-rumors-call-c = ናብ መስመር ቅልጡፍ ምላሽ ካውንቲኹም ደውሉ
quiz-rumors-call-why = መስመራት ቅልጡፍ ምላሽ ብዛዕባ ኣብ ጥቓ ዘለዉ ኣባላት ኢሚግሬሽን ጸብጻባት ይቕበሉ፣ ንዘድልዮም ሰባት ድማ ይሕግዙ። ኣብ ክንዲ ምልጣፍ ናብቲ መስመር ደውሉ። ኣብ መድለዪ ሓገዝ ናይዚ ኣፕ ክትረኽብዎ ትኽእሉ ኢኹም።

quiz-rumors-document = ኣባላት ትርእዩ፣ መዝገብ ክትሕዙ ድማ ትደልዩ። ብኸመይ ክትገብርዎ ይግባእ?
quiz-rumors-document-a = ውሑስ እንተኾይኑ፣ ዝረኣኹምዎ ቅረጹ ወይ ጽሓፉ፣ ርሕቀትኩም ድማ ሓልዉ
quiz-rumors-document-b = ቪድዮኹም ንጹር ምእንቲ ክኸውን ቀሪብኩም ኪዱ
quiz-rumors-document-c = ደው ክብሉ ምእንቲ ክግደዱ ኣብ መገዲ ኣባላት ደው በሉ
quiz-rumors-document-why = ብዛዕባ ዝተፈጸመ መዝገብ ድሒሩ ክሕግዝ ይኽእል። ውሑስ እንተኾይኑ ጥራይ ግበርዎ፣ ርሕቀትኩም ድማ ሓልዉ። ንኣባላት ምዕንቓፍ ከእስረኩም ይኽእል።

quiz-rumors-numbers = እተካፍልዎም ቁጽርታት ሓገዝ ካበይ ክመጹ ይግባእ?
quiz-rumors-numbers-a = ካብ ዘይትፈልጥዎ ሰብ ዝተለጠፈ ጽሑፍ
quiz-rumors-numbers-b = ካብ እትኣምንዎ ምንጪ፣ ከም ከባቢያዊ መርበብ ቅልጡፍ ምላሽ
quiz-rumors-numbers-c = ንሰባት ናብ ICE ንምጥቋም ዝኸውን ቁጽሪ DHS
quiz-rumors-numbers-why = ካብ እትኣምንዎ ምንጪ፣ ከም ከባቢያዊ መርበብ ቅልጡፍ ምላሽ፣ ዝመጹ ቁጽርታት ሓገዝ ጥራይ ኣካፍሉ። ክፍሊ ድሕነት ሃገር ኣመሪካ (DHS) ህዝቢ ንሰባት ናብ ICE ዝጠቑመሉ ቁጽሪ ኣለዎ። መስመር ሓገዝ ኣይኮነን።

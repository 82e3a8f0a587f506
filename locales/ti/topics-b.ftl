# ኩነታት 9 ክሳዕ 15። ቀሊል ቃላት፣ ሓጸርቲ ምሉኣት ሓሳባት፣ ኣብ ነፍሲ ወከፍ ስጉምቲ ሓደ ተግባር።
# ኣብ መልእኽቲ ቁጽሪ ተሌፎን ፈጺምኩም ኣይተእትዉ።

## ኣብ ቤት ፍርዲ

in-court-title = ናብ ቤት ፍርዲ ምኻድ
in-court-summary = ኣብ ቤት ፍርዲ ስቴት ወይ ኣብ ቤት ፍርዲ ኢሚግሬሽን ጉዳይ ኣለኩም።

in-court-state-court-do = ቤት ፍርዲ ስቴት California ብዛዕባ ኩነታት ኢሚግሬሽንኩም ከም ዘይውስን ፍለጡ።
in-court-state-court-why = ኮይኑ ግን፣ ኣብ ጉዳይ ቤት ፍርዲ ስቴት ዝፍጸም ነገር ንጉዳይ ኢሚግሬሽንኩም ክጸልዎ ይኽእል። ገለ ውጽኢታት ክሕግዙኹም ይኽእሉ። ገለ ድማ ክጎድኡኹም ይኽእሉ።

in-court-ask-immigration-lawyer-do = ኣብ ቤት ፍርዲ ስቴት ጉዳይ እንተሃልዩኩም፣ ምስ ጠበቓ ኢሚግሬሽን እውን ብዛዕባኡ ተዛረቡ።
in-court-ask-immigration-lawyer-why = ገለ ጉዳያት ቤት ፍርዲ ስቴት ክሕግዙ ይኽእሉ፣ ከም ንመንእሰያት ዝወሃብ ውሳነታት SIJS (SIJS findings)፣ ወይ ንግዳያት ገበን ዝምልከቱ ጉዳያት። ኣብ ጉዳይ ገበን ዝርከቡ ገለ ውጽኢታት ንኩነታት ኢሚግሬሽንኩም ክጎድኡ ይኽእሉ።

in-court-case-information-do = ብዛዕባ ጉዳይ ኣብ ቤት ፍርዲ ኢሚግሬሽን ሓበሬታ ንምርካብ፣ ቁጽሪ A (A-number) ናይቲ ሰብ ኣዳልዉ። እቲ ኣውቶማቲክ መስመር ጉዳያት ናይቲ ቤት ፍርዲ ኣብ መድለዪ ሓገዝ ናይዚ ኣፕ ተዘርዚሩ ኣሎ።
in-court-case-information-why = እቲ ኣውቶማቲክ መስመር ቁጽሪ A የድልዮ። እቲ መስመር ብመንግስቲ እዩ ዝካየድ፣ ብተሓላቐቲ መሰል ስደተኛታት ኣይኮነን።

in-court-ask-for-lawyer-do = ምስ ጠበቓ ክትዛረቡ ክትሓቱ ትኽእሉ ኢኹም።
in-court-ask-for-lawyer-say = ምስ ጠበቓ ክዛረብ እደሊ እየ።
in-court-ask-for-lawyer-why = ኣብ ጉዳያት ኢሚግሬሽን፣ መንግስቲ ብሓፈሻ ንጠበቓኹም ኣይከፍልን። ባዕልኹም ጠበቓ ክትደልዩ ከድልየኩም ይኽእል።

in-court-free-legal-help-do = ነጻ ሕጋዊ ሓገዝ ድለዩ። ኣብ ኢንተርነት ክልተ ሃገራውያን ዝርዝራት ነጻን ትሑት ዋጋ ዘለዎን ሕጋዊ ኣገልግሎታት ክትደልዩ ትኽእሉ ኢኹም (እቶም ምስዚ ስጉምቲ ዘለዉ ሊንክታት)። ቤት ፍርዲ ኢሚግሬሽን እውን ዝርዝር ነጻ (pro bono) ሕጋዊ ኣገልግሎት ዝህቡ ኣለዎ።
in-court-free-legal-help-why = እዞም ዝርዝራት ነጻ ሕጋዊ ሓገዝ ንምርካብ ክሕግዙኹም ይኽእሉ። ኣብ ቀይዲ እንተሃሊኹምን ጠበቓ እንተዘይብልኩምን፣ ነቶም ኣባላት ጸጥታ ዝርዝር ነጻ ሕጋዊ ኣገልግሎት ዝህቡ ሕተትዎም።

in-court-dont-ignore-state-case = ጉዳይ ቤት ፍርዲ ስቴት ምስ ኢሚግሬሽን ዝኾነ ርክብ የብሉን ኢልኩም ኣይትሓስቡ። ገለ ውጽኢታት ጉዳያት ገበን ንኩነታትኩም ክጎድኡ ይኽእሉ። ጠበቓ ኢሚግሬሽን ሕተቱ።

## ኣብ ቤት ትምህርቲ ወይ ሆስፒታል

school-hospital-title = ኣብ ቤት ትምህርቲ ወይ ሆስፒታል
school-hospital-summary = ኣባላት ኢሚግሬሽን ናብ ቤት ትምህርቲ፣ ክሊኒክ ወይ ሆስፒታል ይመጹ።

school-hospital-school-private-areas-do = ሕጊ ቤት ትምህርቲ ፍለጡ። ኣባላት ኢሚግሬሽን፣ ቅኑዕ መንነት (ID)ን ካብ ዳኛ ወይ ካብ ቤት ፍርዲ ዝወጸ ትእዛዝ፣ መጸዋዕታ (subpoena) ወይ ብይንን እንተዘየርእዮም፣ ናብቶም ንህዝቢ ክፉታት ዘይኮኑ ክፋላት ቤት ትምህርቲ ክኣትዉ ኣይፍቀደሎምን።
school-hospital-school-private-areas-why = እዚ ሕጊ California AB 49 ይበሃል። ኣብ 20 መስከረም 2025 ተፈሪሙ።

school-hospital-school-records-do = ኣባላት ካብ ዳኛ ዝወጸ ትእዛዝ እንተዘይሒዞም፣ ቤት ትምህርቲ ብዛዕባ ተማሃሮ፣ ስድራቤታት ወይ ሰራሕተኛታት ሓበሬታ ክህቦም ከም ዘይፍቀደሉ ፍለጡ።
school-hospital-school-records-why = AB 49 ነዚ ሓበሬታ እውን ይከላኸሎ። ብሓላፊ ICE ዝተፈረመ፣ ብዳኛ ዘይተፈረመ ወረቐት፣ ብዳኛ ዝተፈረመ ትእዛዝ ኣይኮነን።

school-hospital-school-notice-do = ካብ ቤት ትምህርቲ ቆልዓኹም ዝመጽእ መልእኽቲ ተኸታተሉ። ቤት ትምህርቲ ኣባላት ኢሚግሬሽን ኣብ ግቢኡ ከም ዘለዉ ምስ ኣረጋገጸ፣ ንወለዲ፣ ተማሃሮን ሰራሕተኛታትን ክሕብር ኣለዎ።
school-hospital-school-notice-why = እዚ ሕጊ California SB 98 ይበሃል። ኣብያተ ትምህርቲ ክሳዕ 1 መጋቢት 2026 ነዚ ስጉምቲ ኣብ መደባት ድሕነቶም ክውስኽዎ ነይርዎም። እዚ ሕጊ ክሳዕ 1 ጥሪ 2031 ይጸንሕ።

school-hospital-health-private-areas-do = ሕጊ ክንክን ጥዕና ፍለጡ። ክሊኒካትን ሆስፒታላትን ካብ ቦታታቶም ኣየኖት ንህዝቢ ክፉታት ከም ዘይኮኑ ክመርጹ ኣለዎም። ኣባላት ኢሚግሬሽን ካብ ዳኛ ዝወጸ ትእዛዝ ወይ ብይን ቤት ፍርዲ እንተዘይሒዞም፣ ካብቶም ቦታታት ደገ ክገብርዎም ኣለዎም።
school-hospital-health-private-areas-why = እዚ ሕጊ California SB 81 ይበሃል። ኩነታት ኢሚግሬሽንኩም እውን ከም ክፋል መዝገብ ሕክምናኹም ይቖጽሮ።

school-hospital-emergency-care-do = ህጹጽ ሕክምና ምስ ዘድልየኩም ርኸቡ።
school-hospital-emergency-care-why = ጠቕላሊ ዓቃቢ ሕጊ California (California Attorney General)፣ ኩነታት ኢሚግሬሽንኩም ብዘየገድስ ህጹጽ ሕክምና ክትረኽቡ ትኽእሉ ኢኹም ይብል።

school-hospital-dont-public-areas = እዞም ሕግታት ንኹሉ ክፋል ቤት ትምህርቲ ወይ ሆስፒታል ይሽፍኑ ኢልኩም ኣይትሓስቡ። ብዛዕባ ንህዝቢ ክፉታት ዘይኮኑ ቦታታት እዮም።
school-hospital-dont-count-on-agents = ኣባላት ንምርሓቕ ኣብዞም ሕግታት ጥራይ ኣይትተኣማመኑ። ብዳኛ ዝተፈረመ ትእዛዝ ወይ ብይን ቤት ፍርዲ ዝሓዙ ኣባላት ሕጂ እውን ክኣትዉ ይኽእሉ።
school-hospital-dont-skip-care = ብሰንኪ ኩነታት ኢሚግሬሽንኩም ካብ ህጹጽ ሕክምና ኣይትርሓቑ።

## ኣብ ጥቓ ዶብ

border-zone-title = ኣብ ጥቓ ዶብ
border-zone-summary = መፈተሺ ነጥብታት ሓለዋ ዶብ (Border Patrol checkpoints)፣ ከምኡ ውን ናብ ሃገር እትኣትውሉ መዕርፎ ነፈርቲ ወይ መሳገሪ ዶብ።

border-zone-hundred-mile-zone-do = ኣባላት ዶብ ኣብ ውሽጢ 100 ማይል ካብ ዝኾነ ዶብ ኣመሪካ፣ ገምገም ባሕሪ ሓዊሱ፣ ተወሳኺ ስልጣን ኣለና ከም ዝብሉ ፍለጡ። መብዛሕትኡ ዓበይቲ ከተማታት California ኣብዚ ዞባ እዮም ዘለዉ።
border-zone-hundred-mile-zone-why = ፈደራላዊ ሕጊ፣ 8 U.S.C. §1357(a)(3)፣ ነዞም ኣባላት ኣብ ውሽጢ "ርትዓዊ ርሕቀት" ካብ ዶብ ክሰርሑ የፍቕደሎም፣ ፈደራላዊ ደንቢ ድማ ነዚ ርሕቀት 100 ማይል ብኣየር ገይርዎ። ኣብ ውሽጢ እዚ ዞባ እውን ቅዋም ኣመሪካ ይከላኸለኩም። ምንጭታትና ንዚ ቅዳሓት ናይ ሓደ ወረቐት ሓበሬታ ACLU እዮም፣ ናይ ACLU ናቱ ገጽ ኣይኮነን፤ ሕግታት ዶብ ድማ ዝተሓላለኹ እዮም፦ ብዛዕባ ኩነታትኩም ጠበቓ ሕተቱ።

border-zone-checkpoint-silent-do = ኣብ መፈተሺ ነጥቢ ሓለዋ ዶብ (Border Patrol)፣ ህድእ በሉ፣ ኣእዳውኩም ድማ ኣባላት ኣብ ዝርእይዎ ቦታ ሓዝዎ። ስቕ ክትብሉ ትኽእሉ ኢኹም። ስቕ ክትብሉ እንተመሪጽኩም፣ ከምኡ ምዃኑ ብዓውታ ንገሩ።
border-zone-checkpoint-silent-why = ሓለዋ ዶብ (Border Patrol) መፈተሺ ነጥብታት ኢሚግሬሽን ከካይድ ይኽእል። ኣብኡ ግን ቅዋም ኣመሪካ ሕጂ እውን ይሰርሕ፣ ንሕቶታት ዘይምምላስ መሰልኩም ሓዊሱ።

border-zone-papers-do = ኣብ መፈተሺ ነጥቢ፣ ወይ ኣብ ዝኾነ ቦታ ጥቓ ዶብ፣ ቅኑዕ ሰነዳት ኢሚግሬሽን እንተሃልዩኩም፣ ከም ግሪን ካርድ ወይ ፍቓድ ስራሕ፣ ሓዝዎም፣ ንዝሓተቱ ኣባላት ኢሚግሬሽን ድማ ኣርእይዎም። ሰነዳት እንተዘይብልኩም፣ ስቕ ክትብሉ ትኽእሉ ኢኹም። ኣይትሕሰዉ፣ ናይ ሓሶት ሰነዳት ወይ ናይ ካልእ ሃገር ሰነዳት ፈጺምኩም ኣይተርእዩ።
border-zone-papers-why = ፈደራላዊ ሕጊ፣ እዞም ሰነዳት ዝተዋህቦም ዓበይቲ ክሕዝዎም ኣለዎም ይብል። ዘይምሓዞም ፈደራላዊ ንኡስ ገበን (misdemeanor) እዩ። ካብ 2025 ጀሚሩ፣ Customs and Border Protection (ጉምሩክን ምክልኻል ዶብን) ነዚ ሕጊ ንሰባት የዘኻኽሮም ኣሎ። ምንጭታትና ንዝርዝራት ገጻት ትካላት ጠበቓን ጸብጻባት ዜናን እዮም፦ እዚ ንሰነዳትኩም እንታይ ማለት ምዃኑ ጠበቓ ሕተቱ።

border-zone-refuse-search-do = ኣብ መኪናኹም ፍተሻ ክግበር ኣይትሰማምዑ። ብዘይ ፍቓድኩም ፍተሻ እንተገበሩ፣ ኣይትቃለስዎም።
border-zone-refuse-search-say = ኣብ መኪናይ ፍተሻ ክትገብሩ ኣይፈቕድን እየ።
border-zone-refuse-search-why = ኣብ ውሽጢ እቲ ዞባ፣ ሓለዋ ዶብ (Border Patrol) መኪና ደው ንምባል ናይ ምጥሓስ ሕጊ ኢሚግሬሽን ወይ ናይ ገበን ርትዓዊ ጥርጣረ (reasonable suspicion) የድልዮ። ኣብ መኪና ፍተሻ ንምግባር ድማ ትእዛዝ ወይ probable cause (ብጭቡጥ ሓቅታት ዝተሰረተ ሕጋዊ መለክዒ) የድልዮ።

border-zone-ports-of-entry-do = ብመዕርፎ ነፈርቲ፣ ብመሳገሪ ዶብ መሬት ወይ ብወደብ ባሕሪ ናብ ሃገር ክትኣትዉ ከለኹም፣ ኣባላት ጸጥታ ኣብ ቦርሳታትኩምን መኪናኹምን ፍተሻ ክገብሩ ከም ዝኽእሉ ተጸበዩ።
border-zone-ports-of-entry-why = እዞም ቦታታት መእተዊ ወደባት (ports of entry) ይበሃሉ። ኣብኡ፣ ኣባላት ጸጥታ ንልሙድ ፍተሻ ትእዛዝ ወይ ምኽንያት ኣየድልዮምን፣ ኣብ ልዕሊ ዜጋታት ኣመሪካን ዋናታት ግሪን ካርድን እውን። እቶም ሕግታት ካብ ኣብ ውሽጢ ሃገር ዝግበር ደው ምባል ኣዝዮም ዝተፈልዩ እዮም። ሕግታት ዶብ ዝተሓላለኹ እዮም፦ እንተተሻቒልኩም ቅድሚ ምጉዓዝኩም ጠበቓ ሕተቱ።

border-zone-phones-laptops-do = ኣብ መእተዊ ወደብ ብዛዕባ ተሌፎናትን ላፕቶፓትን ዘለዉ ሕግታት ፍለጡ። ኣባላት ጸጥታ ብዘይ ትእዛዝ ፍተሻ ክገብሩሎም ንኽእል ኢና ይብሉ። ቃል ምሕላፍኩም (password) ክትህቡ ኣይግደድኩምን።
border-zone-phones-laptops-why = "ኣይፋል" ምባል ነቲ ፍተሻ ደው ከየብሎ ይኽእል። ቁልፊ መሳርሒ እንተዘይኸፈትኩም፣ ኣባላት ጸጥታ ንሰሙናት ክሕዝዎ ይኽእሉ። ዜጋ ኣመሪካ ወይ ዋና ግሪን ካርድ ዘይኮነ ተጓዓዚ ምእታው ክኽልከል ይኽእል።

border-zone-lawyer-at-port-do = ዜጋ ኣመሪካ እንተኾንኩም፣ ኣብ መእተዊ ወደብ ኣባላት ጸጥታ ክሓቱኹም ከለዉ ምስ ጠበቓ ክትዛረቡ ክትሓቱ ትኽእሉ ኢኹም።
border-zone-lawyer-at-port-say = ምስ ጠበቓ ክዛረብ እደሊ እየ።
border-zone-lawyer-at-port-why = ዋናታት ግሪን ካርድን ቪዛን ኣብዚ ምርመራ ብሓፈሻ ጠበቓ ናይ ምርካብ መሰል የብሎምን፣ ጉዳይ ገበን እንተዘይኮይኑ። ሕግታት ዶብ ዝተሓላለኹ እዮም። እዚ ሓፈሻዊ ሓበሬታ እዩ፦ ቅድሚ ምጉዓዝኩም ጠበቓ ኢሚግሬሽን ሕተቱ።

border-zone-dont-no-rights = ኣብ ጥቓ ዶብ መሰላትኩም ተጥፍኡ ኢልኩም ኣይትሓስቡ። ኣብቲ ዞባ 100 ማይል እውን ቅዋም ኣመሪካ ይሰርሕ።

## ንኣባላት ምቕራጽ

recording-title = ንኣባላት ምቕራጽ
recording-summary = ኣባላት ኢሚግሬሽን ኣብ ህዝባዊ ቦታ ክሰርሑ ትርእዩ፣ ክትቀርጽዎም ድማ ትደልዩ።

recording-right-to-record-do = ኣብ ህዝባዊ ቦታ ንኣባላት ክትቀርጹ ትኽእሉ ኢኹም። ክትህልዉሉ ኣብ ዝፍቀደልኩም ቦታ ጽንሑ። ውሑስ ርሕቀት ሓልዉ። መገዶም ኣይትዓጽዉ።
recording-right-to-record-why = ፈደራላውያን ቤት ፍርዲታት፣ ነቲ ንCalifornia ዝሽፍን ቤት ፍርዲ ይግባይ ሓዊሱ፣ ሰባት ንፖሊስ ኣብ ህዝባዊ ቦታ ስራሖም ክሰርሑ ከለዉ ናይ ምቕራጽ መሰል ብቀዳማይ መመሓየሺ ቅዋም (First Amendment) ኣለዎም ይብሉ። ተመሳሳሊ ሓሳብ ንኣባላት ኢሚግሬሽን እውን ይጥቀሙሉ።

recording-know-the-risk-do = ቅድሚ ምቕራጽኩም ሓደጋኡ ፍለጡ። ንኣባላት ክቐርጹ ከለዉ ዝተኣስሩ ሰባት ኣለዉ።
recording-know-the-risk-why = ProPublica፣ ሓደ ትካል ዜና፣ ንኣባላት ዓጊቶም ወይ ቀሪጾም ተባሂሉ ዝተኣስሩ እንተወሓደ 130 ሰባት ቆጺሩ። ክፍሊ ድሕነት ሃገር ኣመሪካ (DHS) ንኣባላት ምቕራጽ "doxing" ኢሉ ጸዊዕዎ፣ እዚ ድማ ምስጢራዊ ሓበሬታ ሰባት ምቅላዕ ማለት እዩ።

recording-move-back-do = ሓደ ኣባል ንድሕሪት ክትምለሱ እንተኣዚዙኩም፣ ግበሩዎ። ካብ ዝያዳ ርሑቕ ቦታ ምቕራጽ ክትቅጽሉ ትኽእሉ ኢኹም።
recording-move-back-why = ኣባላት ንድሕነት ንድሕሪት ክትምለሱ ብሕጊ ክእዝዙኹም ይኽእሉ። እንተኣቢኹም፣ ክትእሰሩ ትኽእሉ ኢኹም።

recording-protect-phone-do = ሓደ ኣባል ጸጥታ ተሌፎንኩም ክርኢ እንተሓቲቱ፣ "ኣይፋል" ክትብሉ ትኽእሉ ኢኹም። ቁልፊ ተሌፎንኩም ክትከፍቱ ወይ ቪድዮኹም ክትድምስስዎ ኣይግደድኩምን።
recording-protect-phone-say = ኣብ ተሌፎነይ ፍተሻ ክትገብሩ ኣይፈቕድን እየ።
recording-protect-phone-why = ምንጭና፣ ሓደ ጽማቕ ምኽሪ ካብ Electronic Frontier Foundation፣ ብዘይ ትእዛዝ ኣባላት ጸጥታ ኣብ ተሌፎንኩም ፍተሻ ክገብሩ፣ ቪድዮ ክትድምስሱ ከገድዱኹም፣ ወይ ቁልፊ ተሌፎንኩም ክትከፍቱ ከገድዱኹም ኣይግባእን ይብል። እዚ ነጥቢ ንናይ ባዕልኹም ጉዳይ ብጠበቓ ክረጋገጽ የድልዮ። ኣባላት ጸጥታ ብዘይ ፍቓድኩም ተሌፎንኩም እንተወሲዶም፣ ኣይትቃለስዎም።

recording-write-details-do = ዕለት፣ ሰዓትን ቦታን ጽሓፉ። ኣስማት ናይቶም ኣባላት፣ ቁጽሪ ባጆም (badge)፣ መካይን፣ ከምኡ ውን ቁጽሪ ታርጋ ጽሓፉ።
recording-write-details-why = እዞም ዝርዝራት እንታይ ከም ዝተፈጸመን መን ከም ዝነበረን ንጹር መዝገብ ይገብሩ።

recording-focus-on-agents-do = ካሜራኹም ናብቶም ኣባላት ኣቕንዑ፣ ናብቲ ዝሓዝዎ ሰብ ኣይኮነን።
recording-focus-on-agents-why = እዚ ንብሕትውና ናይቲ ዝተታሕዘ ሰብ ይከላኸል።

recording-dont-interfere = ክትቀርጹ ከለኹም ንኣባላት ኣይትንክፍዎም፣ መገዶም ኣይትዓጽዉ፣ ኣይትዕንቅፍዎም።
recording-dont-ignore-orders = ንድሕሪት ክትምለሱ ምስ እትእዘዙ ኣይትኣብዩ። ኣብ ክንድኡ ካብ ውሑስ ርሕቀት ምቕራጽ ቀጽሉ።
recording-dont-delete-footage = ኣባል ጸጥታ ስለ ዝበለኩም ጥራይ ቁልፊ ተሌፎንኩም ኣይትኽፈቱ ወይ ቪድዮኹም ኣይትደምስሱ።

## መደብ ስድራቤት

family-plan-title = መደብ ስድራቤት ኣዳልዉ
family-plan-summary = ዝኾነ ነገር ቅድሚ ምፍጻሙ ስድራኹም ኣዳልዉ።

family-plan-memorize-numbers-do = ቁጽሪ ተሌፎን ናይ እትኣምንዎ ሰብን ናይ ጠበቓን ብልብኹም ሓዝዎ።
family-plan-memorize-numbers-why = ኣብ ቀይዲ እንተኣቲኹም፣ ተሌፎንኩም ምሳኹም ኣይህሉን ይኸውን።

family-plan-children-pickup-do = ንስኹም እንተዘይክኢልኩም፣ ንቆልዑኹም መን ክወስዶም ከም ዝኽእል ወስኑ። ጽሓፍዎ።
family-plan-children-pickup-why = ከምኡ እንተገበርኩም፣ ናብ ገዛ እንተዘይተመሊስኩም እቶም እትኣምንዎም ሰባት እንታይ ከም ዝገብሩ ይፈልጡ።

family-plan-documents-do = ኣገደስቲ ሰነዳትኩም፣ እቶም እትኣምንዎም ሰባት ክበጽሕዎ ኣብ ዝኽእሉ ሓደ ቦታ ኣቐምጥዎም።
family-plan-documents-why = ሓደ ነገር እንተጋጢሙኩም፣ ስድራኹም ነዞም ሰነዳት ብቕልጡፍ ከድልይዎም ይኽእሉ።

family-plan-a-number-do = ቁጽሪ A (A-number) እንተሃልዩኩም፣ ፍለጥዎ። ስድራኹም ክረኽብዎ ኣብ ዝኽእሉ ቦታ ጽሓፍዎ።
family-plan-a-number-why = ዓቢ ሰብ እንተኾንኩምን ኣብ ቀይዲ እንተኣቲኹምን፣ ስድራኹም ብቁጽሪ A (A-number)ን ሃገር ትውልድኹምን ኣብ መድለዪ ተታሓዝቲ ናይ ICE (online detainee locator) ክደልዩኹም ይኽእሉ። መስመር ጉዳያት ቤት ፍርዲ ኢሚግሬሽን እውን ቁጽሪ A ይሓትት።

family-plan-tell-officer-parent-do = እንተተኣሲርኩም ወይ ኣብ ቀይዲ እንተኣቲኹም፣ ወላዲ ወይ ቀንዲ ሓላዪ ቆልዓ እንተኾንኩም ንኣባል ጸጥታ ንገርዎ። ናይ ሕክምና ድሌታት እንተሃልዩኩም እውን ንገርዎ።
family-plan-tell-officer-parent-say = ኣነ ወላድን ቀንዲ ሓላዪ ቆልዓን እየ።
family-plan-tell-officer-parent-why = ነዚ ንኣባላት ጸጥታ ክትነግርዎም ትኽእሉ ኢኹም። ኣብ California ከባቢያዊ ፖሊስ እንተኣሲሮሙኹም፣ ሓላፍነት ኣላይነት ዘለዎ ወላዲ ንቆልዑ ክንክን ንምድላው ክልተ ተወሰኽቲ ነጻ ደወላት ይረክብ።

family-plan-plan-form-do = ቅጥዒ መደብ ስድራቤት ምልኡ። ILRC Family Preparedness Plan ብእንግሊዝኛ፣ ስጳኛ፣ ታጋሎግ፣ ቬትናምኛን ልሙድ ቻይንኛን (Traditional Chinese) ይርከብ።
family-plan-plan-form-why = ኣብ ሓደ ቦታ ዘሎ ጽሑፍ መደብ ምስቶም እትኣምንዎም ሰባት ንምክፋል ይቐልል።

family-plan-dont-wait = መደብ ንምግባር ኣባላት ክሳዕ ዝመጹ ኣይትጸበዩ።
family-plan-dont-rely-on-phone = ኣገደስቲ ቁጽርታት ኣብ ተሌፎንኩም ጥራይ ኣይተቐምጥዎም። ኣብ ቀይዲ እንተኣቲኹም ተሌፎንኩም ምሳኹም ኣይህሉን ይኸውን።

## ምትላል

scams-title = ምትላል ኢሚግሬሽን
scams-summary = ሓደ ሰብ ሓገዝ ኢሚግሬሽን ይህበኩም ኣሎ፣ ወይ ኣብ ኩነታትኩም ጸገም ኣሎ ይብለኩም።

scams-real-lawyer-do = ብዛዕባ ኢሚግሬሽን ሕጋዊ ምኽሪ ካብ ፍቓድ ዘለዎ ጠበቓ፣ ወይ ካብ ብሚኒስትሪ ፍትሒ ኣመሪካ (U.S. Department of Justice) ዝተፈልጠ ወኪል (accredited representative) ጥራይ ውሰዱ።
scams-real-lawyer-why = ሕጋዊ ምኽሪ ኢሚግሬሽን ክህቡ ዝፍቀደሎም ንሳቶም ጥራይ እዮም።

scams-consultants-do = ምስ "ኖታርዮ" (notarios) ከምኡ ውን ኣማኸርቲ ኢሚግሬሽን ተጠንቀቑ። ንዝኾነ ሰብ ቅድሚ ምኽፋልኩም፣ ጠበቓ ወይ ዝተፈልጠ ወኪል ምዃኖም ሕተቱ።
scams-consultants-why = ጠበቓ ዘይኮነ ኣማኻሪ ቅጥዕታት ምምላእን ምትርጓምን ጥራይ ይፍቀደሉ። ኣብ ጉዳይኩም እንታይ ክትገብሩ ከም ዘለኩም ክነግረኩም ኣይፍቀደሉን።

scams-calls-and-texts-do = ሓደ ሰብ ብተሌፎን፣ ብጽሑፍ መልእኽቲ ወይ ብኢመይል ኣብ ኩነታት ኢሚግሬሽንኩም ጸገም ኣሎ ኢሉ እንተተራኺቡኩም፣ ገንዘብ ወይ ውልቃዊ ሓበሬታ ኣይትሃብዎ።
scams-calls-and-texts-say = ገንዘብ ወይ ውልቃዊ ሓበሬታ ኣይህብን እየ። ምስ ናተይ ጠበቓ ከረጋግጽ እየ።
scams-calls-and-texts-why = ጠቕላሊ ዓቃቢ ሕጊ California (California Attorney General) ሰባት ከምዚ ከይገብሩ የጠንቅቕ።

scams-free-help-do = ነጻ ሕጋዊ ሓገዝ ድለዩ። California Department of Social Services (ክፍሊ ማሕበራዊ ኣገልግሎታት California) ነጻ ሓገዝ ዝህቡ ጉጅለታት ዝርዝር ይዝርግሕ።
scams-free-help-why = ስቴት California ነጻ ሕጋዊ ኣገልግሎታት ኢሚግሬሽን ክህቡ ንዘይመኽሰባውያን ጉጅለታት ይኸፍል።

scams-dont-pay-for-advice = ብዛዕባ ጉዳይ ኢሚግሬሽንኩም ሕጋዊ ምኽሪ ንምርካብ ንኖታርዮ ወይ ንኣማኻሪ ኣይትኽፈሉ።
scams-dont-share-details = ብዛዕባ ጸገም ኩነታትኩም ንዝራኸበኩም ዝኾነ ሰብ ገንዘብ ወይ ውልቃዊ ሓበሬታ ኣይትሃቡ። ኣብ ክንድኡ ንእትኣምንዎ ጠበቓ ሕተቱ።

## ወረታትን ዝተራእዩ ኣባላትን

rumors-title = ወረታትን ምርኣይ ኣባላትን
rumors-summary = ኣባላት ኢሚግሬሽን ኣብ ጥቓኹም ከም ዘለዉ ትሰምዑ፣ ወይ ባዕልኹም ትርእይዎም።

rumors-check-first-do = ብዛዕባ ኣባላት ኢሚግሬሽን ዜና ቅድሚ ምክፋልኩም፣ ሓቂ ምዃኑ ኣረጋግጹ።
rumors-check-first-why = ዝኾነ ሰብ ዘየረጋገጾ ጽሑፍ ጌጋ ክኸውን ይኽእል፣ ፍርሒ ድማ ከስፋሕፍሕ ይኽእል።

rumors-call-rapid-response-do = ኣባላት ኢሚግሬሽን እንተርኢኹም፣ ብዛዕባኡ ኣብ ክንዲ ምጽሓፍ (ምልጣፍ)፣ ናብ መስመር ቅልጡፍ ምላሽ ካውንቲኹም ደውሉ። ነቲ መስመር ኣብ መድለዪ ሓገዝ ናይዚ ኣፕ ክትረኽብዎ ትኽእሉ ኢኹም።
rumors-call-rapid-response-why = መስመራት ቅልጡፍ ምላሽ ብዛዕባ ኣብ ጥቓ ዘለዉ ኣባላት ኢሚግሬሽን ጸብጻባት ይቕበሉ፣ ንዘድልዮም ሰባት ድማ ይሕግዙ።

rumors-document-safely-do = ውሑስ እንተኾይኑ፣ ዝረኣኹምዎ ቅረጹ ወይ ጽሓፉ። ርሕቀትኩም ሓልዉ።
rumors-document-safely-why = ብዛዕባ ዝተፈጸመ መዝገብ ድሒሩ ክሕግዝ ይኽእል። ንኣባላት ምዕንቓፍ ከእስረኩም ይኽእል።

rumors-stay-silent-do = ክትዕዘቡ ከለኹም ኣባላት እንተሓቲቶሙኹም፣ ስቕ ክትብሉ ትኽእሉ ኢኹም። ስቕ ክትብሉ እንተመሪጽኩም፣ ከምኡ ምዃኑ ብዓውታ ንገሩ።

rumors-right-numbers-do = ካብ እትኣምንዎ ምንጪ፣ ከም ከባቢያዊ መርበብ ቅልጡፍ ምላሽ፣ ዝመጹ ቁጽርታት ሓገዝ ጥራይ ኣካፍሉ።
rumors-right-numbers-why = ክፍሊ ድሕነት ሃገር ኣመሪካ (DHS) ህዝቢ ንሰባት ናብ ICE ዝጠቑመሉ ቁጽሪ ኣለዎ። መስመር ሓገዝ ኣይኮነን።

rumors-dont-post-unchecked = ዝኾነ ሰብ ዘየረጋገጾ ምርኣይ ኣባላት ኢሚግሬሽን ኣይትለጥፉ።
rumors-dont-share-tip-line = ነቲ ሰባት ናብ ICE ንምጥቋም ዝኸውን ቁጽሪ DHS፣ ከም ቁጽሪ ሓገዝ ገይርኩም ኣይተካፍሉ።
rumors-dont-interfere = ንኣባላት ኣይትዕንቅፉ፣ ደው ከተብልዎም እውን ኣይትፈትኑ።

# ቅጥዒ መደብ ስድራቤትን ህጹጻት ጽሑፍ መልእኽትታትን። ምልክታት ናይቲ መደብ ኣብ ብኢድ ዝምላእ
# ቅጥዒ ይሕተሙ፤ እቶም መልእኽትታት ብሓደ ሰብ ይለኣኹ (ጽሑፍ `-say` ኣብ ነፍሲ ወከፍ ቋንቋ
# ናብ እንግሊዝኛ ተመሊሱ ይምርመር)።

## መደብ ምድላው ስድራቤት

plan-title = መደብ ምድላው ስድራቤት
plan-intro = ዝኾነ ነገር ቅድሚ ምፍጻሙ፣ ነዚ ምስ ስድራኹም ምልእዎ። ምስ ኣገደስቲ ሰነዳትኩም፣ እቶም እትኣምንዎም ሰባት ክረኽብዎ ኣብ ዝኽእሉ ቦታ ኣቐምጥዎ። ቁጽርታት ተሌፎን ብልብኹም ሓዝዎም።
plan-emergency-contacts-label = ኣብ ህጹጽ ግዜ ዝድወለሎም ሰባት
plan-emergency-contacts-hint = ኣስማትን ቁጽርታት ተሌፎንን ናይ እትኣምንዎም ሰባት። ቁጽርታት ብልብኹም ሓዝዎም፦ ኣብ ቀይዲ እንተኣቲኹም፣ ተሌፎንኩም ምሳኹም ኣይህሉን ይኸውን።
plan-lawyer-label = ጠበቓኹም ወይ ጉጅለ ሕጋዊ ሓገዝ
plan-lawyer-hint = ስምን ቁጽሪ ተሌፎንን። ነዚ ቁጽሪ እውን ብልብኹም ሓዝዎ።
plan-rapid-response-label = መስመር ቅልጡፍ ምላሽ ካውንቲኹም
plan-rapid-response-hint = ኣብ ጥቓኹም ኣባላት ኢሚግሬሽን እንተርኢኹም ደውሉሉ። መድለዪ ሓገዝ ናይዚ ኣፕ ነቲ ናይ ካውንቲኹም መስመር ይዝርዝሮ።
plan-children-pickup-label = ንቆልዑ መን ክወስዶም ይኽእል
plan-children-pickup-hint = ንስኹም እንተዘይክኢልኩም ንቆልዑኹም ክወስዱ ዝመረጽኩምዎም ሰባት፣ ምስ ቁጽርታት ተሌፎኖም። ከም ዝፈልጡ ኣረጋግጹ።
plan-documents-label = ኣገደስቲ ሰነዳት ኣበይ ከም ዘለዉ
plan-documents-hint = እቶም እትኣምንዎም ሰባት ብቕልጡፍ ክበጽሕዎ ኣብ ዝኽእሉ ሓደ ቦታ ኣቐምጥዎም።
plan-a-numbers-label = ቁጽርታት A (A-numbers)
plan-a-numbers-hint = ቁጽሪ A (A-number) ናይ ነፍሲ ወከፍ ሰብ፣ እንተሃልይዎ፣ ከምኡ ውን ሃገር ትውልዱ። በዚኦም፣ ስድራኹም ብICE ዝተታሕዘ ዓቢ ሰብ ኣብ መድለዪ ተታሓዝቲ ናይ ICE (online detainee locator) ክደልይዎ ይኽእሉ።
plan-medical-needs-label = ናይ ሕክምና ድሌታት
plan-medical-needs-hint = ጸገማት ጥዕናን መድሃኒታትን ናይ ነፍሲ ወከፍ ሰብ፣ ሓደ ሰብ እንተተኣሲሩ ወይ ኣብ ቀይዲ እንተኣትዩ ንኣባላት ጸጥታ ንምንጋር።

## ህጹጻት ጽሑፍ መልእኽትታት

emergency-detained-title = ብኢሚግሬሽን ምትሓዝ
emergency-detained-when = ኣባላት ኢሚግሬሽን ምስ ዝሕዙኹም ንምጥቃም። ንስኹም ወይ እትኣምንዎ ሰብ ብቕልጡፍ ክትሰድዎ ምእንቲ፣ ሕጂ ጽሓፍዎ።
emergency-detained-say = ኣብ { $place } ብኢሚግሬሽን ተታሒዘ ኣለኹ። በጃኹም ናብ { $contact } ደውሉ። ናተይ ቁጽሪ A (A-number) { $a_number } እዩ።
emergency-arrested-title = ብፖሊስ ምእሳር
emergency-arrested-when = ፖሊስ ምስ ዝኣስሩኹም ንምጥቃም። እትኣምንዎ ሰብ ኣብ ክንድኹም ክሰዶ ምእንቲ፣ ሕጂ ጽሓፍዎ።
emergency-arrested-say = ኣብ { $place } ብፖሊስ ተኣሲረ ኣለኹ። በጃኹም ናብ { $contact } ደውሉ።
emergency-children-title = ንቆልዑ ምውሳድ
emergency-children-when = ንቆልዑኹም ክትወስድዎም ምስ ዘይትኽእሉ ንምጥቃም። ናብቲ መደብ ስድራቤትኩም ዝሰመዮ ሰብ የመልክት።
emergency-children-say = ንቆልዑ ክወስዶም ኣይክእልን እየ። በጃኹም መደብ ስድራቤትና ተኸተሉ፦ { $contact } ካብ { $place } ክወስዶም እዩ።
emergency-find-me-title = ከመይ ከም እትረኽቡኒ
emergency-find-me-when = ነዚ ንእትኣምንዎም ስድራኹም ሃብዎም። ICE እንተሒዙኩም ንምድላይኩም ዘድልዮም ቁጽሪ A (A-number)ኹምን ሃገር ትውልድኹምን ሒዙ ኣሎ።
emergency-find-me-say = ናብ ገዛ እንተዘይተመሊሰ፣ ICE ሒዙኒ ክኸውን ይኽእል። ኣብ Online Detainee Locator ናይ ICE (መድለዪ ተታሓዝቲ)፣ { $locator }፣ ብናተይ ቁጽሪ A (A-number)፣ { $a_number }፣ ከምኡ ውን ብሃገር ትውልደይ፣ { $country }፣ ክትደልዩኒ ትኽእሉ ኢኹም።

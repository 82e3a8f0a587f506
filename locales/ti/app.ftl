# እቲ ኣፕ ባዕሉ ኣብ ጎኒ ትሕዝቶ ዘርእዮ ጽሑፍ።

# ንኣባል ጸጥታ ክንብቦ፣ ቀዳማይ መስመር ናይ ነፍሲ ወከፍ ካርድ መሰላት።
card-heading = ኣብ ትሕቲ ቅዋም ኣመሪካ ብዘለኒ መሰላት እጥቀም ኣለኹ። በጃኹም ነዛ ካርድ ኣንብብዋ።

# ጠበቓ ነቲ ትሕዝቶ ክሳዕ ዝምርምሮ ምስ ነፍሲ ወከፍ ኣርእስትን ካርድን ዝርአ።
legal-review-unreviewed = ጠበቓ ነዚ ጽሑፍ ገና ኣይመርመሮን። ሓፈሻዊ ሓበሬታ እዩ፣ ሕጋዊ ምኽሪ ኣይኮነን።
legal-review-lawyer-reviewed = ጠበቓ ነዚ ጽሑፍ መርሚርዎ እዩ። ሓፈሻዊ ሓበሬታ እዩ፣ ሕጋዊ ምኽሪ ኣይኮነን።

# ኣብ ጎኒ ነፍሲ ወከፍ ስጉምቲ ዝርከቡ ምልክታት።
label-say = በሉ
label-why = ስለምንታይ
label-sources = ምንጭታት
label-checked = ዝተረጋገጸሉ

# ኩነታት ሕጊ፣ ብቓላት።
law-status-in-force = ኣብ ግብሪ ዘሎ
law-status-did-not-pass = ኣይሓለፈን
law-status-vetoed = ብቬቶ ተነጺጉ
law-status-in-court = ሓሊፉ፣ ግን ኣብ ቤት ፍርዲ ተቓውሞ ቀሪብሉ
law-status-blocked = ብቤት ፍርዲ ተዓጊቱ
law-status-superseded = ብዝቐጸለ ሕጊ ተተኪኡ
law-status-unconfirmed = ሓሊፉ፣ ግን ኣብ ግብሪ ምውዓሉ ኣይተረጋገጸን
law-effect-limits-cooperation = ንምፍጻም ሕጊ ኢሚግሬሽን ዝወሃብ ሓገዝ ይድርት
law-effect-mandates-cooperation = ንምፍጻም ሕጊ ኢሚግሬሽን ሓገዝ ክወሃብ የገድድ
law-effect-other = ካልእ ሕጊ ኢሚግሬሽን

# ኣብ ሓደ ስቴት ጥራይ ዝምልከት ስጉምቲ ወይ ሕጊ።
scope-only-in = ኣብ { $state } ጥራይ

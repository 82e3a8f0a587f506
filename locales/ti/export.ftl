# ዝሕተማ ካርድታትን ንኣሽቱ መጻሕፍትን (amparo export)።

export-cards-title = ኣብ ቦርሳ ዝቕመጣ ካርድታት
export-cards-how = ክልቲኡ ገጻት ሕተሙ፣ ነቲ ወረቐት ብነዊሕ ጎኑ እናገላበጥኩም። ድሕሪኡ ብመስመራት ነጠብጣብ (- - -) ቁረጹ። ሓንቲ ካርድ ኩሉ ግዜ ምሳኹም ሓዙ።
export-booklet-title = መሰላትኩም ፍለጡ
export-laws = ሕግታት
export-do-not = ክትገብርዎ ዘይብልኩም
# $place: a county's full name, such as "San Francisco County".
export-help-near = ሓገዝ ኣብ { $place }
export-lines = ክትድውሉሎም ትኽእሉ መስመራት
export-policy = ከባቢያዊ ፖሊሲ
export-detention = ኣብ ቀረባ ሰባት ክተሓዙሉ ዝኽእሉ ቦታታት
# $version: the content's version number; $oldest, $newest: the dates the sources show.
export-footer = ስሪት ትሕዝቶ { $version }። ዕለታት ምንጭታት ካብ { $oldest } ክሳብ { $newest } እዩ።
export-quiz-answers = መልስታት

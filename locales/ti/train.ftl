# ናይ ልምምድ ፈተና ከም ዝሰርሖ ኣብቲ ኣፕን CLIን፣ ከምኡ ውን ምልክታት ህጹጻት መልእኽትታት።
# እቶም ሕቶታት ባዕሎም ኣብ quiz.ftl እዮም።

train-title = ናይ ልምምድ ፈተና
train-question = ሕቶ { $number } ካብ { $total }
train-prompt = ፊደል ናይ መልስኹም ጸሓፉ፣ ድሕሪኡ Enter ጠውቑ።
train-right = ቅኑዕ።
train-wrong = ብልክዕ ኣይኮነን። እቲ መልሲ { $answer } እዩ።
train-score = ካብ { $total } ሕቶታት፣ { $right } ብቕኑዕ መሊስኩም።
emergency-in-english = ብእንግሊዝኛ

# What went wrong, in words a person can act on. Shown by the app when a
# call fails; none of them repeats what the person typed.

error-invalid-locale = እዚ ምርጫ ቋንቋ ክንበብ ኣይከኣለን። ካብቲ ዝርዝር ሓደ ቋንቋ ምረጹ።
error-unknown-topic = እዚ ኩነታት ኣብዚ ኣፕ የለን። ካብቲ ዝርዝር ሓደ ምረጹ።
error-unknown-law = እዚ ሕጊ ኣብዚ ኣፕ የለን። ካብቲ ዝርዝር ሓደ ምረጹ።
error-unknown-warrant-state = እቲ ኣፕ ኣብ ሕቶታት ትእዛዝ ኣበይ ከም ዝበጻሕኩም ኣይፈልጥን እዩ። ነቶም ሕቶታት እንደገና ጀምርዎም።
error-unknown-warrant-choice = እዚ ካብቶም ናይዚ ሕቶ መልስታት ሓደ ኣይኮነን። ካብቶም ዝተራእዩ መልስታት ሓደ ምረጹ።
error-unknown-message = እቲ ኣፕ ዘየለ ጽሑፍ ሓቲቱ። እዚ ኣብቲ ኣፕ ዘሎ ጌጋ (bug) እዩ።
error-invalid-coordinates = ቦታኹም ክንበብ ኣይከኣለን። ኣብ ክንድኡ ZIP code ወይ ካውንቲ ጸሓፉ።
error-invalid-zip = ZIP code 5 ኣሃዛት ኣለዎ፣ ንኣብነት 90012።
error-unknown-zip = እዚ ኣፕ ነዚ ZIP code ኣይፈልጦን። ኣረጋግጽዎ፣ ወይ ካውንቲኹም ጸሓፉ።
error-unknown-county = ኣብቶም እዚ ኣፕ ዝሽፍኖም ቦታታት በዚ ስም ዝጽዋዕ ካውንቲ የለን።
error-unknown-city = ኣብቶም እዚ ኣፕ ዝሽፍኖም ቦታታት በዚ ስም ዝጽዋዕ ከተማ የለን።
error-unknown-state = እዚ ስቴት ኣመሪካ ኣይኮነን። ናይቲ ስቴት ብክልተ ፊደላት እንግሊዝኛ ዝተጻሕፈ ኮድ ጸሓፉ፣ ንኣብነት CA።
error-invalid-time = እዚ ሰዓት ክንበብ ኣይከኣለን። መዓልቲ ብእንግሊዝኛን ሰዓትን ጸሓፉ፣ ንኣብነት Mon 22:30።
error-not-a-pack = እዚ ፋይል ፋይል ትሕዝቶ Amparo ኣይኮነን። ዋላ ሓንቲ ኣይተቐየረን።
error-unsupported-pack-format = እዚ ፋይል ትሕዝቶ ንኻልእ ስሪት ናይቲ ኣፕ እዩ። ዋላ ሓንቲ ኣይተቐየረን።
error-corrupt-pack = እዚ ፋይል ትሕዝቶ ዝተጎድአ ወይ ዘይተማልአ እዩ። ዋላ ሓንቲ ኣይተቐየረን።
error-pack-too-large = እዚ ፋይል ትሕዝቶ ሓቀኛ ንምዃን ኣዝዩ ዓቢ እዩ። ዋላ ሓንቲ ኣይተቐየረን።
error-unknown-key = እዚ ፋይል ትሕዝቶ ብAmparo ኣይተፈረመን። ናይ ሓሶት ክኸውን ይኽእል። ዋላ ሓንቲ ኣይተቐየረን።
error-bad-signature = እዚ ፋይል ትሕዝቶ Amparo ካብ ዝፈረሞ ድሕሪ ተቐይሩ እዩ። ናይ ሓሶት ክኸውን ይኽእል። ዋላ ሓንቲ ኣይተቐየረን።
# $offered: the file's content version; $in_use: the version the app uses.
error-not-newer = እዚ ፋይል ትሕዝቶ (ስሪት { $offered }) ካብቲ ዘለኩም ትሕዝቶ (ስሪት { $in_use }) ዝሓደሰ ኣይኮነን። ዋላ ሓንቲ ኣይተቐየረን።
# $required: an app version such as 0.2.0.
error-needs-newer-app = እዚ ፋይል ትሕዝቶ ዝሓደሰ ስሪት ናይቲ ኣፕ የድልዮ ({ $required })። መጀመርታ ነቲ ኣፕ ኣሐድስዎ። ዋላ ሓንቲ ኣይተቐየረን።
# $missing: language codes, such as "km, ti".
error-fewer-languages = ኣብዚ ፋይል ትሕዝቶ፣ እቲ ኣፕ ድሮ ዘለዎ ገለ ቋንቋታት የለዉን ({ $missing })። ዋላ ሓንቲ ኣይተቐየረን።
error-storage = እቲ ኣፕ ነቲ ፋይል ትሕዝቶ ኣብዚ ተሌፎን ክዕቅቦ ኣይከኣለን። እቲ ዘለኩም ትሕዝቶ ሕጂ እውን ይሰርሕ እዩ።
error-no-data-folder = እቲ ኣፕ ኣብዚ ፋይላት ትሕዝቶ ክተክል ኣይክእልን እዩ። እቲ ዘለኩም ትሕዝቶ ሕጂ እውን ይሰርሕ እዩ።
error-unknown-question = እዚ ሕቶ ኣብዚ ፈተና የለን። ነቲ ፈተና እንደገና ጀምርዎ።
error-unknown-quiz-choice = እዚ ካብቶም ናይዚ ሕቶ መልስታት ሓደ ኣይኮነን። ካብቶም ዝተራእዩ ፊደላት ሓደ ምረጹ።
error-unknown-emergency-message = እዚ መልእኽቲ ኣብዚ ኣፕ የለን። ካብቲ ዝርዝር ሓደ ምረጹ።
error-unknown-message-value = እቲ ኣፕ ነዚ መልእኽቲ ዘይሓተቶ ነገር ሂብዎ። እዚ ኣብቲ ኣፕ ዘሎ ጌጋ (bug) እዩ።
error-value-too-long = እዚ ንጽሑፍ መልእኽቲ ኣዝዩ ነዊሕ እዩ። { $limit } ፊደላት ወይ ካብኡ ዝወሓደ ተጠቐሙ።

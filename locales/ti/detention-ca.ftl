# ብዛዕባ ኣብ California ዘለዉ መዓቀቢ ቀይዲ ICE ዝኾኑ ቦታታት መግለጺታት (content/states/ca/detention.toml)።
# ኣብ መልእኽቲ ቁጽሪ ተሌፎን ፈጺምኩም ኣይተእትዉ፦ ቁጽርታት ምንጪ ዘለዎም ዳታ እዮም።

## ኣብ ስራሕ ዘለዉ

facility-adelanto-note = ኣብ Adelanto ዝርከብ ማእከል መስርሕ ICE፣ ብብሕታዊ ትካል GEO Group ዝመሓደር። ክፉት እዩ። ኣብ 2020 ቤት ፍርዲ ሓደስቲ ሰባት ከይቕበል ከልኪሉዎ ነይሩ፣ ኣብ 2025 ዝተገብረ ስምምዕ ግን ደጊሙ ብምሉኡ ሰባት ክቕበል ፈቒዱሉ።
facility-desert-view-annex-note = ተወሳኺ ህንጻ ናይ Adelanto ICE Processing Center፣ ኣብ ቀደም ናይ ስቴት ቤት ማእሰርቲ ዝነበረ፣ ብGEO Group ዝመሓደር። ክፉት እዩ፤ ኣብ ግንቦት 2024 ብዛዕባኡ ጥርዓን ቀሪቡ።
facility-otay-mesa-note = ኣብ ከባቢ Otay Mesa ናይ San Diego ዝርከብ ማእከል ቀይዲ ICE፣ ብብሕታዊ ትካል CoreCivic ዝመሓደር። ክፉት እዩ፣ ኣብ 2019 ድማ ኣብ San Diego County እቲ ሓደ ጥራይ ማእከል ቀይዲ ICE ነይሩ። ናይ ICE ገጽ ናይዚ ቦታ ሰዓታት ምብጻሕ ይዝርዝር፤ ጠበቓታት ካብ 8:15 ቅድሚ ቀትሪ ክሳዕ 9:30 ምሸት ክበጽሑ ይኽእሉ።
facility-imperial-regional-note = ብምብራቕ Calexico ዝርከብ ማእከል ቀይዲ ICE፣ ብብሕታዊ ትካል Management and Training Corporation (MTC) ዝመሓደር። ክፉት እዩ። ኣብ 2014 ዝተዓጽወ El Centro Service Processing Center ተክኡ።
facility-mesa-verde-note = ኣብ Golden State Avenue ናይ Bakersfield ዝርከብ ማእከል መስርሕ ICE፣ ብGEO Group ዝመሓደር፤ ክፉት እዩ። ኣብዚ ተታሒዞም ዘለዉ ሰባት ካብ ደገ ዝመጽእ ደወል ክቕበሉ ኣይክእሉን፣ ICE ግን ህጹጽ መልእኽቲ ንምግዳፍ ናይ ውሽጢ ቁጽሪ (extension) ይህብ። ብዛዕባ ኣብዚ ዝተታሕዘ ሰብ ሓበሬታ እንተደሊኹም፣ ካብ ሰዓት ሸሞንተ ንግሆ ክሳዕ ሰዓት ሰለስተን ፍርቅን ድሕሪ ቀትሪ ደዊልኩም ምርጫ ክልተ ምረጹ።
facility-golden-state-annex-note = ተወሳኺ ህንጻ ናይ Mesa Verde ማእከል ኣብ Bakersfield፣ ኣብ McFarland ኣብ ቀደም ቤት ማእሰርቲ ዝነበረ፣ ብGEO Group ዝመሓደር። ካብ መስከረም 2020 ጀሚሩ ንICE ሰባት ሒዙ ኣሎ፣ ክፉት ድማ እዩ።
facility-california-city-note = ኣብ California ዝዓበየ ማእከል ቀይዲ ICE፣ ኣብ ቀደም ናይ ስቴት ቤት ማእሰርቲ ዝነበረ፣ ብብሕታዊ ትካል CoreCivic ዝመሓደር። ኣብ መወዳእታ ነሓሰ 2025 ንICE ሰባት ክቕበል ጀሚሩ፣ ብውዕል ክሳዕ ነሓሰ 2027 ዝጸንሕ። ዝኣረጋ ዝርዝራት ነዚ ቦታ California City Correctional Center ክብልዎ ይኽእሉ።

## ንጹር ዘይኮነ

facility-central-valley-annex-note = ኣብ McFarland ዝርከብ ቀደም ቤት ማእሰርቲ ዝነበረ፣ ብGEO Group ዝመሓደር፣ ኣብ 2020 ተወሳኺ ህንጻ ICE ክኸውን ዝተሓሰበ። ሕጂ ንICE ዝተታሕዘ ሰብ ኣብኡ ከም ዘሎ ኣይንፈልጥን፦ ሓደ ጸብጻብ ዜና ናይ 2025 ብውዕል ዝተታሕዘ ግን ብICE ዘይጥቀመሉ ቦታ ይጠቅስ፣ እዚ ድማ እዚ ቦታ ክኸውን ይኽእል።

## ሕጂ ንICE ዝኾነ ሰብ ዘይሕዙ

facility-west-county-richmond-note = ኣብ Richmond ዝርከብ ቤት ማእሰርቲ ናይ Contra Costa County። ኣብ 2018 እቲ ሸሪፍ (sheriff) ነቲ ውዕል ምስ ኣቋረጾ ንICE ሰባት ምሓዝ ኣቋሪጹ፤ እቲ ካውንቲ ኣብ 2025 ንICE ዝኾነ ሰብ ከም ዘይሕዝ ገሊጹ። ሕጂ ኣብዚ ንICE ዝተታሕዘ ሰብ የለን።
facility-rio-cosumnes-note = ኣብ Elk Grove ዝርከብ ማእከል ምእራም ናይ Sacramento County። ንICE ሰባት ንምሓዝ ዝነበሮ ውዕል ኣብ 2018 ተሰሪዙ። ሕጂ ኣብዚ ንICE ዝተታሕዘ ሰብ የለን።
facility-theo-lacy-note = ኣብ ከተማ Orange ዝርከብ ቤት ማእሰርቲ ናይ Orange County። ኣብያተ ማእሰርቲ Orange County፣ እዚ ውን ሓዊሱ፣ ካብ 1 ነሓሰ 2019 ጀሚሮም ንICE ዝኾነ ሰብ ኣይሓዙን። ሕጂ ኣብዚ ንICE ዝተታሕዘ ሰብ የለን።
facility-james-a-musick-note = ሓደ ዝኣረገ ዝርዝር ስደተኛታት ዝሕዝ ቦታ ኢሉ ዝጠቐሶ ቤት ማእሰርቲ ናይ Orange County። ኣብያተ ማእሰርቲ Orange County ካብ 1 ነሓሰ 2019 ጀሚሮም ንICE ዝኾነ ሰብ ኣይሓዙን። ሕጂ ኣብዚ ንICE ዝተታሕዘ ሰብ የለን።
facility-santa-ana-city-jail-note = ቤት ማእሰርቲ ከተማ Santa Ana ቀደም ንICE ሰባት ይሕዝ ነይሩ። እታ ከተማ ብዝሒ ሰባት ደሪታ፣ ICE ድማ ኣብ 2017 ነቲ ውዕል ኣቋሪጹ። ሕጂ ኣብዚ ንICE ዝተታሕዘ ሰብ የለን።
facility-yuba-county-jail-note = ኣብ Marysville ዝርከብ ቤት ማእሰርቲ ካውንቲ ኣብ 1994 ብዝጀመረ ስምምዕ ንICE ሰባት ይሕዝ ነይሩ። ፈደራላዊ መንግስቲ ኣብ ታሕሳስ 2022 ኣቋሪጽዎ፤ ጸብጻባት ዜና ከም እቲ ኣብ California ምስ ቤት ማእሰርቲ ካውንቲ ዝነበረ ናይ መወዳእታ ውዕል ICE ገሊጾምዎ። ሕጂ ኣብዚ ንICE ዝተታሕዘ ሰብ የለን።
facility-el-centro-spc-note = ኣብ El Centro ዝነበረ ቀደም ማእከል መስርሕ ICE። ኣብ 30 መስከረም 2014 ተዓጽዩ፣ ኣብ ጥቓ Calexico ዝርከብ Imperial Regional Detention Facility (ማእከል ቀይዲ) ድማ ተክኡ። ሕጂ ኣብዚ ንICE ዝተታሕዘ ሰብ የለን።

# What went wrong, in words a person can act on. Shown by the app when a
# call fails; none of them repeats what the person typed.

error-invalid-locale = That language setting cannot be read. Choose a language from the list.
error-unknown-topic = That situation is not in this app. Choose one from the list.
error-unknown-law = That law is not in this app. Choose one from the list.
error-unknown-warrant-state = The warrant questions lost their place. Start them again.
error-unknown-warrant-choice = That is not one of the answers to this question. Choose one of the answers shown.
error-unknown-message = The app asked for a text that does not exist. This is a bug in the app.
error-invalid-coordinates = Your location could not be read. Type a ZIP code or a county instead.
error-invalid-zip = A ZIP code has 5 digits, for example 90012.
error-unknown-zip = This app does not know that ZIP code. Check it, or type your county.
error-unknown-county = There is no county by that name in the places this app covers.
error-unknown-city = There is no city by that name in the places this app covers.
error-unknown-state = That is not a US state. Type its two-letter code, for example CA.
error-invalid-time = That time cannot be read. Write a day and a time, for example Mon 22:30.
error-not-a-pack = This file is not an Amparo content file. Nothing was changed.
error-unsupported-pack-format = This content file is for another version of the app. Nothing was changed.
error-corrupt-pack = This content file is damaged or incomplete. Nothing was changed.
error-pack-too-large = This content file is far too large to be genuine. Nothing was changed.
error-unknown-key = This content file was not signed by Amparo. It may be fake. Nothing was changed.
error-bad-signature = This content file was changed after Amparo signed it. It may be fake. Nothing was changed.
# $offered: the file's content version; $in_use: the version the app uses.
error-not-newer = This content file (version { $offered }) is not newer than the content you have (version { $in_use }). Nothing was changed.
# $required: an app version such as 0.2.0.
error-needs-newer-app = This content file needs a newer version of the app ({ $required }). Update the app first. Nothing was changed.
# $missing: language codes, such as "km, ti".
error-fewer-languages = This content file lacks languages the app already has ({ $missing }). Nothing was changed.
error-storage = The app could not save the content file on this phone. The content you have still works.
error-no-data-folder = The app cannot install content files here. The content you have still works.
error-unknown-question = That question is not in this quiz. Start the quiz again.
error-unknown-quiz-choice = That is not one of the answers to this question. Choose one of the letters shown.
error-unknown-emergency-message = That message is not in this app. Choose one from the list.
error-unknown-message-value = The app gave this message something it does not ask for. This is a bug in the app.
error-value-too-long = That is too long for a text message. Use { $limit } characters or fewer.

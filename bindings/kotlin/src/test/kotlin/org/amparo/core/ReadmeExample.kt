package org.amparo.core

// README:kotlin:start
// Create Amparo with the phone's languages, most preferred first.
fun readmeExample(phoneLanguages: List<String>): List<String> {
    val shown = mutableListOf<String>()
    Amparo(phoneLanguages).use { amparo ->
        // The situations, in order, in the user's language.
        val topics = amparo.topics()
        // The card to show an officer: the user's language and English.
        val card = amparo.rightsCard(topics.first().id, "en")
        shown += "${card.title.user} / ${card.title.officer}"
        card.phrases.forEach { shown += "${it.user}\n  ${it.officer}" }
        // Every error is typed, and worded in the user's language.
        try {
            amparo.setLocales(listOf("!!"))
        } catch (e: AmparoException.InvalidLocale) {
            shown += e.message ?: ""
        }
    }
    return shown
}
// README:kotlin:end

package org.amparo.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** Negotiation from what Android sends, right-to-left cards and speech text. */
class LanguagesTest {
    private val cases = listOf(
        listOf("zh-CN") to listOf("zh-Hans", "en"),
        listOf("zh-SG") to listOf("zh-Hans", "en"),
        listOf("zh") to listOf("zh-Hans", "en"),
        listOf("zh-TW") to listOf("zh-Hant", "en"),
        listOf("zh-HK") to listOf("zh-Hant", "en"),
        listOf("zh-MO") to listOf("zh-Hant", "en"),
        listOf("yue") to listOf("zh-Hant", "en"),
        listOf("yue-HK") to listOf("zh-Hant", "en"),
        listOf("pt-BR") to listOf("pt", "en"),
        listOf("pt-PT") to listOf("pt", "en"),
        listOf("tl") to listOf("fil", "en"),
        listOf("fil-PH") to listOf("fil", "en"),
        listOf("pa-Guru-IN") to listOf("pa", "en"),
        listOf("fa-AF") to listOf("fa", "en"),
        listOf("prs") to listOf("fa", "en"),
        listOf("ar-EG") to listOf("ar", "en"),
        listOf("ar-SA") to listOf("ar", "en"),
        // Android 14+ sends Unicode extensions with the user's preferences.
        listOf("en-US-u-mu-celsius") to listOf("en"),
        listOf("es-MX-u-fw-mon") to listOf("es", "en"),
        listOf("und", "ko-KR") to listOf("ko", "en"),
    )

    @Test
    fun `what phones send reaches the right locale`() {
        for ((requested, chain) in cases) {
            Amparo(requested).use { amparo ->
                assertEquals(chain, amparo.localeChain(), requested.toString())
                assertEquals(emptyList<String>(), amparo.skippedLocales(), requested.toString())
                assertFalse(amparo.fellBackToEnglish(), requested.toString())
            }
        }
    }

    @Test
    fun `a script not asked for is never chosen, and English fallback is reported`() {
        Amparo(listOf("pa-Arab")).use {
            assertEquals(listOf("en"), it.localeChain())
            assertTrue(it.fellBackToEnglish())
        }
        Amparo(listOf("sw-KE")).use { assertTrue(it.fellBackToEnglish()) }
    }

    @Test
    fun `one unreadable tag is skipped, a list of only unreadable tags is an error`() {
        Amparo(listOf("!!", "es-MX")).use {
            assertEquals(listOf("es", "en"), it.localeChain())
            assertEquals(listOf("!!"), it.skippedLocales())
        }
        assertThrows<AmparoException.InvalidLocale> { Amparo(listOf("!!", "12345")) }
    }

    @Test
    fun `an Arabic card is right to left with English for the officer`() {
        Amparo(listOf("ar")).use { amparo ->
            val card = amparo.rightsCard("at-home", "en")
            assertEquals(TextDirection.RTL, card.userDirection)
            assertEquals(TextDirection.RTL, amparo.textDirection())
            assertEquals("Agents at your door", card.title.officer)
            assertNotEquals(card.title.officer, card.title.user)
            assertEquals("ar", card.speechLocale)
            assertTrue(card.phrases.none { it.userSpeech.contains('\u2068') })
        }
    }
}

package org.amparo.core

import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** The generated Kotlin against the real Rust library and the embedded content. */
class AmparoTest {
    @Test
    fun `a rights card pairs Spanish with English`() {
        Amparo(listOf("es-MX")).use { amparo ->
            val card = amparo.rightsCard("at-home", "en")
            assertEquals("es", card.userLocale)
            assertEquals("en", card.officerLocale)
            assertEquals("Agentes en su puerta", card.title.user)
            assertEquals("Agents at your door", card.title.officer)
            val silence = card.phrases.first { it.officer.startsWith("I am using my right to remain silent") }
            assertEquals("Voy a ejercer mi derecho a guardar silencio. Quiero hablar con un abogado.", silence.user)
            assertEquals(LegalReview.UNREVIEWED, card.review)
        }
    }

    @Test
    fun `topics come in order, localized`() {
        Amparo(listOf("es")).use { amparo ->
            val topics = amparo.topics()
            assertEquals(listOf("at-home", "warrant-check", "in-public", "traffic-stop"), topics.map { it.id }.take(4))
            assertEquals(15, topics.size)
            assertEquals("Si lo paran en el carro", topics[3].title)
        }
    }

    @Test
    fun `a topic carries every step with its sources`() {
        Amparo(listOf("en")).use { amparo ->
            val topic = amparo.topic("traffic-stop")
            assertEquals("Stopped in a car", topic.title)
            val first = topic.steps.first()
            assertEquals("pull-over-safely", first.id)
            assertNull(first.say)
            assertTrue(first.sources.any { it.url?.startsWith("https://www.acluva.org/") == true })
            assertEquals(SourceTier.PRIMARY, first.sources.first { it.id == "aclu-va" }.tier)
            assertEquals("2026-11-21", first.checked)
        }
    }

    @Test
    fun `locales report coverage and review status`() {
        Amparo(listOf("es")).use { amparo ->
            val locales = amparo.locales().associateBy { it.tag }
            assertEquals(1.0, locales.getValue("en").coverage)
            assertEquals(1.0, locales.getValue("es").coverage)
            assertEquals(TranslationOrigin.MACHINE, locales.getValue("es").translation)
            assertFalse(locales.getValue("es").humanReviewed)
            assertTrue(locales.getValue("es").inChain)
        }
    }

    @Test
    fun `unavailable locales fall back to English`() {
        Amparo(listOf("zh-TW")).use { assertEquals(listOf("zh-Hant", "en"), it.localeChain()) }
        Amparo(listOf("sw")).use { assertEquals(listOf("en"), it.localeChain()) }
        Amparo(listOf("de", "es")).use { assertEquals(listOf("es", "en"), it.localeChain()) }
        Amparo(listOf("es")).use {
            assertEquals("en", it.rightsCard("in-public", "de").officerLocale)
        }
    }

    @Test
    fun `set locales switches, and a bad tag changes nothing`() {
        Amparo(listOf("en")).use { amparo ->
            amparo.setLocales(listOf("es-US"))
            assertEquals(listOf("es", "en"), amparo.localeChain())
            assertThrows<AmparoException.InvalidLocale> { amparo.setLocales(listOf("??")) }
            assertEquals(listOf("es", "en"), amparo.localeChain())
        }
    }

    @Test
    fun `content info tells version, counts and legal review`() {
        Amparo(listOf("en")).use { amparo ->
            val info = amparo.contentInfo()
            assertEquals(15, info.topics)
            assertEquals(PackOrigin.EMBEDDED, info.pack.origin)
            assertEquals("2027-06-01", info.staleAfter)
            assertNull(info.stale)
            assertEquals(true, amparo.contentInfo("2027-06-11").stale)
            assertEquals(10, amparo.contentInfo("2027-06-11").daysPastStale)
            assertEquals(listOf("US-CA", "US-CT"), info.coverage)
            assertEquals(PackReview.UNREVIEWED, info.legalReview.status)
            assertEquals(0, info.legalReview.lawyerReviewed)
        }
    }

    @Test
    fun `messages for the app's own screens`() {
        Amparo(listOf("es")).use { amparo ->
            assertEquals("Diga", amparo.message("label-say", emptyMap()))
            val err = assertThrows<AmparoException.UnknownMessage> { amparo.message("no-such-label", emptyMap()) }
            assertEquals("La aplicación pidió un texto que no existe. Es una falla de la aplicación.", err.message)
        }
    }

    @Test
    fun `each error arrives as its typed exception`() {
        val badTag = assertThrows<AmparoException.InvalidLocale> { Amparo(listOf("!!")) }
        assertEquals("That language setting cannot be read. Choose a language from the list.", badTag.message)
        assertFalse(badTag.message!!.contains("!!"), "the message never repeats what was typed")
        Amparo(listOf("en")).use { amparo ->
            val unknown = assertThrows<AmparoException.UnknownTopic> { amparo.topic("at-werk") }
            assertEquals("That situation is not in this app. Choose one from the list.", unknown.message)
            assertThrows<AmparoException.UnknownTopic> { amparo.rightsCard("nope", "en") }
            assertThrows<AmparoException.InvalidLocale> { amparo.rightsCard("at-home", "!!") }
        }
    }

    @Test
    fun `one instance serves several threads`() {
        Amparo(listOf("es")).use { amparo ->
            val pool = Executors.newFixedThreadPool(8)
            try {
                val jobs = (0 until 8).map {
                    Callable {
                        (0 until 50).map { amparo.rightsCard("at-home", "en").title.officer }.toSet()
                    }
                }
                val titles = pool.invokeAll(jobs).flatMap { it.get() }.toSet()
                assertEquals(setOf("Agents at your door"), titles)
            } finally {
                pool.shutdown()
                pool.awaitTermination(10, TimeUnit.SECONDS)
            }
        }
    }

    @Test
    fun `eight threads on one cold instance get what one thread gets`() {
        // Mixed calls, each answered by one thread alone on another instance first.
        val calls: List<(Amparo) -> Any> = listOf(
            { a -> a.findHelp(HelpQuery(Place.Zip("90012"))) },
            { a -> a.findHelp(HelpQuery(Place.Zip("06511"))) },
            { a -> a.findHelp(HelpQuery(Place.Coordinates(34.0522, -118.2437))) },
            { a -> a.findHelp(HelpQuery(Place.County("Fresno"))) },
            { a -> a.topic("at-home") },
            { a -> a.rightsCard("traffic-stop", "en") },
            { a -> a.search("policía") },
            { a -> a.quiz("at-home") },
        )
        val expected = Amparo(listOf("es-MX")).use { alone -> calls.map { it(alone) } }
        Amparo(listOf("es-MX")).use { shared ->
            val pool = Executors.newFixedThreadPool(8)
            try {
                val jobs = (0 until 8).map { thread ->
                    Callable {
                        (0 until 400).count { n ->
                            val i = (n * (2 * thread + 1) + thread) % calls.size
                            calls[i](shared) != expected[i]
                        }
                    }
                }
                val differing = pool.invokeAll(jobs).sumOf { it.get() }
                assertEquals(0, differing)
            } finally {
                pool.shutdown()
                pool.awaitTermination(60, TimeUnit.SECONDS)
            }
        }
    }

    private fun query(place: Place, at: LocalTime? = null, speaks: String? = null) =
        HelpQuery(place, emptyList(), speaks, null, at, false)

    @Test
    fun `defaults a caller expects, a place alone, English for the officer, no arguments`() {
        Amparo(listOf("es")).use { amparo ->
            val answer = amparo.findHelp(HelpQuery(Place.Zip("90012")))
            assertEquals("06037", answer.region?.countyFips)
            assertEquals("en", amparo.rightsCard("at-home").officerLocale)
            assertEquals("Diga", amparo.message("label-say"))
            assertTrue(amparo.search("silencio").size <= 10)
        }
    }

    @Test
    fun `find help for a ZIP`() {
        Amparo(listOf("es-MX")).use { amparo ->
            val answer = amparo.findHelp(query(Place.Zip("90012")))
            assertEquals(Coverage.COVERED, answer.coverage)
            assertEquals("06037", answer.region?.countyFips)
            assertEquals("CA", answer.region?.state)
            assertEquals("+18886244752", answer.hotlines.first().phone.e164)
            assertEquals("(888) 624-4752", answer.hotlines.first().phone.display)
            assertFalse(answer.hotlines.first().confirmed)
            assertEquals(HotlineScope.COUNTY, answer.hotlines.first().scope)
            assertTrue(answer.policy!!.text.contains("California"))
        }
    }

    @Test
    fun `find help for coordinates`() {
        Amparo(listOf("en")).use { amparo ->
            val cityHall = amparo.findHelp(query(Place.Coordinates(37.7793, -122.4193)))
            assertEquals("06075", cityHall.region?.countyFips)
            val vegas = amparo.findHelp(query(Place.Coordinates(36.1699, -115.1398)))
            assertEquals(Coverage.OUTSIDE, vegas.coverage)
            assertNull(vegas.region)
            assertTrue(vegas.hotlines.isNotEmpty() && vegas.hotlines.all { it.scope == HotlineScope.NATIONAL })
        }
    }

    @Test
    fun `find help in New Haven answers for Connecticut, with no California law`() {
        Amparo(listOf("en")).use { amparo ->
            val answer = amparo.findHelp(query(Place.Zip("06511")))
            assertEquals(Coverage.COVERED, answer.coverage)
            assertEquals("09170", answer.region?.countyFips)
            assertEquals("South Central Connecticut Planning Region", answer.region?.countyFull)
            assertEquals("CT", answer.state?.code)
            assertTrue(answer.policy!!.text.startsWith("In Connecticut, the TRUST Act"))
            assertTrue(answer.hotlines.any { it.id == "ct-statewide-legal-services" })
            assertFalse(answer.policy!!.laws.any { it.id == "sb54" || it.name.contains("California") })
            assertTrue(answer.organizations.all { it.countyFips.startsWith("09") })
            // An old county name still answers, and names every region it spans.
            val oldCounty = amparo.findHelp(query(Place.County("New Haven County")))
            assertEquals("09170", oldCounty.region?.countyFips)
            assertEquals(listOf("09140"), oldCounty.alsoCounties.map { it.countyFips })
            assertEquals(NearbyReason.FORMER_COUNTY, oldCounty.alsoCounties.first().reason)
            // A Connecticut user never reads a California step.
            amparo.setState("CT")
            assertEquals("CT", amparo.state())
            val inJail = amparo.topic("in-jail")
            assertTrue(inJail.steps.none { it.scope == "CA" })
            assertTrue(inJail.steps.any { it.scope == "CT" })
            assertThrows<AmparoException.UnknownState> { amparo.setState("Atlantis") }
            assertEquals("CT", amparo.state())
        }
    }

    @Test
    fun `a ZIP in another state answers with that state and national lines`() {
        Amparo(listOf("en")).use { amparo ->
            val answer = amparo.findHelp(query(Place.Zip("10001")))
            assertEquals(Coverage.OTHER_STATE, answer.coverage)
            assertEquals("NY", answer.state?.code)
            assertNull(answer.region)
            assertEquals(listOf("ny-protect-our-courts-act"), answer.stateLaws.map { it.id })
            assertTrue(answer.hotlines.all { it.scope == HotlineScope.NATIONAL })
            assertEquals("Amparo has no local content for New York yet. National lines still work.", answer.notice)
        }
    }

    @Test
    fun `detention facilities of California, nearest first, with the locator`() {
        Amparo(listOf("en")).use { amparo ->
            val all = amparo.detentionFacilities("CA", null, null)
            assertEquals(15, all.facilities.size)
            assertTrue(all.facilities.all { it.countyFips.startsWith("06") && it.sources.isNotEmpty() })
            assertEquals("https://locator.ice.gov", all.locatorUrl)
            assertTrue(all.infoLines.any { it.id == "ice-detention-line" })
            val bakersfield = amparo.detentionFacilities("CA", 35.3733, -119.0187)
            assertEquals("mesa-verde", bakersfield.facilities.first().id)
            assertEquals(FacilityStatus.OPERATING, bakersfield.facilities.first().status)
            assertThrows<AmparoException.InvalidCoordinates> { amparo.detentionFacilities("CA", 35.0, null) }
            assertThrows<AmparoException.UnknownState> { amparo.detentionFacilities("ZZ", null, null) }
            // Every find-help answer carries the locator and the nearest places holding people now.
            val fresno = amparo.findHelp(query(Place.Zip("93701")))
            assertEquals("https://locator.ice.gov", fresno.detention.locatorUrl)
            assertTrue(fresno.detention.facilities.isNotEmpty())
            assertTrue(fresno.detention.facilities.all { it.status == FacilityStatus.OPERATING })
            assertTrue(fresno.organizations.all { it.countyFips == "06019" && it.phone != null })
        }
    }

    @Test
    fun `find help marks lines open at the caller's time`() {
        Amparo(listOf("en")).use { amparo ->
            val night = LocalTime(Weekday.SUNDAY, 23 * 60)
            val answer = amparo.findHelp(query(Place.County("San Francisco"), at = night))
            assertEquals(false, answer.hotlines.first { it.id == "ice-detention-line" }.openNow)
            assertEquals(true, answer.hotlines.first().openNow)
        }
    }

    @Test
    fun `find help errors are typed`() {
        Amparo(listOf("en")).use { amparo ->
            assertThrows<AmparoException.InvalidCoordinates> { amparo.findHelp(query(Place.Coordinates(Double.NaN, 0.0))) }
            assertThrows<AmparoException.InvalidZip> { amparo.findHelp(query(Place.Zip("9001"))) }
            // No state's ZIP codes begin with 000.
            assertThrows<AmparoException.UnknownZip> { amparo.findHelp(query(Place.Zip("00000"))) }
            assertThrows<AmparoException.UnknownCity> { amparo.findHelp(query(Place.City("Atlantis"))) }
        }
    }

    @Test
    fun `laws, the warrant checker and search`() {
        Amparo(listOf("zh-TW")).use { amparo ->
            // With no state chosen, both covered states' laws: 12 and 6.
            assertEquals(18, amparo.laws().size)
            amparo.setState("CA")
            assertEquals(12, amparo.laws().size)
            amparo.setState(null)
            assertEquals(LawStatus.DID_NOT_PASS, amparo.law("vision-act").status)
            assertThrows<AmparoException.UnknownLaw> { amparo.law("sb1070") }
            var step = amparo.warrantCheckStart("en")
            for (choice in listOf("police", "i205", "yes")) {
                assertTrue(step.question!!.choices.any { it.id == choice }, choice)
                step = amparo.warrantCheckAnswer(step.state, choice, "en")
            }
            val outcome = step.outcome!!
            assertEquals("o-i205-final-order", outcome.id)
            assertEquals(EntryClaim.CONTESTED, outcome.entry)
            assertTrue(outcome.advice.any { it.advice == WarrantAdvice.DO_NOT_RESIST })
            assertEquals("zh-Hant", outcome.userLocale)
            assertEquals(
                "I do not consent to you entering my home. This warrant is not signed by a judge.",
                outcome.say!!.officer,
            )
            assertThrows<AmparoException.UnknownWarrantChoice> { amparo.warrantCheckAnswer("q-who", "maybe", "en") }
            val title = amparo.topic("in-jail").title
            assertTrue(amparo.search(title.take(2), 5).any { it.topicId == "in-jail" })
        }
    }

    @Test
    fun `the README example runs`() {
        val lines = readmeExample(listOf("es-MX"))
        assertEquals("Agentes en su puerta / Agents at your door", lines.first())
        assertTrue(lines.contains("No se puede leer esa configuración de idioma. Elija un idioma de la lista."), lines.toString())
    }

    @Test
    fun `conflicting numbers come together, marked, and areas are labelled`() {
        Amparo(listOf("en")).use { amparo ->
            val sacramento = amparo.findHelp(query(Place.County("Sacramento"))).hotlines.associateBy { it.id }
            val act = sacramento.getValue("sacramento-act")
            val fuel = sacramento.getValue("sacramento-fuel")
            assertEquals(fuel.phone, act.conflict!!.withPhone)
            assertEquals(act.phone, fuel.conflict!!.withPhone)
            assertTrue(act.conflict!!.reason.contains("Sacramento"))
            assertEquals("Not yet confirmed by phone. Newest source: 2018.", act.confirmationNote)

            val longBeach = amparo.findHelp(query(Place.Zip("90802"))).hotlines.associateBy { it.id }
            for (id in listOf("long-beach-cdn", "long-beach-cdn-2019")) {
                val line = longBeach.getValue(id)
                assertEquals("Long Beach", line.area!!.name)
                assertEquals(true, line.area!!.includesPlace)
                assertEquals(HotlineScope.AREA, line.scope)
                assertTrue(line.conflict != null)
            }
            val ice = longBeach.getValue("ice-detention-line")
            assertEquals("Monday to Friday, 5:00–17:00 (Pacific time)", ice.hours!!.words)
            assertEquals(TimeZone.PACIFIC, ice.hours!!.timeZone)
        }
    }
}

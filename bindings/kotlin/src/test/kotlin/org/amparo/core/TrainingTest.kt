package org.amparo.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/**
 * The training quiz and emergency messages from Kotlin, as an Android
 * shell calls them: the questions of a situation, each answer checked by the
 * core, and a text message filled in for the phone to send.
 */
class TrainingTest {
    @Test
    fun `every question of every situation has exactly one right choice and a source`() {
        Amparo(listOf("es")).use { amparo ->
            var questions = 0
            for (topic in amparo.topics()) {
                val quiz = amparo.quiz(topic.id)
                assertTrue(quiz.questions.size >= 3, topic.id)
                for (question in quiz.questions) {
                    questions++
                    assertFalse(question.sources.isEmpty(), question.id)
                    val right = question.choices.filter { amparo.checkAnswer(question.id, it.id).correct }
                    assertEquals(1, right.size, question.id)
                }
            }
            assertTrue(questions >= 45, "$questions questions")
        }
    }

    @Test
    fun `a wrong answer comes back with the right one and why, in Spanish`() {
        Amparo(listOf("es")).use { amparo ->
            val check = amparo.checkAnswer("at-home-door", "a")
            assertFalse(check.correct)
            assertEquals("b", check.rightChoice.id)
            Amparo(listOf("en")).use { english ->
                assertNotEquals(english.checkAnswer("at-home-door", "a").explanation, check.explanation)
            }
            val unknown = assertThrows<AmparoException.UnknownQuizChoice> { amparo.checkAnswer("at-home-door", "z") }
            assertTrue(unknown.message!!.isNotEmpty())
            assertThrows<AmparoException.UnknownQuestion> { amparo.checkAnswer("no-such-question", "a") }
        }
    }

    @Test
    fun `the detained message is filled in, in Spanish and in English, and blanks are listed`() {
        Amparo(listOf("es")).use { amparo ->
            val values = mapOf("place" to "Calle Olvera 125", "contact" to "Ana", "a_number" to "123456789")
            val message = amparo.emergencyMessage("detained", values)
            val english = message.english.replace("\u2068", "").replace("\u2069", "")
            assertEquals(
                "I have been detained by immigration at Calle Olvera 125. Please call Ana. My A-number is 123456789.",
                english,
            )
            values.values.forEach { assertTrue(message.text.contains(it), it) }
            assertNotEquals(message.english, message.text)
            assertTrue(message.missing.isEmpty())
            val blank = amparo.emergencyMessage("detained", mapOf("place" to "Fresno"))
            assertEquals(listOf("contact", "a_number"), blank.missing)
            assertThrows<AmparoException.ValueTooLong> {
                amparo.emergencyMessage("arrested", mapOf("place" to "x".repeat(500)))
            }
            assertThrows<AmparoException.UnknownEmergencyMessage> { amparo.emergencyMessage("deported", mapOf()) }
            assertEquals(
                listOf("detained", "arrested", "children", "find-me"),
                amparo.emergencyTemplates().map { it.kind },
            )
        }
    }

    @Test
    fun `the family plan names who picks up the children and the rapid response line`() {
        Amparo(listOf("en")).use { amparo ->
            val plan = amparo.familyPlan()
            val ids = plan.fields.map { it.id }
            assertTrue(ids.containsAll(listOf("children-pickup", "a-numbers", "lawyer", "rapid-response")), "$ids")
            assertEquals(PlanPrefill.RAPID_RESPONSE_LINE, plan.fields.first { it.id == "rapid-response" }.prefill)
        }
    }
}

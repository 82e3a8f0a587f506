package org.amparo.core

import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * No unsigned integers cross the FFI, so Kotlin needs no `3u` and Java sees
 * every method by its plain name (an unsigned parameter makes Kotlin mangle
 * it, e.g. `search-Qn1smSk`, which Java cannot call).
 */
class JavaCallsTest {
    @Test
    fun `every public method has a plain JVM name`() {
        val mangled = Amparo::class.java.methods.map { it.name }.filter { it.contains('-') }
        assertTrue(mangled.isEmpty(), "mangled for Java: $mangled")
        val records = listOf(HelpQuery::class.java, ContentInfo::class.java, LocalTime::class.java)
        for (record in records) {
            val bad = record.constructors.flatMap { it.parameterTypes.toList() }
                .filter { it.name.startsWith("kotlin.U") }
            assertTrue(bad.isEmpty(), "${record.simpleName} takes unsigned types: $bad")
        }
    }
}

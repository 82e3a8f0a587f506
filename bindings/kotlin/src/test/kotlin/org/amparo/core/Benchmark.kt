package org.amparo.core

/**
 * What a call costs from Kotlin on the JVM, through JNA: run with
 * `mvn -q test-compile exec:exec@bench` after `bindings/generate.sh --release`.
 * Prints figures; it asserts nothing (speed is measured, never tested).
 */
fun main() {
    Amparo(listOf("es-MX")).use { amparo ->
        measure("rightsCard(at-home, en)") { amparo.rightsCard("at-home", "en") }
        measure("topics()") { amparo.topics() }
        measure("topic(at-home)") { amparo.topic("at-home") }
        val gps = HelpQuery(Place.Coordinates(34.0537, -118.2428), emptyList(), null, null, null, false)
        measure("findHelp(GPS, Los Angeles)") { amparo.findHelp(gps) }
        val zip = HelpQuery(Place.Zip("90012"), emptyList(), null, null, null, false)
        measure("findHelp(ZIP 90012)") { amparo.findHelp(zip) }
    }
    measure("Amparo(listOf(es-MX)) + close") { Amparo(listOf("es-MX")).close() }
}

private fun measure(name: String, call: () -> Any) {
    repeat(20_000) { call() } // warm up the JIT and JNA
    val rounds = 5
    val perRound = 20_000
    val micros = (1..rounds).map {
        val start = System.nanoTime()
        repeat(perRound) { call() }
        (System.nanoTime() - start) / 1_000.0 / perRound
    }.sorted()
    println("%-34s median %.2f µs/call (min %.2f, max %.2f; %d rounds of %d)".format(
        name, micros[rounds / 2], micros.first(), micros.last(), rounds, perRound))
}

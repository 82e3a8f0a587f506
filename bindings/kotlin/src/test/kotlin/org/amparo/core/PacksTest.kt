package org.amparo.core

import java.io.File
import java.nio.file.Files
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/**
 * Installing signed content packs from Kotlin, as an Android shell does with
 * a file from a share sheet. The packs are written by
 * `cargo run -p amparo-acceptance --bin make-test-packs -- build/test-packs`
 * (tests/run-all.sh does it) and signed with the test key, which this test
 * build of the library trusts.
 */
class PacksTest {
    private val packs = File("../../build/test-packs")
    private val testLine = "(213) 555-0142"

    private fun pack(name: String): ByteArray = File(packs, name).readBytes()

    private fun losAngelesLines(amparo: Amparo): List<String> =
        amparo.findHelp(HelpQuery(Place.Zip("90012"))).hotlines.map { it.phone.display }

    /** Every file's name and bytes: equal snapshots mean nothing was written. */
    private fun snapshot(folder: File): Map<String, List<Byte>> =
        (folder.listFiles() ?: emptyArray()).associate { it.name to it.readBytes().toList() }

    @Test
    fun `a newer pack makes its new line appear, and survives a restart`() {
        val folder = Files.createTempDirectory("amparo-data").toFile()
        Amparo.withDataFolder(folder.path, listOf("es")).use { amparo ->
            assertEquals(PackOrigin.EMBEDDED, amparo.pack().origin)
            assertFalse(losAngelesLines(amparo).contains(testLine))
            val installed = amparo.installPack(pack("newer.pack"))
            assertEquals(PackOrigin.INSTALLED, installed.origin)
            assertEquals(KeyRole.TEST, installed.keyRole)
            assertTrue(losAngelesLines(amparo).contains(testLine))
            assertEquals(installed, amparo.findHelp(HelpQuery(Place.Zip("90012"))).pack)
            assertEquals(installed, amparo.topic("at-home").pack)
            assertEquals(installed, amparo.rightsCard("at-home").pack)
        }
        Amparo.withDataFolder(folder.path, listOf("es")).use { again ->
            assertEquals(PackOrigin.INSTALLED, again.pack().origin)
            assertTrue(losAngelesLines(again).contains(testLine))
            assertEquals(PackOrigin.EMBEDDED, again.forgetInstalled().origin)
            assertFalse(losAngelesLines(again).contains(testLine))
        }
    }

    @Test
    fun `older, tampered and other bad packs raise their typed errors and change nothing`() {
        val folder = Files.createTempDirectory("amparo-data").toFile()
        Amparo.withDataFolder(folder.path, listOf("es")).use { amparo ->
            val installed = amparo.installPack(pack("newer.pack"))
            val before = snapshot(folder)
            val older = assertThrows<AmparoException.NotNewer> { amparo.installPack(pack("older.pack")) }
            assertTrue(older.message!!.startsWith("Este archivo"), older.message)
            assertThrows<AmparoException.NotNewer> { amparo.installPack(pack("same.pack")) }
            val tampered = assertThrows<AmparoException.BadSignature> { amparo.installPack(pack("tampered.pack")) }
            assertFalse(tampered.message.isNullOrBlank())
            assertThrows<AmparoException.CorruptPack> { amparo.installPack(pack("truncated.pack")) }
            assertThrows<AmparoException.UnknownKey> { amparo.installPack(pack("unknown-key.pack")) }
            assertThrows<AmparoException.FewerLanguages> { amparo.installPack(pack("fewer-languages.pack")) }
            assertThrows<AmparoException.NeedsNewerApp> { amparo.installPack(pack("needs-newer-app.pack")) }
            assertThrows<AmparoException.NotAPack> { amparo.installPack(pack("not-a-pack.pack")) }
            assertThrows<AmparoException.PackTooLarge> { amparo.installPack(pack("too-large.pack")) }
            assertEquals(before, snapshot(folder))
            // The app still answers from the content it had.
            assertEquals(installed, amparo.pack())
            assertTrue(losAngelesLines(amparo).contains(testLine))
        }
    }

    @Test
    fun `a data folder that cannot be written is a Storage error, and the content still answers`() {
        // A file where the folder should be: nothing can be created in it.
        val notAFolder = Files.createTempFile("amparo-data", ".txt").toFile()
        Amparo.withDataFolder(notAFolder.path, listOf("en")).use { amparo ->
            assertEquals(PackOrigin.EMBEDDED, amparo.pack().origin)
            val err = assertThrows<AmparoException.Storage> { amparo.installPack(pack("newer.pack")) }
            assertTrue(err.message!!.contains("still works"), err.message)
            assertFalse(amparo.topics().isEmpty())
        }
    }

    @Test
    fun `a pack file opens directly, and the embedded instance cannot install`() {
        Amparo.fromPackFile(pack("newest.pack"), listOf("en")).use { preview ->
            assertEquals(PackOrigin.FILE, preview.pack().origin)
            assertTrue(losAngelesLines(preview).contains(testLine))
        }
        assertThrows<AmparoException.BadSignature> { Amparo.fromPackFile(pack("tampered.pack"), listOf("en")) }
        Amparo(listOf("en")).use { amparo ->
            assertThrows<AmparoException.NoDataFolder> { amparo.installPack(pack("newer.pack")) }
        }
    }
}

"""Installing signed content packs from Python, as a shell does with a file
it received. The packs come from `make-test-packs` (tests/run-all.sh writes
them to build/test-packs), signed with the test key that this test build of
the library trusts."""

import pathlib

import pytest

import amparo

PACKS = pathlib.Path(__file__).resolve().parents[3] / "build" / "test-packs"
TEST_LINE = "(213) 555-0142"


def pack(name):
    return (PACKS / name).read_bytes()


def los_angeles_lines(app):
    answer = app.find_help(amparo.HelpQuery(place=amparo.Place.ZIP("90012")))
    return [line.phone.display for line in answer.hotlines]


def snapshot(folder):
    return {path.name: path.read_bytes() for path in folder.iterdir()}


def test_a_newer_pack_makes_its_new_line_appear(tmp_path):
    app = amparo.Amparo.with_data_folder(str(tmp_path), ["en"])
    assert app.pack().origin == amparo.PackOrigin.EMBEDDED
    assert TEST_LINE not in los_angeles_lines(app)
    installed = app.install_pack(pack("newer.pack"))
    assert installed.origin == amparo.PackOrigin.INSTALLED
    assert installed.key_role == amparo.KeyRole.TEST
    assert TEST_LINE in los_angeles_lines(app)
    restarted = amparo.Amparo.with_data_folder(str(tmp_path), ["en"])
    assert TEST_LINE in los_angeles_lines(restarted)
    assert restarted.forget_installed().origin == amparo.PackOrigin.EMBEDDED
    assert TEST_LINE not in los_angeles_lines(restarted)


@pytest.mark.parametrize(
    "name, error",
    [
        ("older.pack", amparo.AmparoError.NotNewer),
        ("same.pack", amparo.AmparoError.NotNewer),
        ("tampered.pack", amparo.AmparoError.BadSignature),
        ("truncated.pack", amparo.AmparoError.CorruptPack),
        ("unknown-key.pack", amparo.AmparoError.UnknownKey),
        ("fewer-languages.pack", amparo.AmparoError.FewerLanguages),
        ("needs-newer-app.pack", amparo.AmparoError.NeedsNewerApp),
        ("not-a-pack.pack", amparo.AmparoError.NotAPack),
        ("too-large.pack", amparo.AmparoError.PackTooLarge),
    ],
)
def test_a_bad_pack_raises_its_typed_error_and_changes_nothing(tmp_path, name, error):
    app = amparo.Amparo.with_data_folder(str(tmp_path), ["en"])
    installed = app.install_pack(pack("newer.pack"))
    before = snapshot(tmp_path)
    with pytest.raises(error) as raised:
        app.install_pack(pack(name))
    assert str(raised.value).endswith(
        ("Nothing was changed.", "It may be fake. Nothing was changed.")
    ), str(raised.value)
    assert snapshot(tmp_path) == before
    assert app.pack() == installed
    assert TEST_LINE in los_angeles_lines(app)


def test_a_pack_file_opens_directly_only_when_genuine():
    preview = amparo.Amparo.from_pack_file(pack("newest.pack"), ["en"])
    assert preview.pack().origin == amparo.PackOrigin.FILE
    with pytest.raises(amparo.AmparoError.BadSignature):
        amparo.Amparo.from_pack_file(pack("tampered.pack"), ["en"])
    with pytest.raises(amparo.AmparoError.NoDataFolder):
        amparo.Amparo(["en"]).install_pack(pack("newer.pack"))


def test_a_data_folder_that_cannot_be_written_is_a_storage_error(tmp_path):
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("not a folder")
    app = amparo.Amparo.with_data_folder(str(not_a_folder), ["en"])
    assert app.pack().origin == amparo.PackOrigin.EMBEDDED
    with pytest.raises(amparo.AmparoError.Storage) as raised:
        app.install_pack(pack("newer.pack"))
    assert "still works" in str(raised.value)
    assert app.topics()
    assert app.topic("at-home").pack == app.pack()

"""Recordings from phones (issue 14 §1): each format imported byte-identical, what the file states read and chained
as "read from the file", decoded in memory to within 50 ms of its length, and carried byte-identical in the archive."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from recorder.archive.export import export_archive
from recorder.archive.verify import verify_archive
from recorder.core.store import SessionReader
from recorder.core.vault import Vault, VaultKeys
from recorder.importing import audio
from recorder.importing.files import import_files
from tests.phone_audio import CREATION, MODEL, SECONDS, make_phone_recordings


@pytest.fixture(scope="module")
def recordings(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("phone") / "Recordings"
    return folder, make_phone_recordings(folder)


def test_each_phone_format_imported_with_facts_read_from_the_file_and_decoded_in_memory(
    vault: Vault, keys: VaultKeys, recordings: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, codecs = recordings
    assert len(codecs) == 9  # m4a, aac, mp3, ogg, opus, 3gp, wav, AMR-NB, AMR-WB
    result = import_files(vault, keys.recording, "Door visit", [folder], "Xiaomi call recorder")
    reader = SessionReader(vault, keys.recording, result.session)
    entries = [e for e, _ in reader.entries() if e["kind"] == "import"]
    assert sorted(e["body"]["name"] for e in entries) == sorted(codecs)
    for entry in entries:
        body = entry["body"]
        original = (folder / body["name"]).read_bytes()
        stored = reader.blob(body["blob"], entry["payload"]["sha256"])
        assert stored == original  # never converted
        read = body["read_from_file"]
        assert read["reader"] == "PyAV" and read["codec"] == codecs[body["name"]], (body["name"], read)
        assert read["channels"] == 1 and read["sample_rate"] in (8_000, 16_000, 48_000)
        pcm, rate = audio.decode(stored)
        assert abs(len(pcm) / 2 / rate - SECONDS) <= 0.050, (body["name"], len(pcm) / 2 / rate)
    m4a = next(e["body"]["read_from_file"] for e in entries if e["body"]["name"] == "call-aac.m4a")
    assert m4a["tags"]["creation_time"] == CREATION and m4a["tags"]["com.android.model"] == MODEL

    out = tmp_path / "door.zip"
    export_archive(vault, keys, [result.session], out, language="en")
    with zipfile.ZipFile(out) as z:
        members = {Path(n).name.split("-", 1)[1]: z.read(n) for n in z.namelist() if "/imported/" in n}
        report = z.read("report.html").decode()
    assert members == {name: (folder / name).read_bytes() for name in codecs}
    assert "Read from the file, not measured by this app (PyAV" in report and MODEL in report
    assert verify_archive(out).ok


def test_bytes_that_are_not_audio_are_still_imported_without_facts(
    vault: Vault, keys: VaultKeys, tmp_path: Path
) -> None:
    fake = tmp_path / "not-really.m4a"
    fake.write_bytes(b"\x00" * 5_000)
    result = import_files(vault, keys.recording, "Door visit", [fake])
    entry = next(e for e, _ in SessionReader(vault, keys.recording, result.session).entries() if e["kind"] == "import")
    assert "read_from_file" not in entry["body"] and entry["body"]["media_type"] == "audio/mp4"
    with pytest.raises(ValueError):
        audio.decode(fake.read_bytes())


def test_a_photo_s_exif_time_and_device_are_kept_as_read_from_the_file(
    vault: Vault, keys: VaultKeys, tmp_path: Path
) -> None:
    from PIL import ExifTags, Image

    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Xiaomi"
    exif[ExifTags.Base.Model] = "Mi 10"
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = "2026:11:02 21:47:05"
    photo = tmp_path / "IMG_20261102_214705.jpg"
    Image.new("RGB", (320, 240), "navy").save(photo, exif=exif)
    shot = tmp_path / "Screenshot.png"
    Image.new("RGB", (108, 240), "white").save(shot)
    bomb = tmp_path / "huge.png"  # 20000 × 20000 declared: refused as a bomb, imported without facts
    Image.new("1", (20_000, 20_000)).save(bomb)
    result = import_files(vault, keys.recording, "Door visit", [photo, shot, bomb], "phone camera")
    reader = SessionReader(vault, keys.recording, result.session)
    read = {e["body"]["name"]: e["body"].get("read_from_file") for e, _ in reader.entries() if e["kind"] == "import"}
    assert read[photo.name]["tags"] == {"Make": "Xiaomi", "Model": "Mi 10", "DateTimeOriginal": "2026:11:02 21:47:05"}
    assert (read[photo.name]["format"], read[photo.name]["width"], read[photo.name]["height"]) == ("JPEG", 320, 240)
    assert read[shot.name]["format"] == "PNG" and read[shot.name]["tags"] == {}
    assert read[bomb.name] is None
    out = tmp_path / "door.zip"
    export_archive(vault, keys, [result.session], out, language="en")
    with zipfile.ZipFile(out) as z:
        report = z.read("report.html").decode()
    assert "JPEG, 320×240" in report and "Model: Mi 10" in report and "DateTimeOriginal: 2026:11:02 21:47:05" in report

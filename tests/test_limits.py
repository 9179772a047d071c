"""One set of limits (recorder.core.limits): input beyond them is refused at once with a sentence, and nothing
the writer accepts makes an archive its verifier refuses."""

from __future__ import annotations

import pytest

from recorder.archive import layout
from recorder.core import limits
from recorder.core.review import ReviewSitting
from recorder.core.session import Session, Source
from recorder.core.store import SessionReader
from recorder.core.vault import Vault, VaultKeys


def _entries(vault: Vault, keys: VaultKeys, sid: str) -> int:
    return sum(1 for _ in SessionReader(vault, keys.recording, sid).records())


def test_an_over_long_note_tag_or_name_is_refused_with_a_sentence_and_nothing_is_added(
    vault: Vault, keys: VaultKeys
) -> None:
    s = Session.start(vault, "Case L", Source("test tone", False, "test-signal"))
    s.add_note("n" * limits.MAX_NOTE_CHARS)  # exactly at the limit: kept
    with pytest.raises(limits.TooLong) as note:
        s.add_note("n" * (limits.MAX_NOTE_CHARS + 1))
    with pytest.raises(limits.TooLong) as tag:
        s.add_tag("t" * (limits.MAX_TAG_CHARS + 1))
    with pytest.raises(limits.TooLong) as name:
        s.add_attachment("x" * (limits.MAX_NAME_CHARS + 1) + ".jpg", b"photo")
    s.seal()
    assert str(note.value) == (
        f"The note is {limits.MAX_NOTE_CHARS + 1} characters long; at most {limits.MAX_NOTE_CHARS} are kept. "
        "Nothing was added."
    )
    assert "tag" in str(tag.value) and "file name" in str(name.value)
    assert _entries(vault, keys, s.id) == 3  # start, the note at the limit, the seal


def test_an_over_long_later_annotation_is_refused(vault: Vault, keys: VaultKeys) -> None:
    s = Session.start(vault, "Case L", Source("test tone", False, "test-signal"))
    s.seal()
    sitting = ReviewSitting.open(vault, keys, s.id)
    with pytest.raises(limits.TooLong):
        sitting.add_note("n" * (limits.MAX_NOTE_CHARS + 1))
    with pytest.raises(limits.TooLong):
        sitting.add_tag(None, "label", text="n" * (limits.MAX_NOTE_CHARS + 1))
    sitting.close()


def test_an_over_long_input_line_is_refused() -> None:
    assert limits.check_line(b"x" * limits.MAX_INPUT_LINE)
    with pytest.raises(limits.TooLong):
        limits.check_line(b"x" * (limits.MAX_INPUT_LINE + 1))


def test_the_archive_layout_uses_the_one_set_of_limits() -> None:
    assert layout.MAX_MEMBERS is limits.MAX_MEMBERS and layout.MAX_JOURNAL_LINE is limits.MAX_JOURNAL_LINE
    # The longest note, in the widest UTF-8 (4 bytes a character), fits in one journal line with room to spare.
    assert 4 * limits.MAX_NOTE_CHARS + 4096 < limits.MAX_JOURNAL_LINE


def test_the_longest_note_and_tag_the_writer_accepts_export_to_an_archive_that_verifies(
    vault: Vault, keys: VaultKeys, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Issue 11 §4: a 10 MB one-line note was exported, then refused by the verifier as a decompression bomb.
    What the writer accepts (the longest note in four-byte characters, the longest tag) exports and verifies."""
    from recorder.archive.export import export_archive
    from recorder.archive.verify import verify_archive

    s = Session.start(vault, "Case L", Source("test tone", False, "test-signal"))
    s.add_note("𝄞" * limits.MAX_NOTE_CHARS)
    s.add_note("a" * limits.MAX_NOTE_CHARS)
    s.add_tag("t" * limits.MAX_TAG_CHARS)
    s.add_attachment("n" * (limits.MAX_NAME_CHARS - 4) + ".txt", b"x")
    s.seal()
    out = tmp_path / "long.zip"
    export_archive(vault, keys, [s.id], out, language="en")
    report = verify_archive(out)
    assert report.ok, [str(p) for p in report.problems]


def test_an_entry_longer_than_a_journal_line_is_refused(vault: Vault, keys: VaultKeys) -> None:
    s = Session.start(vault, "Case L", Source("test tone", False, "test-signal"))
    with pytest.raises(limits.TooLong) as refused:
        s.add("visitors", {"count": 1, "names": ["x" * limits.MAX_JOURNAL_LINE]})
    assert "Nothing was added" in str(refused.value)
    s.add("visitors", {"count": 1, "names": ["Zhang"]})
    s.seal()
    assert _entries(vault, keys, s.id) == 3  # start, the visitors that fit, the seal

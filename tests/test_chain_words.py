"""A chain rule that does not hold is told in the reader's language inside the verifier's sentence (ground rule 7):
the chain's phrases are marked in the context "Chain" and carried as Worded parameters (core.errors)."""

from __future__ import annotations

import pickle

import pytest

from recorder.archive import messages as M
from recorder.archive.findings import Finding
from recorder.core.chain import ChainChecker
from recorder.core.errors import Worded, render
from recorder.i18n import translator


def _problem_of_a_broken_first_line() -> Worded:
    checker = ChainChecker()
    checker.feed(b"not json at all")
    assert checker.problems
    what = checker.problems[0].what
    assert isinstance(what, Worded) and what == "not valid JSON"
    return what


@pytest.mark.parametrize(
    "lang, words", [("zh_CN", "不是有效的 JSON"), ("zh_TW", "不是有效的 JSON"), ("en", "not valid JSON")]
)
def test_a_chain_problem_is_in_the_readers_language(lang: str, words: str) -> None:
    what = _problem_of_a_broken_first_line()
    finding = Finding(M.JOURNAL_LINE, {"name": "sessions/x/journal.jsonl", "line": 1, "what": what})
    text = finding.text(translator(lang))
    assert words in text, text


def test_a_worded_phrase_with_parameters_is_translated_whole_and_survives_pickling() -> None:
    what = Worded("Chain", "audio offset {offset} where {expected} was expected", offset="7", expected=5)
    assert what == "audio offset 7 where 5 was expected"
    again = pickle.loads(pickle.dumps(what))
    assert again == what and again.params == what.params and again.context == "Chain"
    zh = render("Archive", M.JOURNAL_LINE, {"name": "j", "line": 3, "what": again}, translator("zh_CN"))
    assert "音频位置为 7，而应为 5" in zh, zh

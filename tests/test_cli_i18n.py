"""The command line speaks the user's language (ground rule 7, issue 13 item 9): every sentence it prints is
collected into the .ts files and translated, and counts read as real plural forms ("1 time stamp"), never "(s)"."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from recorder import i18n
from recorder.archive.export import export_archive
from recorder.core.errors import RecorderError
from recorder.core.vault import Vault, VaultKeys
from recorder.timestamp import messages as TM
from tests.archive_sessions import record
from tests.archive_tools import read_all, write_like

ROOT = Path(__file__).resolve().parents[1]
RECORDER = Path(sys.executable).with_name("recorder")
TS = ROOT / "resources" / "translations"
SAYERS = {"say", "said"}

# A run of three or more English words: what an untranslated sentence leaves in a Chinese terminal.
ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:[ ,;:]+[A-Za-z][A-Za-z'’]*){2,}")
# What stays Latin in a translated line: session ids, hashes, file names and paths, options and commands.
NOT_WORDS = [
    re.compile(r"\d{8}T\d{6}Z-[0-9a-f]+"),
    re.compile(r"\b[0-9a-f]{16,}\b"),
    re.compile(r"(?:/[\w.@+-]+)+/?"),
    re.compile(r"\b[\w-]+\.(?:zip|json|html|txt|wav|sig|pem|tsr|sshsig)\b"),
    re.compile(r"--[a-z-]+(?: [A-Z]+)?"),
    re.compile(r"[“「]recorder [a-z -]+[”」]"),
    re.compile(r"\bSHA-?256(?:SUMS)?\b|\bEd25519\b|\bUTC\b|\bRFC ?3161\b"),
    re.compile(r"\{[\w.,-]+\}"),  # argparse's list of choices: {cn,tw,hk,us}
]


def english_runs(text: str) -> list[str]:
    for pattern in NOT_WORDS:
        text = pattern.sub(" ", text)
    return ENGLISH_RUN.findall(text)


def run(home: Path, lang: str, *args: str, passphrase: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [str(RECORDER), "--home", str(home), "--lang", lang]
    if passphrase is not None:
        cmd += ["--passphrase-file", str(passphrase)]
    env = {**os.environ, "LANGUAGE": "en", "LANG": "C.UTF-8"}  # --lang, not the environment, chooses
    return subprocess.run(
        cmd + list(args), capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL
    )


def assert_no_english(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr
    found = english_runs(done.stdout + "\n" + done.stderr)
    assert found == [], (found, done.stdout, done.stderr)


@pytest.fixture
def packages(vault: Vault, keys: VaultKeys, tmp_path: Path) -> tuple[Path, Path]:
    """An authentic evidence package and the same with one byte of its audio changed."""
    sid = record(vault, seconds=1.0, attachment=None)
    good = tmp_path / "good.zip"
    export_archive(vault, keys, [sid], good, language="en")
    infos, data = read_all(good)
    audio = next(name for name in data if name.endswith(".wav"))
    data[audio] = data[audio][:-1] + bytes([data[audio][-1] ^ 1])
    bad = tmp_path / "tampered.zip"
    write_like(bad, infos, data)
    return good, bad


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_the_command_line_prints_no_english_sentence_in_chinese(
    lang: str, packages: tuple[Path, Path], tmp_path: Path, passphrase_file: Path
) -> None:
    good, bad = packages
    home = tmp_path / f"new-{lang}"
    created = run(home, lang, "init", passphrase=passphrase_file)
    assert created.returncode == 0, created.stderr
    assert_no_english(created)
    empty = run(home, lang, "sessions")
    assert empty.returncode == 0 and empty.stdout.strip(), empty
    assert_no_english(empty)
    authentic = run(home, lang, "verify", str(good))
    assert authentic.returncode == 0, authentic.stdout
    assert_no_english(authentic)
    # The journal's tokens (a seal reason, a source kind) are said in words: was "封存（stopped）".
    assert "stopped" not in authentic.stdout and "test-signal" not in authentic.stdout, authentic.stdout
    tampered = run(home, lang, "verify", str(bad))
    assert tampered.returncode == 1, tampered.stdout
    assert_no_english(tampered)
    wrong = run(home, lang, "sessions", "--no-such-option")  # argparse's own words: "usage:", "unrecognized …"
    assert wrong.returncode == 2
    assert_no_english(wrong)
    assert "usage" not in wrong.stderr and "unrecognized" not in wrong.stderr, wrong.stderr
    choice = run(home, lang, "verify", str(good), "--lang", "xx")
    assert choice.returncode == 2
    assert "invalid choice" not in choice.stderr and "argument" not in choice.stderr, choice.stderr
    absent = run(home, lang, "verify", str(tmp_path / "absent.zip"))  # the system's "No such file or directory"
    assert absent.returncode == 2 and "absent.zip" in absent.stderr, absent
    assert_no_english(absent)
    unusable = run(home, lang, "record", "--case", "c", "--duration", "-1")
    assert unusable.returncode == 2 and unusable.stderr.strip(), unusable
    assert_no_english(unusable)


def test_every_command_s_help_is_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from recorder.cli.main import MODULE_OF, main

    try:
        for command in [None, *MODULE_OF]:  # in-process: 16 interpreters would take 20 s
            with pytest.raises(SystemExit) as done:
                main(["--lang", "zh_CN", *([command] if command else []), "--help"])
            assert done.value.code == 0, command
            out = capsys.readouterr().out
            assert "usage" not in out and "show this help" not in out, (command, out)
            assert english_runs(out) == [], (command, english_runs(out), out)
    finally:
        i18n.set_language("en")


def test_the_english_detector_finds_an_untranslated_sentence() -> None:
    assert english_runs("No recordings yet.") != []
    assert english_runs("验证通过：证据包 good.zip 真实且完整。") == []
    assert english_runs("录音 20261206T215507Z-91035c：所有检查均通过（12 个条目，1.0 秒音频）。") == []


def _said_literals() -> list[tuple[str, int, str, bool]]:
    """(file, line, text, marked) for every string given to say()/said() in the CLI; marked: in QT_TRANSLATE_NOOP."""
    out = []
    for path in sorted((ROOT / "recorder" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in SAYERS):
                continue
            if not node.args:
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                out.append((path.name, node.lineno, arg.value, False))
            elif (
                isinstance(arg, ast.Call)
                and isinstance(arg.func, ast.Name)
                and arg.func.id == "QT_TRANSLATE_NOOP"
                and isinstance(arg.args[1], ast.Constant)
            ):
                out.append((path.name, node.lineno, str(arg.args[1].value), True))
    return out


def _prompts() -> list[tuple[str, int, str]]:
    """(file, line, text) for every prompt literal given to read_passphrase() in the CLI."""
    out = []
    for path in sorted((ROOT / "recorder" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            prompt = node.args[1] if node.func.id == "read_passphrase" and len(node.args) > 1 else None
            if isinstance(prompt, ast.Constant) and prompt.value:
                out.append((path.name, node.lineno, str(prompt.value)))
    return out


def test_every_passphrase_prompt_is_collected_and_translated() -> None:
    prompts = _prompts()
    assert len(prompts) > 5
    for language in ("zh_CN", "zh_TW"):
        finished = _finished(language, "CLI")
        assert [p for p in prompts if p[2] not in finished] == [], language


def _finished(language: str, context: str) -> set[str]:
    done = set()
    for ctx in ET.parse(TS / f"recorder_{language}.ts").getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") is None and (tr.text or list(tr)):
                done.add(msg.findtext("source") or "")
    return done


def test_every_sentence_given_to_say_is_marked_collected_and_translated() -> None:
    said = _said_literals()
    assert len(said) > 20  # the parser above finds them
    unmarked = [(f, line, text) for f, line, text, marked in said if not marked]
    assert unmarked == [], "lupdate never collects a bare say('…'): mark it QT_TRANSLATE_NOOP('CLI', '…')"
    for language in ("zh_CN", "zh_TW", "en"):
        finished = _finished(language, "CLI")
        missing = [(f, line, text) for f, line, text, _ in said if text not in finished]
        assert missing == [], (language, missing)


@pytest.mark.parametrize(
    ("lang", "one", "three"),
    [
        ("en", "1 time stamp for this session was still waiting", "3 time stamps for this session were still waiting"),
        ("zh_CN", "本录音仍有 1 个时间戳请求", "本录音仍有 3 个时间戳请求"),
        ("zh_TW", "本錄音仍有 1 個時間戳記請求", "本錄音仍有 3 個時間戳記請求"),
    ],
)
def test_a_count_reads_in_the_plural_form_of_each_language(lang: str, one: str, three: str) -> None:
    try:
        i18n.set_language(lang)
        assert one in RecorderError(TM.STAMPS_WAITING, n=1).sentence(i18n.translate)
        assert three in RecorderError(TM.STAMPS_WAITING, n=3).sentence(i18n.translate)
    finally:
        i18n.set_language("en")
    # Without a translator (a log line, str(exc)) the English forms hold too.
    assert str(RecorderError(TM.STAMPS_WAITING, n=1)).startswith("1 time stamp for this session was")


def test_plural_forms_are_read_from_the_ts_files() -> None:
    english = i18n.load_plurals("en")
    chinese = i18n.load_plurals("zh_CN")
    key = ("Messages", TM.STAMPS_WAITING)
    assert len(english[key]) == 2 and len(chinese[key]) == 1
    assert i18n.plural(english, "en", *key, 1).startswith("1 time stamp for")
    assert i18n.plural(english, "en", *key, 0).startswith("0 time stamps for")
    assert i18n.plural({}, "en", "CLI", "%n things", 2) == "2 things"  # no forms: the source, %n filled in


def test_no_sentence_of_the_core_the_archive_or_the_command_line_says_s_in_brackets() -> None:
    contexts = {"Messages", "Archive", "CLI", "Report"}
    found = []
    for ctx in ET.parse(TS / "recorder_en.ts").getroot().iter("context"):
        if ctx.findtext("name") in contexts:
            found += [m.findtext("source") for m in ctx.iter("message") if "(s)" in (m.findtext("source") or "")]
    assert found == []


def test_every_text_with_a_count_placeholder_is_a_plural_with_its_forms() -> None:
    """A %n text not marked numerus (a variable as lupdate's 4th argument is taken for an encoding) would print
    "%n"; an English plural needs two different forms, Chinese one."""
    forms: dict[str, dict[tuple[str, str], list[str]]] = {}
    for language in ("en", "zh_CN", "zh_TW"):
        forms[language] = {}
        for ctx in ET.parse(TS / f"recorder_{language}.ts").getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                source = msg.findtext("source") or ""
                if "%n" not in source or name == "Argparse":
                    continue
                assert msg.get("numerus") == "yes", (language, name, source)
                tr = msg.find("translation")
                if tr is not None and tr.get("type") is None:
                    forms[language][(name, source)] = [f.text or "" for f in tr.iter("numerusform")]
    for key, english in forms["en"].items():
        assert len(english) == 2 and english[0] != english[1] and all("%n" in f or "{" in f for f in english), key
    for language in ("zh_CN", "zh_TW"):
        for key, chinese in forms[language].items():
            assert len(chinese) == 1 and "%n" in chinese[0], (language, key)


def test_the_ledger_made_from_one_recording_says_recording() -> None:
    from recorder.core import messages as M
    from recorder.core.errors import render

    assert render(M.CTX, M.LEDGER_CREATED, {"n": 1}).endswith("from the 1 recording present.")
    assert render(M.CTX, M.LEDGER_CREATED, {"n": 2}).endswith("from the 2 recordings present.")


def test_a_reason_given_as_a_phrase_is_translated_with_its_sentence() -> None:
    # Was "…无法解读的内容（nested too deeply）…": the reason, itself a marked text, stayed English.
    from recorder.archive import messages as AM
    from recorder.archive.findings import Finding
    from recorder.core.errors import Phrase

    finding = Finding(AM.INTERNAL, {"name": "x.zip", "why": Phrase(AM.NESTED_TOO_DEEPLY)})
    try:
        i18n.set_language("zh_CN")
        said = finding.text(i18n.translate)
    finally:
        i18n.set_language("en")
    assert "nested" not in said and "嵌套" in said, said
    assert "(nested too deeply)" in finding.text()  # English, and a plain str for JSON
    assert json.loads(json.dumps(finding.params))["why"] == "nested too deeply"

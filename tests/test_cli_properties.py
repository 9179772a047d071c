"""A property test over the command line (issue 12, Tests): whatever the argument values of `record`,
`sessions`, `check`, `export` and `verify`, and whatever bytes come on `record`'s standard input, the command
answers in sentences — never a traceback —, exits 0, 1 or 2 only, and when it exits 2 the vault's bytes are
exactly as they were.

In-process through recorder.cli.main.main (one interpreter, so that ~60 examples run in well under a minute);
`record` reads its stdin from a real pipe holding the example's bytes, and records from the test tone (what is
tested here is the command line, not the microphone: tests/test_cli_signals.py and tests/test_cli_stdin.py use the
PulseAudio test server).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from recorder.archive.export import export_archive
from recorder.cli import record_cmds
from recorder.cli.main import main
from recorder.core.session import Session, Source
from recorder.core.vault import Vault
from tests.fixtures.core import PASSPHRASE

# Text as users and files bring it: any code point, control characters, bidi marks, and (on Linux) bytes that
# were not UTF-8, which Python hands over as lone surrogates.
user_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(["\n", "\r", "\x1b", "\x00", "\u202e", "\u2066", "\x85", "\udcff", "\udc80", "门", "#"]),
    ),
    max_size=40,
)
floats_as_typed = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["-1", "0", "nan", "inf", "-inf", "1e308", "0.2", "0.1", "abc", "", " 0.2"]),
)
stdin_bytes = st.one_of(
    st.binary(max_size=3000),
    st.lists(st.sampled_from([b"note\n", b"#threat\n", b"\xff\xfe\n", "门口".encode("gb18030") + b"\n", b"\n"])).map(
        b"".join
    ),
)


@pytest.fixture(autouse=True)
def _signals_as_they_were() -> Iterator[None]:
    """main() in-process installs the command line's signal handling (recorder/stop_signals.py): undo it."""
    import signal

    from recorder.stop_signals import CATCHER

    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    yield
    for sig, handler in saved.items():
        signal.signal(sig, handler)
    CATCHER.reset()
    CATCHER.installed = False


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path | str]]:
    """One vault with a sealed session, its package, a passphrase file, and things that are not packages."""
    root = tmp_path_factory.mktemp("cli-properties")
    vault = Vault.create(root / "home", PASSPHRASE)
    s = Session.start(vault, "Door 门口", Source("test tone", live=False, kind="test-signal"))
    for _ in range(4):
        s.append_audio(b"\x10\x00" * 4800, rate=48000)
    s.add_note("They said they would come back")
    s.seal()
    package = root / "package.zip"
    export_archive(vault, vault.unlock(PASSPHRASE), [s.id], package, language="en")
    passphrase = root / "pass.txt"
    passphrase.write_text(PASSPHRASE + "\n", "utf-8")
    junk = root / "junk.zip"
    junk.write_bytes(os.urandom(3000))
    fifo = root / "fifo.zip"
    os.mkfifo(fifo)
    afile = root / "a-file"
    afile.write_bytes(b"not a folder")
    yield {
        "root": root,
        "home": vault.home,
        "sid": s.id,
        "package": package,
        "passphrase": passphrase,
        "junk": junk,
        "fifo": fifo,
        "afile": afile,
    }


def _snapshot(home: Path) -> dict[str, bytes]:
    out = {}
    for p in sorted(home.rglob("*")):
        rel = str(p.relative_to(home))
        out[rel] = p.read_bytes() if p.is_file() else b"<dir>"
    return out


@st.composite
def invocations(draw: st.DrawFn, world: dict) -> tuple[list[str], bytes, Path]:  # type: ignore[type-arg]
    """(argv, stdin bytes, the home used)."""
    home = draw(st.sampled_from([world["home"]] * 6 + [world["afile"], world["root"] / "nohome"]))
    argv = ["--home", str(home), "--lang", "en"]
    if draw(st.sampled_from([True, True, True, False])):
        # (not a FIFO: `--passphrase-file <(…)` is a pipe on purpose, and one without a writer waits for it)
        argv += ["--passphrase-file", str(draw(st.sampled_from([world["passphrase"], world["junk"]])))]
    command = draw(st.sampled_from(["record", "sessions", "check", "export", "verify"]))
    stdin = b""
    if command == "record":
        argv += ["record", "--case", draw(st.one_of(user_text, st.just("Door visit"), st.just("门口 visit")))]
        argv += ["--source", draw(st.sampled_from(["test-tone"] * 4 + ["file:/nonexistent.wav", "bogus"]))]
        # A valid duration records for that long: keep those short; most values are the ones to refuse.
        argv += ["--duration", draw(st.one_of(floats_as_typed, st.just("0.1"), st.just("0.2")))]
        if draw(st.integers(0, 3)) == 0:
            argv += ["--stamp-every", draw(floats_as_typed)]
        if draw(st.integers(0, 3)) == 0:
            argv += ["--rate", draw(st.sampled_from(["-5", "0", "48000", "44100", "999999999", "x"]))]
        stdin = draw(stdin_bytes)
    elif command in ("sessions", "check"):
        argv.append(command)
        if command == "check" and draw(st.booleans()):
            argv.append(draw(st.one_of(user_text, st.just(str(world["sid"])))))
        if draw(st.booleans()):
            argv.append("--json")
    elif command == "export":
        argv.append("export")
        if draw(st.booleans()):
            argv.append(draw(st.one_of(user_text, st.just(str(world["sid"])))))
        if draw(st.booleans()):
            argv += ["--case", draw(st.one_of(user_text, st.just("Door 门口")))]
        out = draw(st.sampled_from(["out.zip", "out.zip", "no/such/dir/out.zip", "", "package.zip", "a-file/x.zip"]))
        argv += ["-o", str(world["root"] / out) if out else ""]
        if draw(st.booleans()):
            argv += ["--encrypt-to", draw(st.one_of(user_text, st.just("age1notakey")))]
    else:
        argv.append("verify")
        target = draw(
            st.sampled_from(["package", "junk", "fifo", "root", "missing"]).map(
                lambda k: str(world[k]) if k != "missing" else str(world["root"] / "missing.zip")
            )
        )
        argv.append(target)
        if draw(st.booleans()):
            argv.append("--json")
    return argv, stdin, Path(home)


class _Pipe:
    """The example's stdin bytes in a real pipe, written by a thread (more than a pipe's buffer may come)."""

    def __init__(self, data: bytes) -> None:
        self.r, w = os.pipe()

        def feed() -> None:
            try:
                os.write(w, data)
            except OSError:
                pass
            finally:
                os.close(w)

        threading.Thread(target=feed, daemon=True).start()

    def lines(self) -> record_cmds._FdLines:
        return record_cmds._FdLines(self.r)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_every_input_gets_sentences_and_an_exit_code(
    world: dict, data: st.DataObject, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[type-arg]
    argv, stdin, home = data.draw(invocations(world), label="invocation")
    pipe = _Pipe(stdin)
    monkeypatch.setattr(record_cmds, "_stdin_lines", pipe.lines)
    monkeypatch.setenv("RECORDER_TSA", "none")
    before = _snapshot(home) if home.is_dir() else None
    handlers = logging.getLogger().handlers[:]
    try:
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: bad usage (2) or --help (0)
            code = exc.code if isinstance(exc.code, int) else 2
    finally:
        for h in logging.getLogger().handlers[:]:
            if h not in handlers:  # record's log file: a real process would have ended here
                logging.getLogger().removeHandler(h)
                h.close()
        os.close(pipe.r)
    out, err = capsys.readouterr()
    event(f"{next(a for a in argv if a in ('record', 'sessions', 'check', 'export', 'verify'))} → {code}")
    assert code in (0, 1, 2), (argv, code, out, err)
    assert "Traceback" not in out + err, (argv, out, err)
    if code != 0:
        assert (out + err).strip(), (argv, code)  # a failure says why (on stderr, or in the --json or report)
    if code == 2:
        assert (_snapshot(home) if home.is_dir() else None) == before, (argv, err)
    # Printed user text never carries a raw escape, bidi override or line-breaking control.
    for stream in (out, err):
        assert "\x1b" not in stream and "\u202e" not in stream, (argv, stream)

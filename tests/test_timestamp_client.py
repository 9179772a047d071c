"""Asking one authority: the request a stock tool reads, and a clear status for every way an answer can fail."""

from __future__ import annotations

import argparse
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from rfc3161_client._rust import parse_timestamp_request

from recorder import i18n
from recorder.core.environment import Moment
from recorder.core.errors import RecorderError
from recorder.timestamp import messages as M
from recorder.timestamp.authorities import (
    DEFAULT_AUTHORITIES,
    Authority,
    StampSettings,
    default_authorities,
    parse_authority,
)
from recorder.timestamp.cli_options import add_tsa_options, check_args
from recorder.timestamp.client import Obtained, ask, build_request
from recorder.timestamp.trust import StampProblem, TrustStore
from tests.fixtures.tsa import LocalTSA, TsaPki, trust_for

HASH = "4f" * 32


def test_request_is_read_by_openssl_and_rfc3161_client(tmp_path: Path) -> None:
    tsq, nonce = build_request(bytes.fromhex(HASH))
    parsed = parse_timestamp_request(tsq)
    assert parsed.message_imprint.message.hex() == HASH
    assert parsed.nonce == nonce and parsed.cert_req
    (tmp_path / "q.tsq").write_bytes(tsq)
    text = subprocess.run(
        ["openssl", "ts", "-query", "-in", tmp_path / "q.tsq", "-text"], capture_output=True, text=True, check=True
    ).stdout
    assert "Hash Algorithm: sha256" in text and "Certificate required: yes" in text
    shown = next(line for line in text.splitlines() if line.startswith("Nonce: "))
    assert int(shown.split()[1], 16) == nonce


def test_a_good_answer_is_verified(tsa: LocalTSA, tsa_pki: TsaPki) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    got = ask(parse_authority(tsa.url), HASH, trust_for(tsa_pki), 5)
    assert got.facts.tsa_name == "Test TSA"
    assert got.facts.root_subject == "CN=Test TSA Root"
    assert before <= got.facts.gen_time <= datetime.now(UTC)
    assert abs(got.clock_difference_s) < 5


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("garbage", M.GARBAGE),
        ("other-imprint", M.OTHER_IMPRINT),
        ("untrusted", M.UNTRUSTED),
        ("expired", M.EXPIRED),
        ("wrong-purpose", M.WRONG_PURPOSE),
    ],
)
def test_each_bad_answer_is_rejected_with_its_reason(tsa: LocalTSA, tsa_pki: TsaPki, mode: str, message: str) -> None:
    tsa.mode = mode
    with pytest.raises(StampProblem) as caught:
        ask(parse_authority(tsa.url), HASH, trust_for(tsa_pki), 5)
    assert caught.value.message == message
    assert not caught.value.waits
    assert "127.0.0.1" in caught.value.sentence()


def test_a_root_the_user_adds_is_trusted(tsa: LocalTSA, tsa_pki: TsaPki) -> None:
    tsa.mode = "untrusted"
    got = ask(parse_authority(tsa.url), HASH, TrustStore.from_files([tsa_pki.other_root]), 5)
    assert got.facts.root_subject == "CN=Unknown Root"


@pytest.mark.parametrize(
    ("mode", "message"), [("hang", M.TIMED_OUT), ("slow", M.TIMED_OUT), ("http-500", M.HTTP_ERROR)]
)
def test_an_authority_that_does_not_answer_leaves_the_stamp_waiting(
    tsa: LocalTSA, tsa_pki: TsaPki, mode: str, message: str
) -> None:
    tsa.mode = mode
    with pytest.raises(StampProblem) as caught:
        ask(parse_authority(tsa.url), HASH, trust_for(tsa_pki), 0.5)
    assert caught.value.message == message and caught.value.waits


def test_an_authority_that_is_down_leaves_the_stamp_waiting(tsa_down: LocalTSA, tsa_pki: TsaPki) -> None:
    with pytest.raises(StampProblem) as caught:
        ask(parse_authority(tsa_down.url), HASH, trust_for(tsa_pki), 2)
    assert caught.value.message == M.UNREACHABLE and caught.value.waits
    # The reason in words, translated with the sentence (was "[Errno 111] Connection refused" in every language).
    assert "(the connection was refused)" in caught.value.sentence()
    try:
        i18n.set_language("zh_CN")
        said = caught.value.sentence(i18n.translate)
    finally:
        i18n.set_language("en")
    assert "Errno" not in said and "refused" not in said and "拒绝" in said, said


def test_clock_difference_is_device_minus_authority() -> None:
    facts_time = datetime(2026, 11, 22, 14, 0, 0, tzinfo=UTC)
    sent = Moment(int((facts_time + timedelta(minutes=3)).timestamp() * 1e9), 0)
    received = Moment(sent.utc_ns + 200_000_000, 200_000_000)

    class Facts:
        gen_time = facts_time

    o = Obtained(Authority("http://x"), b"", b"", Facts(), sent, received)  # type: ignore[arg-type]
    assert o.clock_difference_s == pytest.approx(180.1)


@pytest.mark.parametrize("url", ["ftp://tsa.example", "timestamp.example.com", "", "http://"])
def test_a_bad_authority_address_is_one_sentence(url: str) -> None:
    with pytest.raises(RecorderError) as caught:
        parse_authority(url)
    assert caught.value.message == M.BAD_TSA_URL


def test_an_unreadable_root_file_is_one_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "root.pem"
    bad.write_text("not a certificate")
    for path in (bad, tmp_path / "missing.pem"):
        with pytest.raises(RecorderError) as caught:
            TrustStore.from_files([path])
        assert caught.value.message == M.ROOT_UNREADABLE


def test_settings_round_trip_and_defaults_are_public() -> None:
    s = StampSettings.from_mapping({"authorities": ["http://a.example/tsa"], "copies": 2, "interval_minutes": 1})
    assert [a.url for a in s.authorities] == ["http://a.example/tsa"] and s.copies == 2
    assert StampSettings.from_mapping(s.as_mapping()).as_mapping() == s.as_mapping()
    assert all(a.url.startswith("http://") and a.name for a in DEFAULT_AUTHORITIES)
    assert len({a.name for a in DEFAULT_AUTHORITIES}) >= 2  # two different authorities can be asked
    assert default_authorities({}) == list(DEFAULT_AUTHORITIES)
    assert default_authorities({"RECORDER_TSA": "none"}) == StampSettings().authorities == []  # set for tests
    assert default_authorities({"RECORDER_TSA": "http://a/tsa, https://b/"}) == [
        Authority("http://a/tsa"),
        Authority("https://b/"),
    ]


def test_command_line_options(tsa: LocalTSA, tsa_pki: TsaPki, tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    add_tsa_options(parser)
    args = parser.parse_args(["--tsa", tsa.url, "--tsa", "https://b.example/", "--tsa-root", str(tsa_pki.root)])
    settings, trust = check_args(args)
    assert [a.url for a in settings.authorities] == [tsa.url, "https://b.example/"]
    assert settings.copies == 1 and settings.interval_minutes == 5
    assert any(c.subject.rfc4514_string() == "CN=Test TSA Root" for c in trust.extra)
    args = parser.parse_args(["--tsa-copies", "2", "--stamp-every", "1.5"])
    settings, _trust = check_args(args)
    assert settings.copies == 2 and settings.interval_minutes == 1.5 and settings.authorities == []
    for bad in (["--tsa", "tsa.example"], ["--tsa-root", str(tmp_path / "none.pem")]):
        with pytest.raises(RecorderError):
            check_args(parser.parse_args(bad))

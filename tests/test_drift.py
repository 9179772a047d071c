"""The clock measure of a call's tracks (docs/FORMAT.md §4.5, recorder/core/drift.py): runs, F, T and drift_ppb."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from recorder.core.drift import CallClocks, TrackClock, drift_between_ppb, drift_ppb, measure, same_measure


def audio(offset: int, frames: int, mono: int, track: str | None = None, rate: int = 48_000) -> dict[str, Any]:
    body: dict[str, Any] = {"frame_offset": offset, "frames": frames, "rate": rate, "channels": 1, "format": "s16le"}
    if track is not None:
        body["track"] = track
    return {"kind": "audio", "mono_ns": mono, "body": body}


def entry(kind: str, track: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {} if track is None else {"track": track}
    return {"kind": kind, "mono_ns": 0, "body": body}


def test_drift_ppb_is_the_formula_with_floor_division() -> None:
    assert drift_ppb(48_000, 1_000_000_000, 48_000) == 0
    assert drift_ppb(48_048, 1_000_000_000, 48_000) == 1_000_000  # +1000 ppm
    assert drift_ppb(47_952, 1_000_000_000, 48_000) == -1_000_000
    # floor, not truncation: one frame short in a second at 48 kHz is −20833.33… ppb, floored to −20834
    assert drift_ppb(47_999, 1_000_000_000, 48_000) == -20_834
    assert drift_ppb(48_001, 1_000_000_000, 48_000) == 20_833
    assert drift_ppb(0, 0, 48_000) is None
    assert drift_ppb(10, 0, 48_000) is None
    assert drift_between_ppb(5, 12) == 7
    assert drift_between_ppb(None, 12) is None and drift_between_ppb(5, None) is None


def test_a_track_clock_counts_steps_within_runs_only() -> None:
    c = TrackClock()
    c.audio(0, 4800, 1_000)
    assert c.as_body() == {"frames": 0, "ns": 0}  # the first entry of a run adds nothing
    c.audio(4800, 4800, 100_001_000)
    assert (c.frames, c.ns) == (4800, 100_000_000)
    c.cut()
    c.audio(9600, 4800, 900_000_000)  # a new run: the time across the cut is not counted
    assert (c.frames, c.ns) == (4800, 100_000_000)
    c.audio(14_400, 4800, 999_000_000)
    assert c.as_body() == {"frames": 9600, "ns": 199_000_000}


def test_call_clocks_route_by_track_and_cut_runs() -> None:
    clocks = CallClocks()
    clocks.feed(audio(0, 4800, 0))
    clocks.feed(audio(4800, 4800, 100))
    assert not clocks.is_call
    clocks.feed(entry("input", "other"))  # the other party's device opened: a call from here on
    assert clocks.is_call
    clocks.feed(audio(0, 4800, 50, "other"))
    clocks.feed(audio(9600, 4800, 200))
    clocks.feed(audio(4800, 4800, 160, "other"))
    clocks.feed(entry("gap", "other"))  # cuts the other party's run only
    clocks.feed(audio(14_400, 4800, 300))
    clocks.feed(audio(9600, 4800, 400, "other"))
    clocks.feed(entry("note"))  # nothing to do with runs
    clocks.feed(audio(19_200, 4800, 410))
    assert clocks.body() == {"me": {"frames": 19_200, "ns": 410}, "other": {"frames": 4800, "ns": 110}}
    clocks.feed(entry("pause"))  # both
    clocks.feed(audio(24_000, 4800, 900))
    clocks.feed(audio(14_400, 4800, 950, "other"))
    clocks.feed(entry("gap"))  # the microphone's gap (no track)
    clocks.feed(audio(28_800, 4800, 1_000))
    clocks.feed(audio(19_200, 4800, 1_050, "other"))
    assert clocks.body() == {"me": {"frames": 19_200, "ns": 410}, "other": {"frames": 9_600, "ns": 210}}
    assert clocks.rates == {"me": 48_000, "other": 48_000}


def test_the_drift_of_each_track_and_between() -> None:
    entries = [audio(k * 48_000, 48_000, k * 1_000_000_000) for k in range(4)]
    entries += [audio(k * 48_048, 48_048, k * 1_000_000_000 + 7, "other") for k in range(4)]
    clocks = CallClocks.of(entries)
    assert clocks.drift_ppb("me") == 0
    assert clocks.drift_ppb("other") == 1_000_000
    assert clocks.between_ppb() == 1_000_000
    assert CallClocks.of(entries[:4]).drift_ppb("other") is None  # no audio on the track
    assert CallClocks.of(entries[:4]).between_ppb() is None


def test_malformed_entries_are_left_out_not_fatal() -> None:
    clocks = CallClocks.of(
        [
            audio(0, 10, 0),
            {"kind": "audio", "mono_ns": "late", "body": {"frame_offset": 10}},
            {"kind": "audio", "mono_ns": 5, "body": {"frame_offset": True}},
            {"kind": "gap", "body": {"track": ["x"]}},  # not a track: cuts nothing, but the session is a call
            {"kind": "audio", "body": None},
            audio(10, 10, 10),
        ]
    )
    assert clocks.is_call
    assert clocks.body()["me"] == {"frames": 10, "ns": 10}


def test_same_measure_is_exact() -> None:
    want = {"me": {"frames": 1, "ns": 2}, "other": {"frames": 0, "ns": 0}}
    assert same_measure({"me": {"frames": 1, "ns": 2}, "other": {"frames": 0, "ns": 0}}, want)
    assert not same_measure({"me": {"frames": True, "ns": 2}, "other": {"frames": 0, "ns": 0}}, want)
    assert not same_measure({"me": {"frames": 1.0, "ns": 2}, "other": {"frames": 0, "ns": 0}}, want)
    assert not same_measure({"me": {"frames": 1, "ns": 2}}, want)
    assert not same_measure({"me": {"frames": 1, "ns": 2, "x": 0}, "other": {"frames": 0, "ns": 0}}, want)
    assert not same_measure(None, want)
    assert not same_measure({"me": {"frames": 1, "ns": 3}, "other": {"frames": 0, "ns": 0}}, want)


# -- the property: incremental == recomputation from the runs, at every point of any journal --------------------
_step = st.one_of(
    st.tuples(st.just("audio"), st.sampled_from([None, "other"]), st.integers(1, 9600), st.integers(0, 300_000_000)),
    st.tuples(st.sampled_from(["gap", "input"]), st.sampled_from([None, "other"]), st.just(0), st.just(0)),
    st.tuples(st.sampled_from(["pause", "resume", "note", "tag", "checkpoint"]), st.none(), st.just(0), st.just(0)),
)


def _journal(steps: list[tuple[str, str | None, int, int]]) -> list[dict[str, Any]]:
    offsets = {None: 0, "other": 0}
    monos = {None: 0, "other": 0}
    out = []
    for kind, track, frames, dt in steps:
        if kind == "audio":
            monos[track] += dt
            out.append(audio(offsets[track], frames, monos[track], track))
            offsets[track] += frames
        else:
            out.append(entry(kind, track))
    return out


def _by_runs(entries: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """FORMAT §4.5 read another way: split each track's audio entries into runs, and sum each run's last minus
    first offset and time (the steps inside a run telescope)."""
    result = {}
    for name, wanted in (("me", None), ("other", "other")):
        runs: list[list[dict[str, Any]]] = [[]]
        for e in entries:
            track = e["body"].get("track")
            if e["kind"] == "audio" and track == wanted:
                runs[-1].append(e)
            elif (e["kind"] in ("gap", "input") and track == wanted) or e["kind"] in ("pause", "resume"):
                runs.append([])
        frames = sum(r[-1]["body"]["frame_offset"] - r[0]["body"]["frame_offset"] for r in runs if r)
        ns = sum(r[-1]["mono_ns"] - r[0]["mono_ns"] for r in runs if r)
        result[name] = {"frames": frames, "ns": ns}
    return result


@settings(max_examples=300, deadline=None)
@given(st.lists(_step, max_size=60))
def test_incremental_measure_equals_recomputation(steps: list[tuple[str, str | None, int, int]]) -> None:
    entries = _journal(steps)
    clocks = CallClocks()
    for i, e in enumerate(entries):
        assert clocks.body() == measure(entries[:i]) == _by_runs(entries[:i])
        assert clocks.is_call == any("track" in x["body"] for x in entries[:i])
        clocks.feed(e)
    assert clocks.body() == measure(entries) == _by_runs(entries)


def test_any_json_kind_is_taken() -> None:
    clocks = CallClocks.of([{"kind": ["gap"], "body": {}}, {"kind": {"a": 1}, "body": {"track": "other"}}])
    assert clocks.is_call and clocks.body() == measure([])

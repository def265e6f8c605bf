"""The wedge detector replays keystroke transcripts on a driven clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omnipos.devices.wedge import WedgeDetector

TRANSCRIPTS = Path(__file__).parent / "transcripts"
KEYS = {"<Enter>": "\r", "<Tab>": "\t", "<Backspace>": "", "<Left>": ""}


def load(name: str) -> list[tuple[float, str, str]]:
    """(seconds, key name, key text) per recorded key press."""
    events = []
    for line in (TRANSCRIPTS / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        ms, key = line.split(" ", 1)
        events.append((float(ms) / 1000, key, KEYS.get(key, key)))
    return events


class Replay:
    """Drives a detector the way the Qt filter does, timer included."""

    def __init__(self, detector: WedgeDetector) -> None:
        self.detector = detector
        self.scans: list[str] = []
        self.typed: list[str] = []  # what reached the focused widget

    def _apply(self, release: str) -> None:
        self.typed.extend(release)

    def run(self, events: list[tuple[float, str, str]]) -> Replay:
        for t, name, text in events:
            deadline = self.detector.deadline
            if deadline is not None and deadline < t:  # the single-shot timer fires
                self._apply(self.detector.poll(deadline + 0.001).release)
            decision = self.detector.key(text, t)
            self._apply(decision.release)
            if decision.action == "scan":
                self.scans.append(decision.code)
            elif decision.action == "pass":
                self.typed.append(text or name)
        end = events[-1][0] + 1.0
        self._apply(self.detector.poll(end).release)
        return self


def test_fast_scanner_gives_four_scans_and_no_typing() -> None:
    replay = Replay(WedgeDetector()).run(load("fast_scanner"))
    assert replay.scans == [
        "5901234123457",
        "036000291452",
        "]C10105901234123457172603311034ABC",
        "S001-T01-000123",
    ]
    assert replay.typed == []


def test_slow_human_is_typing_in_order() -> None:
    replay = Replay(WedgeDetector()).run(load("slow_human"))
    assert replay.scans == []
    assert "".join(replay.typed) == "coffee beans\r4006381333931\r"


def test_fast_human_with_digraph_bursts_is_typing() -> None:
    replay = Replay(WedgeDetector()).run(load("fast_human"))
    assert replay.scans == []
    assert "".join(replay.typed) == "the quick brown fox\r4006381333931<Backspace>1\r"


def test_tab_terminated_scanner() -> None:
    events = [(i * 0.004, ch, ch) for i, ch in enumerate("96385074")] + [(0.036, "<Tab>", "\t")]
    assert Replay(WedgeDetector(terminator="tab")).run(events).scans == ["96385074"]
    # with Enter configured, a Tab ends nothing: the keys are released as typing
    replay = Replay(WedgeDetector(terminator="enter")).run(events)
    assert replay.scans == [] and "".join(replay.typed) == "96385074\t"


def test_short_fast_burst_is_not_a_scan() -> None:
    events = [(0.0, "o", "o"), (0.01, "k", "k"), (0.02, "<Enter>", "\r")]
    replay = Replay(WedgeDetector(min_length=4)).run(events)
    assert replay.scans == [] and "".join(replay.typed) == "ok\r"


def test_held_keys_wait_at_most_max_gap() -> None:
    now = [10.0]
    detector = WedgeDetector(max_gap=0.03, clock=lambda: now[0])
    assert detector.key("a").action == "hold"
    assert detector.deadline == pytest.approx(10.03)
    now[0] = 10.02
    assert detector.poll().release == ""
    now[0] = 10.031
    assert detector.poll().release == "a"
    assert detector.deadline is None


def test_navigation_key_releases_held_text() -> None:
    detector = WedgeDetector(clock=lambda: 0.0)
    detector.key("4", 0.0)
    decision = detector.key("", 0.001)  # an arrow key
    assert decision.action == "pass" and decision.release == "4"


def test_bad_terminator_setting() -> None:
    with pytest.raises(ValueError):
        WedgeDetector(terminator="space")


_KEYS = st.sampled_from(list("0123456789abcXYZ -") + ["\r", "\t", ""])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.floats(0.0, 0.3), _KEYS), max_size=60))
def test_no_key_is_lost_duplicated_or_reordered(keys: list[tuple[float, str]]) -> None:
    """Whatever the timing, typing plus scans (with their Enter) give back every key in order."""
    t = 0.0
    events = []
    for gap, key in keys:
        t += gap
        events.append((t, key or "<Left>", key))
    if not events:
        return
    detector = WedgeDetector()
    out: list[str] = []
    for when, name, text in events:
        deadline = detector.deadline
        if deadline is not None and deadline < when:
            out.extend(detector.poll(deadline + 0.001).release)
        decision = detector.key(text, when)
        out.extend(decision.release)
        if decision.action == "scan":
            out.extend(decision.code + text)
        elif decision.action == "pass":
            out.append(text or name)
    out.extend(detector.poll(events[-1][0] + 1).release)
    assert "".join(out) == "".join(text or name for _, name, text in events)


@settings(max_examples=200, deadline=None)
@given(st.text("0123456789ABC-", min_size=1, max_size=40), st.floats(0.04, 1.0))
def test_slow_keys_never_make_a_scan(code: str, gap: float) -> None:
    events = [(i * gap, ch, ch) for i, ch in enumerate(code)]
    events.append((len(code) * gap, "<Enter>", "\r"))
    assert Replay(WedgeDetector(max_gap=0.035)).run(events).scans == []

"""``make reliability``: run the reliability suite at full size and print one table.

    python tests/reliability/run_suite.py            # full (OMNIPOS_RELIABILITY=full)
    python tests/reliability/run_suite.py --short    # the sizes ``make test`` uses
    python tests/reliability/run_suite.py -- -k crash  # extra pytest arguments

Each test records (test, runs, failures, figure) through the ``record``
fixture; a test that failed before recording still gets a row. The exit code
is pytest's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _failed_tests(junit: Path) -> list[tuple[str, str]]:
    """(test id, first line of the failure) for each failed or erroring test."""
    if not junit.exists():
        return []
    out = []
    for case in ET.parse(junit).getroot().iter("testcase"):
        for tag in ("failure", "error"):
            node = case.find(tag)
            if node is not None:
                msg = (node.get("message") or node.text or "").strip().splitlines()
                out.append((f"{case.get('classname', '')}::{case.get('name', '')}",
                            (msg[0] if msg else tag)[:160]))
    return out


def table(rows: list[dict[str, object]]) -> str:
    head = ("test", "runs", "failures", "figure")
    cells = [head] + [(str(r["test"]), str(r["runs"]), str(r["failures"]), str(r["figure"]))
                      for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(3)]
    lines = []
    for n, c in enumerate(cells):
        lines.append(f"| {c[0]:<{widths[0]}} | {c[1]:>{widths[1]}} | {c[2]:>{widths[2]}} | {c[3]}")
        if n == 0:
            lines.append(f"|-{'-' * widths[0]}-|-{'-' * widths[1]}-|-{'-' * widths[2]}-|-{'-' * 6}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="the sizes make test uses")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="omnipos-reliability-") as tmp:
        results = Path(tmp) / "results.jsonl"
        junit = Path(tmp) / "junit.xml"
        env = {**os.environ, "OMNIPOS_RELIABILITY_RESULTS": str(results),
               "QT_QPA_PLATFORM": "offscreen"}
        env["OMNIPOS_RELIABILITY"] = "short" if args.short else "full"
        started = time.monotonic()
        code = subprocess.call(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs",
             f"--junitxml={junit}", "tests/reliability", *args.pytest_args],
            cwd=ROOT, env=env)
        lines = results.read_text().splitlines() if results.exists() else []
        rows = [json.loads(line) for line in lines]
        recorded = {r["node"] for r in rows}
        for test_id, message in _failed_tests(junit):
            name = test_id.rsplit("::", 1)[-1]
            if not any(str(node).endswith(name) for node in recorded):
                rows.append({"test": name, "runs": 1, "failures": 1,
                             "figure": f"FAILED: {message}"})
    mode = "short" if args.short else "full"
    took = time.monotonic() - started
    print(f"\nOmniPOS reliability suite ({mode}), {took:.0f}s, pytest exit {code}\n")
    print(table(rows))
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

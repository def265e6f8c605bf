"""Device-side benchmarks: barcode parsing, receipt rendering, wedge detection.

One JSON object per line on stdout (name, samples, p50_ms, p99_ms, budget_ms);
a readable table on stderr. The 1 ms p99 budget given for parse_scan is the
whole scan -> cart line budget of DESIGN.md, which the catalog look-up shares.

    python bench/bench_devices.py [--samples 5000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime

from table import Row

from omnipos.devices.profiles import get_profile
from omnipos.devices.templates import render
from omnipos.devices.wedge import WedgeDetector
from omnipos.domain.barcodes import make_embedded_code, parse_scan
from omnipos.domain.receipt import ReceiptLine, ReceiptTax, ReceiptTender, SaleReceipt

CODES = ["5901234123457", "]E00036000291452", make_embedded_code("12345", 1299),
         "]C10105901234123457172603311034ABC\x1d3103001234", "S001-T01-000123"]


def _receipt(lines: int) -> SaleReceipt:
    return SaleReceipt(
        receipt_no="S001-T01-000123", currency="EUR", created_at=datetime(2026, 1, 1),
        store_name="Café Müller", store_code="S001", till_code="T01", cashier="Ana",
        lines=tuple(ReceiptLine(f"Crème brûlée {i}", "2", 450, 900) for i in range(lines)),
        taxes=(ReceiptTax("reduced", "0.07", 900 * lines, 59 * lines),),
        subtotal_minor=900 * lines, discount_minor=0, tax_minor=59 * lines,
        total_minor=900 * lines, tenders=(ReceiptTender("cash", 900 * lines, 900 * lines),),
        prices_include_tax=True)


def _measure(fn: Callable[[int], object], samples: int) -> list[float]:
    times = []
    for i in range(samples):
        start = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - start) * 1000)
    return times


def _wedge_scan(_: int) -> None:
    detector = WedgeDetector(clock=lambda: 0.0)
    for j, char in enumerate("5901234123457"):
        detector.key(char, j * 0.004)
    detector.key("\r", 0.06)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=int, default=5000)
    args = parser.parse_args()
    small, large = _receipt(5), _receipt(60)
    profile = get_profile("tm-t88")
    cases: list[tuple[str, Callable[[int], object], int, float | None]] = [
        ("parse_scan_ean13", lambda i: parse_scan(CODES[0]), args.samples, None),
        ("parse_scan_embedded", lambda i: parse_scan(CODES[2]), args.samples, None),
        ("parse_scan_gs1_128", lambda i: parse_scan(CODES[3]), args.samples, None),
        ("parse_scan_mixed", lambda i: parse_scan(CODES[i % len(CODES)]), args.samples, 1.0),
        ("wedge_scan_13_keys", _wedge_scan, args.samples, None),
        ("render_receipt_5_lines", lambda i: render(small, profile), args.samples // 10, None),
        ("render_receipt_60_lines", lambda i: render(large, profile), args.samples // 50, None),
    ]
    rows = []
    for name, fn, samples, budget in cases:
        times = sorted(_measure(fn, samples))
        row = {"name": name, "samples": samples, "p50_ms": round(statistics.median(times), 4),
               "p99_ms": round(times[int(len(times) * 0.99) - 1], 4), "budget_ms": budget}
        rows.append(row)
        sys.stdout.write(json.dumps(row) + "\n")
        if budget is not None:
            Row(name, "p99", row["p99_ms"], budget=budget).emit()
    for row in rows:
        sys.stderr.write(f"{row['name']:<26} p50 {row['p50_ms']:>8.4f} ms   "
                         f"p99 {row['p99_ms']:>8.4f} ms\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

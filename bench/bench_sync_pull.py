"""First full catalog pull of 1,000,000 products by a fresh till (DESIGN.md: 120 s, 400 MB).

The hub database is built once (cached in bench/out/) and served by
``omnipos-hub serve`` in a child process; the till runs in another child, so
its peak memory (ru_maxrss) is its own. Prints one JSON object on stdout.

    python bench/bench_sync_pull.py [--products 1000000] [--page 5000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

BUDGET_S = 120.0
BUDGET_MB = 400.0


def build_hub(products: int) -> str:
    from omnipos.db.demo import DEMO_TAX_RATES, generate_catalog
    from omnipos.hub.admin import stores
    from omnipos.hub.catalog import CatalogLine, upsert_lines
    from omnipos.hub.store.db import open_hub_db

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"hub-{products}.sqlite3"
    done = OUT / f"hub-{products}.done"
    url = f"sqlite:///{path}"
    if done.exists():
        return url
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_hub_db(url)
    stores.add_store(db, "B1", name="Bench", currency="USD", prices="exclusive",
                     taxes=[f"{k}={v}" for k, v in DEMO_TAX_RATES.items()])
    start = time.perf_counter()
    upsert_lines(db, (CatalogLine(r.sku, r.name, tuple(r.gtins), r.price_minor, r.tax_class,
                                  r.brand, r.category, r.sold_by)
                      for r in generate_catalog(products)), "USD")
    sys.stderr.write(f"hub catalog of {products} built in {time.perf_counter() - start:.0f} s\n")
    db.close()
    done.write_text("ok")
    return url


def till_child(hub_url: str, code: str, page: int) -> None:
    """Runs in its own process: enroll (which is the first full pull) and report."""
    from omnipos.db.catalog import product_count
    from omnipos.db.engine import open_database
    from omnipos.sync import pull
    from omnipos.sync.enroll import enroll
    from omnipos.sync.tokens import MemoryTokenStore

    pull.DEFAULT_PAGE = page
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "till.sqlite3")
        start = time.perf_counter()
        result = enroll(db, hub_url, code, MemoryTokenStore())
        elapsed = time.perf_counter() - start
        with db.read() as s:
            count = product_count(s)
        db.close()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak_mb = usage.ru_maxrss / 1024
    # The till's CPU beside the wall time: on a shared machine the wall time is mostly waiting.
    print(json.dumps({"seconds": round(elapsed, 1), "products": count,
                      "pages": result.pull.pages, "peak_rss_mb": round(peak_mb, 1),
                      "till_cpu_s": round(usage.ru_utime + usage.ru_stime, 1)}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--products", type=int, default=1_000_000)
    ap.add_argument("--page", type=int, default=5000)
    ap.add_argument("--till-child", nargs=2, metavar=("URL", "CODE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.till_child:
        till_child(args.till_child[0], args.till_child[1], args.page)
        return 0
    from bench_sync_common import hub_process
    from table import Row

    from omnipos.hub.admin import enrollment
    from omnipos.hub.store.db import open_hub_db

    url = build_hub(args.products)
    hub = open_hub_db(url)
    code = enrollment.make_enrollment_code(hub, "B1")
    hub.close()
    with hub_process(url) as hub_url:
        proc = subprocess.run(
            [sys.executable, __file__, "--page", str(args.page), "--till-child", hub_url, code],
            capture_output=True, text=True, cwd=ROOT, check=False,
        )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-3000:])
        return 1
    child = json.loads(proc.stdout.strip().splitlines()[-1])
    load1 = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else ""
    result = {"name": "sync_first_pull", "products": args.products, "page": args.page, **child,
              "budget_s": BUDGET_S, "budget_mb": BUDGET_MB,
              "within_budget": child["seconds"] <= BUDGET_S and child["peak_rss_mb"] <= BUDGET_MB,
              "loadavg_1m": load1}
    print(json.dumps(result))
    what = f"first pull of {args.products:,} products"
    Row(what, "total", child["seconds"], unit="s", budget=BUDGET_S).emit()
    Row(f"{what}, peak memory", "max", child["peak_rss_mb"], unit="MB", budget=BUDGET_MB).emit()
    sys.stderr.write(f"first pull of {args.products}: {child['seconds']} s "
                     f"(the till's CPU {child['till_cpu_s']} s), peak {child['peak_rss_mb']} MB "
                     f"(budgets {BUDGET_S} s, {BUDGET_MB} MB), load {load1}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The till's composition root: what it makes ready once the window shows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

WARM_UP = """
import gc, sys
from pathlib import Path
from omnipos.till import open_till
till = open_till(Path(sys.argv[1]))
till.warm_up()
import biip.upc  # imported by the warm-up: the first UPC-E scan pays nothing
from omnipos.sync.events import PAYLOADS
print(gc.get_freeze_count(), all(m.__pydantic_complete__ for m in PAYLOADS.values()))
till.close()
"""


def test_the_warm_up_builds_the_validators_and_leaves_the_till_to_the_collector(
        tmp_path: Path) -> None:
    """In a process of its own: freezing is for the life of the process."""
    done = subprocess.run([sys.executable, "-c", WARM_UP, str(tmp_path)], capture_output=True,
                          text=True, check=True)
    frozen, built = done.stdout.split()
    assert int(frozen) > 10_000  # what the till built: out of the collector's full passes
    assert built == "True"

"""The OpenAPI document of the sync API, committed at ``docs/sync-api.json``.

Regenerate with ``python -m omnipos.hub.api.openapi``; a test fails when the
committed file drifts from the code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

DOC_PATH = Path(__file__).resolve().parents[3] / "docs" / "sync-api.json"


def document() -> dict[str, Any]:
    from omnipos.hub.api.app import create_app

    return create_app(None).openapi()  # type: ignore[no-any-return]


def render() -> str:
    return json.dumps(document(), indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    target = Path((argv or sys.argv[1:] or [str(DOC_PATH)])[0])
    target.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {target}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""docs/sync-api.json is generated from the code; this fails when it drifts."""

from __future__ import annotations

import json

from omnipos.hub.api.openapi import DOC_PATH, render


def test_committed_openapi_matches_the_code() -> None:
    committed = DOC_PATH.read_text(encoding="utf-8")
    assert json.loads(committed) == json.loads(render()), (
        "docs/sync-api.json is stale: run `python -m omnipos.hub.api.openapi`"
    )


def test_document_lists_every_endpoint() -> None:
    paths = json.loads(render())["paths"]
    assert {"/v1/devices/register", "/v1/sync/hello", "/v1/sync/push", "/v1/sync/pull",
            "/v1/sync/epoch"} <= set(paths)

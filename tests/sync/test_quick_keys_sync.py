"""Quick keys between a real hub and real tills: set at the hub, edited at a till."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from omnipos.domain.errors import ValidationError
from omnipos.domain.quick_keys import QuickKey
from omnipos.hub.commands.main import main as hub_main
from omnipos.hub.quick_keys import parse_layout_file, set_layout
from omnipos.services.quick_keys import QuickKeyService
from omnipos.sync.appliers import apply_page
from omnipos.sync.enroll import enroll
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.wire import Change
from omnipos.sync.worker import SyncWorker
from tests.support.sync import new_till_db


def _till(live_hub, tmp_path: Path, store: str):  # type: ignore[no-untyped-def]
    db = new_till_db(tmp_path)
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code(store), tokens)
    return db, SyncWorker(db, tokens)


def _shown(db) -> list[tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    return [(v.key.position, v.key.sku, v.text) for v in QuickKeyService(db).layout()]


def test_a_layout_set_at_the_hub_reaches_the_stores_tills(live_hub, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    db1, sync1 = _till(live_hub, tmp_path, "S1")
    db2, sync2 = _till(live_hub, tmp_path, "S2")
    layout = tmp_path / "keys.csv"
    layout.write_text("position,sku,label\n1,A,Juice\n2,B,\n7,C,Cheese wedge\n",
                      encoding="utf-8")
    assert hub_main(["quickkeys", "set", "--db", live_hub.db_url, "--store", "S1",
                     str(layout)]) == 0
    assert '"sku": "C"' in capsys.readouterr().out
    sync1.run_once()
    sync2.run_once()
    assert _shown(db1) == [(1, "A", "Juice"), (2, "B", "Bread"), (7, "C", "Cheese wedge")]
    assert _shown(db2) == []  # another store's layout
    assert hub_main(["quickkeys", "show", "--db", live_hub.db_url, "--store", "S2"]) != 0
    db1.close()
    db2.close()


def test_an_edit_at_a_till_becomes_the_stores_layout(live_hub, tmp_path: Path) -> None:
    db1, sync1 = _till(live_hub, tmp_path, "S1")
    db2, sync2 = _till(live_hub, tmp_path, "S1")
    with live_hub.db.transaction() as s:
        set_layout(s, "S1", [QuickKey(1, "A", "Juice")], by="test")
    sync1.run_once()
    QuickKeyService(db1).save([QuickKey(1, "B", "Loaf"), QuickKey(2, "A", "")], actor=None)
    # The hub's older layout pulled before the edit is pushed does not undo it here.
    with db1.transaction() as s:
        apply_page(s, [Change(kind="quick_keys", key="S1", data={
            "store_code": "S1", "keys": [{"position": 1, "sku": "A", "label": "Juice"}],
            "updated_at": datetime.now(UTC).isoformat()})])
    assert _shown(db1) == [(1, "B", "Loaf"), (2, "A", "Apple juice")]
    sync1.run_once()  # pushed: the hub's layout is the edit now
    sync2.run_once()
    assert _shown(db2) == [(1, "B", "Loaf"), (2, "A", "Apple juice")]
    sync1.run_once()
    assert _shown(db1) == [(1, "B", "Loaf"), (2, "A", "Apple juice")]
    # After that, the hub's layout wins on the next pull.
    with live_hub.db.transaction() as s:
        set_layout(s, "S1", [QuickKey(3, "C", "")], by="test")
    sync1.run_once()
    assert _shown(db1) == [(3, "C", "Cheese")]
    db1.close()
    db2.close()


def test_layout_files_say_what_is_wrong() -> None:
    assert parse_layout_file('[{"position": 2, "sku": "A", "label": "Juice"}]') == [
        QuickKey(2, "A", "Juice")]
    with pytest.raises(ValidationError, match="line 1"):
        parse_layout_file("first,A,Juice")
    with pytest.raises(ValidationError, match="JSON"):
        parse_layout_file('[{"position": 1,')

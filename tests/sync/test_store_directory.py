"""The till keeps its own store's record and a directory of the others (issue 15, point 10)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from omnipos.db.catalog import tax_classes
from omnipos.db.settings import get_setting
from omnipos.db.stores import list_stores
from omnipos.hub.admin import stores
from omnipos.sync.enroll import enroll
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.sync import new_till_db


def test_a_till_knows_its_store_in_full_and_the_chain_for_look_ups(live_hub, tmp_path: Path
                                                                   ) -> None:
    stores.add_store(live_hub.db, "S2", name="Harbour", currency="USD", prices="exclusive",
                     taxes=["STD=0.07"], lat="51.5", lon="-0.12",
                     address="1 Quay Road, Harbourtown")
    db = new_till_db(tmp_path)
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code("S1"), tokens)
    with db.read() as s:
        assert get_setting(s, "store.name") == "Main St"
        assert tax_classes(s) == {"STD": Decimal("0.0825"), "RED": Decimal("0.02")}
        chain = {st.code: st for st in list_stores(s)}
    assert set(chain) == {"S1", "S2"}
    assert chain["S2"].address == "1 Quay Road, Harbourtown"
    assert (chain["S2"].lat, chain["S2"].lon) == ("51.5", "-0.12")
    assert chain["S2"].opening_hours
    stores.add_store(live_hub.db, "S2", name="Harbour Quay", currency="USD",
                     prices="exclusive", taxes=["STD=0.07"])
    SyncWorker(db, tokens).run_once()
    with db.read() as s:
        renamed = {st.code: st for st in list_stores(s)}["S2"]
        assert renamed.name == "Harbour Quay" and renamed.address == "1 Quay Road, Harbourtown"
        assert get_setting(s, "store.name") == "Main St"
    db.close()

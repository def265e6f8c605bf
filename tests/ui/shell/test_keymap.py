"""The one keymap: every key once, refused at start-up when two actions want it."""

from __future__ import annotations

import pytest

from omnipos.ui.shell.keymap import KEYMAP, Act, Binding, Dialog, KeyCollision, Keymap, ScreenId


def test_the_till_keymap_has_no_collision_and_keeps_the_old_keys() -> None:
    keys = {b.act: b.keys for b in KEYMAP}
    assert keys[Act.SEARCH] == ("F2",) and keys[Act.DEVICES] == ("F3",)
    assert keys[Act.QUANTITY] == ("F4",) and keys[Act.PRICE] == ("F8",)
    assert keys[Act.LINE_DISCOUNT] == ("F5",) and keys[Act.SALE_DISCOUNT] == ("F6",)
    assert keys[Act.SHIFT] == ("F7",) and keys[Act.LOCK] == ("F9",)
    assert keys[Act.SHOW_SYNC] == ("Alt+8", "F10") and keys[Act.FULL_SCREEN] == ("F11",)
    assert keys[Act.COMPLETE] == ("F12",) and keys[Act.BACK] == ("Esc",)
    assert keys[Act.KEYS] == ("F1",) and keys[Act.VOID_LINE] == ("Del",)
    assert [keys[Act.show(s)][0] for s in ScreenId] == [f"Alt+{n}" for n in range(1, 9)]


def test_a_key_taken_twice_on_one_screen_is_refused_naming_both_actions() -> None:
    with pytest.raises(KeyCollision) as caught:
        Keymap([Binding(Act.SEARCH, ("F2",), "Find", ScreenId.SELL),
                Binding(Act.QUANTITY, ("F2",), "Quantity", ScreenId.SELL)])
    message = str(caught.value)
    assert "F2" in message and "'sell.search'" in message and "'sell.quantity'" in message


def test_a_screen_key_may_not_take_an_application_key() -> None:
    with pytest.raises(KeyCollision, match=r"F9 is bound to both 'lock' .*'sell.search'"):
        Keymap([Binding(Act.LOCK, ("F9",), "Lock"),
                Binding(Act.SEARCH, ("F9",), "Find", ScreenId.SELL)])


def test_screens_and_dialogs_may_reuse_a_key_of_another_screen() -> None:
    Keymap([Binding(Act.SEARCH, ("F2",), "Find", ScreenId.SELL),
            Binding(Act.QUANTITY, ("F2",), "Something on Sync", ScreenId.SYNC),
            Binding(Act.PAY_CASH, ("F2",), "Cash", Dialog.PAYMENT),
            Binding(Act.LOCK, ("F9",), "Lock"),
            Binding(Act.PAY_CARD, ("F9",), "Card", Dialog.PAYMENT)])  # app keys are dead there


def test_the_same_key_written_two_ways_is_one_key() -> None:
    with pytest.raises(KeyCollision):
        Keymap([Binding(Act.VOID_LINE, ("Del",), "Void", ScreenId.SELL),
                Binding(Act.SEARCH, ("Delete",), "Find", ScreenId.SELL)])


def test_an_action_declared_twice_is_refused() -> None:
    with pytest.raises(KeyCollision, match="declared twice"):
        Keymap([Binding(Act.SEARCH, ("F2",), "Find", ScreenId.SELL),
                Binding(Act.SEARCH, ("F3",), "Find again", ScreenId.SELL)])


def test_f1_lists_only_the_screens_the_till_has() -> None:
    rows = KEYMAP.key_list(ScreenId.SELL, [ScreenId.SELL, ScreenId.SYNC])
    labels = [label for _keys, label in rows]
    assert "Find a product" in labels and "Sync screen" in labels and "Sell screen" in labels
    assert "Pickups screen" not in labels
    assert rows[0] == ("F2", "Find a product")  # the screen's own keys first

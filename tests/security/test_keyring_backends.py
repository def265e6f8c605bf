"""A plain-text keyring is known by what it is, and said plainly (issue 15, point 11).

The till keeps its secrets in the OS keyring; a backend that keeps them
unencrypted is used only when an administrator named it with
PYTHON_KEYRING_BACKEND, and then the till says so in ``omnipos status`` and
the log (and the status bar, from the same ``KeyringInfo``).
"""

from __future__ import annotations

import json
import logging
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, fail, null

from omnipos.cli import main
from omnipos.sync.errors import KeyringUnavailable
from omnipos.sync.keyrings import describe_keyring
from omnipos.sync.tokens import KeyringTokenStore
from tests.support.sync import MemoryKeyring

plain = pytest.importorskip("keyrings.alt.file", reason="keyrings.alt is a test extra")


def _file_store(tmp_path: Path) -> object:
    """A keyring that writes secrets as plain text into a file, under a harmless name."""
    module = types.ModuleType("site_secrets")

    class SiteStore(plain.PlaintextKeyring):  # type: ignore[name-defined,misc]
        """What a shop's own tooling might call its file keyring."""

    SiteStore.__module__, SiteStore.__qualname__ = "site_secrets", "SiteStore"
    module.SiteStore = SiteStore  # type: ignore[attr-defined]
    sys.modules["site_secrets"] = module
    store = SiteStore()
    store.file_path = str(tmp_path / "secrets.cfg")
    return store


@pytest.fixture
def active() -> Iterator[object]:
    """Set the active backend for one test: ``active.use(backend)``."""
    previous = keyring.get_keyring()

    class Use:
        def use(self, backend: object) -> None:
            keyring.set_keyring(backend)  # type: ignore[arg-type]

    try:
        yield Use()
    finally:
        keyring.set_keyring(previous)
        sys.modules.pop("site_secrets", None)


def test_a_plain_text_file_keyring_is_refused_whatever_its_name(active, tmp_path, monkeypatch):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    store = _file_store(tmp_path)
    active.use(store)
    info = describe_keyring()
    assert info.plaintext and not info.named and not info.allowed
    with pytest.raises(KeyringUnavailable, match="unencrypted"):
        KeyringTokenStore().check()
    assert not (tmp_path / "secrets.cfg").exists()  # not even the probe was written


def test_a_plain_text_keyring_named_by_an_administrator_is_used_and_said(
        active, tmp_path, monkeypatch, caplog, capsys):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "site_secrets.SiteStore")
    active.use(_file_store(tmp_path))
    info = describe_keyring()
    assert info.allowed and info.plaintext and info.named
    assert "UNENCRYPTED" in (info.warning or "")
    with caplog.at_level(logging.WARNING, logger="omnipos.sync"):
        KeyringTokenStore().check()
    assert any("UNENCRYPTED" in r.getMessage() for r in caplog.records)
    from omnipos.db.engine import database_path
    from tests.conftest import make_store

    make_store(database_path(tmp_path / "till")).close()
    capsys.readouterr()
    assert main(["status", "--data-dir", str(tmp_path / "till")]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["keyring"]["plaintext"] is True
    assert "UNENCRYPTED" in status["keyring"]["warning"]


def test_naming_another_backend_does_not_allow_a_plain_text_one(active, tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    active.use(_file_store(tmp_path))
    assert not describe_keyring().allowed


def test_an_encrypted_keyring_gives_no_warning(active, monkeypatch, tmp_path, capsys):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    active.use(MemoryKeyring())
    info = describe_keyring()
    assert info.allowed and not info.plaintext and info.warning is None
    KeyringTokenStore().check()
    from omnipos.db.engine import database_path
    from tests.conftest import make_store

    make_store(database_path(tmp_path / "till")).close()
    capsys.readouterr()
    assert main(["status", "--data-dir", str(tmp_path / "till")]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["keyring"]["plaintext"] is False and status["keyring"]["warning"] is None


def test_a_chain_with_a_plain_text_member_is_plain_text(active, tmp_path, monkeypatch):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    chain = chainer.ChainerBackend()
    members = [MemoryKeyring(), _file_store(tmp_path)]
    monkeypatch.setattr(chainer.ChainerBackend, "backends", members)
    active.use(chain)
    info = describe_keyring()
    assert info.plaintext and not info.allowed


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_backends_that_store_nothing_are_unusable(active, backend):
    active.use(backend)
    info = describe_keyring()
    assert not info.usable and not info.allowed
    with pytest.raises(KeyringUnavailable, match="no usable keyring"):
        KeyringTokenStore().check()


def test_two_threads_never_detect_the_backend_at_once(monkeypatch):
    """keyring finds its backends without a lock; the journal key and the sync status both
    ask at start, from two threads (the detection broke: "Set changed size during iteration")."""
    import threading

    guard, inside, most = threading.Lock(), [0], [0]
    another = threading.Event()
    backend = MemoryKeyring()

    def detect(limit: object = None) -> None:
        with guard:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
            if inside[0] > 1:
                another.set()
        another.wait(timeout=0.3)  # room for a second thread to come in meanwhile
        with guard:
            inside[0] -= 1
        keyring.core.set_keyring(backend)

    # As at start: no backend found yet; each look-up of keyring's own finds one first.
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.setattr(keyring.core, "init_backend", detect)
    store = KeyringTokenStore("omnipos-test")
    threads = [threading.Thread(target=store.load, args=("till",)) for _ in range(2)]
    threads.append(threading.Thread(target=describe_keyring))
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert most[0] == 1

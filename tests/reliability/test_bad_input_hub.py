"""Bad input on every hub endpoint: malformed JSON, wrong types, huge payloads, wrong
tokens. Never a 500, never a crash; the hub keeps serving good requests after it.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reliability.conftest import scale
from tests.reliability.hubfuzz import FuzzHub, fuzz_hub, json_values, mangled

EXAMPLES = scale(40, 800)
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
ENDPOINTS = [("POST", "/v1/devices/register"), ("GET", "/v1/sync/hello"),
             ("POST", "/v1/sync/epoch"), ("POST", "/v1/sync/push"), ("GET", "/v1/sync/pull")]
printable = st.characters(min_codepoint=32, max_codepoint=126)
no_space = st.characters(min_codepoint=33, max_codepoint=126)
tokens = st.one_of(st.none(), st.just("valid"), st.text(printable, max_size=80),
                   st.builds(lambda t: f"Bearer {t}", st.text(no_space, max_size=60)))


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FuzzHub]:
    yield from fuzz_hub(tmp_path_factory.mktemp("fuzz"))


def _headers(hub: FuzzHub, token: str | None) -> dict[str, str]:
    if token is None:
        return {}
    return hub.auth if token == "valid" else {"Authorization": token}


def _ok(resp) -> None:  # type: ignore[no-untyped-def]
    assert resp.status_code < 500, (resp.status_code, resp.text[:500])
    assert resp.headers.get("content-type", "").startswith("application/json"), resp.headers


def _post(hub: FuzzHub, path: str, body: object, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """POST ``body`` as Python's json writes it: NaN and Infinity included, as a broken till
    might."""
    return hub.client.post(path, headers={**(headers or {}), "content-type": "application/json"},
                           content=json.dumps(body).encode())


def _still_serving(hub: FuzzHub) -> None:
    r = hub.client.post("/v1/sync/push", headers=hub.auth, json=hub.push_body([hub.next_event()]))
    assert r.status_code == 200, r.text
    assert r.json()["results"][0]["status"] in ("applied", "invalid"), r.text


def test_device_seq_beyond_64_bits_is_refused_not_a_500(hub: FuzzHub) -> None:
    event = hub.next_event()
    event["device_seq"] = 10**30
    r = hub.client.post("/v1/sync/push", headers=hub.auth, json=hub.push_body([event]))
    assert r.status_code == 422, r.text


@FUZZ
@given(endpoint=st.sampled_from(ENDPOINTS), token=tokens,
       body=st.one_of(st.binary(max_size=300), json_values.map(lambda v: v)),
       raw=st.booleans(), query=st.dictionaries(st.sampled_from(["cursor", "limit", "store", "x"]),
                                                st.text(max_size=50), max_size=3))
def test_any_body_any_token_any_endpoint(hub: FuzzHub, endpoint, token, body, raw, query) -> None:  # type: ignore[no-untyped-def]
    method, path = endpoint
    headers = _headers(hub, token)
    if method == "GET":
        r = hub.client.get(path, headers=headers, params=query)
    elif isinstance(body, bytes) or raw:
        content = body if isinstance(body, bytes) else repr(body).encode()
        r = hub.client.post(path, headers={**headers, "content-type": "application/json"},
                            content=content)
    else:
        r = _post(hub, path, body, headers)
    _ok(r)


@FUZZ
@given(data=st.data())
def test_mangled_push_batches(hub: FuzzHub, data) -> None:  # type: ignore[no-untyped-def]
    events = [hub.next_event() for _ in range(data.draw(st.integers(1, 3)))]
    body = data.draw(mangled(hub.push_body(events)))
    r = _post(hub, "/v1/sync/push", body, hub.auth)
    _ok(r)
    if r.status_code == 200:
        answered = {x["status"] for x in r.json()["results"]}
        assert answered <= {"applied", "duplicate", "rejected", "invalid"}


@FUZZ
@given(data=st.data())
def test_mangled_register_and_epoch(hub: FuzzHub, data) -> None:  # type: ignore[no-untyped-def]
    reg = data.draw(mangled({"enrollment_code": "ABCD-EFGH", "device_name": "till",
                             "device_id": None}))
    _ok(_post(hub, "/v1/devices/register", reg))
    ep = data.draw(mangled({"device_id": hub.device_id, "reason": "restored"}))
    _ok(_post(hub, "/v1/sync/epoch", ep, {"Authorization": "Bearer nope"}))


def test_hub_still_serves_after_the_fuzzing(hub: FuzzHub, record) -> None:  # type: ignore[no-untyped-def]
    _still_serving(hub)
    r = hub.client.get("/v1/sync/hello", headers=hub.auth)
    assert r.status_code == 200
    record("bad input: hub endpoints (hypothesis)", runs=3 * EXAMPLES + 1, failures=0,
           figure="no 500, no crash on 5 endpoints (bodies, types, tokens, junk fields)")


def _raw_request(url: str, head: bytes, body_parts: Iterator[bytes]) -> bytes:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(head)
        try:
            for part in body_parts:
                sock.sendall(part)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the hub refused the rest of the body: fine, read its answer
        try:
            return sock.recv(4096)
        except ConnectionResetError:
            return b""


def test_huge_bodies_over_tcp_get_413(live_hub, record) -> None:  # type: ignore[no-untyped-def]
    """A real uvicorn: 50 MB declared, 20 MB streamed chunked, a lying Content-Length."""
    mb = b"[" + b"0," * (512 * 1024) + b"0]"
    declared = (b"POST /v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Content-Length: 52428800\r\n\r\n")
    chunked = (b"POST /v1/devices/register HTTP/1.1\r\nHost: x\r\n"
               b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
    liar = (b"POST /v1/devices/register HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 10\r\n\r\n")
    answers = [
        _raw_request(live_hub.url, declared, iter([mb] * 50)),
        _raw_request(live_hub.url, chunked,
                     iter([f"{len(mb):x}\r\n".encode() + mb + b"\r\n"] * 20 + [b"0\r\n\r\n"])),
        _raw_request(live_hub.url, liar,
                     iter([b'{"enrollment_code": "ABCDEFGH", "device_name": "x"}'])),
    ]
    assert answers[0].startswith(b"HTTP/1.1 413"), answers
    assert answers[1].startswith(b"HTTP/1.1 413"), answers
    assert not answers[2].startswith(b"HTTP/1.1 5"), answers[2]
    import httpx

    assert httpx.get(f"{live_hub.url}/v1/sync/hello", timeout=5).status_code == 401
    record("bad input: huge bodies over TCP", runs=3, failures=0,
           figure="50 MB declared and 20 MB chunked -> 413; lying Content-Length -> no 5xx; "
                  "hub alive")

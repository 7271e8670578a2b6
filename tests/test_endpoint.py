"""`kg serve` against hostile requests: a real server process, raw sockets."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
import urllib.parse

import pytest
from procs import children, cpu_ticks, wait_for

from kg.rdf.endpoint import uses_service

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def server(built):
    """`kg serve` on a free port; stopped by its PID at the end."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", str(built), "--port", str(port), "--timeout", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    wait_for(lambda: _connects(port), 60)
    yield process, port
    process.terminate()
    process.wait(timeout=20)


def _connects(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def raw(port: int, request: bytes, timeout: float = 30) -> tuple[int, bytes]:
    """Send bytes, read the whole answer: (status, body); status 0 if the connection dropped."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as conn:
        conn.sendall(request)
        conn.shutdown(socket.SHUT_WR)
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    if not data.startswith(b"HTTP/"):
        return 0, data
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


def post(port: int, query: str, host: str | None = None, extra: bytes = b"") -> tuple[int, bytes]:
    body = urllib.parse.urlencode({"query": query}).encode()
    host_line = f"Host: {host or f'127.0.0.1:{port}'}\r\n".encode()
    head = b"POST /sparql HTTP/1.1\r\n" + host_line + b"Content-Type: application/x-www-form-urlencoded\r\n"
    return raw(port, head + extra + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)


def test_answers_queries(server):
    _, port = server
    status, body = post(port, "ASK { ?s ?p ?o }")
    assert status == 200 and b"true" in body


def test_service_is_refused_and_nothing_leaves(server):
    """Case 6: a SERVICE query makes no outbound request."""
    _, port = server
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(3)
    calls = []

    def accept():
        with contextlib.suppress(OSError):
            calls.append(listener.accept())

    thread = threading.Thread(target=accept)
    thread.start()
    target = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
    status, body = post(port, f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}")
    thread.join()
    listener.close()
    assert status == 400 and b"SERVICE" in body and b"--allow-service" in body
    assert calls == []


def test_a_foreign_host_is_refused(server):
    """Case 6: a DNS-rebinding page sends its own host name."""
    _, port = server
    assert post(port, "ASK {}", host=f"evil.example:{port}")[0] == 403
    assert post(port, "ASK {}", host=f"localhost:{port}")[0] == 200


def test_a_long_query_is_stopped_at_the_timeout(server):
    """Case 7: a three-way cartesian COUNT is cut off, and its evaluation really stops."""
    process, port = server
    status, body = post(port, CARTESIAN)
    assert status == 503 and b"longer than 2 s" in body
    wait_for(lambda: not children(process.pid), 10)  # the forked evaluation was killed
    before = cpu_ticks(process.pid)
    assert post(port, "ASK {}")[0] == 200
    assert cpu_ticks(process.pid) - before < 100  # nothing keeps a core busy


@pytest.mark.parametrize(
    ("length", "body", "status"),
    [
        (b"-5", b"query=ASK{}", 400),
        (b"abc", b"query=ASK{}", 400),
        (b"99999999999", b"query=ASK{}", 413),
        (b"100", b"query=ASK{}", 400),  # shorter than announced: no thread waits forever
        (b"9", b"query=\xff\xfe", 400),  # not UTF-8
    ],
)
def test_bad_requests_get_an_answer(server, length, body, status):
    """Case 7: bad sizes and bodies are HTTP answers, never a dropped connection or a hang."""
    _, port = server
    head = f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
    assert raw(port, head.encode() + b"Content-Length: " + length + b"\r\n\r\n" + body)[0] == status


def test_a_failing_service_is_an_answer_when_allowed(built):
    from kg.rdf.endpoint import Settings, serve_in_background

    server, url = serve_in_background(built, settings=Settings(timeout=10, allow_service=True))
    try:
        port = server.server_address[1]
        status, _ = post(port, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
        assert status in (400, 500)
    finally:
        server.shutdown()
        server.server_close()


def test_service_detection():
    assert uses_service("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }")
    assert uses_service("select * { service silent <http://x/> { ?s ?p ?o } }")
    assert not uses_service('SELECT * { ?s ?p "SERVICE" } # SERVICE in a comment')
    assert not uses_service("SELECT * { ?s <http://x/SERVICE> ?o . ?s ex:SERVICE ?o }")

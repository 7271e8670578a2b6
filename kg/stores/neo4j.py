"""Neo4j over Bolt with the official ``neo4j`` driver.

Writes go through managed ``execute_write`` transactions (the driver retries
transient errors); every failure becomes a one-line :class:`StoreError`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any

from kg import cypher
from kg.errors import QueryError, StoreError
from kg.stores.rows import Row

PASSWORD_ENV = "NEO4J_PASSWORD"
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


@contextlib.contextmanager
def translate_errors(uri: str) -> Iterator[None]:
    from neo4j import exceptions as ex

    try:
        yield
    except ex.AuthError as exc:
        raise StoreError(f"Neo4j at {uri} rejected the credentials", f"check --user and ${PASSWORD_ENV}") from exc
    except (ex.ServiceUnavailable, ex.SessionExpired, OSError) as exc:
        raise StoreError(f"cannot reach Neo4j at {uri}", "is the server running? check host, port and scheme") from exc
    except ex.ConfigurationError as exc:
        raise StoreError(f"bad Neo4j address {uri}: {exc}", "use bolt://HOST:7687 or neo4j+s://HOST") from exc
    except ex.ClientError as exc:
        if "AccessMode" in (exc.code or ""):
            raise QueryError("the query writes, and queries are read-only", "add --write to change the graph") from exc
        if "DatabaseNotFound" in (exc.code or ""):
            raise StoreError(f"Neo4j has no such database: {exc.message}", "check --database") from exc
        raise QueryError(f"Neo4j rejected the statement: {exc.message}", "check the Cypher") from exc
    except ex.Neo4jError as exc:
        raise StoreError(f"Neo4j failed: {exc.message or exc}", "retry; see the server log") from exc


class Neo4jStore:
    """A :class:`~kg.stores.base.CypherStore` on a Neo4j database."""

    dialect = cypher.DIALECTS["neo4j"]

    def __init__(self, uri: str, user: str = "neo4j", password: str | None = None, database: str | None = None) -> None:
        from neo4j import GraphDatabase

        scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
        if scheme not in SCHEMES:
            raise StoreError(
                f"{uri!r} is not a Neo4j Bolt address", "use bolt://HOST:7687, neo4j://HOST or neo4j+s://HOST"
            )
        self.uri = uri
        self.database = database or None
        password = password if password is not None else os.environ.get(PASSWORD_ENV, "")
        with translate_errors(uri):
            self.driver = GraphDatabase.driver(uri, auth=(user, password))
            self.probe()

    def probe(self) -> None:
        """Fail fast (no retries) when the server is unreachable or rejects us.

        ``verify_connectivity()`` is not used: FalkorDB's Bolt endpoint rejects it.
        """
        with self.driver.session(database=self.database) as session:
            session.run("RETURN 1 AS ok").consume()

    def ensure_schema(self) -> None:
        for statement in self.dialect.schema:
            self.write(statement, [])

    def write(self, statement: str, rows: list[Row]) -> None:
        params = {"rows": rows} if "$rows" in statement else {}
        with translate_errors(self.uri), self.driver.session(database=self.database) as session:
            session.execute_write(lambda tx: tx.run(statement, params).consume())

    def query(
        self, statement: str, params: dict[str, Any] | None = None, write: bool = True
    ) -> tuple[list[str], list[list[Any]]]:
        """Run a query; ``write=False`` runs it in a read transaction (the server refuses writes)."""

        def work(tx):
            result = tx.run(statement, params or {})
            return list(result.keys()), [[plain(v) for v in record.values()] for record in result]

        with translate_errors(self.uri), self.driver.session(database=self.database) as session:
            return session.execute_write(work) if write else session.execute_read(work)

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def plain(value: Any) -> Any:
    if hasattr(value, "labels") and hasattr(value, "items"):
        return {"labels": sorted(value.labels), **dict(value.items())}
    if hasattr(value, "type") and hasattr(value, "items") and hasattr(value, "nodes"):
        return {"type": value.type, **dict(value.items())}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value

"""Options shared by several ``kg`` commands (progress, strictness, confidence, where
extraction runs, where to load)."""

from __future__ import annotations

import click

from kg import api

progress_option = click.option(
    "--progress/--no-progress", default=None, help="Show progress on stderr (default: when stderr is a terminal)."
)
strict_option = click.option("--strict", is_flag=True, help="Stop at the first article that fails (default: skip it).")


def _not_nan(ctx, param, value: float) -> float:
    if value != value:  # NaN passes every range check
        raise click.BadParameter("must be a number between 0 and 1")
    return value


def worker_options(func):
    """--jobs and --dask: where extraction runs (kg.parallel)."""
    func = click.option(
        "--dask",
        metavar="local|tcp://HOST:8786",
        help="Extract on Dask: 'local' starts a LocalCluster of --jobs workers, an address joins a running scheduler.",
    )(func)
    return click.option(
        "--jobs", "-j", default=1, show_default=True, type=click.IntRange(1), help="Processes (or Dask workers)."
    )(func)


def neo4j_options(func):
    options = [
        click.option("--neo4j", "neo4j_uri", metavar="URI", help="Neo4j Bolt URI (bolt://, neo4j://, neo4j+s://)."),
        click.option("--user", default="neo4j", show_default=True, help="Neo4j user."),
        click.option("--password", default=None, help="Neo4j password (default: $NEO4J_PASSWORD)."),
        click.option("--database", default=None, help="Neo4j database (default: the server's default)."),
        click.option("--no-schema", is_flag=True, help="Skip creating constraints and indexes."),
        progress_option,
    ]
    for option in reversed(options):
        func = option(func)
    return func


def target(
    neo4j_uri: str | None, user: str, password: str | None, database: str | None, no_schema: bool = False
) -> api.Neo4jTarget | None:
    if not neo4j_uri:
        return None
    return api.Neo4jTarget(neo4j_uri, user, password, database, schema=not no_schema)


min_confidence_option = click.option(
    "--min-confidence",
    default=0.0,
    show_default=True,
    type=click.FloatRange(0, 1),
    callback=_not_nan,
    help="Drop triples below this confidence.",
)

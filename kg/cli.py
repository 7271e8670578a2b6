"""The ``kg`` command line. Each command parses arguments and calls one
function of :mod:`kg.api`; errors become one line with a hint, never a traceback."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import sys
import warnings
from typing import Any

import click

from kg import api
from kg.constants import DEFAULT_BATCH_SIZE, RDF_FORMATS, SKIPPED_STATUS
from kg.errors import TERMINATED as _TERMINATED
from kg.errors import KgError, Terminated
from kg.eval_report import entity_lines, fact_lines, relation_lines, triple_lines
from kg.io import json_line
from kg.options import (
    min_confidence_option,
    neo4j_options,
    progress_option,
    strict_option,
    target,
    worker_options,
)
from kg.progress import Progress, enabled
from kg.tables import print_rows


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg-news")
def cli() -> None:
    """kg: knowledge graphs from news articles, with sentence-level provenance."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--mentions", is_flag=True, help="Print mentions instead of triples.")
@min_confidence_option
@strict_option
@worker_options
@progress_option
def extract(paths: tuple[str, ...], mentions: bool, min_confidence: float, strict: bool, jobs, dask, progress) -> int:
    """Print triples (or mentions) of PATHS as JSON Lines.

    PATHS are .txt/.md/.html/.jsonl files, folders, or - for stdin. An article that
    cannot be read or extracted is reported on stderr and skipped (exit status 3).
    """
    out = click.get_text_stream("stdout")
    summary = api.RunSummary()
    workers = api.Workers(jobs, dask)
    for ex in api.extract_paths(paths, min_confidence, strict, summary, Progress(enabled(progress)), workers):
        records = ex.mentions if mentions else ex.triples
        for record in records:
            out.write(json_line(record.to_json()))
    out.flush()
    return _finish(summary, always=enabled(progress))


def _finish(summary: api.RunSummary, always: bool = False) -> int:
    """The run's summary on stderr; exit status 3 when articles were skipped."""
    if summary.articles == 0 and summary.failures:
        raise KgError(f"no article could be read ({summary.line()})", "check the paths and the messages above")
    if summary.failures or always:
        click.echo(f"kg: {summary.line()}", err=True)
    return SKIPPED_STATUS if summary.failures else 0


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "-o", "out", required=True, help="Output folder.")
@click.option(
    "--batch-size", default=DEFAULT_BATCH_SIZE, show_default=True, type=click.IntRange(1), help="Rows per UNWIND batch."
)
@click.option(
    "--aliases",
    "aliases",
    metavar="FILE",
    type=click.Path(exists=True, dir_okay=False),
    help="Curated entity decisions that win over the automatic ones: lines of "
    "'same<TAB>NAME<TAB>NAME', 'different<TAB>NAME<TAB>NAME' or 'type<TAB>NAME<TAB>TYPE'.",
)
@click.option("--append", is_flag=True, help="Add to the build in OUT: extract only new or changed articles.")
@min_confidence_option
@strict_option
@worker_options
@neo4j_options
def build(
    paths,
    out,
    batch_size,
    aliases,
    append,
    min_confidence,
    strict,
    jobs,
    dask,
    neo4j_uri,
    user,
    password,
    database,
    no_schema,
    progress,
):
    """Build the graph of PATHS into OUT: graph.json, graph.ttl, graph.html and the local
    Cypher store; with --neo4j also load it into Neo4j."""
    report = api.build(
        paths,
        out,
        target(neo4j_uri, user, password, database, no_schema),
        batch_size,
        min_confidence,
        strict,
        Progress(enabled(progress)),
        aliases=aliases,
        workers=api.Workers(jobs, dask),
        append=append,
    )
    if report.appending:
        a = report.appending
        click.echo(f"appended: {a.new} articles extracted ({a.replaced} replaced), {a.unchanged} unchanged")
        if a.upgraded:
            click.echo(f"{a.upgraded} kept articles extracted again: kg's extractors changed since they were built")
    click.echo(f"{report.articles} articles, {report.entities} entities, {report.facts} facts")
    for path in report.files:
        click.echo(f"wrote {path}")
    if report.local:
        click.echo(f"local store: {report.local.nodes} nodes, {report.local.relationships} relationships")
    if report.neo4j:
        click.echo(
            f"neo4j: {report.neo4j.nodes} nodes, {report.neo4j.relationships} relationships "
            f"({report.neo4j.rows} rows in {report.neo4j.batches} batches)"
        )
    return _finish(report.summary)


@cli.command()
@click.argument("out")
@click.option("--falkordb", metavar="URL", help="A FalkorDB server, redis://HOST:PORT.")
@click.option("--batch-size", default=DEFAULT_BATCH_SIZE, show_default=True, type=click.IntRange(1))
@neo4j_options
def load(out, falkordb, batch_size, neo4j_uri, user, password, database, no_schema, progress) -> None:
    """Load the graph built in OUT into Neo4j (--neo4j), FalkorDB (--falkordb) or the local store."""
    report = api.load(
        out, target(neo4j_uri, user, password, database, no_schema), falkordb, batch_size, Progress(enabled(progress))
    )
    click.echo(
        f"{report.nodes} nodes, {report.relationships} relationships ({report.rows} rows in {report.batches} batches)"
    )


@cli.command()
@click.argument("out")
@click.option("--cypher", "cypher_text", help="A Cypher query (or @FILE).")
@click.option("--sparql", "sparql_text", help="A SPARQL query (or @FILE).")
@click.option("--param", "-p", multiple=True, metavar="NAME=VALUE", help="A query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--write", is_flag=True, help="Allow Cypher that changes the graph (saved as a new generation of OUT).")
@neo4j_options
def query(out, cypher_text, sparql_text, param, fmt, write, neo4j_uri, user, password, database, no_schema, progress):
    """Run Cypher on the local store of OUT (or Neo4j), or SPARQL over its RDF. Read-only
    unless --write."""
    if bool(cypher_text) == bool(sparql_text):
        raise KgError(
            "give exactly one of --cypher or --sparql", 'e.g. kg query out --cypher "MATCH (n) RETURN count(n)"'
        )
    params = parse_params(param)
    if cypher_text:
        columns, rows = api.query_cypher(
            out, read_query(cypher_text), params, target(neo4j_uri, user, password, database), write
        )
    else:
        columns, rows = api.query_sparql(out, read_query(sparql_text), params)
    print_rows(columns, rows, fmt)


@cli.command()
@click.argument("out")
@click.option("--format", "fmt", default="ttl", show_default=True, type=click.Choice(list(RDF_FORMATS)))
@click.option("--output", "-o", required=True, help="File to write.")
@click.option("--base-iri", default=api.DEFAULT_BASE, show_default=True, help="Base IRI of our resources.")
def export(out, fmt, output, base_iri) -> None:
    """Export the graph built in OUT as RDF."""
    api.export(out, fmt, output, base_iri)
    click.echo(f"wrote {output}")


@cli.command()
@click.argument("out")
@click.option("--with-facts", is_flag=True, help="Only entities that take part in a fact.")
@click.option("--limit", type=click.IntRange(0), default=0, help="At most this many rows (0: all).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def entities(out, with_facts, limit, fmt) -> None:
    """List the entities of the graph in OUT: id, name, type, facts, mentions, aliases
    (entities with facts first). Fix what is wrong with `kg build --aliases FILE`."""
    rows = api.entities(out, with_facts)
    rows = rows[:limit] if limit else rows
    if fmt == "json":
        for r in rows:
            click.echo(json.dumps(dataclasses.asdict(r), ensure_ascii=False))
        return
    columns = ["id", "name", "type", "facts", "mentions", "aliases"]
    print_rows(columns, [[r.id, r.name, r.type, r.facts, r.mentions, "; ".join(r.aliases)] for r in rows], fmt)


@cli.command()
@click.argument("out")
@click.argument("query_text", metavar="QUERY_OR_FILE")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def sparql(out, query_text, fmt) -> None:
    """Run SPARQL (pyoxigraph) over the RDF built in OUT; JSON is SPARQL 1.1 Results JSON."""
    from kg.rdf import endpoint

    path = query_text[1:] if query_text.startswith("@") else query_text
    text = read_query("@" + path) if os.path.isfile(path) else query_text
    results = endpoint.run(endpoint.load_store(out), text)
    if fmt == "json":
        click.get_binary_stream("stdout").write(endpoint.serialize(results, "application/sparql-results+json")[0])
    else:
        print_rows(*endpoint.rows(results), fmt)


@cli.command()
@click.argument("out")
@click.option("--port", default=3030, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--timeout", default=5.0, show_default=True, type=click.FloatRange(0.1, 3600), help="Seconds a query may run."
)
@click.option("--allow-service", is_flag=True, help="Allow SERVICE (federated queries to other servers).")
def serve(out, port, timeout, allow_service) -> None:
    """Serve the RDF built in OUT as a SPARQL 1.1 Protocol endpoint on 127.0.0.1:PORT/sparql."""
    from kg.rdf.endpoint import Settings, make_server

    server = make_server(out, port=port, settings=Settings(timeout, allow_service))
    click.echo(f"SPARQL endpoint: http://127.0.0.1:{server.server_address[1]}/sparql (Ctrl-C stops)")
    try:
        server.serve_forever()
    finally:
        server.server_close()


@cli.command()
@click.argument("out")
@click.option("--output", "-o", required=True, help="File to write.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "graphml", "gexf", "cytoscape", "dot", "png", "svg"]),
    default="html",
    show_default=True,
)
@click.option("--entity", help="Only this entity (name or alias) and its neighbourhood.")
@click.option("--hops", default=1, show_default=True, type=click.IntRange(0, 10), help="Neighbourhood radius.")
@click.option("--article", help="Only the facts stated in this article.")
def viz(out, output, fmt, entity, hops, article) -> None:
    """Write a view of the graph built in OUT: interactive HTML, PNG/SVG, GraphML, GEXF, Cytoscape.js JSON."""
    api.viz(out, output, fmt, entity, hops, article)
    click.echo(f"wrote {output}")


@cli.command(name="eval")
@click.option("--entities", "entity_gold", metavar="GOLD.jsonl", help="Entity gold (id, text, entities).")
@click.option(
    "--triples", "triple_gold", metavar="GOLD.jsonl", help="Triple gold (article, subject, predicate, object)."
)
@click.option("--relations", "relation_dir", metavar="DIR", help="Exhaustive relation annotations (facts.jsonl).")
@click.option("--split", metavar="IDS", help="Articles of --relations to score: a range t101-t120 or a list.")
@click.option("--facts", "facts_dir", metavar="DIR", help="Regex fact gold (ID.json files) for PATHS.")
@click.option(
    "--all-mentions", is_flag=True, help="Score every mention, also countries used as actors (serangan Israel)."
)
@click.option("--show-errors", is_flag=True, help="Also list missed and wrong entities, triples and relations.")
@min_confidence_option
@click.argument("paths", nargs=-1)
def evaluate(
    entity_gold, triple_gold, relation_dir, split, facts_dir, all_mentions, show_errors, min_confidence, paths
) -> None:
    """Measure extraction: entities (--entities), triples of PATHS (--triples), relations of
    annotated articles (--relations DIR --split IDS), fact recall of PATHS (--facts DIR)."""
    if not (entity_gold or triple_gold or relation_dir or facts_dir):
        raise KgError("give --entities, --triples, --relations or --facts", "see kg eval --help")
    if entity_gold:
        _echo(entity_lines(*api.entity_report(entity_gold, all_mentions), show_errors))
    if (triple_gold or facts_dir) and not paths:
        raise KgError("--triples and --facts need the article files", "kg eval --facts DIR ARTICLES...")
    if triple_gold:
        _echo(triple_lines(*api.evaluate_triples(triple_gold, paths), show_errors))
    if relation_dir:
        _echo(relation_lines(api.evaluate_relations(relation_dir, split, min_confidence), show_errors))
    if facts_dir:
        _echo(fact_lines(api.evaluate_facts(facts_dir, paths, min_confidence), show_errors))


def _echo(lines: list[str]) -> None:
    for line in lines:
        click.echo(line)


def read_query(text: str) -> str:
    if text.startswith("@"):
        try:
            with open(text[1:], encoding="utf-8") as fh:
                return fh.read()
        except OSError as exc:
            raise KgError(f"cannot read query file {text[1:]}: {exc.strerror}", "check the path") from exc
    return text


def parse_params(items: tuple[str, ...]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise KgError(f"bad parameter {item!r}", "write NAME=VALUE")
        params[name] = value
    return params


def _warn(message, category, filename, lineno, file=None, line=None) -> None:
    click.echo(f"kg: warning: {message}", err=True)


def _on_sigterm(signum, frame) -> None:
    """Raise :class:`Terminated`; and note the signal, because Python drops an exception
    raised while a finalizer (``__del__``, a weakref callback) runs, and the run would go on
    as if no signal had come."""
    _TERMINATED.append(signum)
    raise Terminated()


def main(argv: list[str] | None = None) -> int:
    warnings.showwarning = _warn
    _TERMINATED.clear()
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        status = cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except KgError as exc:
        click.echo(f"kg: error: {exc.one_line()}", err=True)
        return exc.exit_code
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("kg: interrupted; the previous outputs are unchanged, so rerun the command", err=True)
        return 130
    except Terminated:
        click.echo("kg: terminated; the previous outputs are unchanged, so rerun the command", err=True)
        return 143
    except click.ClickException as exc:
        click.echo(f"kg: error: {exc.format_message()} (hint: see kg --help)", err=True)
        return exc.exit_code
    except BrokenPipeError:  # `kg extract ... | head`
        sys.stderr.close()
        return 0
    except Exception as exc:  # a bug: still one line unless asked for details
        if os.environ.get("KG_DEBUG"):
            raise
        click.echo(
            f"kg: internal error: {type(exc).__name__}: {exc} (hint: rerun with KG_DEBUG=1 and report it)", err=True
        )
        return 70
    finally:
        signal.signal(signal.SIGTERM, previous)
    if _TERMINATED:  # the exception was lost on the way: the work finished all the same
        click.echo("kg: terminated as the command finished; its outputs are complete", err=True)
        return 143
    return status if isinstance(status, int) else 0


if __name__ == "__main__":
    sys.exit(main())

"""SPARQL over the embedded Oxigraph store, answers as plain Python rows.

>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> from gapgraph.graph.oxigraph_store import in_memory
>>> run(in_memory(KnowledgeGraph()), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
[[0]]
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from typing import Any

import pyoxigraph as ox

from gapgraph.ontology.namespaces import PREFIXES
from gapgraph.queries.tabular import Result

PREAMBLE = "".join(f"PREFIX {prefix}: <{ns}>\n" for prefix, ns in PREFIXES.items())
"""The project's prefixes, declared before every query (a query may declare its own too)."""

_NUMBERS = {
    "http://www.w3.org/2001/XMLSchema#integer": int,
    "http://www.w3.org/2001/XMLSchema#decimal": Decimal,
    "http://www.w3.org/2001/XMLSchema#double": float,
    "http://www.w3.org/2001/XMLSchema#float": float,
    "http://www.w3.org/2001/XMLSchema#boolean": lambda v: v == "true",
}


def python_value(term: Any) -> Any:
    """A SPARQL term as a plain value: IRIs as strings, typed literals as numbers."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        convert = _NUMBERS.get(term.datatype.value)
        if convert is not None:
            value = convert(term.value)
            return int(value) if isinstance(value, Decimal) and value == value.to_integral() else value
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


Term = ox.NamedNode | ox.Literal
Bindings = dict[str, Term | list[Term]]
"""Values to bind by variable name: one term, or several (one ``VALUES`` row each)."""


def bind(query: str, bindings: Bindings) -> str:
    """The query with its parameters bound by a ``VALUES`` block at the start of its WHERE clause.

    The values are RDF terms that pyoxigraph has checked and serialises (as rdflib's
    ``initBindings`` does), never user text spliced in; ``VALUES`` lets the optimiser start from them
    (pyoxigraph's own ``substitutions`` are applied after planning, which made one query hang).
    A variable given several values gets one row each (with several such variables, every combination).

    >>> print(bind("SELECT ?s WHERE { ?s ?p ?o }", {"s": ox.NamedNode("http://example.org/a")}))
    SELECT ?s WHERE { VALUES (?s) { (<http://example.org/a>) }
     ?s ?p ?o }
    >>> print(bind("SELECT ?s WHERE { ?s ?p ?o }", {"s": [ox.NamedNode("http://a.org/"), ox.NamedNode("http://b.org/")]}))
    SELECT ?s WHERE { VALUES (?s) { (<http://a.org/>) (<http://b.org/>) }
     ?s ?p ?o }
    """
    if not bindings:
        return query
    match = re.search(r"WHERE\s*\{", query, re.IGNORECASE)
    if match is None:
        raise ValueError("a query with parameters needs a WHERE clause")
    names = " ".join(f"?{name}" for name in bindings)
    columns = [terms if isinstance(terms, list) else [terms] for terms in bindings.values()]
    rows = " ".join("(" + " ".join(str(term) for term in row) + ")" for row in itertools.product(*columns))
    block = f" VALUES ({names}) {{ {rows} }}\n"
    return query[: match.end()] + block + query[match.end() :]


def run(store: ox.Store, query: str, bindings: Bindings | None = None) -> Result:
    """Run a SELECT or ASK query (the project's prefixes are predeclared), with ``bindings`` bound."""
    try:
        answer = store.query(PREAMBLE + bind(query, bindings or {}))
    except SyntaxError as exc:
        raise ValueError(f"SPARQL syntax error: {exc}") from None
    if isinstance(answer, ox.QueryBoolean):
        return Result(["answer"], [[bool(answer)]])
    if isinstance(answer, ox.QuerySolutions):
        columns = [v.value for v in answer.variables]
        return Result(columns, [[python_value(solution[c]) for c in columns] for solution in answer])
    triples = [[t.subject.value, t.predicate.value, python_value(t.object)] for t in answer]
    return Result(["subject", "predicate", "object"], triples)

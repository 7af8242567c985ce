"""SPARQL over the embedded Oxigraph store or any SPARQL 1.1 endpoint, answers as plain Python rows.

>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> from gapgraph.stores.oxigraph import in_memory
>>> run(in_memory(KnowledgeGraph()), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
[[0]]
"""

from __future__ import annotations

import itertools
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
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
    """The query with its parameters bound by ``VALUES`` blocks: at the start of the WHERE clause, and
    again at the start of each group directly inside it (the branches of a top-level ``UNION``).

    The values are RDF terms that pyoxigraph has checked and serialises (as rdflib's
    ``initBindings`` does), never user text spliced in. Repeating the block in each branch changes no
    answer (the same values are joined twice) but lets Oxigraph 0.4 start every branch from them: it
    does not push an outer binding into a ``UNION``, and a partners query took 2 s instead of
    milliseconds on a 100,000-node graph. (pyoxigraph's own ``substitutions`` are applied after
    planning; they made the same query hang.) A variable given several values gets one row each
    (with several such variables, every combination).

    >>> print(bind("SELECT ?s WHERE { ?s ?p ?o }", {"s": ox.NamedNode("http://example.org/a")}))
    SELECT ?s WHERE { VALUES (?s) { (<http://example.org/a>) }
     ?s ?p ?o }
    >>> print(bind("SELECT ?s WHERE { { ?s a ?o } UNION { ?o a ?s } OPTIONAL { ?s ?p ?o } }",
    ...            {"s": [ox.NamedNode("http://a.org/"), ox.NamedNode("http://b.org/")]}))
    SELECT ?s WHERE { VALUES (?s) { (<http://a.org/>) (<http://b.org/>) }
     { VALUES (?s) { (<http://a.org/>) (<http://b.org/>) }
     ?s a ?o } UNION { VALUES (?s) { (<http://a.org/>) (<http://b.org/>) }
     ?o a ?s } OPTIONAL { ?s ?p ?o } }
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
    body = query[match.end() :]
    return (
        query[: match.end()]
        + block
        + "".join(part + (block if i in _branch_starts(body) else "") for i, part in _split_after_braces(body))
    )


def _split_after_braces(text: str) -> list[tuple[int, str]]:
    """The text cut after each ``{``, each piece with the position just after its brace."""
    pieces, last = [], 0
    for i, char in enumerate(text):
        if char == "{":
            pieces.append((i + 1, text[last : i + 1]))
            last = i + 1
    pieces.append((-1, text[last:]))
    return pieces


def _branch_starts(body: str) -> set[int]:
    """Positions just after the ``{`` of plain groups at the top level of a WHERE body: groups that
    follow ``{``, ``}``, ``.`` or ``UNION`` (not OPTIONAL, MINUS, EXISTS, GRAPH, SERVICE or VALUES).
    Comments are skipped."""
    starts, depth, previous, word = set(), 0, "{", ""
    i = 0
    while i < len(body):
        char = body[i]
        if char == "#" and (i == 0 or body[i - 1].isspace()):
            i = body.find("\n", i)
            if i < 0:
                break
            continue
        if char == "{":
            if depth == 0 and (previous in ("{", "}", ".") or word.upper() == "UNION"):
                starts.add(i + 1)
            depth += 1
        elif char == "}":
            depth -= 1
        if char.isalpha():
            word = word + char if previous.isalpha() else char
        if not char.isspace():
            previous = char
        i += 1
    return starts


class FederationRefused(ValueError):
    """A query with ``SERVICE``, which would make the embedded engine fetch another server's data."""


_STRINGS_AND_COMMENTS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)


def _has_service_node(value: Any) -> bool:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(value, CompValue):
        return value.name == "ServiceGraphPattern" or any(_has_service_node(v) for v in value.values())
    if isinstance(value, list | tuple) or hasattr(value, "asList"):
        return any(_has_service_node(v) for v in value)
    return False


def uses_service(query: str) -> bool:
    """Whether ``query`` holds a ``SERVICE`` clause (federation).

    The query is parsed with rdflib's SPARQL parser and its algebra searched, so ``SERVICE`` in a
    comment or a string is not taken for one; a query rdflib cannot parse is searched for the word
    outside strings, IRIs and comments.

    >>> uses_service("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT * WHERE { ?s ?p "SERVICE <http://a>" } # SERVICE <http://b>')
    False
    """
    if "service" not in query.lower() and "\\u" not in query.lower():
        return False  # the keyword cannot be there: spare the parse
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        return _has_service_node(parseQuery(PREAMBLE + query))
    except Exception:  # rdflib's grammar is not Oxigraph's: fall back to the lexical search
        bare = _STRINGS_AND_COMMENTS.sub(" ", query)
        return re.search(r"\bSERVICE\b", bare, re.IGNORECASE) is not None or "\\u" in bare.lower()


def check_federation(query: str, allow_service: bool = False) -> None:
    """Refuse (:class:`FederationRefused`) a query with ``SERVICE`` unless ``allow_service``. Every
    caller of the embedded engine goes through here; a served endpoint calls it with federation off.

    >>> try:
    ...     check_federation("SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }")
    ... except FederationRefused as exc:
    ...     print(exc)
    the query uses SERVICE, which makes the engine fetch data from another server; pass --allow-service to allow it
    """
    if not allow_service and uses_service(query):
        raise FederationRefused(
            "the query uses SERVICE, which makes the engine fetch data from another server; "
            "pass --allow-service to allow it"
        )


@dataclass(frozen=True)
class Endpoint:
    """A SPARQL 1.1 query endpoint over HTTP (the SPARQL Protocol: POST, results as JSON), e.g.
    ``Endpoint("http://localhost:3030/ds/query")``; a bare ``http://host:port`` means Oxigraph's
    ``/query``."""

    url: str
    timeout: float = 300

    @property
    def query_url(self) -> str:
        parsed = urllib.parse.urlparse(self.url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError(f"not an http(s) URL: {self.url!r}")
        return self.url if parsed.path not in ("", "/") else self.url.rstrip("/") + "/query"

    def select(self, query: str) -> Result:
        """Run a SELECT or ASK query given in full."""
        url = self.query_url
        request = urllib.request.Request(
            url,
            data=urllib.parse.urlencode({"query": query}).encode(),
            headers={"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                answer = json.load(response)
        except urllib.error.HTTPError as exc:
            message = " ".join(exc.read()[:300].decode(errors="replace").split())
            raise ValueError(f"{url}: HTTP {exc.code} {message}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise ValueError(f"cannot reach {url}: {getattr(exc, 'reason', exc)}") from None
        except json.JSONDecodeError:
            raise ValueError(f"{url}: the answer is not SPARQL JSON results") from None
        if "boolean" in answer:
            return Result(["answer"], [[bool(answer["boolean"])]])
        columns = answer["head"]["vars"]
        return Result(columns, [[json_value(b.get(c)) for c in columns] for b in answer["results"]["bindings"]])


def json_value(term: dict[str, str] | None) -> Any:
    """A term of SPARQL JSON results as :func:`python_value` gives it.

    >>> json_value({"type": "literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"})
    3
    """
    if term is None:
        return None
    if term["type"] == "bnode":
        return f"_:{term['value']}"
    if term["type"] == "uri":
        return term["value"]
    convert = _NUMBERS.get(term.get("datatype", ""))
    if convert is None:
        return term["value"]
    value = convert(term["value"])
    return int(value) if isinstance(value, Decimal) and value == value.to_integral() else value


def run(
    store: ox.Store | Endpoint, query: str, bindings: Bindings | None = None, allow_service: bool = False
) -> Result:
    """Run a SELECT or ASK query (the project's prefixes are predeclared), with ``bindings`` bound, on
    the embedded store or on an :class:`Endpoint`; a query with ``SERVICE`` is refused unless
    ``allow_service`` (see :func:`check_federation`)."""
    check_federation(query, allow_service)
    if isinstance(store, Endpoint):
        return store.select(PREAMBLE + bind(query, bindings or {}))
    try:
        answer = store.query(PREAMBLE + bind(query, bindings or {}))
    except SyntaxError as exc:
        raise ValueError(f"SPARQL syntax error: {exc}") from None
    except (OSError, RuntimeError) as exc:
        raise ValueError(
            f"SPARQL query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
        ) from None
    if isinstance(answer, ox.QueryBoolean):
        return Result(["answer"], [[bool(answer)]])
    if isinstance(answer, ox.QuerySolutions):
        columns = [v.value for v in answer.variables]
        return Result(columns, [[python_value(solution[c]) for c in columns] for solution in answer])
    triples = [[t.subject.value, t.predicate.value, python_value(t.object)] for t in answer]
    return Result(["subject", "predicate", "object"], triples)

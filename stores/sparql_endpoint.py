"""Push the graph to a SPARQL 1.1 server through the Graph Store HTTP Protocol, and check it arrived.

The server gets the same dataset as the embedded store (:func:`gapgraph.graph.rdf.to_dataset`):
everything in the default graph (``PUT <store URL>?default``) and one named graph per source
document (``PUT <store URL>?graph=https://w3id.org/gapgraph/doc/ID``), so the README's queries run
there unchanged. ``PUT`` replaces each graph, so pushing twice leaves one copy; a document graph the
server holds from an earlier push whose document the graph no longer has (a document dropped from the
corpus) is deleted, so the server never answers from a document that is gone. After each ``PUT``
the graph is asked back and its triples counted: a server that answers 200 but keeps nothing, or
keeps part, is an error. The store URL is the server's Graph Store endpoint:
``http://host:7878/store`` for Oxigraph, ``http://host:3030/DATASET/data`` for Fuseki; a bare
``http://host:port`` is taken to be an Oxigraph server.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from typing import TypeVar

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCTERMS

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.rdf import to_dataset
from gapgraph.ontology.namespaces import GG

T = TypeVar("T")


class EndpointError(RuntimeError):
    """The SPARQL server could not be reached, refused the data, or does not hold what was sent.

    ``status`` is the HTTP status the server answered with, or None when there was no such answer."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def store_url(endpoint: str) -> str:
    """The Graph Store URL of an endpoint given as a base URL or as the store URL itself."""
    parsed = urllib.parse.urlparse(endpoint)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise EndpointError(f"not an http(s) URL: {endpoint!r}")
    return endpoint if parsed.path not in ("", "/") else endpoint.rstrip("/") + "/store"


_RDF_TYPES = {
    "application/n-triples": "nt",
    "text/plain": "nt",
    "text/turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/n-quads": "nquads",
    "application/trig": "trig",
}
"""The rdflib parser of each media type a Graph Store may answer a GET with."""


def _send(request: urllib.request.Request, timeout: float) -> tuple[str, bytes]:
    """The media type and body of the server's answer; an :class:`EndpointError` if there is none."""
    url = request.full_url
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            if response.status >= 300:
                raise EndpointError(f"{url}: HTTP {response.status}", response.status)
            return response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as exc:
        message = " ".join(exc.read()[:200].decode(errors="replace").split())
        raise EndpointError(f"{url}: HTTP {exc.code} {message}", exc.code) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EndpointError(f"cannot reach {url}: {reason}") from None


def _unless_absent(call: Callable[[], T], absent: T) -> T:
    """``call()``, or ``absent`` when the server answers 404 (it holds no such graph)."""
    try:
        return call()
    except EndpointError as exc:
        if exc.status == 404:
            return absent
        raise


def _graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store URL of ``graph`` (the default graph when None)."""
    target = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    return f"{store_url(endpoint)}?{target}"


def put(url: str, body: bytes, timeout: float) -> None:
    """``PUT`` N-Triples to ``url``; any answer but 2xx is an :class:`EndpointError`."""
    request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "application/n-triples"})
    _send(request, timeout)


def fetch(endpoint: str, graph: str | None = None, timeout: float = 300) -> Graph:
    """The triples the server holds in ``graph`` (the default graph when None), by a Graph Store ``GET``."""
    url = _graph_url(endpoint, graph)
    request = urllib.request.Request(url, method="GET", headers={"Accept": "application/n-triples"})
    media_type, body = _send(request, timeout)
    parser = _RDF_TYPES.get(media_type)
    if parser is None:
        raise EndpointError(f"{url}: answered {media_type or 'no media type'}, not RDF, when asked for the graph")
    try:
        return Graph().parse(data=body, format=parser)
    except Exception as exc:  # rdflib raises many kinds on bad data
        raise EndpointError(f"{url}: the graph it returned is not {media_type}: {str(exc).splitlines()[:1]}") from None


def count(endpoint: str, graph: str | None = None, timeout: float = 300) -> int:
    """The number of triples the server holds in ``graph`` (the default graph when None)."""
    return len(fetch(endpoint, graph, timeout))


def documents_held(endpoint: str, graph: str | None = None, timeout: float = 300) -> set[str]:
    """The IRIs of the source documents the whole graph on the server names (its ``gg:SourceDocument``
    nodes and the documents its line spans are part of); empty when the server holds no such graph."""
    held = _unless_absent(lambda: fetch(endpoint, graph, timeout), Graph())
    documents = {str(d) for d in held.subjects(RDF.type, GG.SourceDocument) if isinstance(d, URIRef)}
    for span in held.subjects(RDF.type, GG.SourceSpan):
        documents.update(str(d) for d in held.objects(span, DCTERMS.isPartOf) if isinstance(d, URIRef))
    return documents


def delete(endpoint: str, graph: str, timeout: float = 300) -> None:
    """``DELETE`` the named graph ``graph``; a graph the server does not hold (404) is no error."""
    request = urllib.request.Request(_graph_url(endpoint, graph), method="DELETE")
    _unless_absent(lambda: _send(request, timeout), None)


def _put_checked(endpoint: str, graph: str | None, data: Graph, timeout: float) -> int:
    url = _graph_url(endpoint, graph)
    put(url, data.serialize(format="nt", encoding="utf-8"), timeout)
    held = count(endpoint, graph, timeout)
    if held != len(data):
        name = "the default graph" if graph is None else f"<{graph}>"
        raise EndpointError(f"{url}: sent {len(data)} triples but the server holds {held} in {name} after the push")
    return len(data)


def push(kg: KnowledgeGraph, endpoint: str, graph: str | None = None, timeout: float = 300) -> dict[str, int]:
    """Replace the server's default graph (or the named graph ``graph``, if given) with the whole graph,
    and each document's named graph with what that document states; each is counted back. The graph
    of a document an earlier push sent and this graph no longer has is deleted.

    Returns the triples sent per graph: ``"default"`` (or ``graph``) and each document graph's IRI,
    and, for each stale document graph deleted, its IRI with 0."""
    dataset = to_dataset(kg)
    whole = dataset.default_graph
    earlier = documents_held(endpoint, graph, timeout)
    sent = {graph or "default": _put_checked(endpoint, graph, whole, timeout)}
    for named in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if named.identifier == whole.identifier:
            continue
        iri = str(named.identifier)
        sent[iri] = _put_checked(endpoint, iri, named, timeout)
    for stale in sorted(earlier - set(sent) - {graph}):
        delete(endpoint, stale, timeout)
        if count_or_none(endpoint, stale, timeout):
            raise EndpointError(f"{_graph_url(endpoint, stale)}: the stale document graph is still there after DELETE")
        sent[stale] = 0
    return sent


def count_or_none(endpoint: str, graph: str, timeout: float = 300) -> int | None:
    """The triples held in the named graph ``graph``, or None when the server has no such graph."""
    return _unless_absent(lambda: count(endpoint, graph, timeout), None)

"""Push the graph to a SPARQL 1.1 server through the Graph Store HTTP Protocol.

``PUT <store URL>?graph=<IRI>`` replaces the named graph with the graph's RDF, so pushing twice
leaves one copy. The store URL is the server's Graph Store endpoint: ``http://host:7878/store`` for
Oxigraph, ``http://host:3030/DATASET/data`` for Fuseki; a bare ``http://host:port`` is taken to be
an Oxigraph server.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

from rdflib import Graph

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.rdf import to_rdf
from gapgraph.stores import DEFAULT_GRAPH


class EndpointError(RuntimeError):
    """The SPARQL server could not be reached or refused the data."""


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
                raise EndpointError(f"{url}: HTTP {response.status}")
            return response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as exc:
        raise EndpointError(f"{url}: HTTP {exc.code} {exc.read()[:200].decode(errors='replace')}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EndpointError(f"cannot reach {url}: {reason}") from None


def count(endpoint: str, graph: str = DEFAULT_GRAPH, timeout: float = 60) -> int:
    """The number of triples the server holds in ``graph`` (a Graph Store ``GET``, parsed and counted)."""
    url = f"{store_url(endpoint)}?{urllib.parse.urlencode({'graph': graph})}"
    request = urllib.request.Request(url, method="GET", headers={"Accept": "application/n-triples"})
    media_type, body = _send(request, timeout)
    parser = _RDF_TYPES.get(media_type)
    if parser is None:
        raise EndpointError(f"{url}: answered {media_type or 'no media type'}, not RDF, when asked for the graph")
    try:
        held = Graph().parse(data=body, format=parser)
    except Exception as exc:  # rdflib raises many kinds on bad data
        raise EndpointError(f"{url}: the graph it returned is not {media_type}: {str(exc).splitlines()[:1]}") from None
    return len(held)


def push(kg: KnowledgeGraph, endpoint: str, graph: str = DEFAULT_GRAPH, timeout: float = 60) -> int:
    """Replace ``graph`` on the server with the graph's RDF; returns the number of triples sent.

    The push is then checked: the server is asked for the graph back and its triples counted; a
    count other than the number sent is an :class:`EndpointError` (a server that answers 200 but
    keeps nothing, or keeps part)."""
    rdf = to_rdf(kg)
    body = rdf.serialize(format="nt", encoding="utf-8")
    url = f"{store_url(endpoint)}?{urllib.parse.urlencode({'graph': graph})}"
    request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "application/n-triples"})
    _send(request, timeout)
    held = count(endpoint, graph, timeout)
    if held != len(rdf):
        raise EndpointError(f"{url}: sent {len(rdf)} triples but the server holds {held} in <{graph}> after the push")
    return len(rdf)

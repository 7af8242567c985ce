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


def push(kg: KnowledgeGraph, endpoint: str, graph: str = DEFAULT_GRAPH, timeout: float = 60) -> int:
    """Replace ``graph`` on the server with the graph's RDF; returns the number of triples sent."""
    rdf = to_rdf(kg)
    body = rdf.serialize(format="nt", encoding="utf-8")
    url = f"{store_url(endpoint)}?{urllib.parse.urlencode({'graph': graph})}"
    request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            if response.status >= 300:
                raise EndpointError(f"{url}: HTTP {response.status}")
    except urllib.error.HTTPError as exc:
        raise EndpointError(f"{url}: HTTP {exc.code} {exc.read()[:200].decode(errors='replace')}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EndpointError(f"cannot reach {url}: {reason}") from None
    return len(rdf)

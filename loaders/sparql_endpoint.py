"""Push the graph to a SPARQL 1.1 server through the Graph Store HTTP Protocol.

The server gets the same dataset as the embedded store (:func:`gapgraph.graph.rdf.to_dataset`):
everything in the default graph (``PUT <store URL>?default``) and one named graph per source
document (``PUT <store URL>?graph=https://w3id.org/gapgraph/doc/ID``), so the README's queries run
there unchanged. ``PUT`` replaces each graph, so pushing twice leaves one copy. The store URL is the
server's Graph Store endpoint: ``http://host:7878/store`` for Oxigraph, ``http://host:3030/DATASET/data``
for Fuseki; a bare ``http://host:port`` is taken to be an Oxigraph server.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.rdf import to_dataset


class EndpointError(RuntimeError):
    """The SPARQL server could not be reached or refused the data."""


def store_url(endpoint: str) -> str:
    """The Graph Store URL of an endpoint given as a base URL or as the store URL itself."""
    parsed = urllib.parse.urlparse(endpoint)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise EndpointError(f"not an http(s) URL: {endpoint!r}")
    return endpoint if parsed.path not in ("", "/") else endpoint.rstrip("/") + "/store"


def put(url: str, body: bytes, timeout: float) -> None:
    """``PUT`` N-Triples to ``url``; any answer but 2xx is an :class:`EndpointError`."""
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


def push(kg: KnowledgeGraph, endpoint: str, graph: str | None = None, timeout: float = 300) -> dict[str, int]:
    """Replace the server's default graph (or the named graph ``graph``, if given) with the whole graph,
    and each document's named graph with what that document states.

    Returns the triples sent per graph: ``"default"`` (or ``graph``) and each document graph's IRI."""
    dataset = to_dataset(kg)
    base = store_url(endpoint)
    sent: dict[str, int] = {}
    whole = dataset.default_graph
    target = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    put(f"{base}?{target}", whole.serialize(format="nt", encoding="utf-8"), timeout)
    sent[graph or "default"] = len(whole)
    for named in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if named.identifier == whole.identifier:
            continue
        iri = str(named.identifier)
        put(f"{base}?{urllib.parse.urlencode({'graph': iri})}", named.serialize(format="nt", encoding="utf-8"), timeout)
        sent[iri] = len(named)
    return sent

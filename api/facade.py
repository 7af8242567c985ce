"""The one object of the public API: a built graph, with what gapgraph can do with it.

:class:`KnowledgeGraph` is the graph layer's :class:`gapgraph.graph.knowledge_graph.KnowledgeGraph`
(typed, cited nodes and edges, with ``out``, ``into``, ``is_a``...) plus the questions, SPARQL,
conflicts, exports, maps and the store, each a thin call into the layer that does the work; the
layers below never import this module. Heavy libraries load only when a method needs them.

>>> import gapgraph
>>> kg = gapgraph.build(gapgraph.example_corpus())
>>> ilo = kg.find("International Labour Organization")
>>> kg.is_a(ilo, "UNAgency"), kg.is_a(ilo, "Actor")
(True, True)
>>> kg.sparql("ASK { ?a gg:leads ?p }").rows
[[True]]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapgraph.graph import knowledge_graph as core

if TYPE_CHECKING:
    from gapgraph.graph.validate import Violation
    from gapgraph.queries.conflicts import Conflict
    from gapgraph.queries.tabular import Result
    from gapgraph.viz.maps import Map

DEFAULT_STORE = Path(".gapgraph")
MAPS = ("partners", "ego", "path", "programme")


class Rows(list):
    """The answer of a question: a list of typed rows (frozen dataclasses).

    ``rows.dataframe()`` gives a pandas DataFrame (install pandas), ``rows.table()`` the columns and
    values the command line prints.
    """

    def dataframe(self) -> Any:
        from gapgraph.queries.tabular import dataframe

        return dataframe(list(self))

    def table(self) -> Result:
        from gapgraph.queries.tabular import as_result

        return as_result(list(self))


class KnowledgeGraph(core.KnowledgeGraph):
    """A built graph with its documents, and the questions, queries, exports and maps of gapgraph."""

    meta: dict[str, Any]
    """What the build recorded: the documents (id, kind, title, date...) and the warnings."""
    store: Path | None
    """The store folder it was loaded from or saved to, if any (its SPARQL store is then used)."""

    @classmethod
    def adopt(cls, kg: core.KnowledgeGraph, meta: dict[str, Any] | None = None, store: Path | None = None):
        """This facade over the nodes and edges of ``kg`` (shared, not copied)."""
        facade = cls.__new__(cls)
        facade.__dict__.update(kg.__dict__)
        facade.meta = dict(meta or {})
        facade.store = Path(store) if store is not None else None
        facade.texts = None
        facade._sparql_store = None
        return facade

    texts: dict[str, list[str]] | None
    """The lines of each source document, by id, when the graph was built here (a store keeps them)."""

    def document_lines(self, doc_id: str) -> list[str] | None:
        """The lines of a source document (as ``grep -n`` counts them), if this graph or its store has them."""
        if self.texts is not None and doc_id in self.texts:
            return list(self.texts[doc_id])
        if self.store is not None:
            from gapgraph.stores.folder import document_lines

            return document_lines(self.store, doc_id)
        return None

    @property
    def warnings(self) -> list[str]:
        return list(self.meta.get("warnings", []))

    # -- names ---------------------------------------------------------------------------------

    def find(self, name: str, classes: Iterable[str] = ()) -> str:
        """The id of the node named ``name`` (any name, alias, acronym or code, any case).

        Raises :class:`gapgraph.queries.lookup.NameLookupError` (a ``LookupError``) when no node,
        or several, have that name.
        """
        from gapgraph.queries.lookup import find

        return find(self, name, tuple(classes))

    # -- questions -----------------------------------------------------------------------------

    def ask(
        self,
        question: str,
        *names: str,
        backend: str = "networkx",
        endpoint: str | None = None,
        driver: Any = None,
        database: str | None = None,
        **options: Any,
    ) -> Rows:
        """The answer to a named question of ``gapgraph ask`` (``partners``, ``path``, ``results``...).

        ``names`` name its arguments as a user would; ``options`` are the question's own (``role``,
        ``component``, ``types``, ``all_paths``, ``max_length``, ``limit``...). ``backend`` is
        ``networkx`` (this graph), ``sparql`` (the store's SPARQL store, or ``endpoint``, any SPARQL
        1.1 endpoint, when given) or ``neo4j`` (through ``driver``, a Neo4j driver).
        """
        from gapgraph.queries import named

        query = named.QUERIES.get(question)
        if query is None:
            raise ValueError(f"unknown question {question!r}; ask one of: {', '.join(named.QUERIES)}")
        arguments = named.resolve(query, self, list(names))
        options = self._options(options)
        if backend == "networkx":
            return Rows(named.run_networkx(query, self, arguments, **options))
        if backend == "sparql":
            from gapgraph.queries.sparql import Endpoint

            target = Endpoint(endpoint) if endpoint is not None else self.sparql_store()
            return Rows(named.run_sparql(query, target, arguments, **options))
        if backend == "neo4j":
            if driver is None:
                raise ValueError("the neo4j backend needs a driver (gapgraph.stores.bolt.connect)")
            return Rows(named.run_cypher(query, driver, arguments, database, **options))
        raise ValueError(f"unknown backend {backend!r}; choose one of {', '.join(named.BACKENDS)}")

    def _options(self, options: dict[str, Any]) -> dict[str, Any]:
        """Question options with names resolved and class names checked."""
        options = {
            "role": None,
            "component": None,
            "types": None,
            "all_paths": False,
            "max_length": 6,
            "limit": 200,
            "direct": False,
            "via_programme": False,
            **options,
        }
        if isinstance(options["component"], str) and not self.has_node(options["component"]):
            options["component"] = self.find(options["component"])
        options["types"] = self.check_classes(options["types"])
        return options

    def check_classes(self, types: Iterable[str] | None) -> list[str] | None:
        """Class names checked against the ontology (``None`` for none)."""
        types = list(types or [])
        unknown = [t for t in types if t not in self.schema.classes]
        if unknown:
            known = ", ".join(sorted(self.schema.classes))
            raise ValueError(f"unknown class {', '.join(unknown)}; classes are: {known}")
        return types or None

    def show_query(self, question: str, language: str, *names: str) -> str:
        """The SPARQL or Cypher text of a question with its values bound, to copy and adapt."""
        from gapgraph.queries import named

        if language not in ("sparql", "cypher"):
            raise ValueError("the query language is sparql or cypher")
        query = named.QUERIES[question]
        return named.shown(query, language, named.resolve(query, self, list(names)))

    def conflicts(self, across_documents: bool = True) -> list[Conflict]:
        """The values the documents disagree on, each with its sources."""
        from gapgraph.queries.conflicts import conflicts

        return conflicts(self, across_documents=across_documents)

    def stats(self) -> dict[str, Any]:
        """Nodes by class, edges by relation, the documents and how many facts cite each."""
        from gapgraph.queries.stats import summary

        return summary(self)

    def validate(self) -> list[Violation]:
        """Violations of the SHACL shapes and the pydantic models (none for a sound graph)."""
        from gapgraph.graph.validate import validate

        return validate(self)

    # -- SPARQL --------------------------------------------------------------------------------

    def sparql_store(self) -> Any:
        """The pyoxigraph store to query: the saved store's, or one made in memory on first use."""
        if self._sparql_store is None:
            from gapgraph.stores import folder, oxigraph

            if self.store is not None:
                self._sparql_store = folder.sparql_store(self.store)
            else:
                self._sparql_store = oxigraph.in_memory(self)
        return self._sparql_store

    def sparql(self, query: str, allow_service: bool = False) -> Result:
        """Run a SPARQL 1.1 query (the project's prefixes ``gg:``, ``skos:``, ``prov:``... declared).

        A query with ``SERVICE`` is refused unless ``allow_service``: it would make the engine fetch
        data from the servers it names."""
        from gapgraph.queries.sparql import run

        return run(self.sparql_store(), query, allow_service=allow_service)

    # -- exports, maps, store ------------------------------------------------------------------

    def export(self, fmt: str, path: str | os.PathLike[str]) -> Path:
        """Write the graph as ``fmt`` (``node-link``, ``turtle``, ``trig``, ``graphml``, ``gexf``...)."""
        from gapgraph.stores.export import export

        export(self, fmt, Path(path))
        return Path(path)

    def map(
        self, kind: str, *names: str, out: str | os.PathLike[str], png: str | os.PathLike[str] | None = None, **options
    ) -> Map:
        """Write an offline interactive map (``partners``, ``ego NAME``, ``path START GOAL``,
        ``programme [NAME]``) to ``out``, and a PNG picture if ``png`` is given; returns what it drew."""
        from gapgraph.viz import maps, page

        builders: dict[str, Callable[[], Map]] = {
            "partners": lambda: (maps.direct_partners_map if options.get("direct") else maps.partners_map)(
                self, self.check_classes(options.get("types"))
            ),
            "ego": lambda: maps.ego_map(
                self, self.find(*names), options.get("depth", 2), direct=options.get("direct", False)
            ),
            "path": lambda: self._path_map(names, options),
            "programme": lambda: maps.programme_map(self, self.find(names[0], ("Programme",)) if names else None),
        }
        if kind not in builders:
            raise ValueError(f"unknown map {kind!r}; choose one of {', '.join(MAPS)}")
        drawn = builders[kind]()
        if not drawn.nodes:
            raise ValueError(f"nothing to draw: {drawn.title}")
        page.write(drawn, self.meta, Path(out))
        if png is not None:
            from gapgraph.viz.screenshot import screenshot

            screenshot(Path(out), Path(png))
        return drawn

    def _path_map(self, names: tuple[str, ...], options: dict[str, Any]) -> Map:
        from gapgraph.queries.named import QUERIES, resolve
        from gapgraph.viz.maps import path_map

        arguments = resolve(QUERIES["path"], self, list(names))
        return path_map(
            self,
            arguments["start"] or "",
            arguments["goal"] or "",
            options.get("all_paths", False),
            options.get("max_length", 6),
            options.get("via_programme", False),
        )

    def save(self, store: str | os.PathLike[str] = DEFAULT_STORE, **save_options: Any) -> Path:
        """Save the graph (and its SPARQL store) to the folder ``store``, replacing the one there."""
        from gapgraph.stores import folder

        ids = [d["id"] for d in self.meta.get("documents", []) if isinstance(d, dict) and "id" in d]
        texts = {i: lines for i in ids if (lines := self.document_lines(i)) is not None}
        folder.save(self, Path(store), self.meta, texts=texts, **save_options)
        self.store, self._sparql_store = Path(store), None
        return Path(store)


def build(
    corpus: str | os.PathLike[str],
    registries: Iterable[str | os.PathLike[str]] = (),
    progress: Callable[[str], None] | None = None,
) -> KnowledgeGraph:
    """Build the graph from every document of ``corpus/manifest.yaml`` (with extra ``registries``)."""
    from gapgraph.loaders.pipeline import build as build_graph

    extra = [Path(r) for r in registries]
    result = build_graph(Path(corpus), progress, **({"registries": extra} if extra else {}))
    kg = KnowledgeGraph.adopt(result.kg, result.meta())
    kg.texts = {doc.id: list(doc.lines) for doc in result.documents}
    return kg


def load(store: str | os.PathLike[str] = DEFAULT_STORE) -> KnowledgeGraph:
    """The graph saved in the folder ``store`` by ``gapgraph build`` or :meth:`KnowledgeGraph.save`."""
    from gapgraph.stores import folder

    return KnowledgeGraph.adopt(folder.load(Path(store)), folder.meta(Path(store)), Path(store))


def example_corpus() -> Path:
    """The corpus the examples use: ``$GAPGRAPH_CORPUS``, else ``../shared/corpus`` (the project's layout)."""
    return Path(os.environ.get("GAPGRAPH_CORPUS", "../shared/corpus"))

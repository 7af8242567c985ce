"""The graph as CSV files for ``neo4j-admin database import`` (the bulk path for large graphs).

One node file per class and one relationship file per relation, with the same labels, types and
properties as the Bolt loader (the layout of :mod:`gapgraph.stores.neo4j_mapping`); arrays use ``|`` between
items. ``IMPORT.txt`` in the folder gives the command.

>>> import tempfile, pathlib
>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> write(KnowledgeGraph(), folder), sorted(p.name for p in folder.iterdir())
([], ['IMPORT.txt'])
"""

from __future__ import annotations

import csv
from pathlib import Path

from gapgraph.graph.knowledge_graph import Claims, KnowledgeGraph
from gapgraph.ontology.naming import relationship_type
from gapgraph.stores.neo4j_mapping import SOURCE_SEPARATOR, SOURCES_SUFFIX, labels, sources_text

ARRAY = "|"


def _array(values: list) -> str:
    return ARRAY.join(str(v).replace(ARRAY, "¦") for v in values)


def _claims(claims: Claims | None) -> tuple[str, str]:
    if not claims:
        return "", ""
    sources = [SOURCE_SEPARATOR.join(sources_text(c["sources"])) for c in claims]
    return _array([c["value"] for c in claims]), _array(sources)


def write(kg: KnowledgeGraph, folder: Path) -> list[Path]:
    """Write the CSV files into ``folder``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    by_class: dict[str, list[tuple[str, dict]]] = {}
    for node_id, data in kg.nodes():
        by_class.setdefault(data["type"], []).append((node_id, data))
    for cls, nodes in sorted(by_class.items()):
        attributes = sorted(kg.schema.attributes_for(cls))
        path = folder / f"nodes-{cls}.csv"
        with open(path, "w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            header = ["id:ID", "class", "name", "aliases:string[]", "sources:string[]"]
            header += [col for a in attributes for col in (f"{a}:string[]", f"{a}{SOURCES_SUFFIX}:string[]")]
            out.writerow([*header, ":LABEL"])
            node_labels = ARRAY.join(labels(kg, cls))
            for node_id, data in nodes:
                row = [node_id, cls, data["name"], _array(data["aliases"]), _array(sources_text(data["sources"]))]
                row += [cell for a in attributes for cell in _claims(data["attributes"].get(a))]
                out.writerow([*row, node_labels])
        written.append(path)
    by_relation: dict[str, list] = {}
    for u, v, key, data in kg.edges():
        by_relation.setdefault(data["type"], []).append((u, v, key, data))
    for relation, edges in sorted(by_relation.items()):
        qualifiers = list(kg.schema.relations[relation].qualifiers)
        path = folder / f"relationships-{relationship_type(relation)}.csv"
        with open(path, "w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            header = [":START_ID", ":END_ID", ":TYPE", "key", "sources:string[]"]
            header += [col for q in qualifiers for col in (f"{q}:string[]", f"{q}{SOURCES_SUFFIX}:string[]")]
            out.writerow(header)
            for u, v, key, data in edges:
                row = [u, v, relationship_type(relation), key, _array(sources_text(data["sources"]))]
                row += [cell for q in qualifiers for cell in _claims(data["attributes"].get(q))]
                out.writerow(row)
        written.append(path)
    nodes = " ".join(f"--nodes={p.name}" for p in written if p.name.startswith("nodes-"))
    relationships = " ".join(f"--relationships={p.name}" for p in written if p.name.startswith("relationships-"))
    (folder / "IMPORT.txt").write_text(
        "From this folder, into an empty database (Neo4j 5):\n\n"
        f"neo4j-admin database import full neo4j --array-delimiter='{ARRAY}' {nodes} {relationships}\n",
        encoding="utf-8",
    )
    return written

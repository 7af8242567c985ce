"""gapgraph from Python, step by step (run it: ``python examples/from_python.py [CORPUS]``).

Each step prints what it found, so the script doubles as a notebook you can read top to bottom.
"""

import sys
import tempfile
from pathlib import Path

import gapgraph

corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else gapgraph.example_corpus()
work = Path(tempfile.mkdtemp(prefix="gapgraph-example-"))

# 1. Build the graph from the documents (add registries=[...] for curated programme knowledge).
kg = gapgraph.build(corpus)
print(f"1. built {len(kg)} nodes and {kg.number_of_edges()} edges from {len(kg.meta['documents'])} documents")

# 2. Look a node up by any of its names, and walk its edges.
ilo = kg.find("ILO")
led = [kg.node(p)["name"] for p in kg.out(ilo, "leads")]
print(f"2. {kg.node(ilo)['name']} is a {kg.type_of(ilo)} and leads: {'; '.join(led)}")

# 3. Ask a named question; the rows are dataclasses, and a pandas DataFrame if you like.
rows = kg.ask("partners", "ILO")
partners = sorted({row.name for row in rows})
print(f"3. ILO has {len(partners)} partners, e.g. {', '.join(partners[:3])}")

# 4. The same graph in SPARQL (the project's prefixes are declared).
result = kg.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?agency gg:participatesIn ?programme }")
print(f"4. participatesIn statements in SPARQL: {result.rows[0][0]}")

# 5. What the documents disagree on.
conflicts = kg.conflicts()
print(f"5. {len(conflicts)} conflicts, e.g. {conflicts[0].name}: {conflicts[0].attribute}" if conflicts else "5. none")

# 6. Export, draw, save and load again.
kg.export("turtle", work / "graph.ttl")
drawn = kg.map("ego", "ILO", out=work / "ilo.html", depth=1)
kg.save(work / "store")
again = gapgraph.load(work / "store")
print(f"6. wrote graph.ttl, a map of {len(drawn.nodes)} nodes, and a store that loads {len(again)} nodes back")

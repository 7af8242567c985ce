// profile / sources: every fact about one node, each with the spans of the documents that state it.
//
// Parameter: $node (the node's id, its IRI). The first row carries the node's properties (class,
// aliases, attribute values and their <name>Sources, see README "Neo4j"), which gapgraph unpacks
// into facts; then one row per edge either way (direction 'out'/'in'), with the other end, the IATI
// role of a participation, the date of a step (`on_date`), and `sources` ("doc:first-last" spans).
MATCH (n:Resource {id: $node})
RETURN n.id AS node, 'node' AS kind, properties(n) AS properties, null AS relation, null AS direction,
       null AS other, null AS other_name, null AS other_type, null AS role, null AS on_date, null AS value,
       null AS sources
UNION ALL
MATCH (n:Resource {id: $node})-[r]->(o:Resource)
RETURN n.id AS node, 'edge' AS kind, null AS properties, type(r) AS relation, 'out' AS direction,
       o.id AS other, o.name AS other_name, o.class AS other_type, r.role AS role, r.onDate AS on_date,
       null AS value, r.sources AS sources
UNION ALL
MATCH (n:Resource {id: $node})<-[r]-(o:Resource)
RETURN n.id AS node, 'edge' AS kind, null AS properties, type(r) AS relation, 'in' AS direction,
       o.id AS other, o.name AS other_name, o.class AS other_type, r.role AS role, r.onDate AS on_date,
       null AS value, r.sources AS sources

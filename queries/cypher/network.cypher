// network: every pair of actors (a before b) that share an engagement or a direct relation.
//
// Parameter: $direct (the relationship types of direct relations). One row per pair and thing
// shared: an engagement both take part in (relation PARTICIPATES_IN, via the engagement), or a
// direct relation between them either way (via null). gapgraph weights the pairs, ranks brokers
// and finds communities from these rows; the sources of each relation are in partners.cypher.
MATCH (a:Actor)-[:PARTICIPATES_IN]->(v:Resource)<-[:PARTICIPATES_IN]-(b:Actor)
WHERE a.id < b.id
RETURN DISTINCT a.id AS a, a.name AS a_name, a.class AS a_type, b.id AS b, b.name AS b_name, b.class AS b_type,
       'PARTICIPATES_IN' AS relation, v.id AS via, v.name AS via_name
UNION
MATCH (x:Actor)-[r]->(y:Actor)
WHERE type(r) IN $direct
WITH CASE WHEN x.id < y.id THEN x ELSE y END AS a, CASE WHEN x.id < y.id THEN y ELSE x END AS b, type(r) AS relation
RETURN DISTINCT a.id AS a, a.name AS a_name, a.class AS a_type, b.id AS b, b.name AS b_name, b.class AS b_type,
       relation, null AS via, null AS via_name

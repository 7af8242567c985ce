// network: every pair of actors (a before b) that share an engagement or a direct relation.
//
// Parameters: $direct (the relationship types of direct relations), $work and $work_with (of an actor's hand
// in a piece of work, from the actor and from the work). One row per pair and thing shared: an engagement
// both take part in (relation PARTICIPATES_IN, via the engagement), a direct relation between them either
// way (via null), or a piece of work both had a hand in (relation jointWork, via the work). gapgraph weights the pairs, ranks brokers
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
UNION
MATCH (x:Actor)-[r1]-(w:Resource)-[r2]-(y:Actor)
WHERE x.id < y.id AND NOT w:Actor AND NOT w:Programme
  AND ((startNode(r1) = x AND type(r1) IN $work) OR (endNode(r1) = x AND type(r1) IN $work_with))
  AND ((startNode(r2) = y AND type(r2) IN $work) OR (endNode(r2) = y AND type(r2) IN $work_with))
RETURN DISTINCT x.id AS a, x.name AS a_name, x.class AS a_type, y.id AS b, y.name AS b_name, y.class AS b_type,
       'jointWork' AS relation, w.id AS via, w.name AS via_name

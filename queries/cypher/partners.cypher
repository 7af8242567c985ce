// partners: who worked with an actor, how, on what, and where the documents say so.
//
// Parameters: $actors (the actors' ids, their IRIs: one for partners, two for shared-partners), $direct (the relationship types of direct relations),
// $work (from an actor to a piece of work it had a hand in) and $work_with (from the work to an actor that had a hand in it).
// One row per partner, relation, role and engagement; `sources` lists "doc:first-last" spans.
MATCH (a:Resource) WHERE a.id IN $actors
MATCH (a)-[:PARTICIPATES_IN]->(v:Resource)
WITH DISTINCT a, v
MATCH (v)<-[r:PARTICIPATES_IN]-(p:Actor)
WHERE p.id <> a.id
RETURN a.id AS actor, p.id AS partner, p.name AS name, p.class AS type, 'PARTICIPATES_IN' AS relation, 'shared' AS direction,
       r.role AS role, v.id AS via, v.name AS via_name, r.sources AS sources
UNION ALL
MATCH (a:Resource) WHERE a.id IN $actors
MATCH (a)-[r]->(p:Actor)
WHERE type(r) IN $direct
RETURN a.id AS actor, p.id AS partner, p.name AS name, p.class AS type, type(r) AS relation, 'to partner' AS direction,
       null AS role, null AS via, null AS via_name, r.sources AS sources
UNION ALL
MATCH (a:Resource) WHERE a.id IN $actors
MATCH (a)<-[r]-(p:Actor)
WHERE type(r) IN $direct
RETURN a.id AS actor, p.id AS partner, p.name AS name, p.class AS type, type(r) AS relation, 'from partner' AS direction,
       null AS role, null AS via, null AS via_name, r.sources AS sources
UNION ALL
MATCH (a:Resource) WHERE a.id IN $actors
MATCH (a)-[w1]-(w:Resource)
WHERE NOT w:Actor AND NOT w:Programme
  AND ((startNode(w1) = a AND type(w1) IN $work) OR (endNode(w1) = a AND type(w1) IN $work_with))
WITH DISTINCT a, w
MATCH (w)-[r]-(p:Actor)
WHERE p.id <> a.id AND ((startNode(r) = p AND type(r) IN $work) OR (endNode(r) = p AND type(r) IN $work_with))
RETURN a.id AS actor, p.id AS partner, p.name AS name, p.class AS type, type(r) AS relation, 'joint work' AS direction,
       null AS role, w.id AS via, w.name AS via_name, r.sources AS sources

// funding: every money flow (FUNDS, GRANTS_TO) and every observation reported for a programme.
//
// No parameters. A flow row carries the relationship's properties (amount, currency, fundingKind and
// their <name>Sources) and `sources`; a reported row carries the observation's properties (value,
// numericValue, measure, measureCode, period, unit). gapgraph keeps the financial figures and recomputes the sums.
MATCH (f:Resource)-[r:FUNDS|GRANTS_TO]->(t:Resource)
RETURN 'flow' AS line, f.id AS funder, f.name AS funder_name, t.id AS recipient, t.name AS recipient_name,
       type(r) AS relation, properties(r) AS properties, r.sources AS sources
UNION ALL
MATCH (p:Programme)-[:HAS_OBSERVATION]->(o:Observation)
RETURN 'reported' AS line, null AS funder, null AS funder_name, p.id AS recipient, p.name AS recipient_name,
       null AS relation, properties(o) AS properties, null AS sources

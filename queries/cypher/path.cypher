// path: the cited edges of the contribution paths from a start (an actor, product, pilot, law...)
// to a goal (an output, outcome or SDG target), each with its `sources` ("doc:first-last" spans).
//
// Parameters: $start and $goal (ids, their IRIs). Paths of up to 8 hops along the relations below
// (a pattern's length and types cannot be parameters); gapgraph lists the simple ones, shortest
// first, from these edges. To see the paths themselves in Neo4j Browser, RETURN p instead.
MATCH p = (s:Resource {id: $start})
          -[:LEADS|PARTICIPATES_IN|FUNDS|PRODUCES|IMPLEMENTS|PILOTS|PROVIDES_TECHNICAL_ASSISTANCE_TO|TRAINS|ENACTS|ADOPTS|DEPOSITS|RATIFIES|CONTRIBUTES_TO|ALIGNED_WITH*1..8]->
          (g:Resource {id: $goal})
UNWIND relationships(p) AS r
WITH DISTINCT r
WITH r, startNode(r) AS u, endNode(r) AS v
RETURN u.id AS source, u.name AS source_name, u.class AS source_type, type(r) AS relation,
       v.id AS target, v.name AS target_name, v.class AS target_type, r.sources AS sources

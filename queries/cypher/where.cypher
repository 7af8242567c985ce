// where: everything located in a place or in a place within it (any number of PART_OF steps down),
// with the `sources` ("doc:first-last" spans) of the location.
//
// Parameter: $place (the place's id, its IRI).
MATCH (in:Resource)-[:PART_OF*0..]->(:Resource {id: $place})
WITH DISTINCT in
MATCH (t:Resource)-[r:LOCATED_IN]->(in)
RETURN t.id AS thing, t.name AS name, t.class AS type, in.id AS in_place, in.name AS in_place_name,
       r.sources AS sources

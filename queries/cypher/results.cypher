// results: the observations of the indicators of an outcome or output.
//
// Parameter: $scope (an outcome's or output's id; null for every outcome and output). One row per
// observation, with its properties: value, numericValue, observationKind, period, unit,
// varianceExplanation, each with <name>Sources (a list when documents disagree; see README "Neo4j").
MATCH (i:Indicator)-[:MEASURES]->(s:Resource)
WHERE $scope IS NULL OR s.id = $scope
MATCH (i)-[:HAS_OBSERVATION]->(o:Observation)
RETURN s.id AS scope, s.name AS scope_name, s.class AS scope_type, i.id AS indicator, i.name AS indicator_name,
       o.id AS observation, properties(o) AS properties

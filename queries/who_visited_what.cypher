// Who visited what: every VISITS fact.
MATCH (a:Entity)-[:VISITS]->(b:Entity)
RETURN a.name AS visitor, b.name AS visited
ORDER BY visitor, visited

// All relations of one entity ($name: its canonical name), in both directions.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.name = $name OR b.name = $name
RETURN a.name AS subject, type(r) AS relation, b.name AS object
ORDER BY subject, relation, object

// All relations of one entity ($name: its canonical name), in both directions, that a sentence states.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE (a.name = $name OR b.name = $name) AND r.modality IN ['stated', 'alleged']
RETURN a.name AS subject, type(r) AS relation, b.name AS object
ORDER BY subject, relation, object

// Who visited what: every VISITS fact a sentence states (not one only denied or supposed).
MATCH (a:Entity)-[r:VISITS]->(b:Entity)
WHERE r.modality IN ['stated', 'alleged']
RETURN a.name AS visitor, b.name AS visited
ORDER BY visitor, visited

// The sentences stating each fact of one relation ($relation, e.g. "VISITS"), with the fact's modality.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) = $relation
UNWIND r.sentence_ids AS sid
MATCH (s:Sentence {id: sid})
RETURN a.name AS subject, b.name AS object, s.article AS article, s.index AS sentence_index, s.text AS sentence,
  r.modality AS modality
ORDER BY subject, object, article, sentence_index

"""RDF export of the graph (rdflib) and SPARQL over it."""

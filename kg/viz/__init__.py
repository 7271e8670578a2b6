"""Views of the graph: the offline interactive HTML page."""

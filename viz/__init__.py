"""Interactive network maps of the graph (to come: see the maps issue)."""

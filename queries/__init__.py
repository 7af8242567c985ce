"""Questions asked of the graph; they return data and draw nothing."""

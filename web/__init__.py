"""The analyst's workbench: `gapgraph serve`, a thin web shell over stores, queries and viz."""

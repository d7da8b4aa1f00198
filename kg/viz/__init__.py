"""Viz: an actor network (networkx, from ``kg.analysis.network``) → one offline HTML viewer.

- ``viewer``: ``write_viewer(graph, path)``: layout, escaped data, the page
- ``assets/``: the page's HTML, CSS and JavaScript

Takes a networkx graph, never a store. May import: ``kg.graph`` and the shared modules.
"""
from kg.viz.viewer import write_viewer

__all__ = ["write_viewer"]

"""Analysis: questions asked of the stored graph, through any ``kg.store`` back end.

- ``queries`` (+ ``queries/*.rq``): the named SPARQL queries and their parameters
- ``network``: the graph → a networkx actor network (``network_reads`` reads the store,
  ``network_select`` reads the options: dates, kinds, states, focus)
- ``stats``: the summary tables of ``kg stats``
- ``profile``: an actor's offices, counterparts and initiatives (``kg actor``)
- ``ambiguities``: entity decisions worth a user's check (``kg entities --ambiguous``)
- ``validate``: SHACL validation against ``ontology/shapes.ttl``

Reads only: nothing here writes to the store. May import: ``kg.graph``, ``kg.store`` and
the shared modules.
"""

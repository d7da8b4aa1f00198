"""Graph: extraction records → RDF, with one IRI per real-world entity.

- ``ontology``: the IRIs the graph mints, interaction classes, the ontology files
- ``resolve``: the names of one record → entities with stable IRIs (``Entity``, ``Resolver``)
- ``aliases``: the user's alias file (``data/aliases.csv``)
- ``mapping``: a release and its record → the quads of its named graph; entity descriptions
- ``packed``: a mapped release as N-Quads text plus what cross-release resolution needs
- ``identity``: persons and interactions matched across releases (``EntityIndex``, ``name_key``)

Pure functions of their inputs: no store is imported here (``EntityIndex`` reads one
through ``rows(sparql)``, handed in by ``kg.ingest``).
May import: ``kg.records``, ``kg.lexicon``, ``kg.namespaces``, ``kg.nquads``, ``kg.errors``.
"""

"""Extraction: from a ``Release`` to a ``Record`` of actors, offices, interactions,
initiatives and documents, each with the sentence that says so.

``extract(release)`` runs the step pipeline of ``kg.extract.pipeline``; the steps are
rule-based over gazetteers, deterministic and offline.
"""
from kg.extract.pipeline import extract, extract_files, pipeline_steps

__all__ = ["extract", "extract_files", "pipeline_steps"]

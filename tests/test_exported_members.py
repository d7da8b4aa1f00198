"""The public API: everything in ``kg.__all__`` exists and is what the docs say it is."""
from __future__ import annotations

import kg


def test_all_exports_exist() -> None:
    missing = [name for name in kg.__all__ if not hasattr(kg, name)]
    assert missing == []


def test_main_entry_points_are_exported() -> None:
    for name in ("ingest", "extract", "open_store", "export", "build_network", "write_viewer", "validate",
                 "compute_stats", "actor_profile", "KgError"):
        assert name in kg.__all__, name

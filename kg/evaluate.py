"""Score extraction against gold records with the project's scorer (``shared/eval/score.py``)."""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.extract import extract_files

DEFAULT_SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py"
SCORER = Path("eval") / "score.py"


def find_scorer(gold_dir: str | Path) -> Path | None:
    """The scorer beside the gold records (``../shared/corpus/gold`` → ``../shared/eval/score.py``),
    else in ``shared/`` beside the working folder or beside the package; None if nowhere."""
    gold = Path(gold_dir).resolve()
    candidates = [parent / SCORER for parent in gold.parents]
    candidates += [Path.cwd().parent / "shared" / SCORER, Path.cwd() / "shared" / SCORER, DEFAULT_SCORER]
    return next((c for c in candidates if c.is_file()), None)


def evaluate(gold_dir: str | Path, releases: Iterable[str | Path], *, scorer: str | Path | None = None,
             per_release: bool = False) -> dict[str, Any]:
    """Extract ``releases`` and score them against the gold records in ``gold_dir``.

    Returns the scorer's JSON figures (``categories``, ``overall``, ...). Only the
    releases that have a gold record are scored.
    """
    script = Path(scorer) if scorer else find_scorer(gold_dir)
    if script is None or not script.exists():
        where = script or f"shared/eval/score.py beside {gold_dir}, the working folder or the package"
        raise KgError(f"scorer not found at {where}; pass --scorer PATH/TO/score.py")
    gold = Path(gold_dir)
    if not gold.is_dir():
        raise KgError(f"{gold}: not a folder of gold <release>.json records")
    wanted = {p.stem for p in gold.glob("*.json")}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for record in extract_files(releases):
            if record.release in wanted:
                (out / f"{record.release}.json").write_text(json.dumps(record.to_dict(), ensure_ascii=False),
                                                            encoding="utf-8")
        args = [sys.executable, str(script), str(gold), str(out), "--json"] + (["--per-release"] if per_release else [])
        done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise KgError(f"the scorer failed: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout)

"""Evaluation harness: score the reader against hand-checked gold files (``family-gold/1``).

``score(family, gold, text)`` is a pure function; ``evaluate_dir`` runs the reader over a folder.
The scoring rules are documented in ``docs/gold-format.md``. Only the CLI imports this package.
"""

from genogram.evaluate.gold import GOLD_SCHEMA, Gold, GoldError, load_gold, parse_gold
from genogram.evaluate.run import (
    EvalReport,
    GoldFilesError,
    evaluate_dir,
    find_pairs,
    load_cases,
)
from genogram.evaluate.score import METRIC_KEYS, METRICS, FileScores, match_people, prf, score

__all__ = ["GOLD_SCHEMA", "METRICS", "METRIC_KEYS", "EvalReport", "FileScores", "Gold",
           "GoldError", "GoldFilesError", "evaluate_dir", "find_pairs", "load_cases", "load_gold",
           "match_people", "parse_gold", "prf", "score"]

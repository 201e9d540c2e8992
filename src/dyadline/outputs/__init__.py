"""Export layouts beyond the record itself: Parquet, GDELT 2.0 events, ICEWS events.

Reads: export records (``Store.iter_events``, optionally with ``cited_notes``).
Adds: nothing of its own; ``dyadline.export`` picks one of the modules here by
format name. Each module owns one layout: ``parquet`` (typed columns for DuckDB,
pandas, Arrow), ``gdelt`` (the GDELT 2.0 event table's 61 tab-separated
columns), ``icews`` (the ICEWS event file's tab-separated columns with header).
``common`` holds the small conversions the two event-data layouts share.
"""

from __future__ import annotations

TEXT_LAYOUTS = ("gdelt", "icews")
BINARY_LAYOUTS = ("parquet",)

"""Run an ingest in a child process and SIGKILL it part-way (tests/engine/test_crash.py).

usage: python ingest_child.py DB INPUT WINDOW BATCH (after-batch N | in-report N)
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fakes import KillingSummarize, fake_summarize  # noqa: E402

from newsfuse.embed import HashingEmbedder  # noqa: E402
from newsfuse.engine.local import IngestOptions, LocalExecutor, ingest  # noqa: E402
from newsfuse.store import Store  # noqa: E402


def main() -> None:
    db, source, window, batch, mode, n = sys.argv[1:7]
    n = int(n)
    summarize = KillingSummarize(n) if mode == "in-report" else fake_summarize

    def on_batch(stats) -> None:
        if mode == "after-batch" and stats.batches == n:
            print(f"acknowledged {stats.stored}", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    with Store.open(db) as store:
        ingest([source], store, LocalExecutor(summarize), embedder=HashingEmbedder(),
               options=IngestOptions(batch_size=int(batch), window=int(window)), on_batch=on_batch)


if __name__ == "__main__":
    main()

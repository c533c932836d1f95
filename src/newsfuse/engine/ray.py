"""The batch path on Ray Data: the same stage functions as the single process, run in
parallel. Windows of raw input are cleaned and their leads embedded by a pool of Ray
actors (one embedder loaded per actor), streamed back in input order to the driver,
which clusters online and stores exactly as :func:`newsfuse.engine.local.ingest`
does; stale stories are then summarised by a second actor pool.

Same input → same store as the single process: cleaning sees the same windows,
embeddings are the same vectors (the clusterer looks them up instead of computing
them), and clustering and storing stay ordered on the driver.

``address=None`` starts a local Ray instance (``num_cpus`` workers, no dashboard);
``address="ray://host:10001"`` or ``"auto"`` joins a running cluster (docs/store.md).
"""

from __future__ import annotations

import pickle
from typing import Any, Iterator, Sequence

import numpy as np

from newsfuse.cleaning import CleanOptions
from newsfuse.engine.stages import CleanWindow, RawWindow, StoryReport, lead_texts, summarize_story
from newsfuse.model import NewsfuseError

# Raw windows handed to Ray at once: enough to keep every worker busy while the driver
# clusters, few enough that the driver's memory stays bounded on a long input.
WINDOWS_IN_FLIGHT = 8


class _CleanEmbed:
    """Ray actor: clean a window, then embed its articles' leads (model loaded once)."""

    def __init__(self, embedder_name: str, lead_chars: int, options: CleanOptions | None):
        from newsfuse.engine.defaults import make_embedder

        self.embedder = make_embedder(embedder_name)
        self.lead_chars = lead_chars
        self.options = options

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, list[Any]]:
        from newsfuse.engine.stages import clean_window

        out: dict[str, list[Any]] = {"number": [], "blob": []}
        for blob in batch["blob"]:
            window = clean_window(pickle.loads(blob), self.options)
            texts = lead_texts(window.articles, self.lead_chars)
            vectors = np.asarray(self.embedder.embed(texts), dtype=np.float32) if texts else None
            out["number"].append(window.number)
            out["blob"].append(pickle.dumps((window, texts, vectors), protocol=pickle.HIGHEST_PROTOCOL))
        return out


class _Summarize:
    """Ray actor: summarise stories (the summarizer and its embedder built once)."""

    def __init__(self, factory: Any):
        self.summarize = factory()

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, list[Any]]:
        results = []
        for blob in batch["blob"]:
            story_id, articles = pickle.loads(blob)
            results.append(pickle.dumps(summarize_story(story_id, articles, self.summarize)))
        return {"blob": results}


class RayExecutor:
    """Runs cleaning, embedding and summarising on Ray Data."""

    def __init__(
        self,
        summarize_factory: Any = None,
        *,
        embedder_name: str = "wordllama",
        lead_chars: int | None = None,
        address: str | None = None,
        num_cpus: int | None = None,
    ):
        self.summarize_factory = summarize_factory
        self.embedder_name = embedder_name
        self.lead_chars = lead_chars
        self.address = address
        self.num_cpus = num_cpus
        self._vectors: dict[int, tuple[list[str], np.ndarray | None]] = {}
        self._started_here = False

    # --- lifecycle ----------------------------------------------------------------
    def start(self) -> None:
        import ray

        if not ray.is_initialized():
            try:
                if self.address:
                    ray.init(address=self.address, log_to_driver=False)
                else:
                    ray.init(num_cpus=self.num_cpus, include_dashboard=False, log_to_driver=False)
            except (ConnectionError, ValueError, RuntimeError) as exc:  # no cluster there, a bad address
                hint = ""
                if self.address and self.address.startswith("ray://") and "ray[client]" not in str(exc):
                    hint = " (a ray:// address needs Ray's client: pip install 'ray[client]'; or run on the head node with --address auto)"
                raise NewsfuseError(f"cannot start Ray at {self.address or 'this machine'}: {exc}{hint}") from exc
            self._started_here = True
        from ray.data import DataContext

        ctx = DataContext.get_current()
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = False

    def shutdown(self) -> None:
        import ray

        if self._started_here and ray.is_initialized():
            ray.shutdown()
        self._started_here = False

    def __enter__(self) -> RayExecutor:
        self.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.shutdown()

    def _workers(self) -> int:
        import ray

        return max(1, int(ray.cluster_resources().get("CPU", 1)))

    # --- stages -------------------------------------------------------------------
    def clean(self, windows: Iterator[RawWindow], options: CleanOptions | None) -> Iterator[CleanWindow]:
        """Clean + embed windows on Ray, yielding them in input order."""
        self.start()
        lead_chars = self.lead_chars or _default_lead_chars()
        group: list[RawWindow] = []
        for window in windows:
            group.append(window)
            if len(group) >= WINDOWS_IN_FLIGHT:
                yield from self._clean_group(group, lead_chars, options)
                group = []
        if group:
            yield from self._clean_group(group, lead_chars, options)

    def _clean_group(self, group: Sequence[RawWindow], lead_chars: int, options: CleanOptions | None) -> Iterator[CleanWindow]:
        import ray

        items = [{"number": w.number, "blob": pickle.dumps(w, protocol=pickle.HIGHEST_PROTOCOL)} for w in group]
        ds = ray.data.from_items(items, override_num_blocks=len(items)).map_batches(
            _CleanEmbed,
            fn_constructor_args=(self.embedder_name, lead_chars, options),
            batch_size=1,
            compute=ray.data.ActorPoolStrategy(size=min(self._workers(), len(items))),
            num_cpus=1,
        )
        for row in ds.iter_rows():
            window, texts, vectors = pickle.loads(row["blob"])
            self._vectors = {window.number: (texts, vectors)}  # only the window in hand
            self._last = window.number
            yield window

    def embed(self, texts: Sequence[str]) -> np.ndarray | None:
        """The vectors the workers computed for the window just yielded; None (the
        clusterer then embeds itself) if any text is not among them."""
        known, vectors = self._vectors.get(self._last, ([], None))
        if vectors is None:
            return None
        lookup = dict(zip(known, vectors))
        if not all(t in lookup for t in texts):
            return None
        return np.stack([lookup[t] for t in texts])

    def summarize(self, jobs: Sequence[tuple[str, Sequence[Any]]]) -> list[StoryReport]:
        if self.summarize_factory is None or not jobs:
            return []
        import ray

        self.start()
        items = [{"blob": pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)} for job in jobs]
        blocks = min(len(items), self._workers() * 4)
        ds = ray.data.from_items(items, override_num_blocks=blocks).map_batches(
            _Summarize,
            fn_constructor_args=(self.summarize_factory,),
            batch_size=8,
            compute=ray.data.ActorPoolStrategy(size=min(self._workers(), blocks)),
            num_cpus=1,
        )
        return [pickle.loads(row["blob"]) for row in ds.iter_rows()]


def _default_lead_chars() -> int:
    from newsfuse.cluster import ClusterOptions

    return ClusterOptions().lead_chars

"""Running the ingest: :func:`ingest` orchestrates read → clean → cluster → store →
reports; an executor decides where the parallel stages run (:class:`LocalExecutor`
here, ``newsfuse.engine.ray.RayExecutor`` on Ray Data, imported only when asked for)."""

from newsfuse.engine.local import IngestOptions, LocalExecutor, ingest, refresh_reports
from newsfuse.engine.stages import IngestStats

__all__ = ["IngestOptions", "IngestStats", "LocalExecutor", "ingest", "refresh_reports"]

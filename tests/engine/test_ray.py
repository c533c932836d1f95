"""The Ray Data batch path gives the same store as the single process on the same
input (a small corpus; a local Ray instance on 2 CPUs)."""

from __future__ import annotations

import pytest

from newsfuse.embed import HashingEmbedder
from newsfuse.engine.local import IngestOptions, LocalExecutor, ingest
from newsfuse.store import Store

from . import fakes
from .fakes import FakeSummarizeFactory, corpus, fake_summarize, write_jsonl
from .helpers import contents

ray = pytest.importorskip("ray")
OPTIONS = IngestOptions(batch_size=5, window=10, reports="end")


@pytest.mark.slow
def test_ray_path_equals_single_process(tmp_path):
    from ray import cloudpickle

    from newsfuse.engine.ray import RayExecutor

    cloudpickle.register_pickle_by_value(fakes)  # workers cannot import the tests package
    src = write_jsonl(tmp_path / "in.jsonl", corpus(30, seed=5) + [{"id": "bad", "text": ""}])
    with Store.open(tmp_path / "local.db") as store:
        local_stats = ingest([src], store, LocalExecutor(fake_summarize), embedder=HashingEmbedder(), options=OPTIONS)
        local = contents(store)
    with RayExecutor(FakeSummarizeFactory(), embedder_name="hashing", num_cpus=2) as executor:
        with Store.open(tmp_path / "ray.db") as store:
            ray_stats = ingest([src], store, executor, embedder=HashingEmbedder(), options=OPTIONS)
            distributed = contents(store)
    assert ray_stats.to_dict() == local_stats.to_dict()
    assert len(ray_stats.rejections) == 1
    assert distributed == local
    assert len(local["articles"]) == 30


def test_a_bad_address_is_said_in_one_line():
    from newsfuse.engine.ray import RayExecutor
    from newsfuse.model import NewsfuseError

    with pytest.raises(NewsfuseError, match="cannot start Ray at garbage"):
        RayExecutor(address="garbage").start()

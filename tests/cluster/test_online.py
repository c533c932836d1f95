"""Join-or-new over a stream; time windows; persisting and reloading live stories."""

from __future__ import annotations

import json

from newsfuse.cluster import OnlineClusterer, StoryState
from newsfuse.embed import HashingEmbedder

REID = "Tara Reid checked into the Promises rehab centre in Malibu on Tuesday, her representative said."
REID_AGAIN = "Actress Tara Reid has entered Promises in Malibu for treatment, her representative confirmed."
LOHAN = "Lindsay Lohan checked into the Betty Ford rehab centre in Rancho Mirage on Thursday, her lawyer said."
QUAKE = "A magnitude 7.1 earthquake struck off the coast of Chile on Saturday, the geological survey said."


def article(aid: str, text: str, date: str | None = None) -> dict:
    return {"id": aid, "text": text, "date": date}


def test_same_event_joins_and_other_events_start_stories():
    clusterer = OnlineClusterer(embedder=HashingEmbedder())
    ids = clusterer.add_many([article("r1", REID), article("q1", QUAKE), article("r2", REID_AGAIN)])
    assert ids[0] == ids[2] and ids[1] != ids[0]
    assert clusterer.live_count() == 2


BACKGROUND = [
    "The central bank raised interest rates by a quarter point on Wednesday, citing stubborn inflation.",
    "Heavy snow closed schools across the northern state for a second day as crews cleared roads.",
    "The city council approved a new budget for road repairs after a long and heated debate.",
    "A new smartphone went on sale with a larger screen and a longer battery life than last year's model.",
]
REID_LEAD = (
    "Tara Reid checked into the Promises Treatment Center in Malibu on Tuesday, her representative "
    "Jack Ketsoyan told People. The American Pie actress asked for privacy. Reid launched a fashion "
    "line called Mantra in December."
)
REID_LEAD_AGAIN = (
    "Actress Tara Reid has entered Promises in Malibu, her rep Jack Ketsoyan confirmed to People. "
    "Reid, 33, was last seen at a party in Los Angeles. Friends say the American Pie star chose treatment."
)
LOHAN_LEAD = (
    "Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage on Thursday to begin a 90-day "
    "court-ordered stay, her lawyer Shawn Holley said. Lohan had skipped a Newport Beach facility."
)
LOHAN_LEAD_AGAIN = (
    "Lohan arrived at Betty Ford late on Thursday, attorney Shawn Holley told the Santa Monica court. "
    "The judge had ordered Lindsay Lohan into a locked facility after her reckless driving conviction."
)


def test_two_rehab_stories_with_different_people_stay_apart():
    clusterer = OnlineClusterer(embedder=HashingEmbedder())
    clusterer.add_many([article(f"b{i}", text) for i, text in enumerate(BACKGROUND)])
    reid, lohan, reid_again, lohan_again = clusterer.add_many(
        [article("r1", REID_LEAD), article("l1", LOHAN_LEAD), article("r2", REID_LEAD_AGAIN),
         article("l2", LOHAN_LEAD_AGAIN)]
    )
    assert reid == reid_again and lohan == lohan_again and reid != lohan


def test_time_window_splits_and_retires():
    clusterer = OnlineClusterer(embedder=HashingEmbedder())
    first = clusterer.add(article("r1", REID, "2024-01-01"))
    assert clusterer.add(article("r2", REID_AGAIN, "2024-01-03")) == first
    later = clusterer.add(article("r3", REID_AGAIN, "2024-03-01"))
    assert later != first
    assert [s.id for s in clusterer.states()] == [later]  # the January story left the index


def test_states_round_trip_through_json_and_keep_joining():
    clusterer = OnlineClusterer(embedder=HashingEmbedder())
    story = clusterer.add(article("r1", REID, "2024-01-01"))
    clusterer.add(article("q1", QUAKE, "2024-01-01"))
    saved = json.dumps([s.to_dict() for s in clusterer.states()])
    states = [StoryState.from_dict(d) for d in json.loads(saved)]
    assert {s.size for s in states} == {1} and states[0].first_seen.isoformat() == "2024-01-01"
    assert len(states[0].centroid) == HashingEmbedder().dim and "reid" in states[0].entities
    reloaded = OnlineClusterer.from_states(states, embedder=HashingEmbedder())
    assert reloaded.add(article("r2", REID_AGAIN, "2024-01-02")) == story
    assert reloaded.live_count() == 2

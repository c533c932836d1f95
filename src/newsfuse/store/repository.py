"""The repository: every read and write of articles, stories and reports, over one
SQLAlchemy engine (SQLite file by default, PostgreSQL by URL).

Writes happen in transactions the caller can see: ``with store.batch() as b:`` groups
``add_articles`` + ``assign`` (+ ``save_report``) so a batch is stored whole or not at
all; the one-call methods on :class:`Store` are each their own transaction. Adds are
idempotent (content hash), so re-running a killed ingest is safe.
"""

from __future__ import annotations

import datetime as dt
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from sqlalchemy import Connection, create_engine, event, false, func, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from newsfuse.model import Article, NewsfuseError
from newsfuse.store import migrate
from newsfuse.store.records import (
    AddResult,
    ReportRecord,
    StorySummary,
    article_to_row,
    content_hash,
    row_to_article,
)
from newsfuse.store.schema import articles as A
from newsfuse.store.schema import checkpoints as C
from newsfuse.store.schema import reports as R
from newsfuse.store.schema import stories as S

DB_ENV = "NEWSFUSE_DB"
DEFAULT_DB = "newsfuse.db"
# Rows per IN (...) list: far under SQLite's bound-parameter limit, large enough that a
# 500-article batch is one round trip.
IN_CHUNK = 900
# Seconds a writer waits for SQLite's lock (a web reader or a second ingest) before failing.
SQLITE_BUSY_TIMEOUT_S = 30
# SQLite page cache per connection (KiB). The default 2 MiB stops holding the unique
# indexes (content hash, id) past ~10k articles, and each batch's random-hash inserts
# then go to the OS: bench/ingest.py --store-scaling measured the store's ms/article
# rising ~3x from 10k to 100k with the default; see docs/store.md for the figures with this.
SQLITE_CACHE_KIB = 65536


class StoreError(NewsfuseError):
    """The store cannot be opened or written (not a database, read-only, a bad URL)."""


def _shown(url: str) -> str:
    return url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url.split("@")[-1]


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """``None`` → ``$NEWSFUSE_DB`` → ``./newsfuse.db``; a path → a SQLite URL;
    ``postgresql://`` → the psycopg (v3) driver."""
    db = os.fspath(db) if db is not None else os.environ.get(DB_ENV) or DEFAULT_DB
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    return db


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite hands datetimes back naive; everything stored is UTC."""
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def _chunks(items: Sequence[Any], size: int = IN_CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # WAL: readers never block the ingest
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


class Store:
    """Articles, stories and report history in one database. Open with
    :meth:`Store.open`; close (or use as a context manager) when done."""

    def __init__(self, engine: Engine):
        self.engine = engine

    # --- lifecycle ----------------------------------------------------------------
    @classmethod
    def open(cls, db: str | os.PathLike[str] | None = None, *, migrate_schema: bool = True) -> Store:
        """Open (creating on first use) the store at ``db``: a path, a SQLAlchemy URL
        or ``postgresql://...``; default ``$NEWSFUSE_DB`` or ``./newsfuse.db``. Runs the
        shipped migrations up to the current schema."""
        if db is not None and not os.fspath(db).strip():
            raise StoreError("no store: the database path is empty")
        url = resolve_url(db)
        try:
            path = url.removeprefix("sqlite:///")
            if url.startswith("sqlite:///") and not path.startswith("file:") and "?" not in path:  # not a URI filename
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            engine = _make_engine(url)
            if migrate_schema:
                migrate.upgrade(engine)
        except (SQLAlchemyError, OSError, ValueError) as exc:  # not a database, unreadable, a bad URL
            reason = getattr(exc, "orig", None) or exc
            raise StoreError(f"cannot open the store at {_shown(url)}: {reason}") from exc
        return cls(engine)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @contextmanager
    def batch(self, exclusive: bool = False) -> Iterator[StoreBatch]:
        """One transaction: everything done through the yielded batch commits together
        when the block ends, or not at all if it raises. ``exclusive``: take the
        database's write lock first, so that the batches of writers in other processes
        (a second ingest, the web app's POST) run one after another, each reading what
        the one before committed (`engine.live`)."""
        with self.engine.begin() as conn:
            if exclusive:
                _write_lock(conn)
            yield StoreBatch(conn)

    # --- writes (each its own transaction) ----------------------------------------
    def add_articles(self, articles: Iterable[Article]) -> AddResult:
        """Store new articles; exact duplicates (same content hash) are skipped."""
        with self.batch() as b:
            return b.add_articles(articles)

    def assign(self, assignments: Mapping[str, str], states: Mapping[str, Any] | None = None) -> None:
        """Put articles (by id) into stories (created when new) and mark them stale;
        ``states`` holds each story's clusterer state to keep with it."""
        with self.batch() as b:
            b.assign(assignments, states)

    def save_report(self, story_id: str, report: Mapping[str, Any], article_ids: Sequence[str]) -> ReportRecord:
        """Save a new version of a story's report (``Report.to_dict()``), computed
        from ``article_ids``; records which ids are new since the last version. Exclusive:
        two writers refreshing one story number their versions one after the other."""
        with self.batch(exclusive=True) as b:
            return b.save_report(story_id, report, article_ids)

    # --- reads --------------------------------------------------------------------
    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are stored already."""
        with self.engine.connect() as conn:
            return _known_hashes(conn, list(hashes))

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(A)).scalar_one()

    def article(self, article_id: str) -> Article | None:
        found = self.articles([article_id])
        return found[0] if found else None

    def articles(self, ids: Sequence[str]) -> list[Article]:
        """The stored articles with these ids, in ingest order (unknown ids skipped)."""
        rows: list[Any] = []
        with self.engine.connect() as conn:
            for chunk in _chunks(list(ids)):
                rows += conn.execute(select(A).where(A.c.id.in_(chunk))).mappings().all()
        return [row_to_article(r) for r in sorted(rows, key=lambda r: r["seq"])]

    def story_articles(self, story_id: str) -> list[Article]:
        """A story's articles, in ingest order."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(A).where(A.c.story_id == story_id).order_by(A.c.seq)).mappings()
            return [row_to_article(r) for r in rows]

    def story_of(self, article_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(A.c.story_id).where(A.c.id == article_id)).scalar_one_or_none()

    def story(self, story_id: str) -> StorySummary | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(S).where(S.c.id == story_id)).mappings().first()
        return _summary(row) if row else None

    def stories(self, since: dt.date | str | None = None, limit: int | None = None) -> list[StorySummary]:
        """Stories, most recently seen first; ``since`` keeps those last seen on or
        after that date (a date, or an ISO date string; anything else is a ValueError:
        compared as text it matched nothing, or everything)."""
        if since is not None and not isinstance(since, dt.date):
            since = dt.date.fromisoformat(str(since))
        if limit is not None and limit < 0:
            raise ValueError(f"limit must be 0 or more (got {limit})")
        query = select(S).order_by(S.c.last_seen.desc(), S.c.id)
        if since is not None:
            query = query.where(S.c.last_seen >= since)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [_summary(r) for r in conn.execute(query).mappings()]

    def story_states(self) -> dict[str, Any]:
        """Every story's clusterer state (``StoryState.to_dict()``), to resume an online
        clusterer where the last ingest left it."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(S.c.id, S.c.state).where(S.c.state.is_not(None)).order_by(S.c.first_seq))
            return {sid: state for sid, state in rows}

    def stale_stories(self) -> list[str]:
        """Stories that gained articles since their last report."""
        with self.engine.connect() as conn:
            return list(conn.execute(select(S.c.id).where(S.c.stale.is_(True)).order_by(S.c.id)).scalars())

    def checkpoint(self, name: str) -> bytes | None:
        """The engine state last saved under ``name`` (see :meth:`StoreBatch.save_checkpoint`)."""
        with self.engine.connect() as conn:
            return conn.execute(select(C.c.data).where(C.c.name == name)).scalar_one_or_none()

    def report(self, story_id: str, version: int | None = None) -> ReportRecord | None:
        """A story's report: the latest, or the given version."""
        query = select(R).where(R.c.story_id == story_id)
        query = query.where(R.c.version == version) if version is not None else query.order_by(R.c.version.desc())
        with self.engine.connect() as conn:
            row = conn.execute(query.limit(1)).mappings().first()
        return _record(row) if row else None

    def report_history(self, story_id: str) -> list[ReportRecord]:
        """Every version of a story's report, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(R).where(R.c.story_id == story_id).order_by(R.c.version)).mappings()
            return [_record(r) for r in rows]


def _write_lock(conn: Connection) -> None:
    """Hold the database's write lock from here to the end of the transaction: SQLite takes
    it at the first write (one that changes nothing will do), PostgreSQL on a table lock
    that readers pass. A second writer waits (SQLite's busy timeout) instead of interleaving."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("LOCK TABLE checkpoints IN SHARE ROW EXCLUSIVE MODE"))
    else:
        conn.execute(update(C).where(false()).values(name=C.c.name))


MAX_ID_CHARS = A.c.id.type.length  # the id column's width (schema: 200)
RENAME_SUFFIX_CHARS = len("~") + 10 + len("-99")  # what a rename adds: "~", 10 hex, a "-N" for a clash


def _free_id(conn: Connection, wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted-2``, ``-3``... : the first id neither this batch nor the store
    uses (an input may itself be named like a renamed id)."""
    candidate, n = wanted, 1
    while candidate in taken or _existing_ids(conn, [candidate]):
        n += 1
        candidate = f"{wanted}-{n}"
    return candidate


class StoreBatch:
    """The write operations, inside one open transaction (see :meth:`Store.batch`)."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def add_articles(self, articles: Iterable[Article]) -> AddResult:
        """Insert articles not stored yet (by content hash). An id already used by other
        content is suffixed with the hash, so two inputs never overwrite each other; an id
        longer than the id column (MAX_ID_CHARS) is cut to fit and suffixed alike."""
        batch = [(a, content_hash(a)) for a in articles]
        by_hash = _ids_by_hash(self.conn, [h for _, h in batch])
        existing_ids = _existing_ids(self.conn, [a.id for a, _ in batch])
        now, rows, added, duplicates = _now(), [], [], {}
        for article, digest in batch:
            if digest in by_hash:
                duplicates[article.id] = by_hash[digest]
                continue
            if article.id in existing_ids or len(article.id) > MAX_ID_CHARS:
                # a taken id, or one longer than the id column, is kept with the hash's start
                # (cut to fit: PostgreSQL refused the row, and the article, where SQLite took it)
                base = article.id[: MAX_ID_CHARS - RENAME_SUFFIX_CHARS]
                article = article.replace(id=_free_id(self.conn, f"{base}~{digest[:10]}", existing_ids))
            existing_ids.add(article.id)
            by_hash[digest] = article.id
            rows.append(article_to_row(article, digest, now))
            added.append(article)
        if rows:
            self.conn.execute(A.insert(), rows)
        return AddResult(tuple(added), duplicates)

    def assign(self, assignments: Mapping[str, str], states: Mapping[str, Any] | None = None) -> None:
        """See :meth:`Store.assign`. Story aggregates are updated incrementally, so the
        cost depends on the batch, not on the archive."""
        now, states = _now(), dict(states or {})
        rows = _article_rows(self.conn, list(assignments))
        moved_from = {r["story_id"] for r in rows if r["story_id"] and r["story_id"] != assignments[r["id"]]}
        by_story: dict[str, list[Any]] = {}
        for r in rows:
            if r["story_id"] != assignments[r["id"]]:
                by_story.setdefault(assignments[r["id"]], []).append(r)
        current = _story_rows(self.conn, list(by_story))
        for story_id, members in by_story.items():
            _grow_story(self.conn, story_id, current.get(story_id), members, states.pop(story_id, None), now)
            ids = [m["id"] for m in members]
            for chunk in _chunks(ids):
                self.conn.execute(update(A).where(A.c.id.in_(chunk)).values(story_id=story_id))
        for story_id in moved_from:
            _recount_story(self.conn, story_id, now)
        for story_id, state in states.items():  # state changed without new members
            self.conn.execute(update(S).where(S.c.id == story_id).values(state=state))

    def save_checkpoint(self, name: str, data: bytes) -> dt.datetime:
        """Replace the engine state under ``name``; commits with the rest of the batch.
        Returns its stamp (`checkpoint_stamp`)."""
        now = _now()
        done = self.conn.execute(update(C).where(C.c.name == name).values(data=data, updated_at=now))
        if done.rowcount == 0:
            self.conn.execute(C.insert().values(name=name, data=data, updated_at=now))
        return now

    def checkpoint_stamp(self, name: str) -> dt.datetime | None:
        """When the state under ``name`` was last saved: a writer that saved it holds
        that stamp, and a different one means another writer saved since."""
        stamp = self.conn.execute(select(C.c.updated_at).where(C.c.name == name)).scalar_one_or_none()
        return _aware(stamp) if stamp is not None else None

    def checkpoint(self, name: str) -> bytes | None:
        """The state under ``name``, read inside this transaction."""
        return self.conn.execute(select(C.c.data).where(C.c.name == name)).scalar_one_or_none()

    def save_states(self, states: Mapping[str, Any]) -> None:
        """Keep each story's clusterer state (``StoryState.to_dict()``) with the story."""
        for story_id, state in states.items():
            self.conn.execute(update(S).where(S.c.id == story_id).values(state=state))

    def save_report(self, story_id: str, report: Mapping[str, Any], article_ids: Sequence[str]) -> ReportRecord:
        story = self.conn.execute(select(S).where(S.c.id == story_id)).mappings().first()
        if story is None:
            raise KeyError(story_id)
        latest = self.conn.execute(
            select(R).where(R.c.story_id == story_id).order_by(R.c.version.desc()).limit(1)
        ).mappings().first()
        before = set(latest["article_ids"] or ()) if latest else set()
        members = set(self.conn.execute(select(A.c.id).where(A.c.story_id == story_id)).scalars())
        if latest is not None and set(article_ids) <= before <= members:
            # computed before another writer saved a report on more (or the same) articles
            # of the story: no new version, and a late save never marks the story fresh
            self.conn.execute(update(S).where(S.c.id == story_id).values(stale=not members <= before))
            return _record(latest)
        record = ReportRecord(
            story_id=story_id,
            version=(story["report_version"] or 0) + 1,
            created_at=_now(),
            article_ids=tuple(article_ids),
            added=tuple(i for i in article_ids if i not in before),
            data=dict(report),
        )
        self.conn.execute(
            R.insert().values(
                story_id=story_id, version=record.version, created_at=record.created_at,
                article_ids=list(record.article_ids), added=list(record.added), data=record.data,
            )
        )
        # a report with a summary decides (its cited articles' title, or none: an uncited
        # article may be about something else); one without keeps the story's first title
        headline = report.get("headline")
        if not headline and not report.get("summary"):
            headline = story["headline"]
        self.conn.execute(
            update(S).where(S.c.id == story_id).values(
                report_version=record.version,
                headline=headline,
                stale=not members <= set(article_ids),  # it gained articles meanwhile
                updated_at=record.created_at,
            )
        )
        return record


# --- helpers over a connection ----------------------------------------------------


def _known_hashes(conn: Connection, hashes: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(hashes):
        found.update(conn.execute(select(A.c.content_hash).where(A.c.content_hash.in_(chunk))).scalars())
    return found


def _ids_by_hash(conn: Connection, hashes: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(list(hashes)):
        query = select(A.c.content_hash, A.c.id).where(A.c.content_hash.in_(chunk))
        out.update((h, i) for h, i in conn.execute(query))
    return out


def _existing_ids(conn: Connection, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(conn.execute(select(A.c.id).where(A.c.id.in_(chunk))).scalars())
    return found


def _article_rows(conn: Connection, ids: list[str]) -> list[Any]:
    cols = (A.c.seq, A.c.id, A.c.story_id, A.c.outlet, A.c.title, A.c.published, A.c.ingested_at)
    rows: list[Any] = []
    for chunk in _chunks(ids):
        rows += conn.execute(select(*cols).where(A.c.id.in_(chunk))).mappings().all()
    missing = set(ids) - {r["id"] for r in rows}
    if missing:
        raise KeyError(f"not stored: {sorted(missing)[:5]}")
    return sorted(rows, key=lambda r: r["seq"])


def _story_rows(conn: Connection, ids: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for chunk in _chunks(ids):
        out.update({r["id"]: r for r in conn.execute(select(S).where(S.c.id.in_(chunk))).mappings()})
    return out


def _seen_dates(members: Sequence[Mapping[str, Any]]) -> tuple[list[dt.date], bool]:
    """The dates a story's first/last seen come from, and whether they are publication
    dates: its dated articles' own; only a story none of whose articles is dated goes by
    when they were ingested (a 2022 story with one undated article was "seen" today)."""
    published = [m["published"] for m in members if m["published"]]
    if published:
        return published, True
    return [_aware(m["ingested_at"]).date() for m in members], False


def _has_dated(conn: Connection, story_id: str) -> bool:
    query = select(A.c.id).where(A.c.story_id == story_id, A.c.published.is_not(None)).limit(1)
    return conn.execute(query).first() is not None


def _grow_story(conn: Connection, story_id: str, story: Any, members: list[Any], state: Any, now: dt.datetime) -> None:
    dates, dated = _seen_dates(members)
    outlets = list(story["outlets"]) if story else []
    for m in members:
        label = m["outlet"] or m["id"]
        if label not in outlets:
            outlets.append(label)
    values: dict[str, Any] = {"outlets": outlets, "stale": True, "updated_at": now}
    if state is not None:
        values["state"] = state
    if story is None:
        headline = next((m["title"] for m in members if m["title"]), None)
        conn.execute(S.insert().values(
            id=story_id, first_seq=members[0]["seq"], size=len(members), first_seen=min(dates), last_seen=max(dates),
            headline=headline, created_at=now, **values,
        ))
        return
    first, last = story["first_seen"], story["last_seen"]
    if _has_dated(conn, story_id):  # dates it has (its members are not assigned yet)
        if not dated:
            dates = []  # undated newcomers leave a dated story's dates alone
    elif dated:
        first = last = None  # the first dated articles replace ingest dates
    conn.execute(update(S).where(S.c.id == story_id).values(
        size=story["size"] + len(members),
        first_seen=min(dates + ([first] if first else []), default=None),
        last_seen=max(dates + ([last] if last else []), default=None),
        headline=story["headline"] or next((m["title"] for m in members if m["title"]), None),
        **values,
    ))


def _recount_story(conn: Connection, story_id: str, now: dt.datetime) -> None:
    """Rebuild a story's aggregates from its articles (after some moved away: rare)."""
    cols = (A.c.id, A.c.outlet, A.c.published, A.c.ingested_at)
    members = conn.execute(select(*cols).where(A.c.story_id == story_id).order_by(A.c.seq)).mappings().all()
    dates, _ = _seen_dates(members)
    outlets = list(dict.fromkeys(m["outlet"] or m["id"] for m in members))
    conn.execute(update(S).where(S.c.id == story_id).values(
        size=len(members), outlets=outlets, first_seen=min(dates, default=None),
        last_seen=max(dates, default=None), stale=True, updated_at=now,
    ))


def _summary(row: Mapping[str, Any]) -> StorySummary:
    return StorySummary(
        id=row["id"], size=row["size"], outlets=tuple(row["outlets"]), first_seen=row["first_seen"],
        last_seen=row["last_seen"], headline=row["headline"], stale=bool(row["stale"]),
        report_version=row["report_version"], created_at=_aware(row["created_at"]),
        updated_at=_aware(row["updated_at"]),
    )


def _record(row: Mapping[str, Any]) -> ReportRecord:
    return ReportRecord(
        story_id=row["story_id"], version=row["version"], created_at=_aware(row["created_at"]),
        article_ids=tuple(row["article_ids"]), added=tuple(row["added"]), data=row["data"],
    )

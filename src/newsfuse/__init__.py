"""newsfuse: read news from many outlets, group it into stories, and write for each a
summary in which every sentence cites the spans it came from, beside a cross-source
comparison."""

from newsfuse.model import Article, Rejection, Report
from newsfuse.pipeline import clean, prepare
from newsfuse.store import Store
from newsfuse.story.summarize import summarize
from newsfuse import cluster  # a callable module: newsfuse.cluster(articles)

__all__ = ["Article", "Rejection", "Report", "Store", "clean", "cluster", "prepare", "summarize"]
__version__ = "0.1.0"

"""newsfuse: read news from many outlets, group it into stories, and write for each a
summary in which every sentence cites the spans it came from, beside a cross-source
comparison."""

from newsfuse.model import Article, Rejection, Report
from newsfuse.pipeline import clean, prepare

__all__ = ["Article", "Rejection", "Report", "clean", "prepare"]
__version__ = "0.1.0"

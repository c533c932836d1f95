"""Cleaning: from an Article as read to one whose units say what each part of the text
is (title, standfirst, heading, body, credit, metadata), with boilerplate removed and
recorded, sentences segmented, language and publication date set."""

from newsfuse.cleaning.article import CleanOptions, clean_article

__all__ = ["CleanOptions", "clean_article"]

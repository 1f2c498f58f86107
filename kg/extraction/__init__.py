"""The extraction stages: quotes, mentions, speakers, cues, affiliations and the pipeline tying them."""
from .pipeline import extract_article, extract_parsed

__all__ = ["extract_article", "extract_parsed"]

"""Loading and decoding input; paragraphs, lines and sentences with original offsets."""

from genogram.text.files import atomic_write
from genogram.text.load import DEFAULT_MAX_BYTES, Story, decode_story, load_story
from genogram.text.normalize import normalize
from genogram.text.segment import LineIndex, Segment, paragraphs, sentences

__all__ = ["DEFAULT_MAX_BYTES", "LineIndex", "Segment", "Story", "atomic_write", "decode_story",
           "load_story", "normalize", "paragraphs", "sentences"]

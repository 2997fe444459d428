"""Families in and out of files: family.json, GEDCOM (5.5.1 in, 7.0 in and out) and ``.geno``.

    >>> from genogram.formats import load_family, dump_family
    >>> family = load_family("tree.ged")          # None: the file is a story; read it instead
    >>> text = dump_family(family, "geno")

Depends only on :mod:`genogram.model` (and not on the reader: the CLI glues the two).
"""

from genogram.formats.gedcom_read import parse_gedcom
from genogram.formats.gedcom_tags import EXTENSION_TAGS
from genogram.formats.gedcom_write import dump_gedcom
from genogram.formats.geno_read import parse_geno
from genogram.formats.geno_write import dump_geno
from genogram.formats.load import (
    FORMATS,
    detect_format,
    dump_family,
    format_for_path,
    load_family,
    parse_family,
    parse_family_json,
)

__all__ = [
    "EXTENSION_TAGS", "FORMATS", "detect_format", "dump_family", "dump_gedcom", "dump_geno",
    "format_for_path", "load_family", "parse_family", "parse_family_json", "parse_gedcom",
    "parse_geno",
]

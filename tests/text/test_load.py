from __future__ import annotations

import pytest

from genogram.model import InputError
from genogram.text import decode_story, load_story


def test_bom_is_accepted_and_dropped() -> None:
    story = decode_story(b"\xef\xbb\xbfMy mother, Ana.", name="s")
    assert story.text == "My mother, Ana."


def test_invalid_utf8_names_the_byte_offset() -> None:
    with pytest.raises(InputError) as err:
        decode_story("My café".encode("latin-1"), name="s")
    assert err.value.where == "byte 6"
    assert err.value.code == "E104"


@pytest.mark.parametrize("data", [b"", b"   \n\t  \n"])
def test_empty_or_blank_text_is_refused(data: bytes) -> None:
    with pytest.raises(InputError) as err:
        decode_story(data)
    assert err.value.code == "E105"


def test_binary_is_refused() -> None:
    with pytest.raises(InputError) as err:
        decode_story(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert err.value.code == "E103"


def test_too_large_file_is_refused_before_reading(tmp_path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 2000)
    with pytest.raises(InputError) as err:
        load_story(p, max_bytes=1000)
    assert err.value.code == "E106"


def test_missing_file_and_directory(tmp_path) -> None:
    with pytest.raises(InputError) as err:
        load_story(tmp_path / "nope.txt")
    assert err.value.code == "E101"
    with pytest.raises(InputError) as err:
        load_story(tmp_path)
    assert err.value.code == "E102"


def test_sha256_is_of_the_utf8_bytes() -> None:
    import hashlib

    data = "Nana Pearl’s house".encode()
    assert decode_story(data).sha256 == hashlib.sha256(data).hexdigest()

"""The .geno format: reading, writing, round trips, and errors that say line, column and why."""

from __future__ import annotations

import pytest

from genogram.formats import dump_geno, parse_geno
from genogram.model import FormatError

from .families import laura_family, without_evidence

EXAMPLE = """\
# genogram 1
person laura "Laura" female narrator age=34
person john "John" male
person colin "Colin" male age=7
person mia "Mia" f
union laura john marriage separated married=2012
child laura john -> colin            # both parents, biological by default
child laura -> mia adoptive
sibling colin mia half
link john colin cutoff
event separation laura john year=2019 "John leaves Laura"
"""


def test_the_example_reads_as_written() -> None:
    fam = parse_geno(EXAMPLE, name="laura.geno")
    assert [p.id for p in fam.people] == ["laura", "john", "colin", "mia"]
    laura = fam.person("laura")
    assert (laura.name, laura.gender, laura.narrator, laura.age) == ("Laura", "female", True, 34)
    assert fam.person("mia").gender == "female"
    [u] = fam.unions
    assert (u.id, u.partners, u.type, u.status) == ("u1", ["laura", "john"], "marriage",
                                                   "separated")
    assert [(c.parent, c.child, c.kind) for c in fam.children] == [
        ("laura", "colin", "biological"), ("john", "colin", "biological"),
        ("laura", "mia", "adoptive")]
    assert [(s.a, s.b, s.kind) for s in fam.siblings] == [("colin", "mia", "half")]
    assert [(k.a, k.b, k.type) for k in fam.links] == [("john", "colin", "cutoff")]
    married, left = fam.events
    assert (married.id, married.type, married.people, married.when.year) == (
        "e1", "marriage", ["laura", "john"], 2012)
    assert (left.id, left.type, left.summary, left.when.year) == (
        "e2", "separation", "John leaves Laura", 2019)
    assert fam.source.name == "laura.geno" and fam.source.chars == len(EXAMPLE)


def test_round_trip_keeps_everything_but_evidence() -> None:
    fam = laura_family()
    assert parse_geno(dump_geno(fam)) == without_evidence(fam)


def test_writer_output_is_stable_and_readable() -> None:
    text = dump_geno(laura_family())
    assert text == dump_geno(parse_geno(text))
    assert text.splitlines()[:2] == [
        "# genogram 1",
        f'source "laura.txt" sha256={"ab" * 32} chars=400',
    ]
    for line in [
        'person laura "Laura" female narrator age=34',
        'person john "John Miller" male aka="Johnny" desc="my husband"',
        'person rose "Rose" female died=2015',
        "person dana nonbinary desc=\"the woman he's been seeing\"",
        "union laura john marriage separated",
        "child laura john -> colin",
        "child laura -> mia adoptive",
        "child rose -> laura",
        "sibling colin mia half",
        "link laura dana friend",
        'event separation laura john year=2019 when="last spring" order=2 "John leaves Laura"',
        'event move order=4 "A hard winter"',
        "narration - 300 400",
        'finding cutoff pattern john colin "John cut off Colin."',
    ]:
        assert line in text.splitlines(), line


@pytest.mark.parametrize("pid", ["two words", "step", "->", "-", "it's", 'say "hi"', "a=b",
                                 "#1", "back\\slash"])
def test_awkward_ids_are_quoted_and_survive(pid: str) -> None:
    text = f"person {_q(pid)} \"X\"\nperson b\nchild b -> {_q(pid)}\nnarration {_q(pid)} 0 5\n"
    fam = parse_geno(text)
    assert fam.people[0].id == pid and fam.children[0].child == pid
    assert parse_geno(dump_geno(fam)) == fam


def _q(pid: str) -> str:
    return "'" + pid.replace("\\", "\\\\").replace("'", "\\'") + "'"


def test_text_escapes_round_trip() -> None:
    text = 'person a "Line 1\\nLine \\"2\\" \\\\ \\t tab \\u00e9"\n'
    fam = parse_geno(text)
    assert fam.people[0].name == 'Line 1\nLine "2" \\ \t tab é'
    assert dump_geno(fam).splitlines()[-1] == text.strip().replace("\\u00e9", "é")


def test_friendly_spellings() -> None:
    fam = parse_geno("person a F dead\nperson b m\nperson c x\nperson d died=1990\n"
                     "person e died=1990 living\nchild a -> b adopted\n")
    assert [p.gender for p in fam.people] == ["female", "male", "nonbinary", "unknown",
                                              "unknown"]
    assert [p.deceased for p in fam.people] == [True, False, False, True, False]
    assert fam.children[0].kind == "adoptive"


def test_statements_may_come_in_any_order_and_ids_are_case_sensitive() -> None:
    fam = parse_geno("child Ann -> bo\nperson bo\nperson Ann\n")
    assert fam.children[0].parent == "Ann"


def test_union_years_become_events() -> None:
    fam = parse_geno("person a\nperson b\nunion a b divorced married=~1990 divorced=2001 id=m1\n")
    assert fam.unions[0].id == "m1"
    assert [(e.type, e.when.year, e.when.approximate) for e in fam.events] == [
        ("marriage", 1990, True), ("divorce", 2001, False)]


def test_several_parents_and_children_on_one_line() -> None:
    fam = parse_geno("person a\nperson b\nperson c\nperson d\nchild a b -> c d foster\n"
                     "sibling a b c full\n")
    assert [(t.parent, t.child, t.kind) for t in fam.children] == [
        ("a", "c", "foster"), ("b", "c", "foster"), ("a", "d", "foster"), ("b", "d", "foster")]
    assert [(s.a, s.b) for s in fam.siblings] == [("a", "b"), ("a", "c"), ("b", "c")]


@pytest.mark.parametrize("text,where,code,words", [
    ("persn a", "line 1, column 1", "E401", "did you mean 'person'"),
    ('person a "A"\nperson a', "line 2, column 8", "E403", "already declared on line 1"),
    ("person a\nchild a -> b", "line 2, column 12", "E402", "unknown person 'b'"),
    ("person john\nlink jonh john close", "line 2, column 6", "E402", "did you mean 'john'"),
    ("person a\nperson b\nlink a b", "line 3, column", "E401", "expected a link type"),
    ("person a\nperson b\nlink a b friends", "line 3, column 10", "E401", "unknown link type"),
    ("person a age=old", "line 1, column 14", "E401", "age= expects a whole number"),
    ("person a age=200", "line 1, column 14", "E401", "out of range"),
    ('person a "Ann', "line 1, column 10", "E401", "unterminated string"),
    ('person a "A"x', "line 1, column 13", "E401", "expected a space"),
    ("person a colour=red", "line 1, column 10", "E401", "unknown key 'colour'"),
    ("person a\nchild a", "line 2, column", "E401", "expected '->'"),
    ("person a\nchild -> a", "line 2, column 7", "E401", "at least one parent"),
    ("person a\nchild a -> a", "line 2, column 12", "E403", "their own parent"),
    ("person a\nevent weding a", "line 2, column 7", "E401", "unknown event type"),
    ("# genogram 2\nperson a", "line 1, column 1", "E404", "version 2"),
    ('person a "x\\q"', "line 1, column 12", "E401", "unknown escape"),
    ("person a\nnarration a zero 5", "line 2, column 13", "E401", "expected a start offset"),
    ("person a\nfinding cutoff maybe a", "line 2, column 16", "E401", "pattern or lint"),
    ("person ''", "line 1, column 1", "E403", "id"),
    ("person a =x", "line 1, column 10", "E401", "expected a key"),
    ('source "a"\nsource "b"', "line 2, column 1", "E401", "already given"),
])
def test_errors_say_where_and_what_was_expected(text: str, where: str, code: str,
                                                words: str) -> None:
    with pytest.raises(FormatError) as err:
        parse_geno(text)
    assert err.value.code == code
    assert err.value.where is not None and err.value.where.startswith(where), err.value.where
    assert words in err.value.message, err.value.message

"""Kin descriptions merged into the one person the family structure gives their owner in that
role, and the cases where they must stay apart (sentences and names invented for the test)."""

from __future__ import annotations

from genogram.read.build import Graph
from genogram.read.engine import read_text
from genogram.read.entities import Entities
from genogram.read.kin_coreference import merge_described_kin
from genogram.read.lexicon import kin_term
from tests.read.test_reader import parents_of, person


def _person(ents: Entities, name: str | None, gender: str | None, desc: str = "",
            at: int = 0) -> int:
    x = ents.new()
    e = ents.get(x)
    if name:
        ents.add_name(x, name)
    if gender:
        e.gender_votes[gender] += 3
    if desc:
        e.descs.append(desc)
    e.first = at
    e.spans.append((at, at + max(1, len(desc or name or "x"))))
    return x


def _described(ents: Entities, owner: int, word: str, desc: str, at: int,
               ordinal: str | None = None) -> int:
    """An unnamed person introduced by a kin phrase ("my stepfather") of ``owner``."""
    term = kin_term(word)
    assert term is not None
    r = _person(ents, None, term.gender, desc, at)
    ents.claim(owner, term, r, (at, at + len(desc)), ordinal=ordinal)
    return r


def _family() -> tuple[Entities, Graph, dict[str, int]]:
    """Nadira (narrator) is the child of Tove and Ansgar; Tove's mother is Ysolde; Nadira is
    married to Omid, whose mother is Henrike; Nadira has one brother, Corvin."""
    ents = Entities()
    g = Graph()
    who = {n: _person(ents, n, gd, at=i * 10) for i, (n, gd) in enumerate((
        ("Nadira", "female"), ("Tove", "female"), ("Ansgar", "male"), ("Ysolde", "female"),
        ("Omid", "male"), ("Henrike", "female"), ("Corvin", "male")))}
    ents.get(who["Nadira"]).narrator = True
    g.add_child(who["Tove"], who["Nadira"], "biological", [])
    g.add_child(who["Ansgar"], who["Nadira"], "biological", [])
    g.add_child(who["Ysolde"], who["Tove"], "biological", [])
    g.add_union(who["Tove"], who["Ansgar"], "marriage", "together", [])
    g.add_union(who["Nadira"], who["Omid"], "marriage", "together", [])
    g.add_child(who["Henrike"], who["Omid"], "biological", [])
    g.add_sibling(who["Nadira"], who["Corvin"], "full", [])
    return ents, g, who


def _same(ents: Entities, a: int, b: int) -> bool:
    return ents.find(a) == ents.find(b)


def test_a_stepfather_is_the_new_husband_of_a_parent() -> None:
    fam = read_text("My father Ansgar died in 1999. My mother Tove married Rolf Berg in 2001. "
                    "My stepfather taught me to fish.")
    rolf = person(fam, "Rolf Berg")
    assert "my stepfather" in rolf.descriptions
    assert len([p for p in fam.people if p.gender == "male"]) == 2
    assert any(c.parent == rolf.id and c.kind == "step" for c in fam.children)


def test_the_spouse_of_a_parent_is_no_stepparent_while_that_parent_is_unknown() -> None:
    # with no father of record, the mother's husband may be the father himself
    ents, g, who = _family()
    g.children.pop((who["Ansgar"], who["Nadira"]))
    r = _described(ents, who["Nadira"], "stepfather", "my stepfather", 200)
    assert merge_described_kin(g, ents, "") == 0
    assert not _same(ents, r, who["Ansgar"])


def test_a_mother_in_law_is_the_mother_of_the_one_husband_and_keeps_her_evidence() -> None:
    ents, g, who = _family()
    r = _described(ents, who["Nadira"], "mil", "my MIL", 300)
    g.add_child(r, who["Nadira"], "caregiver", [(300, 306)])  # a tie told of the description
    assert merge_described_kin(g, ents, "") == 1
    assert _same(ents, r, who["Henrike"])
    assert (300, 306) in ents.get(who["Henrike"]).spans
    assert "my MIL" in ents.get(who["Henrike"]).descs
    assert (ents.find(who["Henrike"]), who["Nadira"]) in g.children  # the tie moved with her


def test_a_grandmother_needs_the_side_named() -> None:
    ents, g, who = _family()
    plain = _described(ents, who["Nadira"], "grandmother", "my grandmother", 400)
    other = _described(ents, who["Nadira"], "grandmother", "my paternal grandmother", 450)
    merge_described_kin(g, ents, "")
    assert not _same(ents, plain, who["Ysolde"])  # the father's mother is as likely
    assert not _same(ents, other, who["Ysolde"])  # Ysolde is the mother's mother
    side = _described(ents, who["Nadira"], "grandmother", "my maternal grandmother", 500)
    merge_described_kin(g, ents, "")
    assert _same(ents, side, who["Ysolde"])


def test_a_brother_is_the_one_known_brother_but_never_a_sister() -> None:
    ents, g, who = _family()
    brother = _described(ents, who["Nadira"], "brother", "my brother", 600)
    sister = _described(ents, who["Nadira"], "sister", "my sister", 620)
    merge_described_kin(g, ents, "")
    assert _same(ents, brother, who["Corvin"])
    assert not _same(ents, sister, who["Corvin"])


def test_two_candidates_are_no_merge() -> None:
    ents, g, who = _family()
    quintus = _person(ents, "Quintus", "male", at=70)
    g.add_sibling(who["Nadira"], quintus, "full", [])
    r = _described(ents, who["Nadira"], "brother", "my brother", 600)
    assert merge_described_kin(g, ents, "") == 0
    assert not _same(ents, r, who["Corvin"]) and not _same(ents, r, quintus)


def test_an_ex_wife_is_not_the_current_wife_and_a_first_wife_stays_apart() -> None:
    ents, g, who = _family()
    ex = _described(ents, who["Omid"], "ex-wife", "his ex-wife", 700)
    first = _described(ents, who["Omid"], "wife", "his first wife", 720, ordinal="first")
    assert merge_described_kin(g, ents, "") == 0
    assert not _same(ents, ex, who["Nadira"]) and not _same(ents, first, who["Nadira"])
    lusine = _person(ents, "Lusine", "female", at=80)
    g.add_union(who["Omid"], lusine, "marriage", "divorced", [])
    merge_described_kin(g, ents, "")
    assert _same(ents, ex, lusine)


def test_an_indefinite_description_is_someone_new() -> None:
    text = "x" * 800 + "another brother"
    ents, g, who = _family()
    r = _described(ents, who["Nadira"], "brother", "another brother", 800)
    assert merge_described_kin(g, ents, text) == 0
    assert not _same(ents, r, who["Corvin"])


def test_a_merge_that_would_make_someone_their_own_grandparent_is_refused() -> None:
    ents, g, who = _family()
    r = _described(ents, who["Tove"], "mother", "her mother", 900)
    g.children.pop((who["Ysolde"], who["Tove"]))
    wendeline = _person(ents, "Wendeline", "female", at=90)
    g.add_child(wendeline, who["Tove"], "biological", [])
    g.add_child(r, wendeline, "biological", [])  # the description is Wendeline's mother
    assert merge_described_kin(g, ents, "") == 0


def test_people_counted_from_one_phrase_stay_apart() -> None:
    ents, g, who = _family()
    a = _described(ents, who["Tove"], "brother", "her two brothers", 950)
    b = ents.new()
    ents.get(b).gender_votes["male"] += 3
    ents.claim(who["Tove"], kin_term("brother"), b, (950, 966))
    g.add_sibling(who["Tove"], b, "unknown", [])
    assert merge_described_kin(g, ents, "") == 0
    assert not _same(ents, a, b)


def test_a_sister_in_law_is_a_brothers_one_wife_unless_the_husband_has_a_sister() -> None:
    ents, g, who = _family()
    lusine = _person(ents, "Lusine", "female", at=80)
    g.add_union(who["Corvin"], lusine, "marriage", "together", [])
    r = _described(ents, who["Nadira"], "sister-in-law", "my sister-in-law", 1000)
    assert merge_described_kin(g, ents, "") == 1
    assert _same(ents, r, lusine)
    ents, g, who = _family()
    lusine = _person(ents, "Lusine", "female", at=80)
    g.add_union(who["Corvin"], lusine, "marriage", "together", [])
    wendeline = _person(ents, "Wendeline", "female", at=90)
    g.add_sibling(who["Omid"], wendeline, "full", [])
    r = _described(ents, who["Nadira"], "sister-in-law", "my sister-in-law", 1000)
    assert merge_described_kin(g, ents, "") == 0  # the husband's sister is as likely


def test_a_kin_phrase_later_said_to_be_a_good_man_is_still_the_one_son() -> None:
    fam = read_text("I married Haldor in 1960. We had two children, Eilert and Gunnhild. My son is a "
                    "kind man, mostly, but he never calls.")
    eilert = [p for p in fam.people if p.name == "Eilert"]
    assert len(eilert) == 1 and len(fam.people) == 4


def test_the_boys_name_names_the_boy_just_introduced() -> None:
    fam = read_text("One spring a boy began turning up at the pool. He arrived with his grandfather. "
                    "The boy's actual name was Fabrizio.")
    boy = person(fam, "Fabrizio")
    assert len(fam.people) == 2
    at = fam.source.chars and "One spring a boy".index("a boy")
    assert [at, at + 5] in [list(s) for s in boy.mentions]  # "a boy"


def test_the_hook_lines_unnamed_husband_is_the_name_the_backstory_opens_with() -> None:
    fam = read_text("My husband needed a new liver, and the only match was a brother he had not "
                    "called in years.\nOsmund was born Osmund Reeve. His parents parted when he "
                    "was small, and his mother took him west.")
    osmund = person(fam, "Osmund Reeve")
    me = next(p for p in fam.people if p.narrator)
    assert any(set(u.partners) == {me.id, osmund.id} for u in fam.unions)
    assert not any(p.name is None and "My husband" in p.descriptions for p in fam.people)


def test_a_name_the_teller_calls_a_sibling_is_not_the_hook_husband() -> None:
    fam = read_text("My husband needed a new liver.\nMy brother Corwin offered his.")
    corwin = person(fam, "Corwin")
    me = next(p for p in fam.people if p.narrator)
    assert not any(set(u.partners) == {me.id, corwin.id} for u in fam.unions)



def _said(text: str, p: object) -> list[str]:
    return [text[s:e] for s, e in p.mentions]  # type: ignore[attr-defined]


def test_a_childs_dad_is_the_one_spouse_of_the_childs_one_known_parent() -> None:
    # the children are known as the client's; her one marriage gives them their father, and
    # "his dad" is that man, not a second, unnamed father
    text = ("Client: Wendeline Pelgrim (41F)\nPresenting problem: low mood since her husband, "
            "Tarquin Pelgrim (44), moved out in March. Married 2009, separated 2024.\nChildren: "
            "Yanko (14M) and Yeva (9F), both living with client. Client states that Yanko hardly "
            "speaks to his dad.")
    fam = read_text(text)
    tarquin = person(fam, "Tarquin Pelgrim")
    assert "his dad" in _said(text, tarquin)
    assert not any(p.name is None and p.gender == "male" for p in fam.people)
    assert parents_of(fam, person(fam, "Yanko").id) == {tarquin.id, person(fam, "Wendeline Pelgrim").id}


def test_a_parent_called_by_a_title_was_there_before_a_later_marriage() -> None:
    # "when Papa was four": the child the title names was born before the marriage, so the
    # grandmother's husband is no birth father of his
    text = ("Nana Quennell was Papa's mother. Grandpa Quennell wasn't Papa's birth father; that "
            "man went west before Papa was born. Grandpa married Nana when Papa was four, and I "
            "never knew any other grandfather.")
    fam = read_text(text)
    grandpa = next(p for p in fam.people if "Grandpa Quennell" in _said(text, p))
    papa = next(p for p in fam.people if "Papa" in _said(text, p))
    assert not any(c.parent == grandpa.id and c.child == papa.id and c.kind == "biological"
                   for c in fam.children)


def test_a_third_person_kin_phrase_is_never_the_narrator() -> None:
    fam = read_text("My son Teodorik and his father share a stubborn streak. Teodorik argues "
                    "with his father about football while I read in the garden.")
    narrator = next(p for p in fam.people if p.narrator)
    father = next(p for p in fam.people if p.label == "his father")
    assert narrator.id != father.id
    assert len(fam.people) == 3


def test_they_after_a_plural_kin_phrase_in_its_clause_is_that_group() -> None:
    fam = read_text("Edwin married Helga in 1975. His sister Ursula stayed in Kiel and cared "
                    "for their parents until they died.")
    assert not any(p.deceased for p in fam.people if p.name in ("Edwin", "Ursula", "Helga"))

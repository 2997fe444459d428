"""The drawing catalogue: hand-written families, built from compact tuples.

Each builder returns a :class:`Family`. ``CATALOGUE`` maps a name to its builder; the tests check
every one of them, the golden SVGs and the gallery PNGs are made from them.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from typing import Any

from genogram.model import Family

Row = tuple[Any, ...]


def person(pid: str, name: str | None, gender: str = "unknown", **kw: Any) -> dict[str, Any]:
    return {"id": pid, "name": name, "gender": gender, **kw}


def build(name: str, people: Iterable[dict[str, Any]], unions: Iterable[Row] = (),
          children: Iterable[Row] = (), siblings: Iterable[Row] = (), links: Iterable[Row] = (),
          events: Iterable[Row] = (), narration: Iterable[Row] = ()) -> Family:
    """unions (id, a, b[, type[, status]]); children (parent, child[, kind]); siblings (a, b, kind);
    links (a, b, type); events (id, type, [people], year); narration (narrator, start, end)."""
    data = {
        "schema": "genogram/1",
        "source": {"name": name, "sha256": "0" * 64, "chars": 0},
        "people": list(people),
        "unions": [{"id": u[0], "partners": [u[1], u[2]],
                    "type": u[3] if len(u) > 3 else "marriage",
                    "status": u[4] if len(u) > 4 else "together"} for u in unions],
        "children": [{"parent": c[0], "child": c[1], "kind": c[2] if len(c) > 2 else "biological"}
                     for c in children],
        "siblings": [{"a": s[0], "b": s[1], "kind": s[2]} for s in siblings],
        "links": [{"a": x[0], "b": x[1], "type": x[2]} for x in links],
        "events": [{"id": e[0], "type": e[1], "people": list(e[2]), "when": {"year": e[3]}}
                   for e in events],
        "narration": [{"narrator": n[0], "start": n[1], "end": n[2]} for n in narration],
    }
    return Family.model_validate(data)


def both(p1: str, p2: str, *kids: str, kind: str = "biological") -> list[Row]:
    return [(p, k, kind) for k in kids for p in (p1, p2)]


def three_generations() -> Family:
    people = [
        person("kate", "Kate", "female", narrator=True, birth_year=1976, age=48),
        person("ben", "Ben", "male", birth_year=1979),
        person("tom", "Tom Walsh", "male", birth_year=1949),
        person("ann", "Ann", "female", birth_year=1951),
        person("mike", "Uncle Mike", "male", birth_year=1946),
        person("sue", "Aunt Sue", "female", birth_year=1953),
        person("liz", "Liz", "female", birth_year=1955),
        person("walter", "Walter", "male", deceased=True, birth_year=1920, death_year=1990),
        person("edith", "Edith", "female", birth_year=1924, deceased=True, death_year=2001),
        person("frank", "Frank", "male", birth_year=1925, deceased=True, death_year=1980),
        person("rose", "Rose", "female", birth_year=1927, age=97),
    ]
    unions = [("u1", "walter", "edith"), ("u2", "frank", "rose", "marriage", "widowed"),
              ("u3", "tom", "ann")]
    children = (both("walter", "edith", "mike", "tom", "sue") + both("frank", "rose", "ann", "liz")
                + both("tom", "ann", "kate", "ben"))
    events = [("e1", "marriage", ["walter", "edith"], 1945), ("e2", "marriage", ["tom", "ann"], 1974)]
    links = [("kate", "rose", "close"), ("tom", "mike", "conflict"), ("ann", "liz", "cutoff")]
    return build("three-generations", people, unions, children, links=links, events=events,
                 narration=[("kate", 0, 10)])


def remarriage() -> Family:
    people = [
        person("dan", "Dan", "male", age=58), person("amy", "Amy", "female", age=55),
        person("beth", "Beth", "female", age=45), person("carl", "Carl", "male", age=60),
        person("jo", "Jo", "female", age=30, narrator=True), person("sam", "Sam", "male", age=27),
        person("lily", "Lily", "female", age=12), person("max", "Max", "male", age=33),
        person("nora", "Nora", "female", age=35),
    ]
    unions = [("u1", "dan", "amy", "marriage", "divorced"), ("u2", "dan", "beth"),
              ("u3", "carl", "amy", "cohabitation"), ("u4", "carl", "nora", "marriage", "divorced")]
    children = (both("dan", "amy", "jo", "sam") + both("dan", "beth", "lily")
                + both("carl", "nora", "max") + [("amy", "max", "step")])
    events = [("e1", "marriage", ["dan", "amy"], 1990), ("e2", "divorce", ["dan", "amy"], 2001),
              ("e3", "marriage", ["dan", "beth"], 2008)]
    links = [("jo", "beth", "distant"), ("amy", "dan", "hostile"), ("sam", "max", "friend")]
    return build("remarriage", people, unions, children, links=links, events=events)


def twins() -> Family:
    people = [
        person("paul", "Paul", "male", age=40), person("mia", "Mia", "female", age=38),
        person("eva", "Eva", "female", age=10), person("ivy", "Ivy", "female", age=7),
        person("leo", "Leo", "male", age=7), person("zoe", "Zoe", "female", age=4),
    ]
    children = both("paul", "mia", "eva", "ivy", "leo", "zoe")
    return build("twins", people, [("u1", "paul", "mia")], children,
                 siblings=[("ivy", "leo", "twin")], links=[("ivy", "leo", "fused")])


def adoption() -> Family:
    people = [
        person("raj", "Raj", "male", age=50), person("ines", "Ines", "female", age=49),
        person("ana", "Ana", "female", age=16), person("tim", "Tim", "male", age=14),
        person("kai", "Kai", "unknown", age=9), person("gloria", "Gloria", "female", age=35),
        person("june", "Grandma June", "female", age=80),
    ]
    children = (both("raj", "ines", "ana") + both("raj", "ines", "tim", kind="adoptive")
                + both("raj", "ines", "kai", kind="foster") + [("gloria", "tim", "biological")]
                + [("june", "raj"), ("june", "ana", "caregiver")])
    links = [("tim", "gloria", "distant"), ("ana", "june", "close")]
    return build("adoption", people, [("u1", "raj", "ines")], children, links=links)


def same_sex_parents() -> Family:
    people = [
        person("maria", "Maria", "female", age=44, narrator=True),
        person("lena", "Lena", "female", age=46),
        person("noah", "Noah", "male", age=12), person("alba", "Alba", "female", age=9),
        person("oscar", "Oscar", "male", age=70), person("jun", "Jun", "male", age=68),
        person("remy", "Remy", "nonbinary", age=40),
    ]
    unions = [("u1", "maria", "lena"), ("u2", "oscar", "jun", "cohabitation")]
    children = ([("maria", "noah"), ("lena", "noah", "adoptive"), ("maria", "alba"),
                 ("lena", "alba", "adoptive")] + both("oscar", "jun", "lena", "remy", kind="adoptive"))
    events = [("e1", "marriage", ["maria", "lena"], 2010)]
    links = [("remy", "lena", "close"), ("noah", "oscar", "fictive-kin")]
    return build("same-sex-parents", people, unions, children, links=links, events=events)


def three_partners() -> Family:
    people = [
        person("rick", "Rick", "male", birth_year=1950),
        person("jan", "Jan", "female", birth_year=1952),
        person("lou", "Lou", "female", birth_year=1960),
        person("mae", "Mae", "female", birth_year=1958),
        person("ava", "Ava", "female", birth_year=1975), person("bo", "Bo", "male", birth_year=1977),
        person("cy", "Cy", "male", birth_year=1985),
        person("di", "Di", "female", birth_year=1990), person("ed", "Ed", "male", birth_year=1992),
    ]
    unions = [("u1", "rick", "jan", "marriage", "divorced"), ("u2", "rick", "lou", "affair", "ended"),
              ("u3", "rick", "mae", "marriage", "together")]
    children = (both("rick", "jan", "ava", "bo") + both("rick", "lou", "cy")
                + both("rick", "mae", "di", "ed"))
    events = [("e1", "marriage", ["rick", "jan"], 1974), ("e2", "divorce", ["rick", "jan"], 1983),
              ("e3", "marriage", ["rick", "mae"], 1988)]
    links = [("jan", "mae", "conflict"), ("cy", "rick", "cutoff"), ("rick", "ava", "abuse")]
    return build("three-partners", people, unions, children, links=links, events=events)


def odd_family() -> Family:
    """Single parents, a caregiver grandmother, siblings with no parents, strangers, a cycle."""
    people = [
        person("gran", "Gran", "female", age=75), person("mom", "Mom", "female", age=50),
        person("me", "Me", "unknown", narrator=True, age=20),
        person("bro", "Brother", "male", age=23), person("kid", "Little One", "male", age=5),
        person("pal", "Pal", "male"), person("neighbor", "A neighbor", "female"),
        person("x", "<script>alert(1)</script> & Co", "female"),
        person("cy1", "Cycle A", "male"), person("cy2", "Cycle B", "female"),
        person("s1", "Sib One", "female", age=60), person("s2", "Sib Two", "male", age=58),
        person("preg", None, "unknown", descriptions=["the baby"]),
    ]
    children = [("gran", "mom"), ("mom", "me"), ("mom", "bro"), ("gran", "kid", "caregiver"),
                ("cy1", "cy2"), ("cy2", "cy1")]
    siblings = [("s1", "s2", "full"), ("me", "bro", "half")]
    links = [("me", "pal", "friend"), ("me", "neighbor", "household"), ("mom", "me", "neglect"),
             ("x", "me", "close")]
    return build("odd", people, [("u1", "cy1", "cy2", "dating")], children, siblings=siblings,
                 links=links, narration=[("me", 0, 5)])


def pregnancy_loss() -> Family:
    """A pregnancy (an event and an unborn child), a stillbirth, a baby who died, a miscarriage,
    and a pregnancy that ended in a birth (drawn as that child only)."""
    people = [
        person("hugo", "Hugo", "male", birth_year=1940), person("greta", "Greta", "female",
                                                               birth_year=1942),
        person("paula", "Paula", "female", birth_year=1965, narrator=True),
        person("still", None, "male", deceased=True, descriptions=["a stillborn son"],
               birth_year=1968, death_year=1968),
        person("omar", "Omar", "male", birth_year=1970), person("lina", "Lina", "female",
                                                               birth_year=1972),
        person("ken", "Ken", "male", birth_year=1963),
        person("nia", "Nia", "female", birth_year=1992), person("theo", "Theo", "male",
                                                              birth_year=1998),
        person("sol", "Sol", "male", birth_year=1990),
        person("ray", "Ray", "male", deceased=True, age=0, descriptions=["their baby"]),
        person("bean", None, "unknown", descriptions=["their second child"]),
        person("zara", "Zara", "female", birth_year=2001),
    ]
    unions = [("u1", "hugo", "greta"), ("u2", "ken", "paula"), ("u3", "omar", "lina"),
              ("u4", "nia", "sol", "cohabitation")]
    children = (both("hugo", "greta", "paula", "still", "omar") + both("ken", "paula", "nia", "theo")
                + both("omar", "lina", "zara", "ray", "bean"))
    events = [("e1", "marriage", ["ken", "paula"], 1990), ("e2", "pregnancy", ["paula"], 1991),
              ("e3", "pregnancy", ["paula"], 1995), ("e4", "pregnancy", ["nia"], 2024),
              ("e5", "pregnancy", ["lina", "bean"], None)]
    data = build("pregnancy-loss", people, unions, children, events=events,
                 links=[("paula", "greta", "close")], narration=[("paula", 0, 10)])
    # the miscarriage is told in its summary (the builder's events carry none)
    evs = [e.model_copy(update={"summary": "Paula has a miscarriage"}) if e.id == "e3" else e
           for e in data.events]
    return data.model_copy(update={"events": evs})


def generated(n: int, seed: int = 7, name: str | None = None) -> Family:
    """A deterministic family of about ``n`` people: couples, in-laws, children, remarriages."""
    rnd = random.Random(seed)
    people: list[dict[str, Any]] = []
    unions: list[Row] = []
    children: list[Row] = []
    links: list[Row] = []
    first_m = ["Al", "Bo", "Cal", "Dev", "Eli", "Finn", "Gus", "Hal", "Ike", "Jon", "Kurt", "Lev"]
    first_f = ["Ada", "Bea", "Clemmie", "Dora", "Eve", "Fay", "Gia", "Hana", "Iris", "Jade", "Kim"]

    def new(gender: str, year: int) -> str:
        pid = f"p{len(people) + 1}"
        names = first_m if gender == "male" else first_f
        people.append(person(pid, f"{names[len(people) % len(names)]} {len(people) + 1}", gender,
                             birth_year=year, deceased=year < 1935,
                             death_year=year + 70 if year < 1935 else None))
        return pid

    founders = [(new("male", 1900), new("female", 1902))]
    unions.append((f"u{len(unions) + 1}", *founders[0]))
    queue = [(founders[0][0], founders[0][1], 1900)]
    while queue and len(people) < n:
        a, b, year = queue.pop(0)
        for k in range(rnd.randint(1, 4)):
            if len(people) >= n:
                break
            g = rnd.choice(["male", "female"])
            kid = new(g, year + 24 + 3 * k)
            children.extend([(a, kid), (b, kid)])
            if len(people) < n - 1 and rnd.random() < 0.75:
                spouse = new("female" if g == "male" else "male", year + 25 + 3 * k)
                status = rnd.choice(["together", "together", "divorced", "separated"])
                unions.append((f"u{len(unions) + 1}", kid, spouse, "marriage", status))
                queue.append((kid, spouse, year + 25 + 3 * k))
                if rnd.random() < 0.2:
                    links.append((kid, spouse, rnd.choice(["close", "conflict", "distant"])))
    return build(name or f"generated-{n}", people, unions, children, links=links)


def forty() -> Family:
    return generated(40, seed=3, name="forty")


CATALOGUE: dict[str, Callable[[], Family]] = {
    "three-generations": three_generations,
    "remarriage": remarriage,
    "twins": twins,
    "adoption": adoption,
    "same-sex-parents": same_sex_parents,
    "three-partners": three_partners,
    "odd": odd_family,
    "pregnancy-loss": pregnancy_loss,
    "forty": forty,
}

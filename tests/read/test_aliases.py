"""One person under two names: stated nicknames, renamings, nickname-table forms, Sr. (invented
sentences)."""

from __future__ import annotations

from genogram import read
from genogram.model import Family
from genogram.read.entities import Entities


def named(fam: Family, name: str):
    hits = [p for p in fam.people if p.name == name or name in p.aliases]
    assert len(hits) == 1, [(p.name, p.aliases) for p in fam.people]
    return hits[0]


def spans_of(text: str, word: str) -> list[tuple[int, int]]:
    out, at = [], text.find(word)
    while at != -1:
        out.append((at, at + len(word)))
        at = text.find(word, at + 1)
    return out


def test_a_participle_nickname_after_a_full_name_is_the_same_person() -> None:
    text = ("Osmund married a girl from the valley, Ludmila Kovar, called Milly, in 1923. "
            "Milly left him in 1938.")
    fam = read(text)
    milly = named(fam, "Ludmila Kovar")
    assert "Milly" in milly.aliases
    # the evidence of both names stays on the one person
    assert set(spans_of(text, "Milly")) <= {tuple(s) for s in milly.mentions}


def test_a_comma_and_called_before_a_phone_call_is_not_a_nickname() -> None:
    fam = read("Gustav Brenner, called Wilhelmina to ask about the harvest. "
               "Wilhelmina said it was late.")
    assert named(fam, "Gustav Brenner").id != named(fam, "Wilhelmina").id


def test_a_description_everyone_called_by_a_nickname_names_the_person_before_it() -> None:
    fam = read("In 1950 Ambrosia wed Casimir Thibault, a carter everyone called Pim, against "
               "the wishes of her aunts. Pim drowned in 1958.")
    assert named(fam, "Casimir Thibault").id == named(fam, "Pim").id


def test_whom_someone_calls_a_quoted_titled_nickname() -> None:
    fam = read("The boy stays with his friend and his friend's mother, Ms. Prudence Halvard, "
               "whom the boy calls \"Auntie Kip.\" Ms. Halvard is not a relative.")
    assert "Kip" in named(fam, "Prudence Halvard").aliases


def test_they_called_her_a_new_name_at_work() -> None:
    fam = read("In 1956 Ulrich married Wilhelmina Ytterberg. She baked bread in Hull, where the "
               "staff called her Elspeth since nobody there could pronounce Wilhelmina. "
               "Elspeth retired in 1990.")
    assert named(fam, "Wilhelmina Ytterberg").id == named(fam, "Elspeth").id


def test_short_for_joins_the_nickname_and_the_full_name_of_the_narrator() -> None:
    fam = read("Our first child arrived in 1962. I followed in 1971, and Papa always called me "
               "Rita, short for Margarita.")
    rita = named(fam, "Rita")
    assert rita.narrator and "Margarita" in [rita.name, *rita.aliases]


def test_went_by_and_anglicised_his_name_to() -> None:
    fam = read("Hildegard Vogel later went by the name of Wanda. Wanda married a baker.")
    assert named(fam, "Hildegard Vogel").id == named(fam, "Wanda").id
    fam = read("Wenzel Petrak came over in 1920 and anglicised his name to Vincent. "
               "Vincent opened a shop.")
    assert named(fam, "Wenzel Petrak").id == named(fam, "Vincent").id


def test_the_narrator_under_another_name_at_school() -> None:
    fam = read("I am Sunhee Lim. At school I was Lettie. Lettie hated school.")
    me = named(fam, "Sunhee Lim")
    assert me.narrator and "Lettie" in me.aliases
    assert len(fam.people) == 1


def test_a_hyphenated_given_name_is_one_name_and_its_first_part_is_the_same_person() -> None:
    fam = read("The client shares a flat with her partner, Tae-woo Kim (36), since 2019. "
               "Tae-woo wants children.")
    assert named(fam, "Tae-woo Kim").id == named(fam, "Tae-woo").id
    assert not any(p.name == "Kim" for p in fam.people)


def test_a_nickname_of_several_formal_names_finds_its_person() -> None:
    fam = read("Augustina came to live with us in 1960. Tina was eight and cried every night.")
    assert named(fam, "Augustina").id == named(fam, "Tina").id


def test_a_nickname_coordinated_with_its_formal_name_is_someone_else() -> None:
    fam = read("Tina and Augustina were cousins who never met.")
    assert named(fam, "Tina").id != named(fam, "Augustina").id


def test_senior_names_the_father_of_his_namesake() -> None:
    fam = read("Arvid Lunde came from Bergen in 1905 and married Ilse in 1920. Their son arrived "
               "in 1926 and was named Arvid after his father. In 1933 Arvid Sr. was killed in the "
               "quarry.")
    father = named(fam, "Arvid Lunde")
    assert "Arvid Sr" in father.aliases
    assert len([p for p in fam.people if p.name and p.name.startswith("Arvid")]) == 2


def test_senior_without_a_namesake_child_stays_apart() -> None:
    fam = read("Arvid came from Bergen. He married Ilse. Arvid Sr. was their neighbour.")
    assert named(fam, "Arvid").id != named(fam, "Arvid Sr").id


def test_an_ambiguous_nickname_is_indexed_under_each_formal_name() -> None:
    ents = Entities()
    a = ents.new()
    ents.add_name(a, "Valentina")
    ents.get(a).spans.append((0, 9))
    assert ents.find_by_name("Tina") == a  # "tina" may be Christina, Valentina…: under each


def test_a_named_narrator_is_not_the_baby_a_kin_phrase_brings_in() -> None:
    # the narrator, now named, is Dad's only known child: still not "the baby" of the story
    fam = read("I am nine. My dad's name is Ansgar too, and everybody calls me Kip. Ansgar's dad "
               "passed away long ago. Zelda and Dad brought home the baby last spring. The baby is "
               "called Quill.")
    kip, quill = named(fam, "Kip"), named(fam, "Quill")
    assert kip.narrator and kip.id != quill.id


def test_was_renamed_gives_the_subject_a_second_name() -> None:
    fam = read("In 1921 Radomir was renamed Bogdan at the border. Bogdan worked at the mill.")
    assert named(fam, "Radomir").id == named(fam, "Bogdan").id


def test_a_son_named_beside_his_kin_phrase_is_not_his_namesake_father() -> None:
    fam = read("Quirin Rudd ran the mill, and his son Quirin worked beside him. Quirin Sr. died "
               "in 1950.")
    father, son = named(fam, "Quirin Rudd"), named(fam, "Quirin")
    assert father.id != son.id
    assert "Quirin Sr" in father.aliases
    assert {c.parent for c in fam.children if c.child == son.id} == {father.id}


def test_a_negated_naming_gives_no_second_name() -> None:
    fam = read("Ludmila Kovar, whom everyone called Milly, raised the boy. His stepmother was "
               "Wanda. The boy never called her Milly, not even at the end.")
    assert named(fam, "Ludmila Kovar").id != named(fam, "Wanda").id
    assert "Milly" not in named(fam, "Wanda").aliases


def test_always_called_after_a_comma_gives_the_name_in_use() -> None:
    from genogram.read.engine import read_text

    fam = read_text("The youngest of Goran's daughters was Jolanta, always called Bibi, who "
                    "sang in the choir. Bibi married late.")
    jolanta = [p for p in fam.people if p.name == "Jolanta"]
    assert len(jolanta) == 1 and "Bibi" in jolanta[0].aliases
    # a call is no alias: "Radek called Ludmila crying"
    fam = read_text("Radek called Ludmila crying. Ludmila hung up.")
    assert {p.name for p in fam.people} == {"Radek", "Ludmila"}


def test_a_bracketed_quoted_nickname_between_given_name_and_surname_is_one_person() -> None:
    # 'Radomil ("Radek") Kostelnik': the parser may end a sentence at the bracket, but the
    # surname runs on: one man, with the nickname as an alias
    text = ('Clients: Radomil ("Radek") Kostelnik, DOB 02/11/1971 [53]; Mirka Kostelnik, '
            'DOB 08/30/1974 [50]\nReason: family conflict.')
    fam = read(text)
    radek = [p for p in fam.people if p.name and p.name.startswith("Radomil")]
    assert len(radek) == 1 and radek[0].name == "Radomil Kostelnik" and "Radek" in radek[0].aliases
    assert not any(p.name == "Kostelnik" for p in fam.people)

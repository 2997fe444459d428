"""Narrator breaks and pronoun salience on stories written for these tests."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def narrators(fam: Family) -> list[str | None]:
    return [seg.narrator for seg in fam.narration]


def test_framing_paragraph_hands_the_story_to_the_kin_it_names() -> None:
    fam = read("I'm posting this for my grandmother, who says computers hate her. These are her "
               "words. I just typed it up. —Gisela\n"
               "I married Walter in 1961. I loved him, and I still do.\n")
    segs = narrators(fam)
    assert len(segs) == 2 and segs[0] != segs[1] and None not in segs
    poster = fam.person(segs[0])
    grandma = fam.person(segs[1])
    assert poster.name == "Gisela"
    assert grandma.narrator and "my grandmother" in grandma.descriptions[0]


def test_name_here_starts_a_new_narrator() -> None:
    fam = read("I raised three boys on my own. I worked two jobs.\n"
               "Tobias here. I'm the youngest of those boys, and I remember it differently.\n")
    segs = narrators(fam)
    assert len(segs) == 2
    assert fam.person(segs[1]).name == "Tobias"


def test_my_sister_tells_it_makes_the_previous_narrator_a_sister() -> None:
    fam = read("I was eight when Dad left. I cried for a week.\n"
               "My sister tells it like that, but I remember it different. I was glad.\n")
    first, second = narrators(fam)
    assert first != second
    assert any({s.a, s.b} == {first, second} for s in fam.siblings)


def test_one_narrator_story_has_no_break() -> None:
    fam = read("I was eight when Dad left. My sister cried for a week.\n"
               "I told my mother I was glad. She never forgave me.\n")
    assert len(fam.narration) == 1
    assert not [f for f in fam.findings if f.code == "pov-shift"]


def test_main_clause_subject_outranks_a_recent_subordinate_subject() -> None:
    text = ("Our son, Ilario, was five when Oren moved out. Oren never phoned. Never paid a cent. "
            "No letter when Ilario started school. He never once asked after his son.")
    fam = read(text)
    john = next(p for p in fam.people if p.name == "Oren")
    he = text.index("He never")
    assert (he, he + 2) in [tuple(s) for s in john.mentions]


def test_an_update_from_someone_who_introduces_themselves() -> None:
    fam = read("My sister Clodagh runs the bakery our grandfather opened.\n"
               "UPDATE: Hi, this is Clodagh. Someone asked me to add my side.\n"
               "I never wanted the bakery.\n")
    segs = narrators(fam)
    assert len(segs) == 2 and segs[0] != segs[1]
    assert fam.person(segs[1]).name == "Clodagh"
    assert any(f.code == "pov-shift" for f in fam.findings)


def test_this_is_the_narrator_again_is_no_new_narrator() -> None:
    fam = read("Hi, I'm Susan. My husband Gerald is selling the boat.\n"
               "UPDATE: This is Susan again. He sold it.\n")
    assert len(narrators(fam)) == 1


def test_the_one_who_asked_for_the_update_is_the_narrator_before() -> None:
    fam = read("My sister Clodagh runs the bakery our grandfather opened.\n"
               "UPDATE: This is Clodagh. Janet asked if I could say something too.\n"
               "I never wanted the bakery.\n")
    segs = narrators(fam)
    assert fam.person(segs[0]).name == "Janet"
    assert [p.name for p in fam.people].count("Janet") == 1


def test_a_forwarded_text_whose_writer_introduces_themselves_is_a_new_narrator() -> None:
    from genogram.read.engine import read_text
    text = ("My husband Selim died two years ago. His mother calls me every week.\n"
            "UPDATE: My MIL read this post. She asked me to share her reply, so here it is, "
            "word for word:\n"
            "I am Gulsen. My son Selim was my only child.\n")
    fam = read_text(text)
    assert len({seg.narrator for seg in fam.narration}) == 2
    gulsen = next(p for p in fam.people if p.name == "Gulsen")
    selim = next(p for p in fam.people if p.name == "Selim")
    assert any(c.child == selim.id and c.parent == gulsen.id for c in fam.children)


def test_a_middle_name_after_someone_is_no_merge() -> None:
    from genogram.read.engine import read_text
    fam = read_text("My husband Tariq died in 2020. Our son Yunus was one. Yunus's middle name "
                    "is Tariq, after his dad.")
    names = {p.name for p in fam.people}
    assert {"Tariq", "Yunus"} <= names
    idris = next(p for p in fam.people if p.name == "Yunus")
    tariq = next(p for p in fam.people if p.name == "Tariq")
    assert any(c.child == idris.id and c.parent == tariq.id for c in fam.children)


def test_a_greeting_then_i_am_after_a_handing_over_colon_starts_a_narrator() -> None:
    fam = read("My stepdad Arvid read this thread last night.\n\n"
               "EDIT: he asked to add a few words, so this part is his:\n\n"
               "Hi. I'm Arvid. I love her mother and I always will.\n")
    narrators = [p for p in fam.people if p.narrator]
    assert len(narrators) == 2
    assert any(p.name == "Arvid" for p in narrators)


def test_an_edit_by_the_posters_kin_and_the_poster_again_are_three_stretches() -> None:
    text = ("My wife and I adopted our son Oswy in 2010. My wife thinks I overreact.\n"
            "EDIT: Hi, this is OP's wife. He asked me to add my side. I was adopted myself, "
            "and I never met my birth father.\n"
            "UPDATE (two weeks later, OP again): We talked it through. Oswy is fine.\n")
    fam = read(text)
    segs = narrators(fam)
    assert len(segs) == 3 and segs[0] == segs[2] != segs[1]
    assert "my wife" in fam.person(segs[1]).descriptions


def test_a_poster_again_line_with_no_earlier_change_is_no_break() -> None:
    fam = read("UPDATE (OP again): we talked. My brother apologised.\nAll good now.\n")
    assert len(narrators(fam)) == 1


def test_an_update_from_the_posters_dh_named_in_brackets() -> None:
    fam = read("I (34F) married DH (37M) in 2016. My MIL is hard work.\n"
               "UPDATE from DH (Lorenz) here: my wife wanted me to chime in. I talked to my mom "
               "last night.\n")
    lorenz = next(p for p in fam.people if p.name == "Lorenz")
    assert lorenz.narrator and len(fam.narration) == 2
    assert fam.narration[1].narrator == lorenz.id
    # his "my mom" is the poster's MIL: one woman
    assert sum(1 for p in fam.people if p.gender == "female" and not p.narrator) == 1


def test_an_update_where_the_husband_introduces_himself() -> None:
    fam = read("My husband (40M) and I (38M) adopted our son Milo last year.\n"
               "UPDATE (this is the husband, Aurel. He wanted my side too): I cried "
               "at the hearing.\n")
    aurel = next(p for p in fam.people if p.name == "Aurel")
    assert aurel.narrator
    assert fam.narration[-1].narrator == aurel.id


def _narrator_of(fam: Family):
    return next(p for p in fam.people if p.narrator)


def test_a_name_that_opens_a_quote_is_who_is_spoken_to_not_its_subject() -> None:
    fam = read("I had the small bed by the stove. “Tilda, sit down,” Grandma said at supper. "
               "I sat down and ate my soup.")
    assert _narrator_of(fam).name == "Tilda"


def test_a_rare_name_someone_is_addressed_by_names_the_narrator() -> None:
    fam = read('When I at last told my mother, she put her cup down and said, "I know, Ebuka. '
               'I always knew."')
    assert _narrator_of(fam).name == "Ebuka"


def test_i_am_a_name_gives_the_narrator_a_second_name() -> None:
    fam = read("My whole name is Leocadia Mae, but nobody uses it. I'm Dibs, the middle one. "
               "My big brother Alder is ten.")
    me = _narrator_of(fam)
    assert me.name == "Leocadia Mae" and "Dibs" in me.aliases
    assert len(fam.people) == 2


def test_my_name_colon_a_name_names_the_narrator() -> None:
    fam = read("On the last line Grandma wrote my name: Zephyrine, called Zeph.")
    me = _narrator_of(fam)
    assert me.name == "Zephyrine" and len(fam.people) == 2


def test_a_framing_line_signed_with_a_dash_and_a_closing_line_signed_alike() -> None:
    text = ("My grandpa sold his boat last fall and my aunt has not phoned him once since. He "
            "asked me to write down his side as he said it, so here goes. - Ottar\n"
            "I am Haldor. I married Sigvor in 1960. We had one son, Eilert.\n"
            "Eilert never forgave me.\n"
            "That's Grandpa's side. Aunt Ragna, come see the boat anytime. - Ottar\n")
    fam = read(text)
    segs = narrators(fam)
    assert len(segs) == 3 and segs[0] == segs[2] != segs[1]
    assert fam.person(segs[0]).name == "Ottar" and fam.person(segs[1]).name == "Haldor"
    assert [p.name for p in fam.people].count("Ottar") == 1


def test_we_after_i_married_someone_is_the_couple() -> None:
    fam = read("I married Haldor in 1960, when he was twenty-four. My mother sewed the quilt "
               "that winter. We had two children, Eilert and Gunnhild. Eilert wanted the quilt. He "
               "said so at his father's wake.")
    me = _narrator_of(fam)
    haldor = next(p for p in fam.people if p.name == "Haldor")
    for child in ("Eilert", "Gunnhild"):
        kid = next(p for p in fam.people if p.name == child)
        assert {c.parent for c in fam.children if c.child == kid.id} == {me.id, haldor.id}


def test_named_me_a_name_is_the_tellers_name() -> None:
    fam = read("My moms named me Leocadie. I was their first.")
    assert _narrator_of(fam).name == "Leocadie" and len(fam.people) == 1


def test_a_plain_update_after_an_edit_by_the_posters_kin_is_the_poster_again() -> None:
    text = ("My husband and I adopted our son Dorran in 2010. My husband thinks I worry.\n"
            "EDIT: This is OP's husband. She wants me to put in my view. I am not worried.\n"
            "UPDATE: We talked it through. My husband apologised and Dorran is fine.\n")
    fam = read(text)
    segs = narrators(fam)
    assert len(segs) == 3 and segs[0] == segs[2] != segs[1]


def test_a_relative_of_the_poster_greeting_everyone_takes_over_the_edit() -> None:
    from genogram.read.engine import read_text
    text = ("Our son wants a dog and I am unsure.\n\nEDIT: Hello everybody, this is OP's "
            "brother (40M). She typed this on my phone. I am her ride.\n\nUPDATE (OP, three "
            "days on): We got the dog. I cried a bit.\n")
    fam = read_text(text)
    narrators = [s.narrator for s in fam.narration]
    assert len(narrators) == 3 and narrators[0] == narrators[2] != narrators[1]


def test_a_framer_who_types_it_up_for_a_grandparent_hands_over_the_body() -> None:
    from genogram.read.engine import read_text
    text = ("My grandma Helmi wants me to write this down for her since her eyes are bad.\n\n"
            "In 1961 I was a bride of twenty, sewing coats in Tampere. My husband Tapio drove a "
            "bus.\n")
    fam = read_text(text)
    helmi = next(p for p in fam.people if p.name == "Helmi")
    assert [s.narrator for s in fam.narration][-1] == helmi.id
    assert fam.narration[0].narrator != helmi.id


def test_a_framing_line_after_a_hook_hands_the_body_to_the_mother() -> None:
    from genogram.read.engine import read_text
    text = ("My mom kept books for a dentist for thirty years so I could learn the violin. "
            "At my first recital he stood up and said he was my grandfather.\n"
            "Mom asked me to let her finish the story, so what follows is hers, as she spoke it."
            "\n\nMy name is Ulla and I have ironed shirts since I was fifteen. My husband Bo "
            "worked at the mill. Our daughter Liiv was always reading.\n")
    fam = read_text(text)
    ulla = next(p for p in fam.people if p.name == "Ulla")
    assert fam.narration[0].narrator != ulla.id
    assert fam.narration[-1].narrator == ulla.id
    assert ulla.gender == "female"


def test_a_letter_quoted_whole_is_its_signers_and_the_teller_takes_up_again() -> None:
    from genogram.read.engine import read_text
    text = ("I coached swimming for twenty years, and the boy I remember is one we called "
            "Pip.\n\nHe came to every practice early. I never asked why.\n\n"
            "Last month a card came. I am sharing it with his blessing.\n\n"
            "Dear Coach Varga,\n\nYou won't remember me, but I remember you. I am a lifeguard "
            "now.\n\nWith love,\n\nTapio (Pip) Lind\n\n"
            "I cried at my kitchen table. I am seventy and I still cry.\n")
    fam = read_text(text)
    pip = next(p for p in fam.people if p.name == "Pip")
    narrators = [s.narrator for s in fam.narration]
    assert len(narrators) == 3 and narrators[1] == pip.id
    assert narrators[0] == narrators[2] != pip.id


def test_a_quoted_hook_signed_after_a_dash_is_its_signers() -> None:
    fam = read("\u201cI only learned at forty who my real father was, and the man who told me was "
               "the one I had called Uncle all my life.\u201d \u2014 Jolanta, 34\n\n"
               "She wanted me to write down the rest.\n\n"
               "My name is Goran. Her father and I were best friends, and I watched Jolanta "
               "grow up.\n")
    segs = narrators(fam)
    assert fam.person(segs[0]).name == "Jolanta"
    assert fam.person(segs[-1]).name == "Goran"


def test_an_update_after_a_time_note_and_a_greeting_from_the_posters_wife() -> None:
    fam = read("My (33F) wife (35F) wants her brother to live with us for a year. I'm against it.\n\n"
               "UPDATE, two days on: Hello, this is the wife. Jolanta let me read all of this. My "
               "brother needs us.\n")
    first, second = narrators(fam)
    assert first != second
    assert any(set(u.partners) == {first, second} for u in fam.unions)


def test_a_future_child_is_nobody_yet() -> None:
    fam = read("We painted the room for my future kid last year. Goran says he will build the crib.\n")
    assert not any(p.descriptions and "future" in p.descriptions[0] for p in fam.people)


def test_a_letter_with_a_bare_salutation_and_a_title_signature_is_the_parents() -> None:
    # "Cordelia," … "Mum": a letter with no "Dear" and no closing words, signed with a kin title:
    # its "I" is the teller's mother, and the teller takes up again after it
    text = ("I shouted at Mum outside the bakery. For a week neither of us phoned.\n\n"
            "On Sunday an envelope came, with a note asking me to post what was inside.\n\n"
            "Cordelia,\n\nI should have told you years ago. I was nineteen and frightened.\n\n"
            "Mum\n\nMe again. I read it twice and cried.\n")
    fam = read(text)
    segs = narrators(fam)
    assert len(segs) == 3 and segs[0] == segs[2] != segs[1]
    writer = next(p for p in fam.people if p.id == segs[1])
    assert "Mum" in [text[s:e] for s, e in writer.mentions]

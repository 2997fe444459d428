"""Where the "I" changes: narrator breaks between paragraphs, from the text's own framing.

Stories passed on by someone else announce it, and each cue says who speaks next:
- a framing first paragraph: "I'm posting this for my mom… Everything below is hers" / "This is
  my father's story" → the next narrator is the kin person named in that paragraph (its sign-off,
  "—Mette", names the one who frames it);
- a paragraph opening "Fiora here." → the next narrator is named;
- "EDIT: this is OP's husband." / "OP's sister here." → the next narrator is that relative of
  the one before (the original poster);
- "Now it's my turn." → a new narrator, identified by what follows ("I'm his daughter");
- "My sister tells it like that, but I remember it different" → a new narrator, and the one before
  was this narrator's sister.
Breaks are found per paragraph with a few anchored patterns: linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from genogram.read.document import StoryDoc
from genogram.read.lexicon import kin_term
from genogram.read.names import is_given_name

_APOS = "['\u2019]"
_FRAME_ACT = re.compile(
    r"\b(post(?:ing|ed)?|shar(?:e|ing)|typ(?:e|ed|ing)|wr(?:ote|itten|ite|iting)|dictat(?:ed|ing)|"
    r"asked me to|made me promise)\b", re.I)
_FRAME_OWNER = re.compile(
    rf"\b(?:(?:her|his|their) (?:words|story|own words|side|version|account)"
    rf"|(?:everything|what(?:'s| is)?) "
    rf"(?:below|follows)|is (?:hers|his|theirs)|my (\w+(?:-\w+)*){_APOS}s story"
    # "she wanted me to write this down for her", "posting this on her behalf"
    rf"|this (?:up |out |down )?for (?:him|her|them)|on (?:his|her|their) behalf"
    # "Dad wanted to tell it himself, so let him tell it: this is him"
    rf"|let (?:him|her|them) tell|this is (?:him|her|them)(?=\s*[,.;:!\u2014-])"
    # "My aunt dictated all this to me over the phone": the relative wrote what follows
    rf"|my (\w+(?:-\w+)*) (?:wrote|has written|had written|dictated|typed) (?:this|it|all this)"
    rf"(?: (?:down|out|up))?)\b", re.I)
_KIN_MINE = re.compile(r"\bmy (\w+(?:-\w+)*)\b", re.I)
#: "Mom asked me to …": a kin title used as a name, the writer's own relative
_KIN_TITLE = re.compile(r"\b((?-i:[A-Z][a-z]+))\b(?!\s*['\u2019]s)")
_SIGN_OFF = re.compile(r"[\u2014\u2013-]{1,2}\s*([A-Z][\w.]*)\s*$")
_HERE = re.compile(r"^\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+)?) here[.,!:\u2014-]")
# Below, the cue words of an update are read in any case ("UPDATE", "Edit"), but a name taken
# is matched case-sensitively ("(?-i:…)"; _INTRO checks the capital itself): "This is hard." or
# "it's the husband, finally" names no one.
# "UPDATE: Hi, this is Lykke, OP's partner." / "This is Zeno." / "Edit 2 - It's Dana here":
# a paragraph where someone new introduces themselves (a forum update from another person)
#: The head of a forum update ("EDIT 2:", "Update -") and a greeting ("Hi, ").
_UPDATE_WORD = r"(?:update|edit)\s*\d*"
_UPDATE_HEAD = rf"{_UPDATE_WORD}\s*[:.\u2014\u2013-]+\s*"
#: "this is", "it's", "I am", "I'm" before the one who now writes
_I_AM = rf"(?:this is|it{_APOS}s|i am|i{_APOS}m)"
_HELLO = r"(?:(?:hi|hey|hello)(?:\s+(?:all|everyone|everybody|there|guys|folks|reddit))?[,!.]?\s+)?"
_INTRO = re.compile(
    rf"^\s*(?:{_UPDATE_HEAD})?{_HELLO}"
    rf"(?:this is|it{_APOS}s|(?P<head>update|edit)\s*\d*\s*[:.\u2014\u2013-]+\s*i{_APOS}m)\s+"
    r"(?P<name>[A-Z][a-z]+)\b(?!\s*(?:'s|\u2019s))", re.I)
# "EDIT: my wife asked to answer herself. Hi, this is Runa.": an update whose first sentence
# hands the post over and whose second introduces the new writer
_HANDED_OVER = re.compile(
    rf"^\s*{_UPDATE_HEAD}(?P<lead>[^.!?\n]{{3,120}}[.!?])\s+"
    r"(?P<intro>(?:(?:hi|hey|hello)[,!]?\s+)?this is\s+(?P<name>(?-i:[A-Z][a-z]+))\b)"
    r"(?!\s*(?:'s|\u2019s))", re.I)
# "…so here is her reply, word for word:" + "I am Gulsen. My son…": a forwarded text
# whose writer introduces themselves
_SELF_NAME = re.compile(rf"^\s*(?:(?:[Hh]i|[Hh]ello|[Hh]ey)(?: all| everyone| there)?[.,!]\s*)?"
                        rf"(?:[Ii] am|I{_APOS}m|[Mm]y name is)\s+(?P<name>[A-Z][a-z]+)\b"
                        rf"(?!\s*(?:'s|\u2019s))")
# "EDIT: Hey, this is OP's husband." / "OP's sister here.": the original poster's relative
# takes over; the kin word says how the two are related (and, when the poster said "my husband"
# before, who it is)
_OP_KIN = re.compile(
    rf"^\s*(?:{_UPDATE_HEAD})?{_HELLO}"
    rf"(?:(?P<lead>{_I_AM})\s+)?(?:the\s+)?"
    rf"(?P<kin>(?:OP|original poster){_APOS}s\s+(?P<word>[a-z]+(?:-[a-z]+)*))\b"
    r"(?P<here>\s+here\b)?", re.I)
# "UPDATE from DH (Leo) here:", "Edit by my wife:": the update's writer is the poster's
# relative, sometimes named in brackets
_FROM_KIN = re.compile(
    rf"^\s*{_UPDATE_WORD}\s*[:.\u2014\u2013-]*\s*(?:from|by)\s+"
    rf"(?:my\s+|(?:OP|original poster){_APOS}s\s+)?(?P<kin>(?P<word>[A-Za-z]+(?:-[a-z]+)*))"
    r"\s*(?:\((?P<name>(?-i:[A-Z][a-z]+))\))?\s*(?:here\b)?\s*[:.!\u2014\u2013-]", re.I)
# "UPDATE (this is the husband, Aurel.": the poster's relative introduces themselves
_THIS_IS_KIN = re.compile(
    # ("Update, two days on: Hello, this is the husband.")
    rf"^\s*{_UPDATE_WORD}\s*(?:[,(][^:\n)]{{0,30}}[:)])?\s*[:.(\u2014\u2013-]*\s*{_HELLO}{_I_AM}\s+"
    r"(?:the|my|your)\s+(?P<kin>(?P<word>[a-z]+(?:-[a-z]+)*))\b"
    r"(?:\s*,\s*(?P<name>(?-i:[A-Z][^\W\d_]+)))?", re.I)
# "UPDATE (a week on, OP again):", "EDIT 2: OP here.": the original poster writes again
_POSTER_AGAIN = re.compile(
    rf"^\s*{_UPDATE_WORD}\s*(?:\([^)\n]{{0,40}}\b(?:OP|original poster)\b[^)\n]{{0,20}}\)|"
    r"[:.\u2014\u2013-]+\s*(?:it[’']s |this is )?(?:the )?(?:OP|original poster)"
    r"(?: here| again|,? back)\b)", re.I)
#: An update head with nothing said of who writes it ("UPDATE: …", "Edit 2 - …").
_BARE_UPDATE = re.compile(rf"^\s*{_UPDATE_HEAD}", re.I)
_TURN = re.compile(rf"\b(?:now )?it{_APOS}?s my turn\b|\bmy (?:side|turn) of (?:the|this) story\b",
                   re.I)
_RETOLD = re.compile(r"^\s*my (\w+(?:-\w+)*) (?:tells|told|wrote|remembers|tell|tellin)\b", re.I)


#: A letter quoted whole: "Dear Ms. Ek," on a line of its own … "Love," / "Yours truly," then
#: the signer's name on the next line
_DEAR = re.compile(r"\s*(?:My )?(?:Dear|Dearest)\s+[^\n,]{1,40},\s*$")
_CLOSING = re.compile(r"\s*(?:(?:With )?love|all my love|sincerely|yours(?: truly| always)?|"
                      r"best|warmly|regards|thank you|your (?:\w+ ){0,2}\w+),?\s*$", re.I)
_SIGNER = re.compile(r"\s*([A-Z][a-z'\u2019-]+)(?:\s+\(([A-Z][a-z'\u2019-]+)\))?"
                     r"(?:\s+[A-Z][a-z'\u2019-]+){0,2}\s*$")


#: A letter's bare salutation or signature: a paragraph that is only a given name or a kin
#: title ("Sabe," … "Mum"), with the salutation's comma
_BARE_LINE = re.compile(r"\s*([A-Z][a-z'\u2019-]+)\s*(,?)\s*$")


def _bare_word(text: str, para: tuple[int, int], comma: bool) -> str | None:
    """The given name or kin title a paragraph consists of (with a comma after it when
    ``comma``), else None."""
    hit = _BARE_LINE.fullmatch(text, *para)
    if hit is None or bool(hit.group(2)) != comma:
        return None
    word = hit.group(1)
    term = kin_term(word)
    return word if is_given_name(word) or term is not None and term.title else None


def _letters(text: str, paras: list[tuple[int, int]]) -> dict[int, str | None]:
    """Letters quoted whole in the story, by paragraph index: the signer's given name (or the
    kin title the letter is signed with) at the paragraph that opens a letter ("Dear …," or a
    bare "Sabe,"), None at the paragraph after its signature."""
    out: dict[int, str | None] = {}
    for i in range(1, len(paras) - 1):
        bare = _DEAR.match(text, *paras[i]) is None
        if bare and _bare_word(text, paras[i], comma=True) is None:
            continue
        for j in range(i + 1, min(i + 40, len(paras) - 1)):
            if _CLOSING.match(text, *paras[j]) and (sign := _SIGNER.match(text, *paras[j + 1])):
                out[i] = sign.group(2) or sign.group(1)  # ("Ulla (Bix) Berg": the name the
                # story knows her by)
                if j + 2 < len(paras):
                    out[j + 2] = None
                break
            if bare and j > i + 1 and (signer := _bare_word(text, paras[j], comma=False)):
                # "Sabe," … "Mum": a letter with no closing words, signed by name or title
                out[i] = signer
                if j + 1 < len(paras):
                    out[j + 1] = None
                break
    return out


@dataclass
class NarratorBreak:
    """A new narrator from character ``start`` (a paragraph start) on."""

    start: int
    name: str | None = None          # "Fiora here."
    next_kin_at: int | None = None   # char offset of "my mom" in the framing paragraph
    prev_kin_at: int | None = None   # char offset of "My sister" naming the previous narrator
    frame_name: str | None = None    # sign-off of the framing paragraph ("—Mette")
    intro: bool = False              # "This is Zeno.": no break if that is the narrator
    op_kin_at: int | None = None     # char offset of "OP's husband": the new narrator is that
                                     # relative of the narrator before
    poster_kin: str | None = None    # "this is OP's wife": the first poster's "my wife"
    poster_again: bool = False       # "UPDATE (OP again)": back to the first narrator


#: A first paragraph that is one quotation signed after a dash: "“…” — Ulla, 34".
_QUOTED_HOOK = re.compile(r"\s*[\"\u201c][^\"\u201c\u201d\n]{10,600}[\"\u201d]\s*[\u2014\u2013-]{1,2}\s*"
                          r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?(?:\s*,\s*\d{1,3}[MFmf]?)?\s*")


def find_breaks(doc: StoryDoc) -> list[NarratorBreak]:
    """Narrator breaks in text order (none for a story with one narrator)."""
    text = doc.text
    paras = doc.para_bounds
    out: list[NarratorBreak] = []
    # the framing paragraph opens the story or follows a one-paragraph hook by the same writer
    for f in range(min(2, len(paras) - 1)):
        s, e = paras[f]
        first = text[s:e]
        if _FRAME_ACT.search(first) and _FRAME_OWNER.search(first):
            kin_at = None
            owner = _FRAME_OWNER.search(first)
            said = next((g for g in owner.groups() if g), None) if owner else None
            if owner and said and kin_term(said):
                kin_at = s + owner.start()
            else:
                for m in (*_KIN_MINE.finditer(first), *_KIN_TITLE.finditer(first)):
                    term = kin_term(m.group(1))
                    if term is not None and term.path in ("P", "PP", "E", "C", "S"):
                        kin_at = s + m.start()
                        break
            if kin_at is not None:
                sign = _SIGN_OFF.search(first)
                name = sign.group(1).rstrip(".") if sign else None
                out.append(NarratorBreak(paras[f + 1][0], next_kin_at=kin_at,
                                         frame_name=name if name and len(name) > 1 else None))
                break
    if not out and len(paras) > 1 and _QUOTED_HOOK.fullmatch(text, *paras[0]):
        # "“I learned at forty who my father was.” — Ulla, 41": a hook quoted from someone
        # who signs it; the body is another's
        out.append(NarratorBreak(paras[1][0]))
    framer = out[0].frame_name if out else None
    letters = _letters(text, paras)
    for i, (s, e) in enumerate(paras[1:], start=1):
        head = text[s:min(e, s + 160)]
        if i in letters:
            # a letter quoted whole: its signer writes it, the teller takes up again after
            signer = letters[i]
            out.append(NarratorBreak(s, name=signer) if signer else NarratorBreak(
                s, poster_again=True))
            continue
        sign = _SIGN_OFF.search(text[s:e]) if framer and i > 1 else None
        if sign and sign.group(1).rstrip(".") == framer:
            # the closing paragraph signed as the framing one was ("… – Jo"): its writer again
            out.append(NarratorBreak(s, poster_again=True))
            continue
        m = _SELF_NAME.match(head)
        if m and kin_term(m.group("name")) is None and (
                text[paras[i - 1][0]:paras[i - 1][1]].rstrip().endswith(":")
                or re.search(rf"\b{m.group('name')}\b", text[:s]) is not None):
            out.append(NarratorBreak(s, name=m.group("name"), intro=True))
            continue
        fk = _FROM_KIN.match(head) or _THIS_IS_KIN.match(head)
        if fk and kin_term(fk.group("word")) is not None:
            out.append(NarratorBreak(s, poster_kin=fk.group("word").lower(),
                                     op_kin_at=s + fk.start("kin"), name=fk.group("name")))
            continue
        op = _OP_KIN.match(head)
        if op and (op.group("lead") or op.group("here")) and kin_term(op.group("word")):
            out.append(NarratorBreak(s, poster_kin=op.group("word").lower(),
                                     op_kin_at=s + op.start("kin")))
            continue
        if out and _POSTER_AGAIN.match(head):
            out.append(NarratorBreak(s, poster_again=True))
            continue
        if out and out[-1].poster_kin is not None and _BARE_UPDATE.match(head) and not (
                _SELF_NAME.match(head) or _HERE.match(head) or _INTRO.match(head)
                or _HANDED_OVER.match(head)):
            # "EDIT: this is OP's husband. …" then a plain "UPDATE: …": the thread is the
            # poster's, and an update that says nothing of its writer is theirs again
            out.append(NarratorBreak(s, poster_again=True))
            continue
        handed = _HANDED_OVER.match(head)
        if handed and kin_term(handed.group("name")) is None:
            # "UPDATE: my husband wanted to reply himself. This is Hamid.": the lead sentence is
            # still the first writer's, and its "my husband" is who writes next
            kin = _KIN_MINE.search(handed.group("lead"))
            kin_ok = kin is not None and kin_term(kin.group(1)) is not None
            out.append(NarratorBreak(s + handed.start("intro"), name=handed.group("name"),
                                     intro=True,
                                     next_kin_at=s + handed.start("lead") + kin.start()
                                     if kin_ok else None))
            continue
        m = _HERE.match(head)
        if m and kin_term(m.group(1)) is None:
            out.append(NarratorBreak(s, name=m.group(1)))
            continue
        m = _INTRO.match(head)
        if (m and m.group("name")[0].isupper() and kin_term(m.group("name")) is None
                and (is_given_name(m.group("name"))
                     or re.search(rf"\b{m.group('name')}\b", text[:s]) is not None)):
            out.append(NarratorBreak(s, name=m.group("name"), intro=True))
            continue
        if _TURN.search(head):
            out.append(NarratorBreak(s))
            continue
        r = _RETOLD.match(head)
        if r and kin_term(r.group(1)) is not None:
            out.append(NarratorBreak(s, prev_kin_at=s + r.start(0) + head[r.start(0):].lower()
                                     .index("my")))
    out.sort(key=lambda b: b.start)
    return out

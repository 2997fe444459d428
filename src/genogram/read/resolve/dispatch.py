"""One mention resolved by its kind ("I", "you", "they", "he"/"she", a name, a kin phrase or a
description), then joined with the mentions said to be the same and noted for couples."""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.mentions import Mention
from genogram.read.names import full_name_gender
from genogram.read.resolve.addressees import _addressee_of_quote, letter_addressee
from genogram.read.resolve.couples import _note_couple, _they_pair
from genogram.read.resolve.descriptions import _resolve_desc
from genogram.read.resolve.discourse import Discourse, _bind, _join_same_as
from genogram.read.resolve.kin import _resolve_kin
from genogram.read.resolve.names import _resolve_name
from genogram.read.resolve.perspective import _narrator, _speaker
from genogram.read.resolve.pronouns import _pronoun


def _resolve_mention(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> None:
    ents = d.ents
    kind = m.kind
    if m.generic:
        return  # a denied role ("she is not my mum") refers to no one
    if kind == "self":
        if m.quote == -1:
            ent = _narrator(doc, d, m.start)
        else:
            ent = _speaker(doc, ms, d, m.quote)
            if ent is None:
                return
        _bind(doc, d, m, ent, strong=False)
        _join_same_as(doc, ms, d, m)
        return
    if kind == "you" and m.quote != -1:
        ent = _addressee_of_quote(doc, ms, d, m.quote)
        if ent is not None:
            _bind(doc, d, m, ent, strong=False)
        return
    if kind == "you":   # outside quotes: a letter's reader, if the text is one
        ent = letter_addressee(doc, ms, d)
        if ent is not None:
            _bind(doc, d, m, ent, strong=False)
        return
    if kind == "we":
        return
    if kind == "they":
        group = _plural_just_before(doc, ms, m)
        if group is not None:   # "nursed his parents till they died": those parents
            members = d.groups.get(group.idx, [])
            if members:
                d.groups[m.idx] = list(members)
            return
        pair = _they_pair(doc, ms, d, m)
        if pair:
            d.groups[m.idx] = pair
        return
    if kind in ("he", "she"):
        ent = _pronoun(doc, ms, d, m)
        if ent is not None:
            _bind(doc, d, m, ent, strong=False)
        return
    if kind == "name":
        _resolve_name(doc, ms, d, m)
    elif kind == "kin":
        _resolve_kin(doc, ms, d, m)
    elif kind == "desc":
        _resolve_desc(doc, ms, d, m)
    if m.entity != -1:
        _join_same_as(doc, ms, d, m)
        _note_couple(doc, ms, d, m)
        by_name = m.name and full_name_gender(m.name)
        if by_name and not m.gender:
            e = ents.get(m.entity)
            e.name_votes[by_name] += 1
    elif kind == "kin" and m.plural:
        pass


def _plural_just_before(doc: StoryDoc, ms: list[Mention], m: Mention) -> Mention | None:
    """A plural kin phrase earlier in the clause of a subject "they", with no other person
    mention between ("nursed his parents till they died"): the group "they" takes up."""
    toks = doc.toks
    if toks[m.head].dep not in ("nsubj", "nsubjpass") or m.quote != -1:
        return None
    s = toks[m.head].sent
    # the mentions are in text order: look at the few right before this one
    near = ms[max(0, m.idx - 8):m.idx] if 0 <= m.idx < len(ms) and ms[m.idx] is m else []
    before = [x for x in near if x.end <= m.start and toks[x.head].sent == s and x.quote == -1]
    if not before:
        return None
    last = max(before, key=lambda x: x.end)
    if last.kind == "kin" and last.plural and last.kin is not None and last.kin.path in (
            "P", "PP", "C", "S", "CC"):
        return last
    return None

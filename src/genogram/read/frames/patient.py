"""The identified patient, the role word, and words of the note form that are not people.

The patient is ``d.roles``, else the first name after an "IP:"/"Client:"/"Pt:" label (every
name, for "Clients:"); every bare "Client", "pt" or "IP" is that one person. Before that, names
the tagger cut at a hyphen are made whole, and "people" that are only heading words ("Intake",
"Foster care hx:") are dropped.
"""

from __future__ import annotations

import bisect
import re

from genogram.read.entities import Entities, names_match
from genogram.read.frames.note import _LABEL, _clause_end, _in_brackets, _Note
from genogram.read.mentions import ROLE_NAMES


def _find_ip(note: _Note, roles: list[tuple[str, int, int]]) -> None:
    d, ents, text = note.d, note.ents, note.doc.text
    role = d.patient()
    named: list[int] = []
    if roles:
        label, start, b = roles[0]
        end = _clause_end(text, start, b)
        names = [m for m in note.mentions_in(start, end) if m.kind == "name"
                 and m.entity != -1 and not _in_brackets(text, start, m.start)]
        for m in names:
            e = ents.find(m.entity)
            if e not in named:
                named.append(e)
        if label.lower() != "clients":
            named = named[:1]
    if role is not None and len(named) == 1:
        x, y = ents.find(role), named[0]
        if x != y and ents.compatible(x, y, names=False):
            ents.merge(x, y)
        role = ents.find(x)
    if len(named) > 1:
        note.ips = named
        note.ip = None
        return
    if role is None and named:
        role = named[0]
    if role is not None:
        note.ip = ents.find(role)
        note.ips = [note.ip]


#: Words of the note form that a tagger may take for a name ("Child Intake", "Progress Note").
_FORM_WORDS = frozenset([
    "intake", "assessment", "summary", "evaluation", "referral", "note", "notes", "consult",
    "consultation", "plan", "history", "hx", "session", "report", "progress", "update",
    "discharge", "impression", "impressions", "diagnosis", "genogram", "presenting", "household",
    "supports", "risk", "patterns", "hypotheses", "strengths", "outpatient", "inpatient",
    "psychosocial", "behavioral", "behavioural", "services", "clinician", "date", "soap",
    "subjective", "objective", "recommendations", "formulation", "collateral"])
_CONJ = frozenset(["and", "or", "&", "with"])


_CAP_WORD = re.compile(r"[A-Z][a-z\u00e0-\u00ff'\u2019]+")


def _whole_names(note: _Note) -> None:
    """A name the tagger cut at a hyphen ("Quennell" of "Frode Ketil-Quennell", "Kaarlo Sune" of
    "Kaarlo Sune-Hilke") is the whole capitalised run; a fragment that was taken for
    someone else with that surname ("Oddvar Quennell") becomes a person of its own."""
    text, ents, ms = note.doc.text, note.ents, note.ms
    changed = False
    for m in ms:
        if m.kind != "name" or m.entity == -1 or m.quote != -1:
            continue
        a, b = m.start, m.end
        while b + 1 < len(text) and text[b] == "-" and (hit := _CAP_WORD.match(text, b + 1)):
            b = hit.end()
        while a > 1 and text[a - 1] == "-" and (
                hit := re.search(r"[A-Z][\w'\u2019]*$", text[max(0, a - 30):a - 1])):
            a = a - 1 - len(hit.group(0))
        if (a, b) == (m.start, m.end):
            continue
        if a < m.start:   # given names before the hyphenated surname: "Frode Ketil-Quennell"
            for _ in range(2):
                hit = re.search(r"([A-Z][a-z'\u2019]+) $", text[max(0, a - 25):a])
                if not hit or hit.group(1).lower() in ROLE_NAMES | _FORM_WORDS or any(
                        o.start <= a - 1 < o.end for o in note.mentions_in(a - 25, a)):
                    break
                a -= len(hit.group(0))
        full = text[a:b]
        parts = full.split("-")
        if len(parts) >= 2 and all(len(w) == 1 and w.isupper() or w.lower() in ents.by_word
                                   for w in parts):
            continue  # "T-Kalle", "Ulla-Bo": a note's pair of people, not one hyphenated name
        old = ents.find(m.entity)
        e = ents.get(old)
        others = [i for i in e.mentions if i != m.idx and ms[i].kind == "name"
                  and not names_match(full, ms[i].name or text[ms[i].start:ms[i].end])]
        if (m.start, m.end) in e.spans:
            e.spans.remove((m.start, m.end))
        if others:
            e.mentions.remove(m.idx)
            x = ents.new()
            ents.get(x).first = a
            ents.get(x).strong_mentions += 1
            ents.get(x).mentions.append(m.idx)
            m.entity = x
            e = ents.get(x)
        m.start, m.end, m.name = a, b, full
        e.spans.append((a, b))
        e.first = min(e.first, a)
        ents.add_name(m.entity, full)
        changed = True
    if changed:
        note.order = sorted(range(len(ms)), key=lambda i: ms[i].start)
        note.starts = [ms[i].start for i in note.order]


def _role_words(note: _Note) -> None:
    """Every bare "Client", "pt" or "IP" of a note (outside quotes) is the identified patient:
    one person, however the tagger read the word (a name after a heading, a description)."""
    if len(note.ips) > 1:
        return
    ents, text = note.ents, note.doc.text
    found: list[int] = []
    for m in note.ms:
        if m.entity == -1 or m.quote != -1 or m.kind not in ("name", "desc"):
            continue
        if text[m.start:m.end].lower() not in ROLE_NAMES:
            continue
        e = ents.find(m.entity)
        if e not in found:
            found.append(e)
    if not found:
        return
    ip = ents.find(note.ip) if note.ip is not None else found[0]
    for x in found:
        x = ents.find(x)
        if x == ip:
            continue
        na = _real_names(ents, ip)
        nb = _real_names(ents, x)
        if na and nb and not any(names_match(p, q) for p in na for q in nb):
            continue
        if ents.compatible(ip, x, names=False):
            ip = ents.merge(ip, x)
    e = ents.get(ip)
    e.names[:] = _real_names(ents, ip) or e.names
    note.ip = ip
    note.ips = [ip]


def _real_names(ents: Entities, ent: int) -> list[str]:
    return [n for n in ents.get(ent).names if n.lower() not in ROLE_NAMES]


def _not_people(note: _Note) -> None:
    """Drop "people" whose every mention is a word of the form: a heading word ("Intake"), or
    a capitalised word in a "Label:" followed by a lowercase word ("Foster care hx:")."""
    ents, text = note.ents, note.doc.text
    bad: set[int] = set()
    label_ends: dict[int, int] = {}
    for a, _b in note.doc.para_bounds:
        lab = _LABEL.match(text, a)
        if lab:
            label_ends[a] = lab.end(1)
    line_starts = sorted(label_ends)
    for m in note.ms:
        if m.kind != "name" or m.entity == -1:
            continue
        words = text[m.start:m.end].split()
        if all(w.lower().strip(".,") in _FORM_WORDS for w in words):
            bad.add(m.idx)
            continue
        i = bisect.bisect_right(line_starts, m.start) - 1
        if i < 0 or m.end > label_ends[line_starts[i]]:
            continue
        nxt = text[m.end:label_ends[line_starts[i]]].split()
        if nxt and nxt[0][:1].islower() and nxt[0] not in _CONJ and not text[m.end:].startswith(
                ("'s", "\u2019s")):
            bad.add(m.idx)
    if not bad:
        return
    for root in ents.roots():
        e = ents.items[root]
        own = [i for i in e.mentions if not note.ms[i].is_pronoun]
        if not own or any(i not in bad for i in own):
            continue
        for i in e.mentions:
            note.ms[i].entity = -1
        e.mentions.clear()
        e.spans.clear()
        e.names.clear()
        e.strong_mentions = 0
        ents.claims[:] = [c for c in ents.claims
                          if root not in (ents.find(c.possessor), ents.find(c.referent))]
        for noun, who in list(note.d.roles.items()):
            if ents.find(who) == root:
                del note.d.roles[noun]
        if note.ip is not None and ents.find(note.ip) == root:
            note.ip, note.ips = None, []

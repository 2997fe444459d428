"""Rejection said aloud: a quote ("You're dead to us") between its speaker and addressee,
and reported speech ("told him he was no son of hers") between the teller and the one told."""

from __future__ import annotations

from genogram.read.emotions.lexicon import HOSTILE_SAID, NOT_FAMILY, REJECT, SAY_VERBS
from genogram.read.emotions.reader import LinkReader


def said_rejections(r: LinkReader) -> None:
    doc, toks, d = r.doc, r.toks, r.d
    norm = doc.norm
    for qi, q in enumerate(doc.quotes):
        body = norm[q.start:q.end]
        hit = REJECT.search(body)
        type_ = "cutoff"
        if hit is None:
            hit = HOSTILE_SAID.search(body)
            type_ = "hostile"
        denied = None
        if hit is None:
            hit = NOT_FAMILY.search(body)
            type_ = "hostile"
            if hit is not None:
                denied = _denied(r, doc.tok_at(q.start + hit.end() - 1))
                if denied is None:
                    continue  # whom "isn't family" is about we cannot tell
        if hit is None:
            continue
        if type_ == "cutoff" and _threat(r, max(doc.tok_at(q.start + hit.start()), 0)):
            continue  # "If you marry him, don't ever come home again": a condition set
        if type_ == "cutoff" and _dead_to(r, max(doc.tok_at(q.start + hit.start()), 0)):
            continue  # 'Client states "Mum was dead to her"': the quoted clause's own pair
        speaker = d.speakers.get(qi)
        if speaker is None:
            continue
        speaker = d.ents.find(speaker)
        addressee = _addressee(r, qi, speaker) if denied in (None, "you") else denied
        if addressee is not None and addressee != speaker:
            anchor = doc.tok_at(q.start + hit.start())
            r.add(speaker, addressee, type_, max(anchor, 0))
    # reported speech outside quotes: "my mother told him he was no son of hers"
    for s_i, s in enumerate(doc.sents):
        if s.end_tok <= s.start_tok:
            continue
        a, b = toks[s.start_tok].start, toks[s.end_tok - 1].end
        body = norm[a:b]
        for hit in REJECT.finditer(body):
            at = doc.tok_at(a + hit.start())
            if toks[at].quote != -1:
                continue
            _reported(r, s_i, at)


def _denied(r: LinkReader, family: int) -> int | str | None:
    """Who a quoted "isn't family" denies: "you" (the addressee), or the one person the
    clause's subject names ("She isn't family"); None when unsure."""
    toks = r.toks
    if family < 0:
        return None
    k = family
    for _ in range(3):  # "family" -> its copula (or "be" in "will never be family")
        subj = next((c for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")), -1)
        if subj != -1:
            if toks[subj].lower == "you":
                return "you"
            people = r.people_at(subj)
            return people[0] if len(people) == 1 else None
        if toks[k].head == k:
            break
        k = toks[k].head
    return None


def _addressee(r: LinkReader, qi: int, speaker: int) -> int | None:
    doc, toks, d = r.doc, r.toks, r.d
    q = doc.quotes[qi]
    # the said-verb beside the quote and its object: 'Jarl told him, "..."'
    sents = {toks[q.tok_start].sent, toks[max(q.tok_end - 1, q.tok_start)].sent}
    for s_i in sorted(sents):
        s = doc.sents[s_i]
        for k in range(s.start_tok, s.end_tok):
            w = toks[k]
            if w.quote == -1 and w.lemma in SAY_VERBS and w.pos in ("VERB", "AUX"):
                objs = [o for o in r.objects(k, ("to", "at")) if o != speaker]
                if objs:
                    return objs[0]
                if any(toks[c].dep in ("dobj", "dative") and r.by_head.get(c) is not None
                       for c in w.children):
                    return None  # told someone we could not resolve: do not guess
    from genogram.read.resolve import _addressee_of_quote

    ent = _addressee_of_quote(doc, r.ms, d, qi)
    return None if ent is None else d.ents.find(ent)


def _dead_to(r: LinkReader, at: int) -> bool:
    """ "Mum was dead to her" (told, or quoted from someone else): the adjective's own subject
    and "to" object, when both are resolved, are the pair, whoever reports it."""
    toks = r.toks
    s = r.doc.sents[toks[at].sent]
    for j in range(at, min(at + 4, s.end_tok)):
        if toks[j].lower == "dead":
            subs = r.subjects(toks[j].head) if toks[j].dep in ("acomp", "attr") else []
            objs = [o for o in r.objects(j, ("to",)) if o not in subs]
            if subs and objs:
                r.add_pairs(subs[:1], objs[:1], "cutoff", j)
                return True
    return False


def _threat(r: LinkReader, at: int) -> bool:
    """The phrase at ``at`` lies in a clause under a condition, up to its say verb: "if she
    told anyone, I would never talk to her again" is a threat, not a silence that happened."""
    toks = r.toks
    k = at
    for _ in range(6):
        if r.conditioned(k):
            return True
        if toks[k].lemma in SAY_VERBS and toks[k].pos in ("VERB", "AUX") or toks[k].head == k:
            return False
        k = toks[k].head
    return False


def _reported(r: LinkReader, s_i: int, at: int) -> None:
    toks = r.toks
    if _threat(r, at) or _dead_to(r, at):
        return
    # climb from the phrase to a say/tell verb: its subject told its object
    k = at
    for _ in range(6):
        w = toks[k]
        if w.lemma in SAY_VERBS and w.pos in ("VERB", "AUX") and not r.irrealis(k):
            subs = r.subjects(k)
            objs = [o for o in r.objects(k, ("to",)) if o not in subs]
            if subs and objs:
                r.add_pairs(subs[:1], objs[:1], "cutoff", k)
            return
        if w.head == k:
            return
        k = w.head

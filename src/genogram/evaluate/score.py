"""Score one predicted :class:`Family` against one :class:`Gold`: a pure function, no I/O.

The definitions are written out in ``docs/gold-format.md`` ("How the scores are computed"); keep
the two in step. In short: people are matched one to one by character overlap of their mentions
with the gold people's listed mentions (greedy, largest overlap first); every other comparison
goes through that matching (predicted id -> gold id).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from genogram.evaluate.gold import Gold, GoldEvent, GoldFinding, line_bounds
from genogram.model import Event, Family, Finding, Person
from genogram.text import LineIndex


@dataclass(frozen=True)
class Metric:
    key: str
    header: str
    count: bool = False          # a count (summed over files), not a ratio (averaged)


#: Every score, in display order. Ratios are macro-averaged over files; counts are summed.
METRICS: tuple[Metric, ...] = (
    Metric("people_p", "ppl P"),
    Metric("people_r", "ppl R"),
    Metric("people_f1", "ppl F1"),
    Metric("unions_f1", "uni F1"),
    Metric("union_type_acc", "u.type"),
    Metric("union_status_acc", "u.stat"),
    Metric("children_f1", "chi F1"),
    Metric("child_kind_acc", "c.kind"),
    Metric("structure_f1", "struct"),
    Metric("siblings_r", "sib R"),
    Metric("gender_acc", "gender"),
    Metric("narration_acc", "narr"),
    Metric("facts_acc", "facts"),
    Metric("events_r", "ev R"),
    Metric("events_p", "ev P"),
    Metric("links_f1", "lnk F1"),
    Metric("findings_required_r", "find R"),
    Metric("findings_forbidden", "forb.find", count=True),
    Metric("forbidden_relations", "forb.rel", count=True),
)
METRIC_KEYS: tuple[str, ...] = tuple(m.key for m in METRICS)

_FACT_FIELDS = ("deceased", "age", "birth_year", "death_year")


@dataclass(frozen=True)
class Detail:
    """One thing to fix: ``area`` (people, unions, ...), ``kind`` (missed, false positive, wrong,
    forbidden) and a human-readable ``text``."""

    area: str
    kind: str
    text: str


@dataclass
class FileScores:
    """The scores of one file. ``metrics[key]`` is ``None`` when the file has nothing to score
    for that metric (it is then left out of the mean)."""

    name: str
    metrics: dict[str, float | None]
    counts: dict[str, int] = field(default_factory=dict)
    details: list[Detail] = field(default_factory=list)

    def __getitem__(self, key: str) -> float | None:
        return self.metrics[key]


@dataclass(frozen=True)
class PeopleMatch:
    """The one-to-one matching of predicted people to gold people."""

    pred_to_gold: dict[str, str]
    gold_to_pred: dict[str, str]
    overlaps: dict[str, dict[str, int]]      # predicted id -> gold id -> overlapping characters


def prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall, F1. P is None with no predictions, R is None with nothing to find, F1
    is None when both are None and otherwise 2PR/(P+R) with a missing side counted as 0."""
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    if p is None and r is None:
        return None, None, None
    pp, rr = p or 0.0, r or 0.0
    f1 = 2 * pp * rr / (pp + rr) if pp + rr else 0.0
    return p, r, f1


def ratio(right: int, total: int) -> float | None:
    return right / total if total else None


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted((max(0, s), e) for s, e in spans if e > max(0, s)):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def match_people(family: Family, gold: Gold) -> PeopleMatch:
    """Match predicted people to gold people, one to one.

    Two measures rank a pair: first the number of listed mentions of ``g`` that some mention of
    ``p`` covers for the most part (their common characters are at least half of the longer
    span), then ``overlap(p, g)``, the number of characters lying both in some mention of ``p``
    and in some listed mention of ``g``. Pairs with overlap > 0 are taken greedily, best first
    (ties: earlier gold person, then earlier predicted person), skipping people already matched.
    The first measure keeps a narrator's "my" inside "my wife" from outweighing her own "I"s.
    """
    owners: dict[int, list[str]] = {}
    for g in gold.people:
        for s, e in _merge(g.mentions):
            for c in range(s, e):
                owners.setdefault(c, []).append(g.id)
    covered = sorted(owners)
    overlaps: dict[str, dict[str, int]] = {}
    for p in family.people:
        counts: dict[str, int] = {}
        for s, e in _merge(p.mentions):
            for c in covered[bisect.bisect_left(covered, s):bisect.bisect_left(covered, e)]:
                for gid in owners[c]:
                    counts[gid] = counts.get(gid, 0) + 1
        overlaps[p.id] = counts
    g_order = {g.id: i for i, g in enumerate(gold.people)}
    p_order = {p.id: i for i, p in enumerate(family.people)}
    gold_by_id = {g.id: g for g in gold.people}
    pred_by_id = {p.id: p for p in family.people}

    def same_mentions(pid: str, gid: str) -> int:
        # gold mentions that one predicted mention covers for the most part (>= half of the
        # longer span): "I" for "I", "my wife" for "My wife", but not "My" inside "My wife"
        spans = sorted(pred_by_id[pid].mentions)
        starts = [a for a, _b in spans]
        n = 0
        for gs, ge in gold_by_id[gid].mentions:
            lo = bisect.bisect_left(starts, gs - 200)
            for ps, pe in spans[lo:bisect.bisect_right(starts, ge)]:
                inter = min(pe, ge) - max(ps, gs)
                if inter > 0 and 2 * inter >= max(pe - ps, ge - gs):
                    n += 1
                    break
        return n

    pairs = sorted(((same_mentions(pid, gid), n, pid, gid)
                    for pid, c in overlaps.items() for gid, n in c.items()),
                   key=lambda t: (-t[0], -t[1], g_order[t[3]], p_order[t[2]]))
    p2g: dict[str, str] = {}
    g2p: dict[str, str] = {}
    for _m, _n, pid, gid in pairs:
        if pid not in p2g and gid not in g2p:
            p2g[pid] = gid
            g2p[gid] = pid
    return PeopleMatch(p2g, g2p, overlaps)


def score(family: Family, gold: Gold, text: str) -> FileScores:
    """Score ``family`` (read from ``text``) against ``gold``. Pure: no I/O, no model."""
    return _Scorer(family, gold, text).run()


def _snippet(text: str, span: tuple[int, int] | None) -> str:
    if span is None:
        return "(no mentions)"
    s, e = span
    words = " ".join(text[max(0, s):e].split())
    if len(words) > 40:
        words = words[:39] + "…"
    return f"\u201c{words}\u201d@{s}"


class _Scorer:
    def __init__(self, family: Family, gold: Gold, text: str) -> None:
        self.family = family
        self.gold = gold
        self.text = text
        self.match = match_people(family, gold)
        self.pred_people: dict[str, Person] = {p.id: p for p in family.people}
        self.minor_people = {g.id for g in gold.people if g.minor}
        self.metrics: dict[str, float | None] = dict.fromkeys(METRIC_KEYS)
        self.counts: dict[str, int] = {}
        self.details: list[Detail] = []

    # --- naming -------------------------------------------------------------------------------

    def m(self, pid: str | None) -> str | None:
        """The gold id a predicted id maps to; an id no gold id equals when it is unmatched."""
        if pid is None:
            return None
        return self.match.pred_to_gold.get(pid, "\x00" + pid)

    def gold_name(self, gid: str | None) -> str:
        if gid is None:
            return "(third person)"
        g = self.gold.person(gid)
        first = min(g.mentions) if g.mentions else None
        return f"{gid} {_snippet(self.text, first)}"

    def pred_name(self, pid: str | None) -> str:
        if pid is None:
            return "(third person)"
        p = self.pred_people.get(pid)
        if p is None:
            return pid
        first = min(p.mentions) if p.mentions else None
        return f"{p.label!r} [{p.id}] {_snippet(self.text, first)}"

    def short(self, key: str | None) -> str:
        """Briefly name a gold or mapped id: the gold id, or ``'label'[pid]`` if unmatched."""
        if key is None:
            return "(third person)"
        if key.startswith("\x00"):
            p = self.pred_people.get(key[1:])
            return f"{p.label!r}[{p.id}]" if p is not None else key[1:]
        return key

    def note(self, area: str, kind: str, text: str) -> None:
        self.details.append(Detail(area, kind, text))

    # --- scores -------------------------------------------------------------------------------

    def run(self) -> FileScores:
        self.people()
        self.unions()
        self.children()
        parts = [v for v in (self.metrics["unions_f1"], self.metrics["children_f1"])
                 if v is not None]
        self.metrics["structure_f1"] = sum(parts) / len(parts) if parts else None
        self.siblings()
        self.narration()
        self.facts()
        self.events()
        self.links()
        self.findings()
        self.forbidden()
        return FileScores(self.gold.name, self.metrics, self.counts, self.details)

    def people(self) -> None:
        p2g = self.match.pred_to_gold
        tp = fp = 0
        for p in self.family.people:
            gid = p2g.get(p.id)
            if gid is not None:
                tp += gid not in self.minor_people
                continue
            touched = set(self.match.overlaps.get(p.id, {}))
            if touched and touched <= self.minor_people:
                continue            # a duplicate of a minor person: not counted
            fp += 1
            if touched:
                taken = "; ".join(
                    f"{gid} already matched to {self.pred_name(self.match.gold_to_pred[gid])}"
                    for gid in sorted(touched - self.minor_people))
                self.note("people", "false positive", f"{self.pred_name(p.id)}: a duplicate "
                          f"({taken})")
            else:
                self.note("people", "false positive",
                          f"{self.pred_name(p.id)} overlaps no gold person")
        fn = 0
        for g in self.gold.people:
            if not g.minor and g.id not in self.match.gold_to_pred:
                fn += 1
                self.note("people", "missed", self.gold_name(g.id))
        p, r, f1 = prf(tp, fp, fn)
        self.metrics.update(people_p=p, people_r=r, people_f1=f1)
        self.counts.update(people_tp=tp, people_fp=fp, people_fn=fn)

        right = total = 0
        for g in self.gold.people:
            pid = self.match.gold_to_pred.get(g.id)
            if pid is None or g.minor or g.gender is None:
                continue
            total += 1
            got = self.pred_people[pid].gender
            if got == g.gender:
                right += 1
            else:
                self.note("gender", "wrong",
                          f"{self.gold_name(g.id)}: gold {g.gender}, predicted {got}")
        self.metrics["gender_acc"] = ratio(right, total)

    def _pairs(self, area: str, gold_keys: dict[tuple[str, ...], bool],
               pred_keys: dict[tuple[str, ...], object], show: str
               ) -> tuple[list[tuple[str, ...]], float | None]:
        """Pair-level F1: gold ``key -> minor``; predicted ``key -> item``. Returns the true
        positive keys and F1."""
        tp = [k for k in pred_keys if k in gold_keys and not gold_keys[k]]
        fps = [k for k in pred_keys if k not in gold_keys]
        fns = [k for k, minor in gold_keys.items() if not minor and k not in pred_keys]
        for k in fns:
            self.note(area, "missed", show.join(k))
        for k in fps:
            self.note(area, "false positive", show.join(self.short(x) for x in k))
        _p, _r, f1 = prf(len(tp), len(fps), len(fns))
        self.counts.update({f"{area}_tp": len(tp), f"{area}_fp": len(fps),
                            f"{area}_fn": len(fns)})
        return tp, f1

    def _accuracy(self, area: str, attr: str, keys: list[tuple[str, ...]],
                  accepted: dict[tuple[str, ...], tuple[str, ...]],
                  predicted: dict[tuple[str, ...], str], show: str) -> float | None:
        right = total = 0
        for k in keys:
            if not accepted.get(k):
                continue
            total += 1
            if predicted[k] in accepted[k]:
                right += 1
            else:
                self.note(area, "wrong", f"{show.join(k)}: {attr} "
                          f"{predicted[k]}, gold accepts {'/'.join(accepted[k])}")
        return ratio(right, total)

    def unions(self) -> None:
        gold: dict[tuple[str, ...], bool] = {}
        types: dict[tuple[str, ...], tuple[str, ...]] = {}
        statuses: dict[tuple[str, ...], tuple[str, ...]] = {}
        for u in self.gold.unions:
            k = tuple(sorted((u.a, u.b)))
            gold[k] = gold.get(k, True) and u.minor
            types[k] = types.get(k, ()) + u.types
            statuses[k] = statuses.get(k, ()) + u.statuses
        pred: dict[tuple[str, ...], object] = {}
        ptype: dict[tuple[str, ...], str] = {}
        pstatus: dict[tuple[str, ...], str] = {}
        for pu in self.family.unions:
            k = tuple(sorted(str(self.m(x)) for x in pu.partners))
            if k not in pred:
                pred[k], ptype[k], pstatus[k] = pu, pu.type, pu.status
        tp, f1 = self._pairs("unions", gold, pred, " + ")
        self.metrics["unions_f1"] = f1
        self.metrics["union_type_acc"] = self._accuracy("unions", "type", tp, types, ptype, " + ")
        self.metrics["union_status_acc"] = self._accuracy("unions", "status", tp, statuses,
                                                          pstatus, " + ")

    def children(self) -> None:
        gold: dict[tuple[str, ...], bool] = {}
        kinds: dict[tuple[str, ...], tuple[str, ...]] = {}
        for c in self.gold.children:
            k = (c.parent, c.child)
            gold[k] = gold.get(k, True) and c.minor
            kinds[k] = kinds.get(k, ()) + c.kinds
        pred: dict[tuple[str, ...], object] = {}
        pkind: dict[tuple[str, ...], str] = {}
        for pc in self.family.children:
            k = (str(self.m(pc.parent)), str(self.m(pc.child)))
            if k not in pred:
                pred[k], pkind[k] = pc, pc.kind
        tp, f1 = self._pairs("children", gold, pred, " -> ")
        self.metrics["children_f1"] = f1
        self.metrics["child_kind_acc"] = self._accuracy("children", "kind", tp, kinds, pkind,
                                                        " -> ")

    def siblings(self) -> None:
        pred = {frozenset((self.m(s.a), self.m(s.b))) for s in self.family.siblings}
        minor: dict[frozenset[str], bool] = {}
        for s in self.gold.siblings:
            k = frozenset((s.a, s.b))
            minor[k] = minor.get(k, True) and s.minor
        found = total = 0
        for k, is_minor in minor.items():
            if is_minor:
                continue
            total += 1
            if k in pred:
                found += 1
            else:
                a, b = sorted(k)
                self.note("siblings", "missed", f"{a} ~ {b}")
        self.metrics["siblings_r"] = ratio(found, total)

    def narration(self) -> None:
        if not self.gold.narration:
            return
        index = LineIndex(self.text)
        lines: list[tuple[int, str | None]] = []
        for seg in self.gold.narration:
            lines.extend((n, seg.narrator) for n in range(seg.first_line, seg.last_line + 1))
        lines.sort(key=lambda t: t[0])
        segs = sorted(enumerate(self.family.narration), key=lambda t: (t[1].start, t[0]))
        active: list[int] = []
        nxt = right = total = 0
        wrong: list[tuple[int, int, str | None, str | None]] = []
        for n, want in lines:
            ls, le = line_bounds(self.text, index, n)
            if not self.text[ls:le].strip():
                continue
            while nxt < len(segs) and segs[nxt][1].start < le:
                active.append(nxt)
                nxt += 1
            active = [i for i in active if segs[i][1].end > ls]
            best: tuple[int, int] | None = None     # (overlap, -order) of the best segment
            who: str | None = None
            for i in active:
                order, seg = segs[i]
                ov = min(le, seg.end) - max(ls, seg.start)
                if ov > 0 and (best is None or (ov, -order) > best):
                    best, who = (ov, -order), seg.narrator
            total += 1
            got = self.m(who)
            if got == want:
                right += 1
            else:
                wrong.append((total, n, want, got))
        self.metrics["narration_acc"] = ratio(right, total)
        for first, last, want, got in _runs(wrong):
            where = f"line {first}" if first == last else f"lines {first}-{last}"
            self.note("narration", "wrong", f"{where}: gold {self.short(want)}, predicted "
                      f"{self.short(got)}")

    def facts(self) -> None:
        right = total = 0
        for g in self.gold.people:
            pid = self.match.gold_to_pred.get(g.id)
            if pid is None or g.minor:
                continue
            p = self.pred_people[pid]
            for name in _FACT_FIELDS:
                want = getattr(g, name)
                if want is None:
                    continue
                total += 1
                got = getattr(p, name)
                if got == want:
                    right += 1
                else:
                    self.note("facts", "wrong",
                              f"{self.gold_name(g.id)}: {name} gold {want}, predicted {got}")
        self.metrics["facts_acc"] = ratio(right, total)

    def _event_matches(self, e: Event, g: GoldEvent) -> bool:
        return e.type in g.types and set(g.people) <= {self.m(x) for x in e.people}

    def _event_text(self, types: Iterable[str], people: Iterable[str | None], gold: bool) -> str:
        names = (str(x) if gold else self.short(x) for x in people)
        return f"{'/'.join(types)}({', '.join(names)})"

    def events(self) -> None:
        if self.gold.events is None:
            return
        found = total = 0
        for g in self.gold.events:
            if g.minor:
                continue
            total += 1
            if any(self._event_matches(e, g) for e in self.family.events):
                found += 1
            else:
                self.note("events", "missed", self._event_text(g.types, g.people, True))
        precise = 0
        for e in self.family.events:
            if any(self._event_matches(e, g) for g in self.gold.events):
                precise += 1
            else:
                self.note("events", "false positive",
                          self._event_text([e.type], [self.m(x) for x in e.people], False))
        self.metrics["events_r"] = ratio(found, total)
        self.metrics["events_p"] = ratio(precise, len(self.family.events))

    def links(self) -> None:
        if self.gold.links is None:
            return
        pred = {(frozenset((self.m(k.a), self.m(k.b))), k.type) for k in self.family.links}
        tp = fn = 0
        for g in self.gold.links:
            pair = frozenset((g.a, g.b))
            hit = any(pk == pair and t in g.types for pk, t in pred)
            if g.minor:
                continue
            if hit:
                tp += 1
            else:
                fn += 1
                self.note("links", "missed", f"{g.a} ~ {g.b}: "
                          f"{'/'.join(g.types)}")
        fp = 0
        for pk, t in sorted(pred, key=lambda x: (sorted(map(str, x[0])), x[1])):
            if not any(pk == frozenset((g.a, g.b)) and t in g.types for g in self.gold.links):
                fp += 1
                a, b = sorted(map(str, pk)) if len(pk) == 2 else (next(iter(pk)),) * 2
                self.note("links", "false positive",
                          f"{self.short(a)} ~ {self.short(b)}: {t}")
        self.metrics["links_f1"] = prf(tp, fp, fn)[2]
        self.counts.update(links_tp=tp, links_fp=fp, links_fn=fn)

    def _finding_matches(self, f: Finding, g: GoldFinding) -> bool:
        return f.code == g.code and set(g.people) <= {self.m(x) for x in f.people}

    def findings(self) -> None:
        if self.gold.findings_required is not None:
            found = 0
            for g in self.gold.findings_required:
                if any(self._finding_matches(f, g) for f in self.family.findings):
                    found += 1
                else:
                    who = ", ".join(g.people)
                    self.note("findings", "missed", f"{g.code}" + (f" ({who})" if who else ""))
            self.metrics["findings_required_r"] = ratio(found, len(self.gold.findings_required))
        if self.gold.findings_forbidden is not None:
            bad = 0
            for g in self.gold.findings_forbidden:
                if any(self._finding_matches(f, g) for f in self.family.findings):
                    bad += 1
                    self.note("findings", "forbidden", f"{g.code} was reported")
            self.metrics["findings_forbidden"] = bad

    def forbidden(self) -> None:
        parents = {(self.m(c.parent), self.m(c.child)) for c in self.family.children}
        sibs = {frozenset((self.m(s.a), self.m(s.b))) for s in self.family.siblings}
        unions = {frozenset(self.m(x) for x in u.partners) for u in self.family.unions}
        bad = 0
        for r in self.gold.not_relations:
            if r.kind == "parent":
                hit = (r.a, r.b) in parents
            elif r.kind == "child":
                hit = (r.b, r.a) in parents
            elif r.kind == "sibling":
                hit = frozenset((r.a, r.b)) in sibs
            else:
                hit = frozenset((r.a, r.b)) in unions
            if hit:
                bad += 1
                self.note("forbidden", "forbidden", f"{r.kind}: {r.a} / {r.b}")
        for g in self.gold.events_forbidden:
            if any(self._event_matches(e, g) for e in self.family.events):
                bad += 1
                self.note("forbidden", "forbidden",
                          "event " + self._event_text(g.types, g.people, True))
        self.metrics["forbidden_relations"] = bad


def _runs(wrong: list[tuple[int, int, str | None, str | None]]
          ) -> list[tuple[int, int, str | None, str | None]]:
    """Group wrong lines ``(ordinal among counted lines, line, gold, predicted)`` into runs of
    consecutive counted lines with the same gold and predicted narrator: ``(first, last, gold,
    predicted)``."""
    out: list[tuple[int, int, str | None, str | None]] = []
    prev = -1
    for k, n, want, got in wrong:
        if out and prev + 1 == k and out[-1][2:] == (want, got):
            out[-1] = (out[-1][0], n, want, got)
        else:
            out.append((n, n, want, got))
        prev = k
    return out

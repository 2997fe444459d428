"""The scorer on hand-made predictions: every metric on known cases (no spaCy here)."""

from __future__ import annotations

import pytest

from genogram.evaluate import METRIC_KEYS, match_people, prf, score
from genogram.evaluate.score import FileScores

from .helpers import TEXT, family, gold, gold_data, perfect_data, person, sp


def run(pred: dict | None = None, gold_dict: dict | None = None) -> FileScores:
    return score(family(pred), gold(gold_dict), TEXT)


def kinds(result: FileScores, area: str) -> list[str]:
    return [d.kind for d in result.details if d.area == area]


def test_perfect_prediction_scores_one_everywhere() -> None:
    r = run()
    for key in METRIC_KEYS:
        if key in ("findings_forbidden", "forbidden_relations"):
            assert r[key] == 0
        else:
            assert r[key] == 1.0, key
    assert r.details == []


def test_prf_conventions() -> None:
    assert prf(0, 0, 0) == (None, None, None)
    assert prf(0, 2, 0) == (0.0, None, 0.0)          # gold has none, prediction has some
    assert prf(0, 0, 3) == (None, 0.0, 0.0)          # nothing predicted
    p, r, f1 = prf(3, 1, 1)
    assert (p, r) == (0.75, 0.75) and f1 == pytest.approx(0.75)


def test_missed_person_lowers_recall_and_the_ties_through_them() -> None:
    pred = perfect_data()
    pred["people"] = [p for p in pred["people"] if p["id"] != "p2"]      # John is missed
    pred["unions"] = []
    pred["children"] = [c for c in pred["children"] if c["parent"] != "p2"]
    pred["links"] = []
    pred["events"] = []
    pred["findings"] = []
    r = run(pred)
    assert r["people_p"] == 1.0
    assert r["people_r"] == pytest.approx(3 / 4)
    assert r["people_f1"] == pytest.approx(2 * 0.75 / 1.75)
    assert r["unions_f1"] == 0.0
    assert r["children_f1"] == pytest.approx(2 * 1 * 0.5 / 1.5)
    assert r["structure_f1"] == pytest.approx((0.0 + 2 / 3) / 2)
    assert r["union_type_acc"] is None                       # no matched pair to judge
    assert any(d.kind == "missed" and d.text.startswith("john ") for d in r.details)


def test_duplicate_predicted_person_is_a_false_positive() -> None:
    pred = perfect_data()
    pred["people"][2]["mentions"] = [tuple(sp("Colin"))]
    pred["people"].append(person("p9", sp("Colin", 1), sp("I", 1), gender="male"))
    r = run(pred)
    assert r.counts["people_tp"] == 5 - 1 and r.counts["people_fp"] == 1
    assert r["people_p"] == pytest.approx(4 / 5) and r["people_r"] == 1.0
    dup = [d for d in r.details if d.area == "people"]
    assert len(dup) == 1 and "duplicate" in dup[0].text and "colin" in dup[0].text


def test_person_overlapping_no_gold_person_is_a_false_positive() -> None:
    pred = perfect_data()
    pred["people"].append(person("p9", sp("came by")))
    pred["people"].append(person("p10"))                           # no mentions at all
    r = run(pred)
    assert r.counts["people_fp"] == 2
    assert r["people_p"] == pytest.approx(4 / 6)


def test_matching_prefers_more_covered_mentions_then_overlap() -> None:
    pred = perfect_data()
    # p2 covers two of john's listed mentions ("John", "Dad"); p9 covers one ("My husband"),
    # with more characters. Covered mentions rank first, so p2 keeps john; p9 is a duplicate.
    pred["people"][1]["mentions"] = [tuple(sp("John")), tuple(sp("Dad"))]
    pred["people"].append(person("p9", sp("My husband"), sp("Laura")))
    m = match_people(family(pred), gold())
    assert m.pred_to_gold["p2"] == "john"
    assert "p9" not in m.pred_to_gold or m.pred_to_gold["p9"] != "john"
    assert m.pred_to_gold["p1"] == "laura"
    assert m.overlaps["p9"] == {"john": 10, "laura": 5}


def test_a_possessive_inside_a_kin_phrase_does_not_steal_the_match() -> None:
    pred = perfect_data()
    # the narrator's "My" lies inside john's listed "My husband": 2 characters, no covered mention
    my = sp("My husband")
    pred["people"][0]["mentions"] = list(pred["people"][0]["mentions"]) + [(my[0], my[0] + 2)]
    m = match_people(family(pred), gold())
    assert m.pred_to_gold["p1"] == "laura"
    assert m.pred_to_gold["p2"] == "john"


def test_repeated_or_nested_mentions_are_not_counted_twice() -> None:
    pred = perfect_data()
    pred["people"][1]["mentions"] = [tuple(sp("My husband")), tuple(sp("husband")),
                                     tuple(sp("My husband"))]
    m = match_people(family(pred), gold())
    assert m.overlaps["p2"] == {"john": len("My husband")}


def test_minor_gold_person_missed_or_matched_is_not_counted() -> None:
    pred = perfect_data()
    pred["people"] = [p for p in pred["people"] if p["id"] != "p5"]      # Pam (minor) missed
    r = run(pred)
    assert (r["people_p"], r["people_r"]) == (1.0, 1.0)
    pred = perfect_data()
    pred["people"].append(person("p9", sp("Pam")))                     # a duplicate of Pam
    r = run(pred)
    assert r.counts["people_tp"] == 4 and r.counts["people_fp"] == 0
    # a minor gold union that is missed is not counted, and not a false positive when found
    g = gold_data()
    g["unions"].append({"partners": ["pam", "laura"], "type": ["dating"], "minor": True})
    assert run(None, g)["unions_f1"] == 1.0
    pred = perfect_data()
    pred["unions"].append({"id": "u2", "partners": ["p5", "p1"], "type": "dating"})
    r = run(pred, g)
    assert r["unions_f1"] == 1.0 and r.counts["unions_fp"] == 0


def test_minor_person_is_not_scored_for_gender_or_facts() -> None:
    pred = perfect_data()
    pred["people"][4]["gender"] = "male"
    pred["people"][4]["deceased"] = True
    r = run(pred)
    assert r["gender_acc"] == 1.0 and r["facts_acc"] == 1.0


def test_wrong_gender() -> None:
    pred = perfect_data()
    pred["people"][0]["gender"] = "unknown"
    r = run(pred)
    assert r["gender_acc"] == pytest.approx(3 / 4)
    assert [d.text for d in r.details] == ["laura \u201cI\u201d@0: gold female, predicted unknown"]


def test_gender_unknown_in_gold_must_be_predicted_unknown() -> None:
    g = gold_data()
    g["people"][3]["gender"] = "unknown"               # Ivy: the text states nothing
    assert run(None, g)["gender_acc"] == pytest.approx(3 / 4)
    del g["people"][3]["gender"]                       # no key: not scored
    assert run(None, g)["gender_acc"] == 1.0


def test_union_type_status_and_child_kind_accuracy() -> None:
    pred = perfect_data()
    pred["unions"][0]["status"] = "together"
    pred["children"][0]["kind"] = "step"
    r = run(pred)
    assert r["unions_f1"] == 1.0 and r["union_type_acc"] == 1.0
    assert r["union_status_acc"] == 0.0
    assert r["child_kind_acc"] == pytest.approx(3 / 4)
    assert kinds(r, "unions") == ["wrong"] and kinds(r, "children") == ["wrong"]


def test_children_are_ordered_unions_are_not() -> None:
    pred = perfect_data()
    pred["unions"][0]["partners"] = ["p1", "p2"]
    pred["children"][0] = {"parent": "p3", "child": "p1"}            # reversed
    r = run(pred)
    assert r["unions_f1"] == 1.0
    assert r.counts["children_fp"] == 1 and r.counts["children_fn"] == 1


def test_gold_has_none_but_prediction_has_some_gives_zero() -> None:
    g = gold_data()
    g["unions"] = []
    assert run(None, g)["unions_f1"] == 0.0
    pred = perfect_data()
    pred["unions"] = []
    r = run(pred, g)
    assert r["unions_f1"] is None and r["structure_f1"] == 1.0     # children alone


def test_siblings_recall_counts_only_explicit_ties_in_either_order() -> None:
    pred = perfect_data()
    pred["siblings"] = [{"a": "p3", "b": "p4"}]
    assert run(pred)["siblings_r"] == 1.0
    pred["siblings"] = []                           # shared parents alone do not count
    r = run(pred)
    assert r["siblings_r"] == 0.0 and kinds(r, "siblings") == ["missed"]


def test_narration_by_majority_of_each_line() -> None:
    line3 = TEXT.index("Our son")
    line4 = TEXT.index("Colin here")
    pred = perfect_data()
    # line 1: p3 covers 5 chars, p1 the other 31 -> p1 (right); line 3 -> p3 (wrong);
    # line 4: no segment -> null (wrong); line 2 is blank and not counted.
    pred["narration"] = [{"narrator": "p3", "start": 0, "end": 5},
                         {"narrator": "p1", "start": 5, "end": line3},
                         {"narrator": "p3", "start": line3, "end": line4}]
    r = run(pred)
    assert r["narration_acc"] == pytest.approx(1 / 3)
    texts = [d.text for d in r.details if d.area == "narration"]
    assert texts == ["line 3: gold laura, predicted colin",
                     "line 4: gold colin, predicted (third person)"]


def test_narration_third_person_and_unmatched_narrator() -> None:
    g = gold_data()
    g["narration"] = [{"narrator": None, "lines": [1, 4]}]
    pred = perfect_data()
    pred["narration"] = []
    assert run(pred, g)["narration_acc"] == 1.0                   # null == null
    pred["people"].append(person("p9", sp("came by")))
    pred["narration"] = [{"narrator": "p9", "start": 0, "end": len(TEXT)}]
    r = run(pred, g)
    assert r["narration_acc"] == 0.0
    assert "'p9'[p9]" in r.details[-1].text


def test_narration_not_scored_without_gold_segments() -> None:
    g = gold_data()
    g["narration"] = []
    assert run(None, g)["narration_acc"] is None


def test_facts_accuracy() -> None:
    pred = perfect_data()
    pred["people"][2]["age"] = 7                       # Colin is six
    pred["people"][1]["deceased"] = True
    r = run(pred)
    # stated: deceased for 4 people, age for colin and ivy -> 6 facts, 2 wrong
    assert r["facts_acc"] == pytest.approx(4 / 6)
    g = gold_data()
    for p in g["people"]:
        p.pop("deceased")
        p["age"] = None
    assert run(pred, g)["facts_acc"] is None


def test_events_recall_precision() -> None:
    pred = perfect_data()
    pred["events"].append({"id": "e2", "type": "birth", "people": ["p3"]})
    r = run(pred)
    assert r["events_r"] == 1.0 and r["events_p"] == 0.5
    pred["events"] = [{"id": "e1", "type": "separation", "people": ["p1"]}]   # john missing
    r = run(pred)
    assert r["events_r"] == 0.0 and r["events_p"] == 0.0
    pred["events"] = [{"id": "e1", "type": "divorce", "people": ["p1", "p2", "p3"]}]
    g = gold_data()
    g["events"][0]["type"] = ["separation", "divorce"]
    assert run(pred, g)["events_r"] == 1.0          # extra people are fine


def test_events_skipped_without_gold_key() -> None:
    g = gold_data()
    del g["events"]
    r = run(None, g)
    assert r["events_r"] is None and r["events_p"] is None
    g["events"] = []
    r = run(None, g)
    assert r["events_r"] is None and r["events_p"] == 0.0


def test_links_f1_unordered_with_accepted_types() -> None:
    pred = perfect_data()
    pred["links"] = [{"a": "p2", "b": "p3", "type": "cutoff"},
                     {"a": "p3", "b": "p2", "type": "distant"},
                     {"a": "p2", "b": "p3", "type": "close"}]
    r = run(pred)
    assert r.counts["links_tp"] == 1 and r.counts["links_fp"] == 1
    assert r["links_f1"] == pytest.approx(2 * 0.5 * 1 / 1.5)
    g = gold_data()
    del g["links"]
    assert run(pred, g)["links_f1"] is None


def test_findings_required_and_forbidden() -> None:
    pred = perfect_data()
    pred["findings"] = [{"code": "cutoff", "kind": "pattern", "message": "m", "people": ["p1"]},
                        {"code": "pov-shift", "kind": "lint", "message": "m",
                         "people": ["p1", "p3"]}]
    r = run(pred)
    assert r["findings_required_r"] == 0.0           # the cutoff is about the wrong person
    assert r["findings_forbidden"] == 1
    g = gold_data()
    del g["findings_required"], g["findings_forbidden"]
    r = run(pred, g)
    assert r["findings_required_r"] is None and r["findings_forbidden"] is None


def test_forbidden_relations_and_events() -> None:
    g = gold_data()
    g["not_relations"] += [{"kind": "parent", "a": "pam", "b": "ivy"},
                           {"kind": "child", "a": "ivy", "b": "pam"},
                           {"kind": "union", "a": "john", "b": "pam"}]
    assert run(None, g)["forbidden_relations"] == 0
    pred = perfect_data()
    pred["siblings"].append({"a": "p1", "b": "p5"})                # Pam ~ Laura: forbidden
    pred["children"].append({"parent": "p5", "child": "p4"})       # parent and child rules
    pred["unions"].append({"id": "u2", "partners": ["p5", "p2"], "type": "dating"})
    pred["events"].append({"id": "e2", "type": "marriage", "people": ["p2", "p5"]})
    r = run(pred, g)
    assert r["forbidden_relations"] == 5
    assert kinds(r, "forbidden") == ["forbidden"] * 5


def test_unmatched_predicted_ids_never_equal_gold_ids() -> None:
    pred = perfect_data()
    pred["people"].append(person("laura", sp("came by")))          # a predicted id "laura"
    pred["unions"] = [{"id": "u1", "partners": ["laura", "p2"]}]
    r = run(pred)
    assert r["unions_f1"] == 0.0
    assert any("'laura'[laura] + john" in d.text or "john + 'laura'[laura]" in d.text
               for d in r.details)


def test_duplicate_gold_sibling_entries_count_once() -> None:
    g = gold_data()
    g["siblings"].append({"a": "ivy", "b": "colin", "kind": ["full"]})
    pred = perfect_data()
    pred["siblings"] = []
    result = score(family(pred), gold(g), TEXT)
    assert result["siblings_r"] == 0.0 and kinds(result, "siblings") == ["missed"]
    assert any("duplicate sibling pair" in w for w in gold(g).warnings)

"""Writes the judged grades into queries.jsonl, gives new queries a split, checks the set and prints its counts.

  python3 tests/Eval/build.py            # update queries.jsonl from judgments.tsv, check, print counts
  python3 tests/Eval/build.py --check    # check only; exit 1 on any problem

judgments.tsv holds every (qid, episode, grade) read while judging, 0 included, so re-pooling shows only
candidates nobody has read. queries.jsonl's "relevant" is the grades >= 1 from it.

Split rule (see README.md): a query keeps the "split" it has; a query without one, taken in qid order, goes to
the half ("tune" or "held") that has fewer queries of its type so far, a tie going to "tune". Each type is
therefore halved (to within one query), and adding queries never moves an existing query to the other half.

Checks: qids unique; every judged or relevant episode id exists as a note on disk; every query has at least one
relevant episode and a known split; every judgment names a query; short types have 1 to 3 words."""
import argparse
import json
import os
import sys
from collections import Counter, OrderedDict

sys.path.insert(0, os.path.dirname(__file__))
import corpus  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
# queries-short.jsonl is kept apart from queries.jsonl until hybrid stops losing to lexical on short queries:
# tests/Corpus.Tests SemanticEvalCorpusTests asserts hybrid >= 1.10 x lexical over queries.jsonl (README.md).
QUERY_FILES = [os.path.join(HERE, "queries.jsonl"), os.path.join(HERE, "queries-short.jsonl")]
JUDGMENTS = os.path.join(HERE, "judgments.tsv")
SHORT_TYPES = {"short", "name"}
SPLITS = ("tune", "held")


def read_judgments():
    grades = OrderedDict()
    with open(JUDGMENTS, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[2] not in ("0", "1", "2"):
                raise SystemExit(f"{JUDGMENTS}:{number}: expected qid<TAB>episode<TAB>0|1|2")
            grades.setdefault(parts[0], OrderedDict())[parts[1]] = int(parts[2])
    return grades


def read_queries():
    """Every query of every file, each remembering its file in "_file"."""
    queries = []
    for path in QUERY_FILES:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if line.strip():
                    try:
                        queries.append(dict(json.loads(line), _file=path))
                    except json.JSONDecodeError as e:
                        raise SystemExit(f"{path}:{number}: {e}")
    return queries


def assign_splits(queries):
    counts = Counter((q["type"], q["split"]) for q in queries if q.get("split") in SPLITS)
    for q in sorted((q for q in queries if q.get("split") not in SPLITS), key=lambda q: q["qid"]):
        tune, held = counts[(q["type"], "tune")], counts[(q["type"], "held")]
        q["split"] = "tune" if tune <= held else "held"
        counts[(q["type"], q["split"])] += 1


def problems(queries, grades):
    found = []
    seen = Counter(q["qid"] for q in queries)
    found += [f"duplicate qid {qid}" for qid, n in seen.items() if n > 1]
    qids = set(seen)
    found += [f"judgments.tsv names unknown qid {qid}" for qid in grades if qid not in qids]
    ids = {e for g in grades.values() for e in g} | {e for q in queries for e in q["relevant"]}
    found += [f"episode not on disk: {e}" for e in sorted(ids) if not corpus.exists(e)]
    for q in queries:
        if not q["relevant"]:
            found.append(f"{q['qid']}: no relevant episode")
        if q.get("split") not in SPLITS:
            found.append(f"{q['qid']}: split must be tune or held")
        if q["type"] in SHORT_TYPES and not 1 <= len(q["query"].split()) <= 3:
            found.append(f"{q['qid']}: type {q['type']} needs 1-3 words")
    return found


def report(queries, grades):
    types = sorted({q["type"] for q in queries})
    print(f"{'type':<12} {'tune':>5} {'held':>5} {'total':>6} {'judged/q':>9} {'relevant/q':>11}")
    for t in types + ["all"]:
        qs = [q for q in queries if t in ("all", q["type"])]
        tune = sum(q["split"] == "tune" for q in qs)
        judged = sum(len(grades.get(q["qid"], {})) for q in qs) / len(qs)
        relevant = sum(len(q["relevant"]) for q in qs) / len(qs)
        print(f"{t:<12} {tune:>5} {len(qs) - tune:>5} {len(qs):>6} {judged:>9.1f} {relevant:>11.1f}")
    short = sum(len(q["query"].split()) <= 3 for q in queries)
    print(f"queries of 1-3 words: {short} of {len(queries)} ({100 * short / len(queries):.0f}%)")
    print(f"judgments: {sum(len(g) for g in grades.values())}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    grades = read_judgments()
    queries = read_queries()
    if not args.check:
        for q in queries:
            judged = grades.get(q["qid"], {})
            q["relevant"] = {e: g for e, g in sorted(judged.items(), key=lambda kv: (-kv[1], kv[0])) if g > 0}
        assign_splits(queries)
        for path in QUERY_FILES:
            with open(path, "w", encoding="utf-8") as f:
                for q in (q for q in queries if q["_file"] == path):
                    ordered = {k: q[k] for k in ("qid", "type", "split", "query", "filters", "relevant")}
                    f.write(json.dumps(ordered, ensure_ascii=False) + "\n")
    found = problems(queries, grades)
    for p in found:
        print(f"build.py: {p}", file=sys.stderr)
    report(queries, grades)
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()

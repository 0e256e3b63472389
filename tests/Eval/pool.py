"""Pools candidates for judging: the union of the top 20 of each ranking, minus what judgments.tsv already grades.

Rankings: `bm25` (bm25.py, the stand-in for the engine's baseline), `grep` (the query's subject regex from
pool-terms.tsv, notes ranked by how often it occurs, notes part counting five times a transcript hit), and,
when --url is given, the engine's modes through its HTTP API (`lexical`, `semantic`, `hybrid`, and `baseline`
when the host knows that mode). Filters of the query restrict every ranking.

  python3 tests/Eval/pool.py --meta /tmp/judged-all.jsonl [--url http://127.0.0.1:5081] [--qids K01,T02] [--all]

Prints one block per query: each unjudged candidate with the rankings that found it, its date, title, guests,
the regex's hit counts in the notes part (N) and transcript (T), and the start of its summary, for reading."""
import argparse
import json
import os
import re
import sys
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
import bm25  # noqa: E402
import corpus  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEPTH = 20


def read_tsv(name):
    path = os.path.join(HERE, name)
    rows = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    rows.append(line.rstrip("\n").split("\t"))
    return rows


def engine_ranking(url, query, filters, mode):
    params = {"q": query, "mode": mode, "limit": str(DEPTH)}
    for key, value in filters.items():
        if value is not None:
            params[key] = str(value)
    try:
        with urllib.request.urlopen(f"{url}/api/search?{urllib.parse.urlencode(params)}", timeout=60) as r:
            return [h["id"] for h in json.load(r)["hits"]]
    except urllib.error.HTTPError as e:
        if mode == "baseline":
            return []  # the host does not know the mode yet
        raise SystemExit(f"pool.py: {mode} search for '{query}' failed: HTTP {e.code}")


def passes(note, meta, filters):
    for key, value in filters.items():
        if value is None:
            continue
        value = str(value)
        if key == "podcast" and note.podcast != value:
            return False
        if key == "year" and note.year != value:
            return False
        if key in ("guest", "host"):
            people = [p.lower() for p in meta.get(note.id, {}).get(key + "s", [])]
            if value.lower() not in people:
                return False
        if key == "picks_by" and value.lower() not in note.notes.lower():
            return False
    return True


URL = re.compile(r"\]\([^)]*\)|https?://\S+")


def prose(text):
    """The text without link targets, so a subject counts where it is written about, not in URLs."""
    return URL.sub(" ", text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--meta", required=True, help="`podsearch search --all --format jsonl` export (guests, hosts, summaries)")
    ap.add_argument("--url", help="a running `podsearch serve` for the engine's rankings")
    ap.add_argument("--qids", help="comma-separated qids (default: queries with no judgments yet)")
    ap.add_argument("--all", action="store_true", help="every query")
    args = ap.parse_args()

    meta = {}
    with open(args.meta, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            meta[o["episodeId"]] = o
    notes = corpus.load()
    by_id = {n.id: n for n in notes}
    ranker = bm25.Bm25(notes)
    terms = {row[0]: row[1] for row in read_tsv("pool-terms.tsv")}
    judged = {}
    for qid, episode, grade in read_tsv("judgments.tsv"):
        judged.setdefault(qid, {})[episode] = int(grade)

    queries = []
    for name in ("queries.jsonl", "queries-short.jsonl"):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            queries += [json.loads(line) for line in f if line.strip()]
    wanted = set(args.qids.split(",")) if args.qids else None
    for q in queries:
        qid = q["qid"]
        if wanted is not None and qid not in wanted:
            continue
        if wanted is None and not args.all and qid in judged:
            continue
        filters = {k: v for k, v in q.get("filters", {}).items() if v is not None}
        allowed = {n.id for n in notes if passes(n, meta, filters)} if filters else None
        rankings = {"b": ranker.rank(q["query"], allowed, DEPTH)}
        pattern = re.compile(terms[qid], re.IGNORECASE) if qid in terms else None
        if pattern:
            hits = []
            for n in notes:
                if allowed is not None and n.id not in allowed:
                    continue
                nh = len(pattern.findall(n.title + " " + prose(n.notes)))
                th = len(pattern.findall(prose(n.transcript)))
                if nh or th:
                    hits.append((-(5 * nh + th), n.id))
            rankings["g"] = [i for _, i in sorted(hits)[:DEPTH]]
        if args.url:
            for mode, letter in (("lexical", "l"), ("semantic", "s"), ("hybrid", "h"), ("baseline", "B")):
                rankings[letter] = engine_ranking(args.url, q["query"], filters, mode)
        pool = {}
        for letter, ids in rankings.items():
            for rank, episode in enumerate(ids, 1):
                pool.setdefault(episode, []).append(f"{letter}{rank}")
        fresh = [e for e in pool if e not in judged.get(qid, {})]
        print(f"\n=== {qid} [{q['type']}] {q['query']!r} {filters or ''} regex={terms.get(qid, '-')} "
              f"pool={len(pool)} new={len(fresh)}")

        def strength(e):
            n = by_id[e]
            return -(5 * len(pattern.findall(n.title + " " + prose(n.notes))) + len(pattern.findall(prose(n.transcript)))) if pattern else 0
        for e in sorted(fresh, key=lambda e: (strength(e), e)):
            n, m = by_id[e], meta.get(e, {})
            nh = len(pattern.findall(n.title + " " + prose(n.notes))) if pattern else "-"
            th = len(pattern.findall(prose(n.transcript))) if pattern else "-"
            guests = ",".join(m.get("guests", []))[:40]
            print(f"{e}\t{' '.join(pool[e])}\t{n.date[:10]}\t{n.title[:90]}\tg:{guests}\tN{nh} T{th}\t{(m.get('snippet') or '')[:150]}")


if __name__ == "__main__":
    main()

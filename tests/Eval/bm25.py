"""A plain BM25 ranking (k1 1.2, b 0.75) over one field holding title, tags, notes and transcript, the query's
words ORed, lower case, English stop words and light suffix stemming, no boosts. It is the grep-side stand-in
for the engine's `baseline` ranking while pooling, so the pool does not depend only on the engine's analyzers."""
import math
import re
from collections import Counter, defaultdict

# Lucene's English stop set (EnglishAnalyzer / StopAnalyzer).
STOP = set("a an and are as at be but by for if in into is it no not of on or such that the their then there "
           "these they this to was will with".split())
TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def stem(word):
    """Light suffix stripping (plural, -ing, -ed, -ly, -ies); enough to join 'tests' and 'testing'."""
    w = re.sub(r"['’]s$", "", word)
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("edly", ""), ("ed", ""), ("ly", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) + len(repl) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                continue
            w = w[: len(w) - len(suffix)] + repl
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz" and word.endswith(("ing", "ed")):
        w = w[:-1]
    return w


def analyze(text):
    return [stem(t) for t in TOKEN.findall(text.lower()) if t not in STOP]


class Bm25:
    def __init__(self, notes, k1=1.2, b=0.75):
        self.k1, self.b = k1, b
        self.ids = [n.id for n in notes]
        self.lengths = []
        self.postings = defaultdict(list)
        for i, n in enumerate(notes):
            counts = Counter(analyze(" ".join([n.title, " ".join(n.tags), n.notes, n.transcript])))
            self.lengths.append(sum(counts.values()))
            for term, tf in counts.items():
                self.postings[term].append((i, tf))
        self.avg = sum(self.lengths) / max(1, len(self.lengths))

    def rank(self, query, allowed=None, limit=20):
        scores = defaultdict(float)
        n = len(self.ids)
        for term in set(analyze(query)):
            plist = self.postings.get(term, [])
            if not plist:
                continue
            idf = math.log(1 + (n - len(plist) + 0.5) / (len(plist) + 0.5))
            for i, tf in plist:
                if allowed is not None and self.ids[i] not in allowed:
                    continue
                norm = tf + self.k1 * (1 - self.b + self.b * self.lengths[i] / self.avg)
                scores[i] += idf * tf * (self.k1 + 1) / norm
        best = sorted(scores.items(), key=lambda kv: (-kv[1], self.ids[kv[0]]))[:limit]
        return [self.ids[i] for i, _ in best]

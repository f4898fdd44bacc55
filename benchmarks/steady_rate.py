"""The warm pipeline's steady rate against bare `jieba.lcut`, measured without drift.

On a shared machine the speed of the CPU drifts by 20% between two runs minutes apart, so a
ratio of two timings taken in two processes is noisy.  Here, per document, the warm pipeline
runs and then `jieba.lcut` on the same text, alternated in one process; CPU seconds are summed
separately.  Start-up (imports, jieba's tables, the division table, automata, one warm-up
document) is reported apart.

    python benchmarks/corpus_gen.py --mb 1 --out /tmp/c1.jsonl
    python benchmarks/steady_rate.py /tmp/c1.jsonl [ROUNDS]
"""
from __future__ import annotations

import copy
import sys
import time


def main(argv: list[str]) -> int:
    t0 = time.process_time()
    import jieba
    from kg.builder import _pipeline
    from kg.readers.corpus import read_corpus
    pipe = _pipeline(None)
    docs = [d for d in read_corpus([argv[0]]) if hasattr(d, "text")]
    pipe(copy.deepcopy(docs[0]))
    jieba.lcut(docs[0].text)
    start = time.process_time() - t0
    kg_s = jb_s = 0.0
    for rnd in range(int(argv[1]) if len(argv) > 1 else 1):
        for d in docs:
            doc = copy.deepcopy(d) if rnd else d  # the pipeline fills the document it is given
            c = time.process_time()
            pipe(doc)
            kg_s += time.process_time() - c
            c = time.process_time()
            jieba.lcut(d.text)
            jb_s += time.process_time() - c
    print(f"start-up {start:.2f} CPU-s; pipeline {kg_s:.2f} CPU-s; jieba.lcut {jb_s:.2f} CPU-s; "
          f"steady rate {jb_s / kg_s:.3f}× jieba.lcut's throughput")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Write src/signoff/preflight/data/word_ranks.txt.gz: the commonest words of wordsegment's unigram table,
commonest first, which `signoff.preflight.text.word_ranks` reads (SO602, SO601) instead of loading and
sorting the whole table at first use. Rerun after upgrading wordsegment; tests/preflight/test_text.py
fails while the file and the table disagree.

    .venv/bin/python scripts/build_word_ranks.py
"""

from __future__ import annotations

import gzip

from signoff.preflight.text import WORD_RANKS_FILE, ranked_words


def main() -> None:
    data = "".join(f"{w}\n" for w in ranked_words()).encode("utf-8")
    WORD_RANKS_FILE.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same words give the same bytes
    with open(WORD_RANKS_FILE, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(data)
    print(f"wrote {WORD_RANKS_FILE} ({len(data.splitlines())} words)")


if __name__ == "__main__":
    main()

"""Build the nearest-past-incidents index (`signoff.ml.precedent`, finding SO701) from the regret corpus.

    python -m signoff.ml.train.precedent [--out DIR] [--background N] [--keep-head | --refit]

1. Embeds every corpus row (tests/data/regret/*.jsonl), N ordinary tweets (TweetEval offensive *train*,
   not-offensive), official posts of half the accounts in ../shared/data/voices (negatives) and the
   not-offensive tweets of TweetEval offensive *val* as static vectors (the shipped encoder's input
   embeddings, mean-pooled: `signoff.ml.static`).
2. For each setting (regularization `C`, weight of the ordinary tweets, share `benign_fire` of val tweets
   the finding may fire on), fits the head on cross-validation folds grouped by incident: each fold's rows
   are scored by a head trained without that fold's incidents, with its threshold set so that `benign_fire`
   of the val tweets reach it. The setting that catches the most
   regretted rows out of fold, with at most `MAX_FINE_FIRE` of the corpus's fine posts firing, wins; among
   settings within one standard error of that catch rate the most regularised (smallest `C`) is taken
   (`one_standard_error`). Then
   brand accounts' drafts get the loosest share of val tweets (`GRID_BENIGN_FIRE_BRAND`) under which the
   head fires on at most `MAX_BRAND_FINE_FIRE` of the corpus's fine brand posts (`choose_brand`);
   `--keep-head` does only this step for the shipped head; `--refit` skips the grid, refits the head on
   today's corpus with the shipped setting and does this step.
   Synthetic texts (`augment/regret_augment.jsonl`, written from the guide's patterns, never from corpus
   rows) may join the training set with weights the same CV chooses, one for the regretted and one for the
   fine ones (0 = left out); they are never scored.
   Test is never read.
3. Saves the index over every row with the chosen setting, and the cross-validated figures in its header.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

from signoff.ml.data import load_split
from signoff.ml.precedent import ARTIFACT, Incident, PrecedentIndex, embedder, load_index
from signoff.ml.registry import ARTIFACT_DIR
from signoff.ml.static import StaticEmbedder
from signoff.ml.train.regret_corpus import CorpusRow, load_corpus, voices_posts

SEED = 13
FOLDS = 5
BACKGROUND = 2000
#: Official posts (../shared/data/voices) among the negatives: without them the head learned TweetEval's
#: style (@user, slang) as 'ordinary' and fired on plain, formal announcements.
VOICES = 3000
#: SO701 alone may fire on this share of the corpus's fine posts (out of fold). The rules review about 3.5 %
#: of them; the devset's fine posts, which the corpus never saw, fire more often (topic twins of corpus
#: incidents), and ordinary posts ("I hate Mondays") fired at 5 %: 4 % keeps room under the issue's 15 %.
#: Since 6 Dec 2026 (fine rows that are corrections, apologies and factual posts on incident days) no setting
#: of the grid stays under 4 % (the lowest was 4.6 % on 904 rows): 6 % keeps preflight's fine posts reviewed
#: near 11 %.
MAX_FINE_FIRE = 0.06
GRID_C = (3.0, 10.0, 30.0)
GRID_BG_WEIGHT = (0.25, 0.5, 1.0)
GRID_AUGMENT = (0.1, 0.3)
#: Weight of the synthetic *fine* texts (ordinary launches, service replies, condolences): apart from the
#: synthetic regretted ones, since plain brand talk is what the other negatives lack.
GRID_AUGMENT_FINE = (0.3, 1.0)
#: At most 1 % of ordinary val tweets: the rules already flag about 3.5 % of them, the budget is 5 %.
GRID_BENIGN_FIRE = (0.005, 0.0075, 0.01)
#: Brand accounts may get a lower bar (the val tweets only set its scale: ordinary tweets are persons'
#: posts, and a person's draft keeps `benign_fire`). The loosest that fires on at most
#: `MAX_BRAND_FINE_FIRE` of the corpus's fine brand posts out of fold wins: the rules review about 6 % of
#: those, so the two stay under the issue's 15 %.
GRID_BENIGN_FIRE_BRAND = (0.0075, 0.01, 0.015)
MAX_BRAND_FINE_FIRE = 0.08
#: Kinds of regret that lie in the news of the moment, not in the words: an unconfirmed death or scoop reads
#: like the factual report that confirms it ("Penn State's trustees have fired Joe Paterno"), and a tone-deaf
#: post is an ordinary promotion or greeting posted while a tragedy was in the news ("Happy Friday,
#: shooters!"). The head does not learn from them (SO503 and SO203 judge them against the news); they stay
#: among the nearest incidents. Learning tone-deaf posts taught the head that plain promotions are regret:
#: on 6 Dec 2026 it fired on 11 of 40 ordinary brand posts written as a probe ("New flavour drops Friday"),
#: 5 of 40 without them, at the same out-of-fold catch rate (25.4 % vs 26.1 %).
CONTEXT_ONLY = frozenset({"unverified-claim", "tone-deaf"})
#: Synthetic texts written from the guide's patterns (not from any corpus row): training only.
AUGMENT = Path(__file__).resolve().parent / "augment" / "regret_augment.jsonl"


@dataclass(frozen=True)
class Setting:
    C: float
    background_weight: float
    augment_weight: float = 0.0
    #: Share of ordinary val tweets the finding may fire on (it is one check among many: the whole
    #: preflight must stay under 5 % of benign tweets and 15 % of fine posts flagged).
    benign_fire: float = 0.01
    #: Weight of the synthetic fine texts (`augment_weight` weighs the synthetic regretted ones).
    augment_fine_weight: float = 0.0
    #: The same share for brand accounts' drafts (None: `benign_fire`). Chosen after the rest (`choose`).
    benign_fire_brand: float | None = None


def background_texts(n: int, split: str = "train") -> list[str]:
    data = load_split("offensive", split)
    benign = [t for t, y in zip(data.texts, data.labels, strict=True) if y == 0]
    random.Random(SEED).shuffle(benign)
    return benign[:n]


def voices_split(rows: list[CorpusRow]) -> tuple[list[str], list[str]]:
    """(training, held-out) official posts from ../shared/data/voices: accounts alternate between the two
    (shuffled with SEED), so the held-out fire rate is on accounts the head never saw. Left out: posts that
    are corpus rows, and accounts with a regretted post in the corpus (their timelines hold more)."""
    corpus = {r.text.strip() for r in rows}
    regretted = {r.account.lstrip("@").lower() for r in rows if r.regrettable and r.account}
    posts = [(a, t) for a, t in voices_posts() if a.lower() not in regretted and t.strip() not in corpus]
    accounts = sorted({a for a, _ in posts})
    random.Random(SEED).shuffle(accounts)
    train_accounts = set(accounts[::2])
    train = [t for a, t in posts if a in train_accounts]
    random.Random(SEED).shuffle(train)
    return train, [t for a, t in posts if a not in train_accounts]


def incident_of(row: CorpusRow) -> Incident:
    return Incident(row.id, row.year, row.category, row.what_happened, row.source_url, row.account)


@dataclass(frozen=True)
class Extra:
    """Training rows besides the corpus: ordinary tweets (`bg`, negatives), the val tweets that set the
    threshold, and synthetic texts written from the guide's patterns (training only, never measured)."""

    bg: np.ndarray
    val: np.ndarray
    voices_held_out: np.ndarray
    aug: np.ndarray
    aug_regret: np.ndarray
    aug_category: np.ndarray


def load_augment(embed: StaticEmbedder) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(vectors, regrettable, category) of the synthetic training texts (none when the file is absent)."""
    rows = []
    if AUGMENT.is_file():
        rows = [json.loads(line) for line in AUGMENT.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not rows:
        return np.zeros((0, 384), np.float32), np.zeros(0, bool), np.zeros(0, str)
    return (
        embed([r["text"] for r in rows]),
        np.array([r["label"] == "regrettable" for r in rows]),
        np.array([r["category"] for r in rows]),
    )


def fit_index(
    rows: list[CorpusRow], vecs: np.ndarray, extra: Extra, s: Setting, *, drop_category: str | None = None
) -> PrecedentIndex:
    """The index over `rows`, its head fitted on them, the ordinary tweets and (weighted by the setting) the
    synthetic texts, except those of `drop_category`; its threshold set on the val tweets."""
    from sklearn.linear_model import LogisticRegression

    if s.augment_weight > 0 or s.augment_fine_weight > 0:
        keep = extra.aug_category != drop_category
    else:
        keep = np.zeros(len(extra.aug), bool)
    aug, aug_y = extra.aug[keep], extra.aug_regret[keep]
    y = np.concatenate([[r.regrettable for r in rows], np.zeros(len(extra.bg), bool), aug_y])
    X = np.vstack([vecs, extra.bg, aug]).astype(np.float32)
    weights = np.concatenate(
        [[0.0 if r.category in CONTEXT_ONLY else 1.0 for r in rows],
         np.full(len(extra.bg), s.background_weight),
         np.where(aug_y, s.augment_weight, s.augment_fine_weight)]
    )
    head = LogisticRegression(C=s.C, max_iter=3000, class_weight="balanced")
    head.fit(X, y, sample_weight=weights)
    coef, intercept = head.coef_.ravel().astype(np.float32), float(head.intercept_[0])
    regret = [i for i, r in enumerate(rows) if r.regrettable]
    index = PrecedentIndex(
        vectors=vecs[regret].astype(np.float32),
        incidents=[incident_of(rows[i]) for i in regret],
        coef=coef,
        intercept=intercept,
        threshold=0.0,
    )
    return set_thresholds(index, extra, s)


def set_thresholds(index: PrecedentIndex, extra: Extra, s: Setting) -> PrecedentIndex:
    """The index's thresholds from the val tweets: `benign_fire` of them reach `threshold`, and
    `benign_fire_brand` of them the brand threshold."""
    val_probs = np.array([p.probability for p in index.vote(extra.val, show=0)])
    index.threshold = float(np.quantile(val_probs, 1.0 - s.benign_fire))
    index.threshold_brand = (
        None if s.benign_fire_brand is None else float(np.quantile(val_probs, 1.0 - s.benign_fire_brand))
    )
    return index


def group_folds(rows: list[CorpusRow], folds: int = FOLDS) -> np.ndarray:
    """Fold number of each row; every row of one incident in the same fold."""
    incidents = sorted({r.incident for r in rows})
    random.Random(SEED).shuffle(incidents)
    fold_of = {inc: i % folds for i, inc in enumerate(incidents)}
    return np.array([fold_of[r.incident] for r in rows])


def fires_on(idx: PrecedentIndex, rows: list[CorpusRow], vecs: np.ndarray, which: np.ndarray) -> list[bool]:
    """Whether `idx` fires on the rows at positions `which`, each at its account's threshold."""
    votes = idx.vote(vecs[which], show=0)
    return [idx.fires(p, brand=rows[i].account_kind == "brand") for p, i in zip(votes, which, strict=True)]


def held_out_fires(
    rows: list[CorpusRow],
    vecs: np.ndarray,
    extra: Extra,
    s: Setting,
    groups: np.ndarray,
    *,
    by_category: bool = False,
) -> np.ndarray:
    """Whether SO701 fires on each row, scored by an index fitted without the row's group (and, when the
    groups are categories, without that category's synthetic texts)."""
    fires = np.zeros(len(rows), dtype=bool)
    for g in np.unique(groups):
        train = np.flatnonzero(groups != g)
        test = np.flatnonzero(groups == g)
        drop = str(g) if by_category else None
        idx = fit_index([rows[i] for i in train], vecs[train], extra, s, drop_category=drop)
        fires[test] = fires_on(idx, rows, vecs, test)
    return fires


def choose(
    rows: list[CorpusRow], vecs: np.ndarray, extra: Extra, log: Callable[[str], None] = print
) -> tuple[Setting, dict]:
    fold = group_folds(rows)
    regret = np.array([r.regrettable for r in rows])
    within: list[tuple[float, Setting, dict]] = []
    aug_weights = GRID_AUGMENT if len(extra.aug) else (0.0,)
    aug_fine_weights = GRID_AUGMENT_FINE if len(extra.aug) else (0.0,)
    grid = itertools.product(GRID_C, GRID_BG_WEIGHT, aug_weights, aug_fine_weights, GRID_BENIGN_FIRE)
    for C, w, a, af, b in grid:
        s = Setting(C, w, a, b, af)
        fires = held_out_fires(rows, vecs, extra, s, fold)
        caught = float(fires[regret].mean()) if regret.any() else 0.0
        fine_fire = float(fires[~regret].mean()) if (~regret).any() else 0.0
        figures = {"cv_caught": caught, "cv_fine_fire": fine_fire}
        log(f"  {s}: caught {caught:.3f}, fine fire {fine_fire:.3f}")
        if fine_fire <= MAX_FINE_FIRE:
            within.append((caught, s, figures))
    if not within:
        raise SystemExit("no setting meets the fine-post budget; widen the grid")
    caught, s, figures = one_standard_error(within, int(regret.sum()))
    log(f"  chosen (one standard error of {max(c for c, _, _ in within):.3f}): {s}")
    return choose_brand(rows, vecs, extra, s, figures, fold, log)


def one_standard_error(
    within: list[tuple[float, Setting, dict]], n_regretted: int
) -> tuple[float, Setting, dict]:
    """The most regularised setting (smallest `C`) whose catch rate lies within one standard error of the
    best one's (the binomial error of that rate over the regretted rows), the higher catch among equals.

    Settings near the budget differ by a point or less, about eight rows of 817 (the error is 1.5 points):
    the grid's winner moved with every batch of rows, and the least regularised winner of 6 Dec 2026 (C=30)
    fired on a factual report of a developing story. Within the noise, the simpler head is preferred.
    """
    best = max(c for c, _, _ in within)
    se = float(np.sqrt(best * (1 - best) / max(n_regretted, 1)))
    near = [w for w in within if w[0] >= best - se]
    return min(near, key=lambda w: (w[1].C, -w[0]))


def choose_brand(
    rows: list[CorpusRow],
    vecs: np.ndarray,
    extra: Extra,
    s: Setting,
    figures: dict,
    fold: np.ndarray,
    log: Callable[[str], None] = print,
) -> tuple[Setting, dict]:
    """`s` with the loosest brand share of val tweets that keeps SO701 alone under `MAX_BRAND_FINE_FIRE`
    of the corpus's fine brand posts (out of fold); `s` unchanged when none does."""
    regret = np.array([r.regrettable for r in rows])
    brand = np.array([r.account_kind == "brand" for r in rows])
    for b in sorted(GRID_BENIGN_FIRE_BRAND, reverse=True):
        if b <= s.benign_fire:
            continue
        trial = replace(s, benign_fire_brand=b)
        fires = held_out_fires(rows, vecs, extra, trial, fold)
        fine_fire = float(fires[~regret & brand].mean()) if (~regret & brand).any() else 0.0
        caught = float(fires[regret].mean()) if regret.any() else 0.0
        log(f"  brand {b}: caught {caught:.3f}, fine brand posts fire {fine_fire:.3f}")
        if fine_fire <= MAX_BRAND_FINE_FIRE:
            return trial, {**figures, "cv_caught": caught, "cv_fine_fire": float(fires[~regret].mean()),
                           "cv_brand_fine_fire": fine_fire}
    return s, figures


def nested_fires(rows: list[CorpusRow], vecs: np.ndarray, extra: Extra) -> np.ndarray:
    """Whether SO701 fires on each row when its setting, too, was chosen without the row's incident: for
    each fold grouped by incident, `choose` runs on the other folds' rows alone (on folds of its own) and the
    head it picks scores the held-out fold. Slow (the whole grid once per fold); removes the optimism of
    choosing and measuring on the same folds."""
    outer = group_folds(rows)
    fires = np.zeros(len(rows), dtype=bool)
    for g in np.unique(outer):
        train, test = np.flatnonzero(outer != g), np.flatnonzero(outer == g)
        inner = [rows[i] for i in train]
        setting, _ = choose(inner, vecs[train], extra, log=lambda _: None)
        idx = fit_index(inner, vecs[train], extra, setting)
        fires[test] = fires_on(idx, rows, vecs, test)
    return fires


def embed_extra(
    embed: StaticEmbedder, background: int, rows: list[CorpusRow], voices: int = VOICES
) -> Extra:
    aug, aug_regret, aug_category = load_augment(embed)
    voices_train, voices_held_out = voices_split(rows)
    return Extra(
        bg=embed(background_texts(background) + voices_train[:voices]),
        val=embed(background_texts(10_000, split="val")),
        voices_held_out=embed(voices_held_out),
        aug=aug,
        aug_regret=aug_regret,
        aug_category=aug_category,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ARTIFACT_DIR)
    ap.add_argument("--background", type=int, default=BACKGROUND)
    ap.add_argument("--voices", type=int, default=VOICES)
    ap.add_argument(
        "--keep-head",
        action="store_true",
        help="keep the shipped index (head, incidents, setting) and only choose and set the brand threshold",
    )
    ap.add_argument(
        "--refit",
        action="store_true",
        help="skip the grid: refit the head on today's corpus with the shipped setting; choose the brand bar",
    )
    ap.add_argument(
        "--no-brand-bar",
        action="store_true",
        help="with --refit: give brand accounts no lower bar (the 12th sitting's choice: the bar fired on a "
        "quarter of benchmarks/data/ordinary_brand_posts.txt)",
    )
    args = ap.parse_args(argv)
    rows = load_corpus()
    embed = embedder(ARTIFACT_DIR)
    vecs = embed([r.text for r in rows])
    extra = embed_extra(embed, args.background, rows, args.voices)
    if args.keep_head:
        return rethreshold(rows, vecs, extra, args.out)
    if args.refit:
        setting, figures = score_setting(rows, vecs, extra, shipped_setting(),
                                         brand_bar=not args.no_brand_bar)
    else:
        setting, figures = choose(rows, vecs, extra)
    index = fit_index(rows, vecs, extra, setting)
    held = index.vote(extra.voices_held_out, show=0)
    figures["voices_held_out_fire"] = float(np.mean([index.fires(p) for p in held])) if held else 0.0
    index.meta = {
        "setting": asdict(setting),
        "rows": len(rows),
        "regrettable": int(sum(r.regrettable for r in rows)),
        "background": len(extra.bg),
        "voices_held_out": len(extra.voices_held_out),
        "synthetic": len(extra.aug),
        "val_benign": len(extra.val),
        **{k: round(v, 4) for k, v in figures.items()},
    }
    index.save(args.out / ARTIFACT)
    print(f"SO701 index: {setting} {index.meta} -> {args.out / ARTIFACT}")
    return 0


def shipped_index() -> PrecedentIndex:
    index = load_index(ARTIFACT_DIR)
    if index is None:
        raise SystemExit(f"no shipped index in {ARTIFACT_DIR}; build one first (no --keep-head, no --refit)")
    return index


def shipped_setting(index: PrecedentIndex | None = None) -> Setting:
    """The shipped index's setting without its brand share (which is chosen anew)."""
    index = index or shipped_index()
    return Setting(**{**index.meta["setting"], "benign_fire_brand": None})


def score_setting(
    rows: list[CorpusRow], vecs: np.ndarray, extra: Extra, s: Setting, *, brand_bar: bool = True
) -> tuple[Setting, dict]:
    """`s` (no grid) with its out-of-fold figures on today's corpus and its brand share chosen anew (none
    without `brand_bar`)."""
    fold = group_folds(rows)
    regret = np.array([r.regrettable for r in rows])
    fires = held_out_fires(rows, vecs, extra, s, fold)
    figures = {"cv_caught": float(fires[regret].mean()), "cv_fine_fire": float(fires[~regret].mean())}
    print(f"  {s}: caught {figures['cv_caught']:.3f}, fine fire {figures['cv_fine_fire']:.3f}")
    return choose_brand(rows, vecs, extra, s, figures, fold) if brand_bar else (s, figures)


def rethreshold(rows: list[CorpusRow], vecs: np.ndarray, extra: Extra, out: Path) -> int:
    """The shipped index with its brand threshold chosen anew (`choose_brand` on folds of today's corpus,
    heads refitted per fold with the shipped setting); the shipped head itself is not refitted."""
    index = shipped_index()
    setting, figures = choose_brand(rows, vecs, extra, shipped_setting(index), {}, group_folds(rows))
    set_thresholds(index, extra, setting)
    held = index.vote(extra.voices_held_out, show=0)
    figures["voices_held_out_fire_brand"] = float(np.mean([index.fires(p, brand=True) for p in held]))
    index.meta = {
        **index.meta,
        "setting": asdict(setting),
        "brand_threshold_rows": len(rows),
        **{f"brand_{k}": round(v, 4) for k, v in figures.items()},
    }
    index.save(out / ARTIFACT)
    print(f"SO701 index (head kept): {setting} {index.meta} -> {out / ARTIFACT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

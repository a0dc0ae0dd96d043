// Counts, class balance, label delay and model versions of a set of rows: what the preview
// shows and the manifest records. Pure.
import type { Candidate, Selection } from "./select-rows";
import type { DatasetPreview } from "./schemas";

function tally<T>(items: readonly T[], keyOf: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[keyOf(item)] = (out[keyOf(item)] ?? 0) + 1;
  return out;
}

/** Nearest-rank quantile of sorted values (a delay people read, not an estimator to interpolate). */
function quantile(sorted: readonly number[], q: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** `sha256`: the selection's content hash (content-hash.ts), which needs the features. */
export function summarise(selection: Selection, sha256: string): DatasetPreview {
  const rows: readonly Candidate[] = selection.rows;
  const positives = rows.filter((row) => row.class === 1).length;
  const delays = rows.map((row) => (row.labelledAt.getTime() - row.time.getTime()) / 60_000).sort((a, b) => a - b);
  const versions = tally(rows, (row) => JSON.stringify([row.model, row.version]));
  return {
    rows: rows.length,
    positives,
    negatives: rows.length - positives,
    bySource: tally(rows, (row) => row.source),
    byVerdict: tally(rows, (row) => row.verdict),
    excluded: selection.excluded,
    classBalance: rows.length ? positives / rows.length : null,
    labelDelayMinutes: { median: quantile(delays, 0.5), p90: quantile(delays, 0.9) },
    modelVersions: Object.entries(versions)
      .map(([key, count]) => {
        const [model, version] = JSON.parse(key) as [string, string];
        return { model, version, rows: count };
      })
      .sort((a, b) => (a.model === b.model ? (a.version < b.version ? -1 : 1) : a.model < b.model ? -1 : 1)),
    sha256,
  };
}

export function labellersOf(rows: readonly Candidate[]): { labeller: string; rows: number }[] {
  return Object.entries(tally(rows, (row) => row.labeller))
    .map(([labeller, count]) => ({ labeller, rows: count }))
    .sort((a, b) => b.rows - a.rows || (a.labeller < b.labeller ? -1 : 1));
}

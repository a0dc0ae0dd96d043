// The top reasons in words an analyst acts on: what was unusual and by how much, rather than
// a contribution in log-odds. Pure, client-safe.
import type { FeatureContext } from "./feature-context";

const words = (feature: string) => feature.replaceAll("_", " ");

function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString("en-US") : value.toPrecision(3);
}

function rarity(row: FeatureContext): string {
  if (row.percentile !== null && typeof row.value === "number") {
    const p = Math.round(row.percentile);
    if (p >= 50) return `${words(row.feature)} is ${formatNumber(row.value)}, higher than ${Math.min(p, 99.9)} % of the baseline`;
    return `${words(row.feature)} is ${formatNumber(row.value)}, lower than ${100 - p} % of the baseline`;
  }
  if (row.frequency !== null) {
    const share = row.frequency < 1 ? row.frequency.toFixed(1) : row.frequency.toFixed(0);
    return `${words(row.feature)} is "${String(row.value)}", seen in ${share} % of the baseline`;
  }
  return `${words(row.feature)} is ${row.value === null ? "missing" : typeof row.value === "number" ? formatNumber(row.value) : `"${String(row.value)}"`}`;
}

/** The `count` features that raised the score most, each as one sentence. */
export function plainReasons(rows: FeatureContext[], count = 3): string[] {
  return rows
    .filter((row) => (row.contribution ?? 0) > 0)
    .sort((a, b) => (b.contribution ?? 0) - (a.contribution ?? 0))
    .slice(0, count)
    .map((row) => `${rarity(row)}: raised the score by ${row.contribution!.toFixed(2)} (log-odds)`);
}

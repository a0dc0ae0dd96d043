// How alerts' values read to a person. Pure.

export function formatTime(iso: string): string {
  return new Date(iso).toISOString().replace("T", " ").slice(0, 16) + " UTC";
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number") {
    if (Number.isInteger(value)) return value.toLocaleString("en-US");
    return Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);
  }
  return String(value);
}

export function humanize(feature: string): string {
  return feature.replaceAll("_", " ");
}

export function formatReason(reason: { feature: string; value: unknown; contribution: number }): string {
  return `${humanize(reason.feature)} = ${formatValue(reason.value)} (+${reason.contribution.toFixed(2)})`;
}

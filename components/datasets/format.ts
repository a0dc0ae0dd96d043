// Small display formatters for dataset numbers. Pure.
export function formatShare(share: number | null): string {
  return share === null ? "—" : `${(share * 100).toFixed(1)} %`;
}

export function formatCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length ? entries.map(([key, n]) => `${key.toLowerCase().replaceAll("_", " ")} ${n.toLocaleString("en")}`).join(", ") : "—";
}

export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return "—";
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `${(minutes / 60).toFixed(1)} h`;
  return `${(minutes / 1440).toFixed(1)} d`;
}

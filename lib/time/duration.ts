// Durations as a person reads them in a queue: the two largest units, e.g. "2h 05m", "3d 4h".
// Pure and client-safe.

const UNITS: [string, number][] = [["d", 86_400_000], ["h", 3_600_000], ["m", 60_000], ["s", 1_000]];

export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < 1_000) return "0s";
  const first = UNITS.findIndex(([, size]) => abs >= size);
  const [unit, size] = UNITS[first];
  const whole = Math.floor(abs / size);
  const next = UNITS[first + 1];
  if (!next || whole >= 10) return `${whole}${unit}`;
  const rest = Math.floor((abs - whole * size) / next[1]);
  return `${whole}${unit} ${String(rest).padStart(2, "0")}${next[0]}`;
}

// The name the built-in trainer gives a new version: the next minor release after the newest
// semantic version the model already has (1.0.0 and 1.1.0 → 1.2.0), so a challenger never
// reuses a name nor sorts before its parent. Pure, client-safe.

export type Semver = readonly [major: number, minor: number, patch: number];

/** "1.2.3" (with an optional pre-release or build suffix, ignored) → [1, 2, 3]; anything else → null. */
export function parseSemver(text: string): Semver | null {
  const match = /^v?(\d{1,9})\.(\d{1,9})\.(\d{1,9})(?:[-+][0-9A-Za-z.+-]*)?$/.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

export function compareSemver(a: Semver, b: Semver): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The next minor version after the newest of `existing`; "1.0.0" when none is semantic. */
export function nextMinorVersion(existing: readonly string[]): string {
  let newest: Semver | null = null;
  for (const name of existing) {
    const parsed = parseSemver(name);
    if (parsed && (!newest || compareSemver(parsed, newest) > 0)) newest = parsed;
  }
  if (!newest) return "1.0.0";
  return `${newest[0]}.${newest[1] + 1}.0`;
}

import { describe, expect, it } from "vitest";
import { formatAgo } from "./format";

const NOW = Date.parse("2026-11-24T12:00:00Z");
const before = (ms: number) => new Date(NOW - ms).toISOString();

describe("formatAgo", () => {
  it("says how long ago, coarsening with age", () => {
    expect(formatAgo(null, NOW)).toBe("never");
    expect(formatAgo(before(20_000), NOW)).toBe("just now");
    expect(formatAgo(before(5 * 60_000), NOW)).toBe("5 min ago");
    expect(formatAgo(before(3 * 3_600_000 + 1), NOW)).toBe("3 h ago");
    expect(formatAgo(before(86_400_000), NOW)).toBe("1 day ago");
    expect(formatAgo(before(12 * 86_400_000), NOW)).toBe("12 days ago");
    expect(formatAgo("2026-01-02T03:04:05Z", NOW)).toBe("2026-01-02");
  });
});

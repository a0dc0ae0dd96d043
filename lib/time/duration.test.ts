import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration";

describe("formatDuration", () => {
  it("shows the two largest units, dropping the second from ten of the first", () => {
    expect(formatDuration(0)).toBe("0s");
    expect(formatDuration(59_000)).toBe("59s");
    expect(formatDuration(61_000)).toBe("1m 01s");
    expect(formatDuration(2 * 3_600_000 + 5 * 60_000)).toBe("2h 05m");
    expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000)).toBe("3d 04h");
    expect(formatDuration(12 * 86_400_000)).toBe("12d");
  });

  it("reads the magnitude of negative durations (the caller says overdue)", () => {
    expect(formatDuration(-90_000)).toBe("1m 30s");
  });
});

import { describe, expect, it } from "vitest";
import { FEATURE_SPECS } from "@/lib/simulate/features";
import { familyMismatch, inheritedL2 } from "./family";

describe("familyMismatch", () => {
  it("accepts the demo's features in any order", () => {
    expect(familyMismatch(FEATURE_SPECS)).toBeNull();
    expect(familyMismatch([...FEATURE_SPECS].reverse())).toBeNull();
  });

  it("says what is missing, retyped or extra", () => {
    expect(familyMismatch(FEATURE_SPECS.slice(1))).toContain("lacks bytes_out");
    expect(familyMismatch(FEATURE_SPECS.map((f) => (f.name === "protocol" ? { ...f, type: "numeric" } : f)))).toContain("lacks protocol");
    expect(familyMismatch([...FEATURE_SPECS, { name: "ja3_hash", type: "categorical" }])).toContain("has ja3_hash besides");
    expect(familyMismatch([{ name: "bytes_out", type: "numeric" }])).toMatch(/lacks bytes_in, failed_logins_1h, login_count_1h and 13 more/);
    expect(familyMismatch(null)).not.toBeNull();
  });
});

describe("inheritedL2", () => {
  it("keeps the base version's penalty, else the demo champion's 1", () => {
    expect(inheritedL2({ l2: 4 })).toBe(4);
    expect(inheritedL2({ l2: 0 })).toBe(0);
    expect(inheritedL2({ l2: -1 })).toBe(1);
    expect(inheritedL2({ l2: "4" })).toBe(1);
    expect(inheritedL2(null)).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { nextMinorVersion, parseSemver } from "./semver";

describe("parseSemver", () => {
  it("reads major.minor.patch, ignoring a pre-release or build suffix", () => {
    expect(parseSemver("1.2.3")).toEqual([1, 2, 3]);
    expect(parseSemver("v10.0.7")).toEqual([10, 0, 7]);
    expect(parseSemver("2.1.0-rc.1")).toEqual([2, 1, 0]);
    expect(parseSemver("2.1.0+build.5")).toEqual([2, 1, 0]);
  });

  it("refuses what is not a semantic version", () => {
    for (const text of ["1.2", "1.2.3.4", "latest", "", "1.x.0", "01.2.3a"]) expect(parseSemver(text), text).toBeNull();
  });
});

describe("nextMinorVersion", () => {
  it("bumps the minor of the newest version, whatever order they come in", () => {
    expect(nextMinorVersion(["1.0.0", "1.1.0"])).toBe("1.2.0");
    expect(nextMinorVersion(["1.1.0", "1.0.0"])).toBe("1.2.0");
    expect(nextMinorVersion(["1.0.0", "1.10.0", "1.9.3"])).toBe("1.11.0");
    expect(nextMinorVersion(["2.0.0", "1.7.0"])).toBe("2.1.0");
  });

  it("resets the patch and skips names that are not semantic", () => {
    expect(nextMinorVersion(["1.4.9", "experiment-a"])).toBe("1.5.0");
    expect(nextMinorVersion(["1.2.0-rc.1"])).toBe("1.3.0");
  });

  it("starts at 1.0.0 when no version is semantic", () => {
    expect(nextMinorVersion([])).toBe("1.0.0");
    expect(nextMinorVersion(["champion", "v2"])).toBe("1.0.0");
  });
});

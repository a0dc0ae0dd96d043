import { describe, expect, it } from "vitest";
import { plainReasons } from "./plain-reasons";

const row = (feature: string, value: number | string | null, contribution: number, percentile: number | null = null, frequency: number | null = null) => ({ feature, value, contribution, percentile, frequency });

describe("plainReasons", () => {
  it("says what was unusual, against the baseline, for the features that raised the score most", () => {
    const reasons = plainReasons([
      row("bytes_out", 14573770, 1.97, 94.2),
      row("protocol", "icmp", 0.4, null, 0.5),
      row("login_count_1h", 0, -0.3, 12),
      row("failed_logins_1h", 9, 2.2, 99.6),
    ]);
    expect(reasons).toEqual([
      "failed logins 1h is 9, higher than 99.9 % of the baseline: raised the score by 2.20 (log-odds)",
      "bytes out is 14,573,770, higher than 94 % of the baseline: raised the score by 1.97 (log-odds)",
      'protocol is "icmp", seen in 0.5 % of the baseline: raised the score by 0.40 (log-odds)',
    ]);
  });

  it("describes low values and missing baselines plainly", () => {
    expect(plainReasons([row("dns_entropy", 0.5, 0.3, 8), row("x", null, 0.1)])).toEqual([
      "dns entropy is 0.500, lower than 92 % of the baseline: raised the score by 0.30 (log-odds)",
      "x is missing: raised the score by 0.10 (log-odds)",
    ]);
  });
});

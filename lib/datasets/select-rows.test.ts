import { describe, expect, it } from "vitest";
import { resolveFilter } from "./filter";
import { selectRows, type CandidateIn } from "./select-rows";
import { summarise } from "./summarise";

const at = (iso: string) => new Date(iso);
function candidate(eventId: string, verdict: CandidateIn["verdict"], extra: Partial<CandidateIn> = {}): CandidateIn {
  return {
    predictionId: 1, labelId: 1, eventId, model: "m", version: "1", time: at("2026-11-01T00:00:00Z"), score: 0.9,
    verdict, source: "ANALYST", labelledAt: at("2026-11-01T01:00:00Z"), auditSample: false, labeller: "ana", ...extra,
  };
}

describe("selectRows", () => {
  const candidates = [
    candidate("a", "TRUE_POSITIVE"),
    candidate("b", "FALSE_POSITIVE"),
    candidate("c", "BENIGN_POSITIVE"),
    candidate("d", "FALSE_POSITIVE", { auditSample: true, source: "AUDIT_SAMPLE" }),
    // the same event scored by a challenger and labelled later: that verdict wins
    candidate("a", "FALSE_POSITIVE", { version: "2", labelledAt: at("2026-11-01T03:00:00Z") }),
  ];

  it("maps verdicts to classes, excluding unmapped ones and, if asked, audit negatives", () => {
    const { filter, mapping } = resolveFilter({ model: "m", includeAuditNegatives: false });
    const selection = selectRows(candidates, filter, mapping);
    expect(selection.rows.map((r) => [r.version, r.eventId, r.class])).toEqual([["1", "b", 0], ["2", "a", 0]]);
    expect(selection.excluded).toEqual({ unmapped: 1, auditNegatives: 1, duplicateEvents: 1 });
  });

  it("keeps every version's row without de-duplication, and honours a custom mapping", () => {
    const { filter, mapping } = resolveFilter({ model: "m", dedupeByEvent: false, mapping: { TRUE_POSITIVE: 1, FALSE_POSITIVE: 0, BENIGN_POSITIVE: 0, UNDETERMINED: null } });
    const summary = summarise(selectRows(candidates, filter, mapping), "sha256-of-the-rows");
    expect(summary).toMatchObject({ rows: 5, positives: 1, negatives: 4, classBalance: 0.2, bySource: { ANALYST: 4, AUDIT_SAMPLE: 1 } });
    expect(summary.modelVersions).toEqual([{ model: "m", version: "1", rows: 4 }, { model: "m", version: "2", rows: 1 }]);
    expect(summary.labelDelayMinutes).toEqual({ median: 60, p90: 180 });
  });

  it("records the filter with defaults filled and dates as UTC midnight", () => {
    expect(resolveFilter({ model: "m", from: "2026-11-01", sources: ["IMPORT", "ANALYST", "IMPORT"] }).filter).toEqual({
      model: "m", version: null, from: "2026-11-01T00:00:00.000Z", to: null, sources: ["ANALYST", "IMPORT"], includeAuditNegatives: true, dedupeByEvent: true,
    });
  });
});

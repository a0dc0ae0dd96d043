// The demo's double-labelled sample and overturns, loaded through the real services: the label
// quality view must have something true to show after `npm run demo`.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { DEMO_ANALYSTS } from "@/lib/simulate/demo-users";
import { loadDemo } from "@/lib/simulate/load-demo";
import { labelQualityReport } from "./report";
import { inReviewSample } from "./sample";
import { LabelQualityQuery, type LabelQualityReport } from "./schemas";

const END = new Date("2026-11-23T00:00:00Z");
let report: LabelQualityReport;

beforeAll(async () => {
  await loadDemo({ days: 14, end: END });
  report = await labelQualityReport(LabelQualityQuery.parse({ model: "intrusion-detector" }));
}, 180_000);

describe("the demo's label quality", () => {
  it("second opinions come from another demo analyst, on sampled verdicts, after them and before the end", async () => {
    const reviews = await prisma().labelReview.findMany();
    expect(reviews.length).toBeGreaterThan(20);
    const analysts = new Map((await prisma().user.findMany({ where: { email: { in: DEMO_ANALYSTS } } })).map((u) => [u.id, u.email]));
    for (const review of reviews) {
      const label = await prisma().label.findUniqueOrThrow({ where: { id: review.labelId } });
      expect(inReviewSample(label.id)).toBe(true);
      expect(label.predictionId).toBe(review.predictionId);
      expect(analysts.has(review.reviewerId)).toBe(true);
      expect(review.reviewerId).not.toBe(label.labelledById);
      expect(review.at.getTime()).toBeGreaterThan(label.at.getTime());
      expect(review.at.getTime()).toBeLessThan(END.getTime());
    }
    expect(await prisma().auditEvent.count({ where: { action: "label.reviewed" } })).toBe(reviews.length);
  });

  it("mostly agree, with real disagreement", () => {
    const { verdicts } = report.agreement;
    expect(verdicts.n).toBe(report.totals.pairs);
    expect(verdicts.kappa).toBeGreaterThan(0.4);
    expect(verdicts.kappa).toBeLessThan(0.95);
    expect(report.totals.agreementRate).toBeGreaterThan(0.7);
  });

  it("has verdicts changed later (overturns), each a new label superseding the first", async () => {
    expect(report.totals.overturned).toBeGreaterThan(0);
    expect(report.totals.overturnRate).toBeLessThan(0.1);
    const changed = await prisma().label.count({ where: { supersedesId: { not: null } } });
    expect(changed).toBeGreaterThanOrEqual(report.totals.overturned);
  });

  it("credits the demo analysts and measures their delay", () => {
    expect(report.analysts.map((a) => a.email).sort()).toEqual([...DEMO_ANALYSTS].sort());
    for (const analyst of report.analysts) {
      expect(analyst.delay.n).toBeGreaterThan(0);
      expect(analyst.delay.medianMs!).toBeGreaterThan(0);
      expect(analyst.delay.p90Ms!).toBeGreaterThanOrEqual(analyst.delay.medianMs!);
    }
  });
});

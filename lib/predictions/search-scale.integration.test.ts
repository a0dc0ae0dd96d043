// The budget: indexed prediction-history searches p95 ≤ 300 ms on 1,000,000 predictions.
// Writing a million rows takes a while, so this runs only when asked, one database at a time:
//   VIGIL_SCALE_TEST=1 npx vitest run --project integration-postgresql lib/predictions/search-scale.integration.test.ts
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { insertSyntheticPredictions, measureSearches } from "./synthetic.test-support";

const N = Number(process.env.VIGIL_SCALE_PREDICTIONS ?? 1_000_000);

describe.runIf(process.env.VIGIL_SCALE_TEST === "1")(`prediction history on ${N.toLocaleString("en-US")} predictions`, () => {
  it("answers every indexed search within 300 ms at the 95th percentile", async () => {
    const started = performance.now();
    await insertSyntheticPredictions(N);
    console.log(`[scale] ${getDb().provider}: inserted ${N} predictions in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    for (const { name, p50, p95 } of await measureSearches(N)) {
      console.log(`[scale] ${getDb().provider} ${name.padEnd(26)} p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms`);
      expect(p95, name).toBeLessThanOrEqual(300);
    }
  }, 1_800_000);
});

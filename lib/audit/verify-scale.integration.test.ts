// The budget: verifying 1,000,000 audit events takes ≤ 10 s. Inserting a million chained
// events takes a while, so this runs only when asked, one database at a time (two projects at
// once would measure each other):
//   VIGIL_SCALE_TEST=1 npx vitest run --project integration-sqlite lib/audit/verify-scale.integration.test.ts
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { canonicalJson, chainHash, GENESIS_HASH } from "./canonical";
import { verifyChain } from "./verify";

const N = Number(process.env.VIGIL_SCALE_EVENTS ?? 1_000_000);
const BATCH = 10_000;
const ACTIONS = ["label.recorded", "alert.claim", "alert.status", "auth.sign_in", "alert.assign"];

function* syntheticChain() {
  let prevHash = GENESIS_HASH;
  const start = Date.UTC(2026, 0, 1);
  for (let seq = 1; seq <= N; seq++) {
    const fields = {
      seq,
      at: new Date(start + seq * 1000),
      actorId: `user-${seq % 40}`,
      actor: `analyst${seq % 40}@soc.example`,
      action: ACTIONS[seq % ACTIONS.length],
      target: `alert:${Math.floor(seq / 3)}`,
      details: { predictionId: seq * 7, verdict: "FALSE_POSITIVE", reasonCode: "known_benign_tool", source: "ANALYST", score: 0.8731 },
    };
    const hash = chainHash(prevHash, fields);
    yield { ...fields, prevHash, hash };
    prevHash = hash;
  }
}

async function insertChain(): Promise<void> {
  const db = getDb();
  const rows = syntheticChain();
  if (db.sqlite) {
    const insert = db.sqlite.prepare(
      `INSERT INTO "AuditEvent" ("seq", "at", "actorId", "actor", "action", "target", "details", "prevHash", "hash") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // next() by hand: breaking out of for…of would close the generator.
    const batch = db.sqlite.transaction((events: ReturnType<typeof syntheticChain>) => {
      let n = 0;
      for (let item = events.next(); !item.done; item = events.next()) {
        const e = item.value;
        // details stored as recordAudit stores them: canonical JSON
        insert.run(e.seq, e.at.getTime(), e.actorId, e.actor, e.action, e.target, canonicalJson(e.details), e.prevHash, e.hash);
        if (++n === BATCH) break;
      }
      return n;
    });
    while (batch(rows) === BATCH);
    return;
  }
  for (;;) {
    const cols: unknown[][] = [[], [], [], [], [], [], [], [], []];
    for (let item = rows.next(); !item.done; item = rows.next()) {
      const e = item.value;
      [e.seq, e.at.toISOString().slice(0, 23), e.actorId, e.actor, e.action, e.target, canonicalJson(e.details), e.prevHash, e.hash].forEach((v, i) => cols[i].push(v));
      if (cols[0].length === BATCH) break;
    }
    if (!cols[0].length) return;
    await db.pool!.query(
      `INSERT INTO "AuditEvent" ("seq", "at", "actorId", "actor", "action", "target", "details", "prevHash", "hash")
       SELECT * FROM unnest($1::int[], $2::timestamp[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::text[], $9::text[])`,
      cols,
    );
    if (cols[0].length < BATCH) return;
  }
}

describe.runIf(process.env.VIGIL_SCALE_TEST === "1")(`verifying ${N.toLocaleString("en-US")} audit events`, () => {
  it("stays within 10 s", async () => {
    const inserting = performance.now();
    await insertChain();
    if (getDb().pool) await getDb().pool!.query(`VACUUM ANALYZE "AuditEvent"`);
    console.log(`[scale] inserted ${N} events in ${((performance.now() - inserting) / 1000).toFixed(1)} s`);
    for (let run = 1; run <= 3; run++) {
      const result = await verifyChain();
      console.log(`[scale] ${getDb().provider} run ${run}: verified ${result.checked} events in ${result.durationMs} ms`);
      expect(result).toMatchObject({ ok: true, checked: N });
      expect(result.durationMs).toBeLessThanOrEqual(10_000);
    }
  }, 600_000);
});

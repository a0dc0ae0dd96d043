import "server-only";
// The PostgreSQL writer: two statements per batch (the predictions; then the alerts and the
// roll-ups), each table's rows sent as one JSON parameter and expanded server-side with
// jsonb_to_recordset. A handful of parameters instead of 17 per row keeps the statements small,
// so each is parsed and planned once per connection, and the features and explanations travel
// as the nested JSON they are, encoded once (measured: faster than UNNEST over 17 arrays, and
// than json_to_recordset). Times travel as epoch ms, stored as the UTC wall time Prisma reads.
import type { PgTx } from "@/lib/db/sql";
import type { RollupRows } from "./rollup-batch";
import { addOnConflict, ALERT_COLUMNS, PREDICTION_COLUMNS, quoted, ROLLUP_TABLES, type AlertRow, type IngestWriter, type Pending } from "./writer";

/** Rows per statement: bounds the JSON text of one parameter (~1 KB a prediction). */
const CHUNK = 2000;

const utc = (ms: string) => `(to_timestamp(${ms} / 1000.0) AT TIME ZONE 'UTC')`;

const INSERT_PREDICTIONS = `INSERT INTO "Prediction" (${quoted(PREDICTION_COLUMNS)})
  SELECT r.v, r.e, ${utc("r.t")}, r.s, r.d, r.th, r.f, r.x, r.h, r.u, r.ip, r.bu, r.a, r.raw, r.au, r.p, ${utc("$2::float8")}
  FROM jsonb_to_recordset($1::jsonb) AS r(v int, e text, t float8, s float8, d boolean, th float8, f jsonb, x jsonb,
    h text, u text, ip text, bu text, a text, raw jsonb, au boolean, p float8)
  ON CONFLICT ("modelVersionId", "eventId") DO NOTHING
  RETURNING "id", "modelVersionId", "eventId"`;

const INSERT_ALERTS = `INSERT INTO "Alert" (${quoted(ALERT_COLUMNS)})
  SELECT r.p, r.v, ${utc("r.t")}, r.s, r.sev::"Severity", r.pr, 'NEW', r.h, r.u, r.ip, r.bu, r.a, r.tr, ${utc("r.sla")},
    ${utc("r.t")}, ${utc("$2::float8")}, ${utc("$2::float8")}, 0, r.e
  FROM jsonb_to_recordset($1::jsonb) AS r(p int, v int, t float8, s float8, sev text, pr float8, h text, u text, ip text,
    bu text, a text, tr jsonb, sla float8, e text)`;

function upsertSql(table: keyof typeof ROLLUP_TABLES, param: string, types: string[]): string {
  const columns = [...ROLLUP_TABLES[table].keys, ...ROLLUP_TABLES[table].sums];
  const select = columns.map((c) => (c === "day" ? utc(`r."day"`) : `r."${c}"`)).join(", ");
  const record = columns.map((c, i) => `"${c}" ${types[i]}`).join(", ");
  return `INSERT INTO "${table}" (${quoted(columns)}) SELECT ${select} FROM jsonb_to_recordset(${param}::jsonb) AS r(${record}) ${addOnConflict(table)}`;
}

// The alerts and the three roll-up tables in one statement (data-modifying CTEs): one round
// trip instead of four. Each part reads its own parameter; none reads another's rows.
const FINISH = `WITH alerts AS (${INSERT_ALERTS}),
  daily AS (${upsertSql("DailyRollup", "$3", ["int", "float8", "int", "int", "int", "float8"])}),
  histograms AS (${upsertSql("DailyHistogram", "$4", ["int", "float8", "text", "text", "int"])})
  ${upsertSql("DailyFeatureStat", "$5", ["int", "float8", "text", "int", "float8", "float8", "int"])}`;

export function postgresWriter(tx: PgTx, now: number): IngestWriter {
  return {
    async predictions(pending: Pending[]) {
      const ids = new Float64Array(pending.length);
      for (let start = 0; start < pending.length; start += CHUNK) {
        const chunk = pending.slice(start, start + CHUNK);
        const records = chunk.map(({ row, version, time }) => ({
          v: version.id, e: row.eventId, t: time, s: row.score, d: row.score >= version.threshold, th: version.threshold,
          f: row.features, x: row.explanation ?? null, h: row.entity?.host ?? null, u: row.entity?.user ?? null,
          ip: row.entity?.sourceIp ?? null, bu: row.entity?.businessUnit ?? null, a: row.attackType ?? null,
          raw: row.rawEvent ?? null, au: !!row.auditSample, p: row.auditSample?.inclusionProbability ?? null,
        }));
        const inserted = await tx.prepared<{ id: number; modelVersionId: number; eventId: string }>(INSERT_PREDICTIONS, [JSON.stringify(records), now]);
        // RETURNING gives no order: match rows back by their key, unique within the batch.
        const index = new Map<string, number>();
        chunk.forEach(({ row, version }, i) => index.set(`${version.id}|${row.eventId}`, start + i));
        for (const { id, modelVersionId, eventId } of inserted) ids[index.get(`${modelVersionId}|${eventId}`)!] = id;
      }
      return ids;
    },

    async finish(alerts: AlertRow[], { daily, histograms, stats }: RollupRows) {
      const alertRecords = alerts.map(({ predictionId, item: { row, version, time }, severity, priority, topReasons, slaDueAt }) => ({
        p: predictionId, v: version.id, t: time, s: row.score, sev: severity, pr: priority, h: row.entity?.host ?? null,
        u: row.entity?.user ?? null, ip: row.entity?.sourceIp ?? null, bu: row.entity?.businessUnit ?? null,
        a: row.attackType ?? null, tr: topReasons, sla: slaDueAt, e: row.eventId,
      }));
      // Roll-up rows arrive sorted by key (see RollupBatch.rows): concurrent batches take their
      // row locks in the same order.
      await tx.prepared(FINISH, [JSON.stringify(alertRecords), now, JSON.stringify(daily), JSON.stringify(histograms), JSON.stringify(stats)]);
    },
  };
}

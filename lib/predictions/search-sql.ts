// The SQL behind prediction-history searches, chosen so each search walks an index newest
// first and stops after a page (the budget: ≤ 300 ms on a million predictions). Pure.
//  - by event id: the unique (modelVersionId, eventId) index, probed once per version;
//  - by host / user / source IP: that entity's (…, time) index;
//  - otherwise: one (modelVersionId, time) walk per version, merged (a page from each is
//    enough), so a time-only or decision-only search never sorts the whole range.
import type { PredictionFilters } from "./schemas";

export type Provider = "sqlite" | "postgresql";
export type SqlParam = string | number | boolean | Date;
export type Cursor = { time: Date; id: number };

export type SearchPlan = {
  filters: PredictionFilters;
  /** model versions in scope: all of them unless the search names a model */
  versionIds: number[];
  /** whether the search names a model (versionIds is then a restriction) */
  byModel: boolean;
  cursor?: Cursor;
  /** leave out predictions ingested after this instant (reproducible exports) */
  asOf?: Date;
  /** rows to return (ask for one more than a page to know whether another follows) */
  take: number;
  /** "export" adds the features, explanation and raw event */
  columns: "page" | "export";
};

const PAGE_COLUMNS = ["id", "eventId", "time", "score", "threshold", "decision", "modelVersionId", "host", "userName", "sourceIp", "businessUnit", "attackType", "auditSample"];
const EXPORT_COLUMNS = [...PAGE_COLUMNS, "inclusionProbability", "features", "explanation", "rawEvent", "ingestedAt"];

export function encodeCursor(cursor: Cursor): string {
  return `${cursor.time.getTime()}.${cursor.id}`;
}

export function decodeCursor(text: string): Cursor {
  const [time, id] = text.split(".").map(Number);
  return { time: new Date(time), id };
}

/** Conditions every strategy shares (all but the model version). */
function commonWhere(plan: SearchPlan): { where: string[]; params: SqlParam[] } {
  const { filters, cursor, asOf } = plan;
  const where: string[] = [];
  const params: SqlParam[] = [];
  const add = (condition: string, ...values: SqlParam[]) => {
    where.push(condition);
    params.push(...values);
  };
  if (filters.eventId) add(`p."eventId" = ?`, filters.eventId);
  if (filters.host) add(`p."host" = ?`, filters.host);
  if (filters.user) add(`p."userName" = ?`, filters.user);
  if (filters.sourceIp) add(`p."sourceIp" = ?`, filters.sourceIp);
  if (filters.decision) add(`p."decision" = ?`, filters.decision === "alerted");
  if (filters.from) add(`p."time" >= ?`, filters.from);
  if (filters.to) add(`p."time" < ?`, filters.to);
  // Keyset: strictly after the last row of the previous page in (time desc, id desc).
  if (cursor) add(`p."time" <= ? AND (p."time" < ? OR p."id" < ?)`, cursor.time, cursor.time, cursor.id);
  if (asOf) add(`p."ingestedAt" <= ?`, asOf);
  return { where, params };
}

const inList = (ids: number[]) => ids.map(() => "?").join(", ");

export type SearchSql = { sql: string; params: SqlParam[]; strategy: "event" | "entity" | "per-version" | "empty" };

export function searchSql(provider: Provider, plan: SearchPlan): SearchSql {
  if (plan.versionIds.length === 0) return { sql: "", params: [], strategy: "empty" };
  const columns = (plan.columns === "export" ? EXPORT_COLUMNS : PAGE_COLUMNS).map((c) => `p."${c}"`).join(", ");
  const order = `ORDER BY "time" DESC, "id" DESC LIMIT ${plan.take}`;
  const { where, params } = commonWhere(plan);
  const { filters } = plan;

  if (filters.eventId || filters.host || filters.user || filters.sourceIp) {
    const conditions = [...where];
    const values = [...params];
    if (filters.eventId || plan.byModel) {
      // By event id the version list is what makes the unique index usable. By entity it is a
      // plain filter; on SQLite the unary + keeps the planner on the entity's index.
      const column = !filters.eventId && provider === "sqlite" ? `+p."modelVersionId"` : `p."modelVersionId"`;
      conditions.unshift(`${column} IN (${inList(plan.versionIds)})`);
      values.unshift(...plan.versionIds);
    }
    return {
      sql: `SELECT ${columns} FROM "Prediction" p WHERE ${conditions.join(" AND ")} ${order.replaceAll('"time"', 'p."time"').replaceAll('"id"', 'p."id"')}`,
      params: values,
      strategy: filters.eventId ? "event" : "entity",
    };
  }

  const branches: string[] = [];
  const values: SqlParam[] = [];
  plan.versionIds.forEach((versionId, index) => {
    const conditions = [`p."modelVersionId" = ?`, ...where];
    branches.push(`SELECT * FROM (SELECT ${columns} FROM "Prediction" p WHERE ${conditions.join(" AND ")} ORDER BY p."time" DESC, p."id" DESC LIMIT ${plan.take}) AS "v${index}"`);
    values.push(versionId, ...params);
  });
  return { sql: `SELECT * FROM (${branches.join(" UNION ALL ")}) AS "u" ${order}`, params: values, strategy: "per-version" };
}

import "server-only";
// Looks up the model versions a batch names, once per batch, inside its write transaction (on
// the raw driver: Prisma's query engine costs more than the lookup itself at this rate).
import { badRequest, type ErrorIssue } from "@/lib/api/errors";
import type { SqlTx } from "@/lib/db/sql";
import type { Baseline, Stage } from "@/lib/registry/schemas";
import type { PredictionIn } from "./schemas";

export type IngestVersion = {
  id: number;
  threshold: number;
  stage: Stage;
  features: { name: string; type: "numeric" | "categorical" }[];
  baseline: Baseline | null;
};

type VersionRow = { id: number; name: string; version: string; threshold: number; stage: Stage; features: unknown; baseline: unknown };

// JSON columns: text on SQLite, already parsed (jsonb) on PostgreSQL.
const json = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

/** Each row's version, in the rows' order; a 400 naming the rows whose version is not registered. */
export async function resolveVersions(tx: SqlTx, rows: PredictionIn[]): Promise<IngestVersion[]> {
  // model → version → its row: two lookups per prediction, no key strings built.
  const byModel = new Map<string, Map<string, IngestVersion | undefined>>();
  for (const row of rows) {
    let versions = byModel.get(row.model);
    if (!versions) byModel.set(row.model, (versions = new Map()));
    versions.set(row.version, undefined);
  }
  const pairs = [...byModel].flatMap(([model, versions]) => [...versions.keys()].map((version) => [model, version]));
  const found = await tx.query<VersionRow>(
    `SELECT mv."id", m."name", mv."version", mv."threshold", mv."stage", mv."features", mv."baseline"
     FROM "ModelVersion" mv JOIN "Model" m ON m."id" = mv."modelId"
     WHERE ${pairs.map(() => `(m."name" = ? AND mv."version" = ?)`).join(" OR ")}`,
    pairs.flat(),
  );
  for (const v of found) {
    byModel.get(v.name)?.set(v.version, {
      id: Number(v.id), threshold: Number(v.threshold), stage: v.stage, features: json(v.features), baseline: v.baseline == null ? null : json(v.baseline),
    });
  }
  const resolved: IngestVersion[] = new Array(rows.length);
  const issues: ErrorIssue[] = [];
  rows.forEach((row, index) => {
    const version = byModel.get(row.model)!.get(row.version);
    if (version) resolved[index] = version;
    else if (issues.length < 20) issues.push({ path: [index, "version"], message: `model "${row.model}" has no registered version "${row.version}"` });
  });
  if (issues.length) throw badRequest("Some predictions name a model version that is not registered; nothing was written", issues);
  return resolved;
}

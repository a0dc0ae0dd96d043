// Closing the loop from your own pipeline, with nothing but an API key and fetch:
//   1. pull a dataset snapshot (its manifest, then its JSONL export, checked against its sha256),
//   2. fit a model on it (here a small L2 logistic regression by gradient descent; yours would
//      be whatever your pipeline trains),
//   3. register it as a SHADOW version whose trainingDataset names the snapshot (name@version:
//      Vigil links the version to it) and whose hyperparameters name the version it retrains,
//   4. send its predictions, with exact SHAP explanations, for the snapshot's events: a shadow
//      version raises no alerts, and the same eventIds pair it with the champion.
//
//   KEY=$(npm run -s cli -- api-key create --name retrain-pipeline --scopes datasets:read,models:write,predictions:write)
//   VIGIL_URL=http://localhost:3000 VIGIL_API_KEY=$KEY npx tsx examples/closing-the-loop.ts intrusion-fp-retrain 1 1.5.0
//
// Standalone on purpose: it imports nothing from Vigil, so it can be copied into a pipeline.
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";

export type LoopOptions = {
  baseUrl: string;
  apiKey: string;
  dataset: string;
  snapshot: number;
  /** the name the new version is registered under */
  newVersion: string;
  fetch?: typeof fetch;
  log?: (line: string) => void;
};

export type LoopResult = { model: string; version: string; parentVersion: string; rows: number; threshold: number; accepted: number; alerts: number };

type Row = { eventId: string; model: string; version: string; time: string; class: 0 | 1; features: Record<string, unknown> };
type Manifest = { sha256: string; filter: { model: string }; modelVersions: { model: string; version: string; rows: number }[] };

// ---- the API calls -------------------------------------------------------------------------

function client(options: LoopOptions) {
  const call = options.fetch ?? fetch;
  return async (method: string, path: string, body?: string, contentType = "application/json"): Promise<Response> => {
    const response = await call(`${options.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${options.apiKey}`, ...(body === undefined ? {} : { "content-type": contentType }) },
      body,
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return response;
  };
}

/** The JSONL lines, sorted by (model, version, eventId), are exactly the bytes the snapshot's sha256 covers. */
function checkSha256(lines: string[], rows: Row[], expected: string): void {
  const order = rows.map((_, i) => i).sort((a, b) => cmp(rows[a].model, rows[b].model) || cmp(rows[a].version, rows[b].version) || cmp(rows[a].eventId, rows[b].eventId));
  const hash = createHash("sha256");
  for (const i of order) hash.update(`${lines[i]}\n`, "utf8");
  const actual = hash.digest("hex");
  if (actual !== expected) throw new Error(`the export hashes to ${actual}, the manifest says ${expected}`);
}
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ---- a small model: L2 logistic regression on standardised numerics and one-hot categoricals --

type Column = { feature: string; level?: string; mean: number; std: number };
type Model = { columns: Column[]; weights: number[]; intercept: number; expected: number[] };

function designOf(columns: Column[], features: Record<string, unknown>): number[] {
  return columns.map((c) => (c.level !== undefined ? (features[c.feature] === c.level ? 1 : 0) : (Number(features[c.feature] ?? 0) - c.mean) / c.std));
}

function fit(rows: Row[], l2 = 1, iterations = 500, rate = 0.5): Model {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.features)))].sort();
  const columns: Column[] = [];
  for (const name of names) {
    const values = rows.map((r) => r.features[name]);
    if (values.every((v) => typeof v === "number")) {
      const mean = (values as number[]).reduce((s, v) => s + v, 0) / values.length;
      const std = Math.sqrt((values as number[]).reduce((s, v) => s + (v - mean) ** 2, 0) / values.length) || 1;
      columns.push({ feature: name, mean, std });
    } else {
      for (const level of [...new Set(values.map(String))].sort()) columns.push({ feature: name, level, mean: 0, std: 1 });
    }
  }
  const x = rows.map((r) => designOf(columns, r.features));
  const d = columns.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < iterations; it++) {
    const gw = w.map((wj) => (l2 * wj) / rows.length);
    let gb = 0;
    x.forEach((xi, i) => {
      const r = sigmoid(b + dot(w, xi)) - rows[i].class;
      for (let j = 0; j < d; j++) gw[j] += (r * xi[j]) / rows.length;
      gb += r / rows.length;
    });
    for (let j = 0; j < d; j++) w[j] -= rate * gw[j];
    b -= rate * gb;
  }
  const expected = columns.map((_, j) => x.reduce((s, xi) => s + xi[j], 0) / rows.length);
  return { columns, weights: w, intercept: b, expected };
}

const sigmoid = (eta: number) => (eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta)));
const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0);

/** Score and exact SHAP in logit space: φ_feature = Σ_columns w_j·(x_j − E[x_j]), base = b + w·E[x]. */
function score(model: Model, features: Record<string, unknown>) {
  const x = designOf(model.columns, features);
  const values: Record<string, number> = {};
  model.columns.forEach((c, j) => (values[c.feature] = (values[c.feature] ?? 0) + model.weights[j] * (x[j] - model.expected[j])));
  const baseValue = model.intercept + dot(model.weights, model.expected);
  return { score: sigmoid(model.intercept + dot(model.weights, x)), explanation: { space: "logit" as const, baseValue, values } };
}

/** The threshold with the best F1 on the snapshot (the "SIEM alerting" preset). */
function bestF1Threshold(scores: number[], labels: number[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const positives = labels.reduce((s, y) => s + y, 0);
  let tp = 0;
  let best = { f1: -1, threshold: 0.5 };
  order.forEach((i, k) => {
    tp += labels[i];
    const f1 = (2 * tp) / (k + 1 + positives);
    if (f1 > best.f1 && (k + 1 === order.length || scores[order[k + 1]] < scores[i])) best = { f1, threshold: scores[i] };
  });
  return best.threshold;
}

// ---- the loop --------------------------------------------------------------------------------

export async function closeTheLoop(options: LoopOptions): Promise<LoopResult> {
  const api = client(options);
  const log = options.log ?? ((line: string) => console.error(line));
  const base = `/api/v1/datasets/${encodeURIComponent(options.dataset)}/versions/${options.snapshot}`;

  const manifest = (await (await api("GET", base)).json()) as Manifest;
  const text = await (await api("GET", `${base}/export?format=jsonl`)).text();
  const lines = text.split("\n").filter(Boolean);
  const rows = lines.map((line) => JSON.parse(line) as Row);
  checkSha256(lines, rows, manifest.sha256);
  const model = manifest.filter.model;
  // The version the verdicts were given on: the one this model retrains.
  const parentVersion = [...manifest.modelVersions].sort((a, b) => b.rows - a.rows)[0].version;
  log(`pulled ${options.dataset}@${options.snapshot}: ${rows.length} rows of ${model} ${parentVersion}, sha256 ${manifest.sha256.slice(0, 12)}… verified`);

  const fitted = fit(rows);
  const scored = rows.map((row) => score(fitted, row.features));
  const threshold = bestF1Threshold(
    scored.map((s) => s.score),
    rows.map((r) => r.class),
  );
  const features = [...new Set(fitted.columns.map((c) => c.feature))].map((name) => ({ name, type: fitted.columns.some((c) => c.feature === name && c.level !== undefined) ? "categorical" : "numeric" }));
  await api(
    "POST",
    `/api/v1/models/${encodeURIComponent(model)}/versions`,
    JSON.stringify({
      version: options.newVersion,
      threshold,
      stage: "SHADOW",
      description: `Retrained by examples/closing-the-loop.ts on ${options.dataset}@${options.snapshot}`,
      features,
      hyperparameters: {
        algorithm: "logistic_regression",
        solver: "gradient_descent",
        l2: 1,
        parentVersion,
        intercept: fitted.intercept,
        weights: Object.fromEntries(fitted.columns.map((c, j) => [c.level === undefined ? c.feature : `${c.feature}=${c.level}`, fitted.weights[j]])),
      },
      metrics: { trainingRows: rows.length, positiveRate: rows.filter((r) => r.class === 1).length / rows.length },
      trainingDataset: `${options.dataset}@${options.snapshot}`,
    }),
  );
  log(`registered ${model} ${options.newVersion} in shadow (threshold ${threshold.toFixed(4)}, parent ${parentVersion})`);

  let accepted = 0;
  let alerts = 0;
  for (let start = 0; start < rows.length; start += 1000) {
    const ndjson = rows
      .slice(start, start + 1000)
      .map((row, i) => JSON.stringify({ eventId: row.eventId, model, version: options.newVersion, timestamp: row.time, score: scored[start + i].score, features: row.features, explanation: scored[start + i].explanation }))
      .join("\n");
    const result = (await (await api("POST", "/api/v1/predictions", ndjson, "application/x-ndjson")).json()) as { accepted: number; alerts: number };
    accepted += result.accepted;
    alerts += result.alerts;
  }
  log(`sent ${accepted} shadow predictions (${alerts} alerts: a shadow version raises none)`);
  return { model, version: options.newVersion, parentVersion, rows: rows.length, threshold, accepted, alerts };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dataset, snapshot, newVersion] = process.argv.slice(2);
  const baseUrl = process.env.VIGIL_URL ?? "http://localhost:3000";
  const apiKey = process.env.VIGIL_API_KEY;
  if (!dataset || !/^\d+$/.test(snapshot ?? "") || !newVersion || !apiKey) {
    console.error("usage: VIGIL_URL=… VIGIL_API_KEY=… npx tsx examples/closing-the-loop.ts <dataset> <snapshot version> <new model version>");
    process.exit(2);
  }
  closeTheLoop({ baseUrl, apiKey, dataset, snapshot: Number(snapshot), newVersion })
    .then((result) => console.log(JSON.stringify(result)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}

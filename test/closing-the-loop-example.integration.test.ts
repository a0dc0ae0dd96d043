// README's "Closing the loop from a pipeline", step by step with the README's key and bodies,
// answered in-process by the real route handlers (no server): a snapshot of the verdicts, the
// built-in trainer's run, the export, and examples/closing-the-loop.ts (its fetch routed the same
// way) registering a shadow version linked to the snapshot and posting its predictions.
import { beforeAll, describe, expect, it } from "vitest";
import { closeTheLoop } from "@/examples/closing-the-loop";
import { API_ROUTES } from "@/lib/api/openapi/registry";
import { prisma } from "@/lib/db/client";
import { logit } from "@/lib/stats/logistic";
import { settled } from "@/lib/training/jobs";
import { loadSmallDemo, MODEL } from "@/lib/training/small-demo.test-support";
import { apiKey } from "@/test/helpers/fixtures";
import { handlerOf } from "@/test/helpers/routes";

/** fetch, answered by the route handler the registry names for the method and path. */
async function routeFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const url = new URL(request.url);
  for (const route of API_ROUTES.filter((r) => r.method === request.method)) {
    const names: string[] = [];
    const pattern = new RegExp(`^${route.path.replace(/\{([^}]+)\}/g, (_, name: string) => (names.push(name), "([^/]+)"))}$`);
    const match = pattern.exec(url.pathname);
    if (!match) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
    return (await handlerOf(route))(request, { params: Promise.resolve(params) });
  }
  return Response.json({ error: { code: "not_found", message: `no route for ${request.method} ${url.pathname}` } }, { status: 404 });
}

let key: string;

beforeAll(async () => {
  await loadSmallDemo();
  // the scopes the README creates the key with
  key = await apiKey("datasets:read", "datasets:write", "models:write", "predictions:write");
});

const call = async (method: string, path: string, body?: unknown) =>
  routeFetch(`http://localhost${path}`, { method, headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { "content-type": "application/json" }) }, body: body === undefined ? undefined : JSON.stringify(body) });

describe("README: closing the loop from a pipeline", () => {
  it("1. builds the snapshot from the verdicts", async () => {
    const response = await call("POST", "/api/v1/datasets", { name: "intrusion-fp-retrain", model: MODEL });
    expect(response.status, await response.clone().text()).toBe(201);
    expect(await response.json()).toMatchObject({ name: "intrusion-fp-retrain", version: 1 });
  });

  it("2a. retrains with the built-in trainer and follows the run to a version in shadow", async () => {
    const started = await call("POST", "/api/v1/datasets/intrusion-fp-retrain/versions/1/retrain", {});
    expect(started.status, await started.clone().text()).toBe(202);
    const { runId } = (await started.json()) as { runId: number };
    await settled(runId);
    const run = await (await call("GET", `/api/v1/training-runs/${runId}`)).json();
    expect(run).toMatchObject({ status: "SUCCEEDED", progress: 1, resultVersion: { model: MODEL, version: "1.1.0", stage: "SHADOW" } });
  });

  it("2b. pulls the export, and the example script registers a linked shadow version and sends its predictions", async () => {
    const exported = await call("GET", "/api/v1/datasets/intrusion-fp-retrain/versions/1/export?format=jsonl");
    expect(exported.status).toBe(200);
    const snapshot = await prisma().datasetVersion.findFirstOrThrow({ where: { dataset: { name: "intrusion-fp-retrain" } } });
    expect((await exported.text()).split("\n").filter(Boolean)).toHaveLength(snapshot.rows);

    const log: string[] = [];
    const result = await closeTheLoop({ baseUrl: "http://localhost", apiKey: key, dataset: "intrusion-fp-retrain", snapshot: 1, newVersion: "1.5.0", fetch: routeFetch, log: (line) => log.push(line) });
    expect(result).toMatchObject({ model: MODEL, version: "1.5.0", parentVersion: "1.0.0", rows: snapshot.rows, accepted: snapshot.rows, alerts: 0 });
    expect(log[0]).toContain("verified");

    const version = await prisma().modelVersion.findFirstOrThrow({ where: { version: "1.5.0", model: { name: MODEL } } });
    expect(version.stage).toBe("SHADOW");
    expect(version.trainingDataset).toBe("intrusion-fp-retrain@1");
    expect(version.trainingDatasetVersionId).toBe(snapshot.id);
    expect(version.hyperparameters).toMatchObject({ parentVersion: "1.0.0" });

    const predictions = await prisma().prediction.findMany({ where: { modelVersionId: version.id }, select: { score: true, explanation: true } });
    expect(predictions).toHaveLength(snapshot.rows);
    expect(await prisma().alert.count({ where: { modelVersionId: version.id } })).toBe(0);
    for (const p of predictions.slice(0, 50)) {
      const e = p.explanation as { baseValue: number; values: Record<string, number> };
      expect(Object.values(e.values).reduce((s, v) => s + v, e.baseValue)).toBeCloseTo(logit(p.score), 9);
    }
  });

  it("stops with the server's message when the key lacks a scope", async () => {
    const readOnly = await apiKey("datasets:read");
    await expect(closeTheLoop({ baseUrl: "http://localhost", apiKey: readOnly, dataset: "intrusion-fp-retrain", snapshot: 1, newVersion: "1.6.0", fetch: routeFetch, log: () => {} })).rejects.toThrow(
      /POST \/api\/v1\/models\/intrusion-detector\/versions answered 403/,
    );
  });
});

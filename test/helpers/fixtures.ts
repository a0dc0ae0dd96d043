// Small builders for integration tests: a registered version, predictions, API keys, requests.
import { createApiKey } from "@/lib/auth/api-keys";
import type { ApiKeyScope } from "@/lib/auth/permissions";
import type { PredictionIn } from "@/lib/ingest/schemas";
import { registerModelVersion } from "@/lib/registry/register";
import type { ModelVersionIn } from "@/lib/registry/schemas";

export const MODEL = "intrusion-detector";

export function versionInput(overrides: Partial<ModelVersionIn> = {}): ModelVersionIn {
  return {
    version: "1.0.0",
    threshold: 0.8,
    stage: "PRODUCTION",
    features: [
      { name: "bytes_out", type: "numeric" },
      { name: "failed_logins_1h", type: "numeric" },
      { name: "protocol", type: "categorical" },
    ],
    baseline: {
      n: 1000,
      features: {
        bytes_out: { type: "numeric", edges: [100, 1000, 10000], proportions: [0.25, 0.25, 0.25, 0.25], mean: 3000, std: 4000 },
        failed_logins_1h: { type: "numeric", edges: [1, 3], proportions: [0.5, 0.3, 0.2], mean: 1, std: 2 },
        protocol: { type: "categorical", frequencies: { tcp: 0.7, udp: 0.3 } },
      },
    },
    ...overrides,
  };
}

export async function registerVersion(overrides: Partial<ModelVersionIn> = {}) {
  return registerModelVersion(MODEL, versionInput(overrides), { label: "test" });
}

export function prediction(eventId: string, score: number, overrides: Partial<PredictionIn> = {}): PredictionIn {
  return {
    eventId,
    model: MODEL,
    version: "1.0.0",
    timestamp: "2026-11-01T12:00:00Z",
    score,
    features: { bytes_out: 120345, failed_logins_1h: 7, protocol: "tcp" },
    explanation: { space: "logit", baseValue: -3.1, values: { bytes_out: 1.4, failed_logins_1h: 2.2, protocol: 0.1 } },
    entity: { host: "ws-0142", user: "j.doe", sourceIp: "10.1.4.7", businessUnit: "finance" },
    ...overrides,
  };
}

export async function apiKey(...scopes: ApiKeyScope[]) {
  return (await createApiKey({ name: `test-${scopes.join("+")}`, scopes })).key;
}

export function request(path: string, init: { method?: string; key?: string; body?: string; headers?: Record<string, string> } = {}) {
  return new Request(`http://localhost${path}`, {
    method: init.method ?? "POST",
    headers: { ...(init.key ? { authorization: `Bearer ${init.key}` } : {}), "content-type": "application/json", ...init.headers },
    body: init.body,
  });
}

export const noParams = { params: Promise.resolve({}) };

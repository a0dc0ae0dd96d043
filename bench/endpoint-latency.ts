// Read endpoints with a budget in DESIGN.md, timed over HTTP with a signed-in lead's session:
// model evaluation (≤ 300 ms), drift from roll-ups (≤ 200 ms), prediction-history search
// (p95 ≤ 300 ms). The first round of each warms caches and the JIT and is not counted.
import { quantile, sortedCopy } from "@/lib/stats/quantiles";
import { BENCH_MODEL, BENCH_VERSIONS } from "./dataset";
import { timedGet } from "./http";

const stats = (samples: number[]) => ({ p50: Number(quantile(sortedCopy(samples), 0.5).toFixed(1)), p95: Number(quantile(sortedCopy(samples), 0.95).toFixed(1)) });

async function timeEach(url: string, cookie: string, paths: string[], rounds: number) {
  const samples: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    for (const path of paths) {
      const { ms } = await timedGet(`${url}${path}`, cookie);
      if (round > 0) samples.push(ms);
    }
  }
  return stats(samples);
}

export async function readEndpointLatency(url: string, cookie: string) {
  const version = (v: string) => `/api/v1/models/${BENCH_MODEL}/versions/${v}`;
  const evaluation = await timeEach(url, cookie, BENCH_VERSIONS.map((v) => `${version(v)}/evaluation`), 5);
  const drift = await timeEach(url, cookie, BENCH_VERSIONS.map((v) => `${version(v)}/drift?window=day`), 10);
  const searches = [
    "host=ws-0042", "user=user17", "sourceIp=10.0.3.4", "decision=alerted", `model=${BENCH_MODEL}&version=${BENCH_VERSIONS[1]}&decision=not_alerted`,
    "host=ws-1234&decision=alerted", "eventId=bench-123", "from=2026-11-10&to=2026-11-11",
  ].map((query) => `/api/v1/predictions/search?${query}`);
  const history = await timeEach(url, cookie, searches, 10);
  return { evaluation, drift, history };
}

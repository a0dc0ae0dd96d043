// Analyst-facing latencies on the bench set: opening an alert and recording a verdict, through
// HTTP with a signed-in session, as the browser does. The first rounds warm caches and the JIT.
import { quantile, sortedCopy } from "@/lib/stats/quantiles";
import type { AlertPage } from "@/lib/alerts/schemas";
import { timedGet, timedPost } from "./http";

const WARM_UP = 20;
const summary = (samples: number[]) => ({ requests: samples.length, p50: quantile(sortedCopy(samples), 0.5), p95: quantile(sortedCopy(samples), 0.95) });

async function openAlerts(url: string, cookie: string, count: number) {
  const rows: AlertPage["rows"] = [];
  let cursor: string | null = null;
  do {
    const { body } = await timedGet(`${url}/api/v1/alerts?status=NEW&limit=200${cursor ? `&cursor=${cursor}` : ""}`, cookie);
    const page = body as AlertPage;
    rows.push(...page.rows);
    cursor = page.nextCursor;
  } while (cursor && rows.length < count);
  return rows.slice(0, count);
}

export async function detailLatency(url: string, cookie: string, count = 300) {
  const alerts = await openAlerts(url, cookie, count);
  const samples: number[] = [];
  for (const [index, alert] of alerts.entries()) {
    const { ms } = await timedGet(`${url}/api/v1/alerts/${alert.id}`, cookie);
    if (index >= WARM_UP) samples.push(ms);
  }
  return summary(samples);
}

/** Each alert gets one verdict, as an analyst pressing a key in the queue would send it. */
export async function verdictLatency(url: string, cookie: string, count = 300) {
  const alerts = await openAlerts(url, cookie, count);
  const samples: number[] = [];
  for (const [index, alert] of alerts.entries()) {
    const action = index % 3 === 0 ? { kind: "verdict", verdict: "FALSE_POSITIVE", reason: "known_benign_tool" } : { kind: "verdict", verdict: "TRUE_POSITIVE" };
    const { ms } = await timedPost(`${url}/api/v1/alerts/bulk`, cookie, { alerts: [{ id: alert.id, rowVersion: alert.rowVersion }], action });
    if (index >= WARM_UP) samples.push(ms);
  }
  return summary(samples);
}

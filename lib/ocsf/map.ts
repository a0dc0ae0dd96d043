// OCSF Detection Finding → Vigil prediction. Pure and client-safe.
//
// | Vigil prediction       | from the OCSF event (first that is present)                                            |
// |------------------------|----------------------------------------------------------------------------------------|
// | eventId                | finding_info.uid                                                                       |
// | timestamp              | time_dt; time (epoch ms)                                                               |
// | model, version         | each: ?model= / ?version=; finding_info.analytic.name / .version (when the analytic has both); metadata.product.name / .version |
// | score                  | unmapped.score (0-1); risk_score / 100; confidence_score / 100                         |
// | features               | unmapped.features; enrichments[name="features"].data; {} (none)                        |
// | explanation            | unmapped.explanation; enrichments[name="explanation"].data (SHAP: space, baseValue, values) |
// | entity.host            | device.hostname; device.name                                                           |
// | entity.user            | actor.user.name; actor.user.email_addr                                                 |
// | entity.sourceIp        | src_endpoint.ip                                                                        |
// | entity.businessUnit    | device.org.ou_name; actor.user.org.ou_name                                             |
// | attackType             | finding_info.attacks[0].tactic.name; attacks[0].tactic.name, in snake_case ("Credential Access" → credential_access) |
// | rawEvent               | the whole event, as received                                                           |
//
// Each mapped value remembers the OCSF path it came from, so a problem found later (a score
// outside [0, 1], an unknown model version) is reported at the path the producer wrote.
import type { PredictionIn } from "@/lib/ingest/schemas";
import type { DetectionFindingIn, OcsfIngestQuery } from "./schemas";

export type Mapped = {
  prediction: Omit<PredictionIn, "explanation"> & { explanation?: unknown };
  /** prediction field → the OCSF path it came from */
  sources: Record<string, (string | number)[]>;
};

export type MapIssue = { path: (string | number)[]; message: string };

const snake = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");

function enrichment(event: DetectionFindingIn, name: string): { data: unknown; index: number } | undefined {
  const index = event.enrichments?.findIndex((e) => e.name === name) ?? -1;
  return index >= 0 ? { data: event.enrichments![index].data, index } : undefined;
}

function modelVersion(event: DetectionFindingIn, query: OcsfIngestQuery) {
  const analytic = event.finding_info.analytic;
  const product = event.metadata.product;
  const model = query.model
    ? { value: query.model, source: ["query", "model"] }
    : analytic?.name && analytic.version
      ? { value: analytic.name, source: ["finding_info", "analytic", "name"] }
      : product?.name
        ? { value: product.name, source: ["metadata", "product", "name"] }
        : undefined;
  const version = query.version
    ? { value: query.version, source: ["query", "version"] }
    : analytic?.name && analytic.version
      ? { value: analytic.version, source: ["finding_info", "analytic", "version"] }
      : product?.version
        ? { value: product.version, source: ["metadata", "product", "version"] }
        : undefined;
  return { model, version };
}

function score(event: DetectionFindingIn) {
  if (event.unmapped?.score !== undefined) return { value: event.unmapped.score, source: ["unmapped", "score"] };
  if (event.risk_score !== undefined) return { value: event.risk_score / 100, source: ["risk_score"] };
  if (event.confidence_score !== undefined) return { value: event.confidence_score / 100, source: ["confidence_score"] };
  return undefined;
}

/** `raw` is the event as received (validation trims strings); it is what rawEvent keeps. */
export function mapDetectionFinding(event: DetectionFindingIn, query: OcsfIngestQuery = {}, raw: unknown = event): { ok: true; mapped: Mapped } | { ok: false; issues: MapIssue[] } {
  const issues: MapIssue[] = [];
  const { model, version } = modelVersion(event, query);
  if (!model) issues.push({ path: ["metadata", "product", "name"], message: "no model: set ?model=, finding_info.analytic.name and .version, or metadata.product.name" });
  if (!version) issues.push({ path: ["metadata", "product", "version"], message: "no model version: set ?version=, finding_info.analytic.version, or metadata.product.version" });
  const found = score(event);
  if (!found) issues.push({ path: ["risk_score"], message: "no score: set unmapped.score (0-1), risk_score or confidence_score (0-100)" });
  if (issues.length || !model || !version || !found) return { ok: false, issues };

  const sources: Mapped["sources"] = { eventId: ["finding_info", "uid"], model: model.source, version: version.source, score: found.source };
  const timestamp = event.time_dt ?? new Date(event.time!).toISOString();
  sources.timestamp = event.time_dt ? ["time_dt"] : ["time"];

  const featuresEnrichment = enrichment(event, "features");
  const features = event.unmapped?.features ?? (featuresEnrichment?.data as Record<string, never> | undefined) ?? {};
  sources.features = event.unmapped?.features ? ["unmapped", "features"] : featuresEnrichment ? ["enrichments", featuresEnrichment.index, "data"] : ["unmapped", "features"];

  const explanationEnrichment = enrichment(event, "explanation");
  const explanation = event.unmapped?.explanation ?? explanationEnrichment?.data;
  if (explanation !== undefined) sources.explanation = event.unmapped?.explanation ? ["unmapped", "explanation"] : ["enrichments", explanationEnrichment!.index, "data"];

  const host = event.device?.hostname ?? event.device?.name;
  const user = event.actor?.user?.name ?? event.actor?.user?.email_addr;
  const sourceIp = event.src_endpoint?.ip;
  const businessUnit = event.device?.org?.ou_name ?? event.actor?.user?.org?.ou_name;
  const entity = Object.fromEntries(Object.entries({ host, user, sourceIp, businessUnit }).filter(([, v]) => v));
  const tactic = event.finding_info.attacks?.[0]?.tactic?.name ?? event.attacks?.[0]?.tactic?.name;

  return {
    ok: true,
    mapped: {
      prediction: {
        eventId: event.finding_info.uid,
        model: model.value,
        version: version.value,
        timestamp,
        score: found.value,
        features,
        ...(explanation !== undefined ? { explanation } : {}),
        ...(Object.keys(entity).length ? { entity } : {}),
        ...(tactic && snake(tactic) ? { attackType: snake(tactic) } : {}),
        rawEvent: raw as Record<string, unknown>,
      },
      sources,
    },
  };
}

/** Where in the OCSF event a problem with a mapped prediction field really is. */
export function ocsfPathOf(sources: Mapped["sources"], predictionPath: (string | number)[]): (string | number)[] {
  const [field, ...rest] = predictionPath;
  if (field === "entity") {
    const entityField = rest[0];
    const map: Record<string, (string | number)[]> = { host: ["device", "hostname"], user: ["actor", "user", "name"], sourceIp: ["src_endpoint", "ip"], businessUnit: ["device", "org", "ou_name"] };
    return map[String(entityField)] ?? predictionPath;
  }
  if (field === "attackType") return ["finding_info", "attacks", 0, "tactic", "name"];
  const source = sources[String(field)];
  return source ? [...source, ...rest] : predictionPath;
}

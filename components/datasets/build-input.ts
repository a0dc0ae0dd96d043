// Reads the builder form into the API's input. Pure and client-safe, so it is unit-tested.
import { LABEL_SOURCES, VERDICTS, type DatasetBuildIn, type VerdictMapping } from "@/lib/datasets/schemas";

const CLASS_OF: Record<string, 0 | 1 | null> = { "1": 1, "0": 0, excluded: null };

export function buildInputOf(form: FormData): DatasetBuildIn {
  const [model, version] = JSON.parse(String(form.get("target") ?? "[]")) as [string?, string?];
  const mapping = Object.fromEntries(VERDICTS.map((verdict) => [verdict, CLASS_OF[String(form.get(`map-${verdict}`))] ?? null])) as VerdictMapping;
  const text = (key: string) => {
    const value = String(form.get(key) ?? "").trim();
    return value || undefined;
  };
  return {
    name: String(form.get("name") ?? "").trim(),
    model: model ?? "",
    ...(version ? { version } : {}),
    ...(text("from") ? { from: text("from") } : {}),
    ...(text("to") ? { to: text("to") } : {}),
    sources: LABEL_SOURCES.filter((source) => form.get(`source-${source}`) === "on"),
    mapping,
    includeAuditNegatives: form.get("includeAuditNegatives") === "on",
    dedupeByEvent: form.get("dedupeByEvent") === "on",
  };
}

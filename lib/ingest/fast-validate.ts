// The fast path of ingest validation: a hand-written check of one prediction that is ~10× faster
// than zod's and accepts only what PredictionIn accepts, returning what PredictionIn would
// (unknown keys dropped, ids and labels trimmed). `undefined` means "not sure": the caller then
// asks zod, which decides and words the errors. So this may be stricter than the schema, never
// looser; fast-validate.test.ts checks it against zod. Client-safe and pure.
import { PredictionIn } from "./schemas";

type Plain = Record<string, unknown>;
type FeatureValue = number | string | boolean | null;

// The schema's own ISO-8601 pattern, so both paths accept exactly the same timestamps.
const TIMESTAMP = (PredictionIn.shape.timestamp.def as { pattern?: RegExp }).pattern;

const isPlain = (value: unknown): value is Plain =>
  typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;

// zod's record copies keys into a fresh object and treats "__proto__" specially: leave those to it.
const isRecord = (value: unknown): value is Plain => isPlain(value) && !Object.hasOwn(value, "__proto__");

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** The trimmed string when it holds `min`…`max` characters; otherwise undefined. */
function trimmed(value: unknown, min: number, max: number): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  return text.length >= min && text.length <= max ? text : undefined;
}

function features(value: unknown): Record<string, FeatureValue> | undefined {
  if (!isRecord(value)) return undefined;
  let count = 0;
  for (const key in value) {
    if (key.length > 100 || ++count > 500) return undefined;
    const v = value[key];
    if (typeof v === "number" ? !Number.isFinite(v) : typeof v === "string" ? v.length > 500 : v !== null && typeof v !== "boolean") {
      return undefined;
    }
  }
  return value as Record<string, FeatureValue>;
}

function explanation(value: unknown): PredictionIn["explanation"] | "bad" {
  if (!isPlain(value)) return "bad";
  const { space, baseValue, values } = value;
  if ((space !== "logit" && space !== "probability") || !isNumber(baseValue) || !isRecord(values)) return "bad";
  for (const key in values) if (key.length > 100 || !isNumber(values[key])) return "bad";
  return { space, baseValue, values: values as Record<string, number> };
}

function entity(value: unknown): PredictionIn["entity"] | "bad" {
  if (!isPlain(value)) return "bad";
  const out: NonNullable<PredictionIn["entity"]> = {};
  for (const key of ["host", "user", "sourceIp", "businessUnit"] as const) {
    if (value[key] === undefined) continue;
    const text = trimmed(value[key], 0, 200);
    if (text === undefined) return "bad";
    out[key] = text;
  }
  return out;
}

/** The validated prediction, or undefined when zod has to decide. */
export function fastValidate(item: unknown): PredictionIn | undefined {
  if (!isPlain(item) || !TIMESTAMP) return undefined;
  const eventId = trimmed(item.eventId, 1, 200);
  const model = trimmed(item.model, 1, 200);
  const version = trimmed(item.version, 1, 64);
  const { timestamp, score } = item;
  if (eventId === undefined || model === undefined || version === undefined) return undefined;
  if (typeof timestamp !== "string" || !TIMESTAMP.test(timestamp)) return undefined;
  if (!isNumber(score) || score < 0 || score > 1) return undefined;
  const featureValues = features(item.features);
  if (!featureValues) return undefined;
  const row: PredictionIn = { eventId, model, version, timestamp, score, features: featureValues };

  if (item.explanation !== undefined) {
    const checked = explanation(item.explanation);
    if (checked === "bad") return undefined;
    row.explanation = checked;
  }
  if (item.entity !== undefined) {
    const checked = entity(item.entity);
    if (checked === "bad") return undefined;
    row.entity = checked;
  }
  if (item.attackType !== undefined) {
    const attackType = trimmed(item.attackType, 0, 200);
    if (attackType === undefined) return undefined;
    row.attackType = attackType;
  }
  if (item.rawEvent !== undefined) {
    if (!isRecord(item.rawEvent)) return undefined;
    row.rawEvent = item.rawEvent;
  }
  if (item.auditSample !== undefined) {
    const sample = item.auditSample;
    if (!isPlain(sample)) return undefined;
    const p = sample.inclusionProbability;
    if (!isNumber(p) || !(p > 0) || p > 1) return undefined;
    row.auditSample = { inclusionProbability: p };
  }
  return row;
}

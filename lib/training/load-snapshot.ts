import "server-only";
// Reads a dataset snapshot the way a pipeline does: through its JSONL export, whose lines,
// sorted by (model, version, eventId), are exactly the bytes the version's sha256 covers. The
// trainer checks that hash before it fits, so a model is only ever trained on the rows its
// lineage names.
import { createHash } from "node:crypto";
import { compareRows } from "@/lib/datasets/canonical";
import { exportDataset } from "@/lib/datasets/export-stream";
import { prisma } from "@/lib/db/client";
import type { FeatureValues } from "@/lib/simulate/features";
import type { SnapshotRow } from "./fit";

export type Snapshot = { id: number; name: string; version: number; sha256: string; rows: SnapshotRow[] };

type Line = { text: string; row: SnapshotRow };

function parseLine(text: string): Line {
  const json = JSON.parse(text) as { model: string; version: string; eventId: string; features: unknown; class: number };
  const features = json.features !== null && typeof json.features === "object" && !Array.isArray(json.features) ? (json.features as FeatureValues) : {};
  return { text, row: { model: json.model, version: json.version, eventId: json.eventId, features, class: json.class === 1 ? 1 : 0 } };
}

/** The lines of a streamed JSONL body, as they arrive: never the whole body as one string. */
async function* jsonLines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let rest = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const parts = (rest + decoder.decode(value, { stream: true })).split("\n");
    rest = parts.pop()!;
    for (const part of parts) if (part) yield part;
  }
  rest += decoder.decode();
  if (rest) yield rest;
}

export async function loadSnapshot(datasetVersionId: number): Promise<Snapshot> {
  const found = await prisma().datasetVersion.findUniqueOrThrow({
    where: { id: datasetVersionId },
    select: { version: true, sha256: true, dataset: { select: { name: true } } },
  });
  const response = await exportDataset(found.dataset.name, found.version, { format: "jsonl" });
  const lines: Line[] = [];
  for await (const text of jsonLines(response.body!)) lines.push(parseLine(text));
  lines.sort((a, b) => compareRows(a.row, b.row));
  const hash = createHash("sha256");
  for (const line of lines) hash.update(`${line.text}\n`, "utf8");
  if (hash.digest("hex") !== found.sha256) throw new Error(`The rows of ${found.dataset.name}@${found.version} do not hash to its recorded sha256: the snapshot cannot be trusted for training`);
  return { id: datasetVersionId, name: found.dataset.name, version: found.version, sha256: found.sha256, rows: lines.map((line) => line.row) };
}

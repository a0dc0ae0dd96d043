// A version's training data named as a Vigil dataset snapshot, "name@version" (e.g.
// "intrusion-fp-retrain@3"): registration links the version to that dataset version, so its
// lineage points at the exact rows (and their sha256) it was trained on. Any other text is kept
// as a free-form description of data Vigil does not hold. Client-safe.
import { DatasetName } from "@/lib/datasets/schemas";

export type SnapshotRef = { name: string; version: number };

export function parseSnapshotRef(text: string | null | undefined): SnapshotRef | null {
  const match = text ? /^(.+)@(\d{1,9})$/.exec(text.trim()) : null;
  if (!match || !DatasetName.safeParse(match[1]).success || Number(match[2]) < 1) return null;
  return { name: match[1], version: Number(match[2]) };
}

export const snapshotRef = (name: string, version: number) => `${name}@${version}`;

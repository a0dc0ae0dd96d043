// Rows added, removed and relabelled against the parent version. Pure.
import { rowKey } from "./canonical";
import type { DatasetDiff } from "./schemas";

export type DiffRow = { model: string; version: string; eventId: string; class: number; verdict: string };

export function diffRows(parent: readonly DiffRow[], current: readonly DiffRow[]): DatasetDiff {
  const before = new Map(parent.map((row) => [rowKey(row), row]));
  let added = 0;
  let relabelled = 0;
  for (const row of current) {
    const old = before.get(rowKey(row));
    if (!old) added++;
    // A new verdict that lands on the same class and verdict changes nothing a model learns from.
    else if (old.class !== row.class || old.verdict !== row.verdict) relabelled++;
  }
  const kept = current.length - added;
  return { added, removed: parent.length - kept, relabelled };
}

import "server-only";
// Verifies the audit trail end to end: every event links to the one before it and still
// hashes to its stored hash, and every signed checkpoint still matches the chain. Events are
// streamed in batches by seq, so memory stays flat however long the chain is: the main thread
// reads a batch and checks its links and checkpoints while (when a core is free) worker
// threads re-hash the batches before it (a few in flight at most).
import { availableParallelism, loadavg } from "node:os";
import { providerNow, rawRead, rawReadArrays } from "./raw-read";
import { alteredAt, ChainChecker, type ChainBreak } from "./chain-check";
import { loadCheckpointsForVerify, type CheckpointCheck } from "./checkpoint-store";
import { HashPool, inlineFirstMismatch } from "./hash-pool";

export type VerifyProgress = { checked: number; total: number };

export type ChainVerification = {
  ok: boolean;
  /** events confirmed before the first break (all of them when ok) */
  checked: number;
  firstBadSeq?: number;
  reason?: string;
  /** the last confirmed event */
  head: { seq: number; hash: string; action: string } | null;
  checkpoints: CheckpointCheck;
  durationMs: number;
};

const BATCH = 5_000;
/** Batches being hashed while the next is read: bounds memory. */
const IN_FLIGHT = 4;
/** Below this many events, threads cost more than they save. */
const PARALLEL_FROM = 50_000;

// Rows as the driver returns them: [seq, at, actorId, actor, action, target, details, prevHash, hash].
// SQLite keeps details as the text written (canonical for events written by recordAudit, so
// hashed as is); PostgreSQL's jsonb keeps no text, so its details are re-canonicalised.
const SQL = `SELECT "seq", "at", "actorId", "actor", "action", "target", "details", "prevHash", "hash"
  FROM "AuditEvent" WHERE "seq" > ? AND "seq" <= ? ORDER BY "seq"`;
const SQL_PG = `SELECT "seq", "at"::text, "actorId", "actor", "action", "target", "details"::text, "prevHash", "hash"
  FROM "AuditEvent" WHERE "seq" > ? AND "seq" <= ? ORDER BY "seq"`;
const SEQ = 0;
const ACTION = 4;
const PREV_HASH = 7;
const HASH = 8;

/**
 * Threads pay for themselves only on an idle core: handing rows to a worker costs CPU, so on a
 * busy machine (load average near the core count) one thread finishes sooner.
 */
function coreToSpare(): boolean {
  return availableParallelism() >= 2 && loadavg()[0] <= availableParallelism() - 1;
}

type Batch = {
  rows: unknown[][];
  /** where the link / checkpoint pass stopped, and why */
  linkBreak?: { index: number; broken: ChainBreak; byCheckpoint: boolean };
  /** first row whose hash fails, or -1 */
  hashes: Promise<number>;
};

export type VerifyOptions = {
  onProgress?: (progress: VerifyProgress) => void;
  signal?: AbortSignal;
  /** worker threads: when the chain is long and a core is idle (default), or forced either way (tests) */
  threads?: "auto" | "always" | "never";
  /** events per batch (tests use small ones to cross batch boundaries) */
  batchSize?: number;
};

export async function verifyChain(options: VerifyOptions = {}): Promise<ChainVerification> {
  const started = performance.now();
  const provider = providerNow();
  const sql = provider === "postgresql" ? SQL_PG : SQL;
  const tryStoredText = provider === "sqlite";
  const [{ total: maxSeq }] = await rawRead<{ total: number | null }>(`SELECT MAX("seq") AS "total" FROM "AuditEvent"`);
  const total = Number(maxSeq ?? 0);
  const checkpoints = await loadCheckpointsForVerify();
  const checker = new ChainChecker();
  const threads = options.threads ?? "auto";
  const pool = threads === "always" || (threads === "auto" && total >= PARALLEL_FROM && coreToSpare()) ? HashPool.open() : undefined;
  const batchSize = options.batchSize ?? BATCH;
  const hashInline = inlineFirstMismatch();

  const submit = (rows: unknown[][]): Batch => {
    let linkBreak: Batch["linkBreak"];
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index];
      const seq = Number(row[SEQ]);
      const hash = row[HASH] as string;
      const link = checker.link(seq, row[PREV_HASH] as string, hash);
      const broken = link ?? checkpoints.against(seq, hash);
      if (broken) {
        linkBreak = { index, broken, byCheckpoint: !link };
        break;
      }
    }
    // Only the rows up to (and including) a link break can break earlier by their hash.
    const hashed = linkBreak ? rows.slice(0, linkBreak.index + 1) : rows;
    const hashes = pool ? pool.check(hashed, tryStoredText) : Promise.resolve(hashInline(hashed, tryStoredText));
    hashes.catch(() => {}); // awaited in order below
    return { rows, linkBreak, hashes };
  };

  let checked = 0;
  let head = null as ChainVerification["head"];
  let broken: ChainBreak | undefined;
  const inFlight: Batch[] = [];

  /** Settles the oldest batch: the first break is the earliest row failing either pass. */
  const settle = async (): Promise<boolean> => {
    const batch = inFlight.shift()!;
    const bad = await batch.hashes;
    const linkIndex = batch.linkBreak?.index ?? -1;
    // At the same row a broken link or position is reported before a changed hash, which is
    // reported before a checkpoint disagreeing: the order a reader would check them in.
    const linkFirst = !!batch.linkBreak && (bad < 0 || linkIndex < bad || (linkIndex === bad && !batch.linkBreak.byCheckpoint));
    const index = linkFirst ? linkIndex : bad;
    if (index >= 0) broken = linkFirst ? batch.linkBreak!.broken : alteredAt(Number(batch.rows[bad][SEQ]));
    const good = index >= 0 ? index : batch.rows.length;
    checked += good;
    if (good > 0) {
      const last = batch.rows[good - 1];
      head = { seq: Number(last[SEQ]), hash: last[HASH] as string, action: last[ACTION] as string };
    }
    options.onProgress?.({ checked, total });
    return index < 0;
  };

  try {
    // Batches are seq ranges up to the head at the start (events appended meanwhile wait for
    // the next verification), so several can be asked for ahead of time: PostgreSQL produces
    // them on its own cores while this one checks.
    const reads: Promise<unknown[][]>[] = [];
    let from = 0;
    const readAhead = () => {
      if (from >= total) return;
      const read = rawReadArrays(sql, [from, from + batchSize]);
      read.catch(() => {}); // awaited in order below
      reads.push(read);
      from += batchSize;
    };
    for (let i = 0; i < (provider === "postgresql" ? 2 : 1); i++) readAhead();
    let going = true;
    while (going && reads.length) {
      options.signal?.throwIfAborted();
      const rows = await reads.shift()!;
      readAhead();
      const batch = submit(rows);
      inFlight.push(batch);
      const more = reads.length > 0 && !batch.linkBreak;
      while (going && inFlight.length > (more ? IN_FLIGHT : 0)) going = await settle();
      // Let other requests run between batches (SQLite reads block the event loop).
      if (going && provider === "sqlite") await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    await pool?.close();
  }

  // A checkpoint beyond the end of an intact chain means events were cut off the end.
  broken ??= checkpoints.beyond(head?.seq ?? 0);
  const summary = checkpoints.summary(head?.seq ?? 0);
  return {
    ok: !broken && summary.problems.length === 0,
    checked,
    ...(broken ? { firstBadSeq: broken.seq, reason: broken.reason } : summary.problems.length ? { reason: summary.problems[0].problem } : {}),
    head,
    checkpoints: summary,
    durationMs: Math.round(performance.now() - started),
  };
}

// Where each audit event sits in the chain: its seq follows the one before (the writer
// assigns last + 1, so a gap means events were removed) and its prevHash is that event's hash.
// Pure and constant-memory: the reader feeds it events in seq order. Whether each event's
// content still matches its hash is checked by hash-worker-source.ts.
import { GENESIS_HASH } from "./canonical";

export type ChainBreak = { seq: number; reason: string };

export const alteredAt = (seq: number): ChainBreak => ({ seq, reason: `event ${seq} was altered: its content no longer matches its hash` });

export class ChainChecker {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;

  /** Checks the next event's place; moves on as if its hash matched (checked elsewhere). */
  link(seq: number, prevHash: string, hash: string): ChainBreak | undefined {
    const broken = this.position(seq) ?? this.linkage(seq, prevHash);
    if (broken) return broken;
    this.expectedSeq++;
    this.prevHash = hash;
    return undefined;
  }

  private position(seq: number): ChainBreak | undefined {
    if (seq === this.expectedSeq) return undefined;
    return seq > this.expectedSeq
      ? {
          seq: this.expectedSeq,
          reason:
            seq === this.expectedSeq + 1
              ? `event ${this.expectedSeq} is missing (the next event present is ${seq})`
              : `events ${this.expectedSeq}–${seq - 1} are missing (the next event present is ${seq})`,
        }
      : { seq, reason: `event ${seq} appears out of order (expected ${this.expectedSeq})` };
  }

  private linkage(seq: number, prevHash: string): ChainBreak | undefined {
    return prevHash === this.prevHash
      ? undefined
      : { seq, reason: `event ${seq} does not link to the event before it (its prevHash differs from that event's hash)` };
  }
}

import "server-only";
// Worker threads that re-hash audit events while the main thread reads the next batch and
// checks the links: on a two-core machine that roughly halves verification time. Started from
// source text (see hash-worker-source.ts); the same functions also run in-process when the
// chain is short or workers cannot start.
import * as crypto from "node:crypto";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { HASH_FUNCTIONS_SOURCE, HASH_WORKER_SOURCE } from "./hash-worker-source";

type FirstMismatch = (rows: unknown[][], tryStoredText: boolean) => number;

let inline: FirstMismatch | undefined;

/** The worker's functions, evaluated in this thread. */
export function inlineFirstMismatch(): FirstMismatch {
  inline ??= new Function("require", `${HASH_FUNCTIONS_SOURCE}; return firstMismatch;`)((name: string) => {
    if (name === "node:crypto") return crypto;
    throw new Error(`unexpected module ${name}`);
  }) as FirstMismatch;
  return inline;
}

type Pending = { resolve: (bad: number) => void; reject: (error: unknown) => void };

export class HashPool {
  private next = 0;
  private ids = 0;
  private readonly pending = new Map<number, Pending>();

  private constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      worker.on("message", ({ id, bad }: { id: number; bad: number }) => {
        this.pending.get(id)?.resolve(bad);
        this.pending.delete(id);
      });
      worker.on("error", (error) => this.failAll(error));
    }
  }

  /** One worker per spare core (at least one); undefined if threads cannot start here. */
  static open(size = Math.max(1, Math.min(3, availableParallelism() - 1))): HashPool | undefined {
    try {
      return new HashPool(Array.from({ length: size }, () => new Worker(HASH_WORKER_SOURCE, { eval: true })));
    } catch (error) {
      console.warn("[audit] verification runs in one thread: worker threads unavailable", error);
      return undefined;
    }
  }

  /** Index of the first row whose hash fails, or -1. */
  check(rows: unknown[][], tryStoredText: boolean): Promise<number> {
    const id = ++this.ids;
    const worker = this.workers[this.next++ % this.workers.length];
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, rows, tryStoredText });
    });
  }

  private failAll(error: unknown) {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }

  async close(): Promise<void> {
    this.failAll(new Error("verification stopped"));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

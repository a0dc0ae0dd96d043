// How the production server is started — `npm start`, `npm run demo` (and so the e2e tests) and
// the bench: `next start` under a cap on V8's old space. Without it V8 sizes the heap for the
// machine (~4 GB here) and lets garbage from large reads pile up before collecting it: a
// 100,000-row dataset build followed by its exports peaked at ~920 MB of resident memory; with
// the cap, at ~530 MB, at the same speed (DESIGN.md's budget is 600 MB). package.json's start
// script spells the same flag (server-process.test.ts keeps the two equal).
import path from "node:path";

export const SERVER_HEAP_MB = 384;

/** Arguments for `node` that run `next start` on `port` from the app at `root`. */
export function nextStartArgs(root: string, port: number): string[] {
  return [`--max-old-space-size=${SERVER_HEAP_MB}`, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)];
}

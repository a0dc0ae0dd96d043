import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nextStartArgs, SERVER_HEAP_MB } from "./server-process";

const root = path.resolve(import.meta.dirname, "..");

describe("the production server's process", () => {
  it("runs next start under the heap cap, in npm start as in the demo and the bench", () => {
    const start = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.start;
    expect(start).toBe(`node --max-old-space-size=${SERVER_HEAP_MB} node_modules/next/dist/bin/next start`);
    expect(nextStartArgs("/app", 3000)).toEqual([`--max-old-space-size=${SERVER_HEAP_MB}`, "/app/node_modules/next/dist/bin/next", "start", "-p", "3000"]);
  });
});

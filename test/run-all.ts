// `npm test`: unit tests, integration tests on SQLite and PostgreSQL, then the production
// build driven in Chromium. Stops at the first failing stage; ends with one tally line.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const reports = path.join(root, "test-results/reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };

function vitestTally(file: string): Tally {
  const report = JSON.parse(readFileSync(file, "utf8"));
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightTally(file: string): Tally {
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

const stages: { name: string; command: string[]; report?: string; tally?: (file: string) => Tally; extraEnv?: Record<string, string> }[] = [
  { name: "unit", command: [bin("vitest"), "run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile=${reports}/unit.json`], report: `${reports}/unit.json`, tally: vitestTally },
  {
    name: "integration (SQLite and PostgreSQL)",
    command: [bin("vitest"), "run", "--project", "integration-sqlite", "--project", "integration-postgresql", "--reporter=default", "--reporter=json", `--outputFile=${reports}/integration.json`],
    report: `${reports}/integration.json`,
    tally: vitestTally,
  },
  { name: "production build", command: [bin("next"), "build"], extraEnv: { NODE_ENV: "production" } },
  {
    name: "e2e (Chromium)",
    command: [bin("playwright"), "test", "--reporter=list,json"],
    report: `${reports}/e2e.json`,
    tally: playwrightTally,
    extraEnv: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` },
  },
];

let failedStage: string | undefined;
for (const stage of stages) {
  const started = Date.now();
  console.log(`\n=== ${stage.name} ===`);
  const result = spawnSync(stage.command[0], stage.command.slice(1), { cwd: root, stdio: "inherit", env: { ...env, ...stage.extraEnv } });
  if (stage.report && stage.tally) {
    try {
      const tally = stage.tally(stage.report);
      total.passed += tally.passed;
      total.failed += tally.failed;
      total.skipped += tally.skipped;
    } catch {
      // no report: the stage failed before running tests; the exit status says so
    }
  }
  console.log(`=== ${stage.name}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s ===`);
  if (result.status !== 0) {
    failedStage = stage.name;
    break;
  }
}

if (failedStage) console.log(`\nstopped: ${failedStage} failed`);
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedStage ? 1 : 0);

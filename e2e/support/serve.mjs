// The e2e server: a fresh SQLite database, a short demo scenario, the production build.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const dir = path.join(root, "data/e2e");
rmSync(dir, { recursive: true, force: true });
const child = spawn(
  process.execPath,
  [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "lib/cli/main.ts", "demo", "--days", "4"],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "vigil.db")}`, AUTH_SECRET: "e2e-secret-not-for-production-000", NEXT_TELEMETRY_DISABLED: "1" },
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

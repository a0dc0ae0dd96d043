// `npm run demo`: migrate, load the demo scenario (building the app meanwhile, on the other
// core), then serve it and print a sign-in for each role.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync, createWriteStream } from "node:fs";
import path from "node:path";
import { migrate } from "@/lib/db/migrations";
import { env } from "@/lib/env";
import { loadDemo, type DemoProgress } from "@/lib/simulate/load-demo";
import { DEMO_USERS } from "@/lib/simulate/demo-users";
import { nextStartArgs } from "@/lib/server-process";

const root = path.resolve(import.meta.dirname, "../../..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

/** A stable secret for the demo's sessions, kept beside its database. */
function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const file = path.join(root, "data/auth-secret");
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function serverEnv(secret: string): NodeJS.ProcessEnv {
  return { ...process.env, AUTH_SECRET: secret, AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: env.DATABASE_URL };
}

function startBuild(secret: string): Promise<void> | undefined {
  if (existsSync(path.join(root, ".next/BUILD_ID"))) return undefined;
  mkdirSync(path.join(root, "data"), { recursive: true });
  const log = createWriteStream(path.join(root, "data/build.log"));
  const child = spawn(process.execPath, [nextBin, "build"], { cwd: root, env: { ...serverEnv(secret), NODE_ENV: "production" } });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  return new Promise((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code}); see data/build.log`)))),
  );
}

function bar(progress: DemoProgress): string {
  const width = 30;
  const filled = Math.round((progress.day / progress.days) * width);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] day ${progress.day}/${progress.days} · ${progress.predictions.toLocaleString("en-US")} predictions · ${progress.alerts.toLocaleString("en-US")} alerts · ${progress.verdicts.toLocaleString("en-US")} verdicts`;
}

function reportProgress(progress: DemoProgress): void {
  if (process.stderr.isTTY) process.stderr.write(`\r${bar(progress)}`);
  else if (progress.day % 5 === 0 || progress.day === progress.days) console.error(bar(progress));
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (child.exitCode !== null) throw new Error("the server exited while starting");
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not answer within a minute");
}

export async function runDemo(options: { serve: boolean; days?: number }): Promise<void> {
  const started = Date.now();
  const secret = authSecret();
  const { provider, applied } = await migrate(env.DATABASE_URL);
  console.error(`database (${provider}): ${applied.length ? `applied ${applied.length} migrations` : "up to date"}`);
  const build = options.serve ? startBuild(secret) : undefined;
  if (build) console.error("building the app in the background (log: data/build.log)…");
  build?.catch(() => {}); // reported when awaited below
  console.error("loading the demo scenario…");
  const result = await loadDemo({ days: options.days, onProgress: reportProgress });
  if (process.stderr.isTTY && result.loaded) process.stderr.write("\n");
  console.error(result.loaded ? "demo scenario loaded" : "demo scenario already loaded; nothing added");
  if (!options.serve) return;
  if (build) {
    console.error("waiting for the build to finish…");
    await build;
  }
  const url = `http://localhost:${env.PORT}`;
  const server = spawn(process.execPath, nextStartArgs(root, env.PORT), { cwd: root, env: serverEnv(secret), stdio: ["ignore", "ignore", "inherit"] });
  await waitForHealth(url, server);
  console.error(`\nVigil is serving at ${url} (ready in ${((Date.now() - started) / 1000).toFixed(0)} s). Sign in as:`);
  for (const user of DEMO_USERS) console.error(`  ${user.role.padEnd(8)} ${user.email.padEnd(22)} ${user.password}`);
  console.error("Press Ctrl+C to stop.");
  await new Promise<void>((resolve) => {
    const stop = () => server.kill("SIGTERM");
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    server.on("exit", () => resolve());
  });
}

// Starts the production server on a database for the bench, and reads its peak memory.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { nextStartArgs } from "@/lib/server-process";

const root = path.resolve(import.meta.dirname, "..");

export type Server = { url: string; process: ChildProcess; peakRssMb(): number; rssMb(): number; stop(): Promise<void> };

/** A process's resident set size now (VmRSS) in MB: sampled while one step runs. */
export function currentRssMb(pid: number | "self"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

export async function startServer(databaseUrl: string, port: number): Promise<Server> {
  const child = spawn(process.execPath, nextStartArgs(root, port), {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: "bench-secret-not-for-production-0", AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (attempt > 120) throw new Error("the server did not start");
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    process: child,
    // VmHWM: the process's peak resident set size so far
    peakRssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    rssMb: () => currentRssMb(child.pid!),
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

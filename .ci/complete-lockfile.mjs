// The registry this project installs from serves only the Linux builds of platform-specific
// optional packages (next's SWC, Tailwind's oxide), so `npm install` leaves the others out of
// package-lock.json and `npm ci` then refuses the lock as out of sync. This adds the missing
// entries with their os/cpu, which npm ci skips on any other platform without fetching them.
// Run it after every `npm install` that changes the lock: `node .ci/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const file = path.resolve(import.meta.dirname, "../package-lock.json");
const lock = JSON.parse(readFileSync(file, "utf8"));

const PLATFORMS = [
  [/-android-arm64$/, ["android"], ["arm64"]],
  [/-darwin-arm64$/, ["darwin"], ["arm64"]],
  [/-darwin-x64$/, ["darwin"], ["x64"]],
  [/-freebsd-x64$/, ["freebsd"], ["x64"]],
  [/-linux-arm-gnueabihf$/, ["linux"], ["arm"]],
  [/-wasm32-wasi$/, undefined, ["wasm32"]],
  [/-win32-arm64-msvc$/, ["win32"], ["arm64"]],
  [/-win32-x64-msvc$/, ["win32"], ["x64"]],
];

let added = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${location}/${key}`]) continue;
    const platform = PLATFORMS.find(([pattern]) => pattern.test(name));
    if (!platform) throw new Error(`${name} is missing from the lock and is not a known platform build`);
    const [, os, cpu] = platform;
    lock.packages[key] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...(os ? { os } : {}), cpu };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} platform entries`);

// Reads which HTTP methods each route file under app/api exports, and the permission its
// withApi(…) call names, from the source text: the registry's drift test and the RBAC test
// compare the registry against what the files really say. Server-side tooling (node:fs).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { HTTP_METHODS, type HttpMethod } from "./types";

export type RouteExport = { file: string; method: HttpMethod; permission: string | undefined | "unknown"; apiKeyScope?: string };

export function routeFilesUnder(root: string, dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name === "route.ts") found.push(child);
    }
  };
  walk(dir);
  return found.sort();
}

const METHOD = HTTP_METHODS.join("|");

export function routeExports(root: string, file: string): RouteExport[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const out: RouteExport[] = [];
  // `export const GET = withApi({ permission: "x", … })` and `export async function GET(…)`
  const direct = new RegExp(`export\\s+(?:const\\s+(${METHOD})\\s*=|(?:async\\s+)?function\\s+(${METHOD})\\b)`, "g");
  for (const match of text.matchAll(direct)) {
    const method = (match[1] ?? match[2]) as HttpMethod;
    const rest = text.slice(match.index! + match[0].length);
    const next = rest.search(/\nexport\s/);
    const body = next === -1 ? rest : rest.slice(0, next);
    const named = /permission:\s*(?:"([^"]+)"|(undefined))/.exec(body);
    const keyScope = /apiKeyScope:\s*"([^"]+)"/.exec(body);
    out.push({ file, method, permission: named ? (named[1] ?? undefined) : "unknown", ...(keyScope ? { apiKeyScope: keyScope[1] } : {}) });
  }
  // `export const { GET, POST } = handlers`
  for (const match of text.matchAll(/export\s+const\s*\{([^}]+)\}\s*=/g)) {
    for (const name of match[1].split(",").map((s) => s.trim().split(/\s*:\s*/).pop()!)) {
      if ((HTTP_METHODS as readonly string[]).includes(name)) out.push({ file, method: name as HttpMethod, permission: "unknown" });
    }
  }
  return out;
}

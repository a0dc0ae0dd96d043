// A copy-pasteable curl line per route, for the API page. Client-safe and pure.
import { API_KEY_SCOPES } from "@/lib/auth/permissions";
import { examplePath } from "./registry";
import type { ApiRoute } from "./types";

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function curlExample(route: ApiRoute, baseUrl = "$VIGIL_URL"): string {
  const lines = [`curl -sS -X ${route.method} "${baseUrl}${examplePath(route)}"`];
  if (route.permission) {
    const byKey = !!route.apiKeyScope || (API_KEY_SCOPES as readonly string[]).includes(route.permission);
    // Session-only routes are for the console; from a shell they need the browser's cookie.
    lines.push(byKey ? `-H "Authorization: Bearer $VIGIL_API_KEY"` : `--cookie "authjs.session-token=$VIGIL_SESSION"`);
  }
  if (route.body) {
    const body = route.body.array && route.body.ndjson
      ? (route.body.example as unknown[]).map((row) => JSON.stringify(row)).join("\n")
      : JSON.stringify(route.body.example, null, 2);
    lines.push(`-H "Content-Type: ${route.body.array && route.body.ndjson ? "application/x-ndjson" : "application/json"}"`);
    lines.push(`--data-binary ${shellQuote(body)}`);
  }
  return lines.join(" \\\n  ");
}

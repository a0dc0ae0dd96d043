// The schema is written once (for SQLite); each provider's copy differs only in its
// datasource provider and the client's output folder.
export const PROVIDERS = ["sqlite", "postgresql"] as const;
export type Provider = (typeof PROVIDERS)[number];

export function schemaFor(source: string, provider: Provider, outputBase: string): string {
  return source
    .replace(/provider = "sqlite"/, `provider = "${provider}"`)
    .replace(/output\s*=\s*"[^"]*"/, `output   = "${outputBase}/${provider}"`);
}

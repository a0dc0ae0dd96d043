import type { Provider } from "./schema-source";

export type { Provider };

/** The database a URL names: PostgreSQL for postgres(ql)://, SQLite otherwise. */
export function providerOf(databaseUrl: string): Provider {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? "postgresql" : "sqlite";
}

/** Path of the SQLite file for a `file:` URL. */
export function sqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}

import { migrate } from "@/lib/db/migrations";
import { env } from "@/lib/env";

export async function runMigrate(): Promise<void> {
  const { provider, applied } = await migrate(env.DATABASE_URL);
  console.error(applied.length ? `${provider}: applied ${applied.join(", ")}` : `${provider}: already up to date`);
}

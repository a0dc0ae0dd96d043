// The operator CLI: `npm run cli -- <command>`. For scripts: results alone on stdout,
// messages on stderr, a non-zero exit with a clear message on bad arguments.
import { parseArgs } from "node:util";
import { AppError } from "@/lib/api/errors";

const USAGE = `usage: npm run cli -- <command>

  db migrate                                   create or upgrade the database DATABASE_URL names
  user create --email E --role R --password P  [--name N]   roles: analyst, lead, auditor, admin
  api-key create --name N --scopes a,b         prints the key (shown once) on stdout
  demo [--no-serve] [--days N]                 migrate, load the demo scenario, build, serve

API-key scopes: predictions:write, models:write, labels:write, metrics:read,
datasets:read, datasets:write, audit:read`;

import { UsageError } from "./usage-error";

function options(args: string[], spec: Record<string, { type: "string" | "boolean" }>) {
  try {
    return parseArgs({ args, options: spec, strict: true, allowPositionals: false }).values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== "string" || !value) throw new UsageError(`--${name} is required`);
  return value;
}

async function run(argv: string[]): Promise<void> {
  const [group, action, ...rest] = argv;
  const command = [group, action].filter(Boolean).join(" ");
  if (command === "db migrate") {
    const { runMigrate } = await import("./commands/migrate");
    return runMigrate();
  }
  if (command === "user create") {
    const values = options(rest, { email: { type: "string" }, role: { type: "string" }, password: { type: "string" }, name: { type: "string" } });
    const { runCreateUser } = await import("./commands/create-user");
    return runCreateUser({ email: required(values, "email"), role: required(values, "role"), password: required(values, "password"), name: values.name as string | undefined });
  }
  if (command === "api-key create") {
    const values = options(rest, { name: { type: "string" }, scopes: { type: "string" } });
    const { runCreateApiKey } = await import("./commands/create-api-key");
    return runCreateApiKey(required(values, "name"), required(values, "scopes"));
  }
  if (group === "demo") {
    const values = options(argv.slice(1), { "no-serve": { type: "boolean" }, days: { type: "string" } });
    const days = values.days === undefined ? undefined : Number(values.days);
    if (days !== undefined && !(Number.isInteger(days) && days > 0 && days <= 120)) throw new UsageError("--days takes a whole number from 1 to 120");
    const { runDemo } = await import("./commands/demo");
    return runDemo({ serve: !values["no-serve"], days });
  }
  throw new UsageError(group ? `unknown command "${command}"` : "no command given");
}


run(process.argv.slice(2)).then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof AppError) {
      console.error(`error: ${error.message}`);
      for (const issue of error.issues ?? []) console.error(`  ${issue.path.join(".")}: ${issue.message}`);
      process.exit(1);
    }
    console.error(error);
    process.exit(1);
  },
);

// Generates a Prisma client for each provider from the one schema in prisma/schema.prisma.
// Offline: the CLI wants a schema-engine binary it would download; generation never uses it,
// so it is pointed at a stub that exits 1.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROVIDERS, schemaFor } from "./schema-source";

const root = path.resolve(import.meta.dirname, "../..");
const workDir = path.join(root, "generated/schema");
mkdirSync(workDir, { recursive: true });

const stub = path.join(workDir, "schema-engine-stub");
writeFileSync(stub, "#!/bin/sh\nexit 1\n");
chmodSync(stub, 0o755);

const source = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
for (const provider of PROVIDERS) {
  const schemaPath = path.join(workDir, `${provider}.prisma`);
  writeFileSync(schemaPath, schemaFor(source, provider, "../prisma"));
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["generate", "--schema", schemaPath], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: stub,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
      PRISMA_SKIP_POSTINSTALL_GENERATE: "1",
    },
  });
  console.error(`generated the ${provider} client`);
}

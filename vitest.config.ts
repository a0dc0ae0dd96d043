import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // `server-only` throws outside React Server Components; tests run server modules directly.
  "server-only": path.join(root, "test/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "bench/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts"],
          environment: "node",
        },
      },
      ...(["sqlite", "postgresql"] as const).map((provider) => ({
        resolve: { alias },
        test: {
          name: `integration-${provider}`,
          include: ["lib/**/*.integration.test.ts", "test/**/*.integration.test.ts"],
          // The 1,000,000-row scale tests run only when asked (VIGIL_SCALE_TEST=1): left out
          // rather than skipped, as a skipped file would still get a database it never drops.
          exclude: process.env.VIGIL_SCALE_TEST === "1" ? [] : ["**/*-scale.integration.test.ts"],
          setupFiles: ["test/database-setup.ts"],
          env: { VIGIL_TEST_PROVIDER: provider },
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // next-auth imports "next/server" without an extension; let Vite resolve it.
          server: { deps: { inline: ["next-auth"] } },
        },
      })),
    ],
  },
});

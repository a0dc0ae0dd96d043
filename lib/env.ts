// The one place that reads process.env. Everything else imports `env`.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).default("file:./data/vigil.db"),
  AUTH_SECRET: z.string().min(16).optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  /** Most predictions one ingest request may carry. */
  VIGIL_MAX_BATCH: z.coerce.number().int().positive().default(10_000),
  /** Largest ingest request body, in bytes. */
  VIGIL_MAX_BODY_BYTES: z.coerce.number().int().positive().default(32 * 1024 * 1024),
  /** How often a signed-in session is re-checked against the user row (disabled, re-roled). */
  VIGIL_SESSION_RECHECK_SECONDS: z.coerce.number().int().positive().default(60),
  /** Failed sign-ins allowed per account or address within the window before a lock-out. */
  VIGIL_SIGNIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  VIGIL_SIGNIN_WINDOW_SECONDS: z.coerce.number().int().positive().default(15 * 60),
  /** SLA to resolve an alert, in minutes, per severity. */
  VIGIL_SLA_MINUTES: z
    .string()
    .default("CRITICAL=60,HIGH=240,MEDIUM=1440,LOW=4320")
    .transform((spec, ctx) => {
      const entries = spec.split(",").map((pair) => pair.split("=").map((part) => part.trim()));
      const valid = entries.every(([key, minutes]) => key && Number(minutes) > 0);
      if (!valid) {
        ctx.addIssue({ code: "custom", message: "expected SEVERITY=minutes pairs separated by commas" });
        return z.NEVER;
      }
      return Object.fromEntries(entries.map(([key, minutes]) => [key.toUpperCase(), Number(minutes)]));
    }),
});

export type Env = z.infer<typeof schema>;

function parse(): Env {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${detail}`);
  }
  return result.data;
}

export const env: Env = parse();

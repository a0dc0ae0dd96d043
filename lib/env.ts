// The one place that reads process.env. Everything else imports `env`.
import { z } from "zod";
import { oidcSettingsFrom } from "@/lib/auth/oidc-settings";

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
  /**
   * Ed25519 private key that signs audit checkpoints: PEM (PKCS#8; "\n" escapes allowed), or
   * base64 of its DER or of the 32-byte seed. Absent: one is generated into
   * data/audit-signing-key at first use (set it explicitly when running several replicas).
   */
  VIGIL_AUDIT_SIGNING_KEY: z.string().min(1).optional(),
  /** Years predictions, verdicts and audit records are kept; Vigil itself never deletes them. */
  VIGIL_RETENTION_YEARS: z.coerce.number().int().min(1).max(100).default(7),
  /**
   * Optional single sign-on (OpenID Connect: Keycloak, Okta, Entra ID…). On when the issuer,
   * client id and secret and the role map are all set; see lib/auth/oidc-settings.ts.
   */
  VIGIL_OIDC_ISSUER: z.string().optional(),
  VIGIL_OIDC_CLIENT_ID: z.string().optional(),
  VIGIL_OIDC_CLIENT_SECRET: z.string().optional(),
  /** the button says "Sign in with <name>" */
  VIGIL_OIDC_NAME: z.string().optional(),
  /** claim holding the person's groups or roles; a dotted path reaches nested claims */
  VIGIL_OIDC_ROLE_CLAIM: z.string().optional(),
  /** group=ROLE pairs in precedence order, e.g. soc-admins=ADMIN,soc-leads=LEAD,soc-analysts=ANALYST */
  VIGIL_OIDC_ROLE_MAP: z.string().optional(),
  VIGIL_OIDC_SCOPES: z.string().optional(),
}).superRefine((value, ctx) => {
  // Half a single sign-on configuration fails at start-up, not at the first sign-in.
  try {
    oidcSettingsFrom(value);
  } catch (error) {
    ctx.addIssue({ code: "custom", path: ["VIGIL_OIDC"], message: (error as Error).message });
  }
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

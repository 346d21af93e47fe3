import { z } from "zod";

/**
 * The environment, validated once. A missing secret in production is a start-up error
 * with a sentence that says what to set; the demo launcher generates its own secret.
 */
export const DEFAULT_DOCUMENT_MAX_BYTES = 25 * 1024 * 1024;
/** Below next.config.ts's 30mb body limits, leaving room for the rest of the upload form. */
const MAX_DOCUMENT_BYTES_CEILING = 29 * 1024 * 1024;

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** PostgreSQL URL; without it the app runs on the embedded PGlite database. */
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /**
     * PostgreSQL connections of the server (db/client.ts): few, so that a page's queries share a
     * connection's writes; more when long reports or exports run beside many users.
     */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(3),
    /** Where the embedded database lives (default .data/pglite). */
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    /** Seed the demo accounts on PostgreSQL too (the embedded database is always seeded by the demo). */
    SEED_DEMO: z.enum(["0", "1"]).default("0"),
    /** Single sign-on (e.g. a ministry's OIDC provider): enabled when all three are set. */
    AUTH_OIDC_ISSUER: z.url().optional(),
    AUTH_OIDC_CLIENT_ID: z.string().min(1).optional(),
    AUTH_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    AUTH_OIDC_NAME: z.string().min(1).default("SSO"),
    /** Public address of the app, for links in e-mails. */
    APP_URL: z.url().default("http://localhost:3000"),
    /** SMTP server for e-mail (nodemailer URL); without it mail waits in the admin outbox. */
    SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://").optional(),
    MAIL_FROM: z.string().min(3).default("MLA Tracker <no-reply@mla-tracker.invalid>"),
    /** Minutes between two deadline scans. */
    DEADLINE_SCAN_MINUTES: z.coerce.number().int().min(1).max(59).default(15),
    /** "0" turns the scheduled jobs off in this instance (e.g. a read-only replica). */
    JOBS: z.enum(["0", "1"]).default("1"),
    /** Failed sign-ins allowed per e-mail address within the window before throttling. */
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
    /**
     * Failed sign-ins allowed per client IP within the window, whatever the addresses tried;
     * "0" turns it off. The IP is the last X-Forwarded-For entry: the reverse proxy must set it.
     */
    LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(0).default(50),
    /**
     * Largest document accepted, in bytes (default 25 MB). Uploads pass through a server
     * action whose body limit (next.config.ts, 30mb) must stay above it, with room for the form.
     */
    DOCUMENT_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_DOCUMENT_BYTES_CEILING, "DOCUMENT_MAX_BYTES cannot exceed 29 MB unless next.config.ts's upload limits are raised too")
      .default(DEFAULT_DOCUMENT_MAX_BYTES),
    /** "1" serves /bench-floor, the benchmark's reference page (tests/bench/http.bench.ts); never set in service. */
    BENCH_FLOOR: z.enum(["0", "1"]).default("0"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET && !isBuildPhase()) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message:
          "AUTH_SECRET is required in production: set it to a random value of 32+ characters (e.g. `openssl rand -base64 32`).",
      });
    }
    const oidc = [env.AUTH_OIDC_ISSUER, env.AUTH_OIDC_CLIENT_ID, env.AUTH_OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_OIDC_ISSUER"],
        message: "Set AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET together, or none of them.",
      });
    }
  });

export type Env = z.infer<typeof schema>;

function isBuildPhase() {
  return process.env.NEXT_PHASE === "phase-production-build";
}

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function oidcEnabled(e: Env = env()): boolean {
  return Boolean(e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_CLIENT_ID && e.AUTH_OIDC_CLIENT_SECRET);
}

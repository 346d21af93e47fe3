import { describe, expect, it } from "vitest";
import { EnvError, oidcEnabled, parseEnv } from "@/lib/env";

const secret = "x".repeat(32);

describe("environment", () => {
  it("refuses to start in production without AUTH_SECRET, saying what to set", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(EnvError);
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is required in production/);
  });

  it("accepts production with a secret, and development without one", () => {
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret }).AUTH_SECRET).toBe(secret);
    expect(parseEnv({ NODE_ENV: "development" }).PGLITE_DIR).toBe(".data/pglite");
  });

  it("rejects a short secret and a non-PostgreSQL database URL", () => {
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/at least 32 characters/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/db" })).toThrow(/DATABASE_URL/);
    expect(parseEnv({ DATABASE_URL: "postgres://u@127.0.0.1:5432/mla" }).DATABASE_URL).toContain("127.0.0.1");
  });

  it("enables SSO only when issuer, client id and secret are all set", () => {
    expect(oidcEnabled(parseEnv({}))).toBe(false);
    expect(() => parseEnv({ AUTH_OIDC_ISSUER: "https://sso.example" })).toThrow(/together/);
    const full = parseEnv({
      AUTH_OIDC_ISSUER: "https://sso.example",
      AUTH_OIDC_CLIENT_ID: "mla",
      AUTH_OIDC_CLIENT_SECRET: "s3cret",
    });
    expect(oidcEnabled(full)).toBe(true);
  });
});

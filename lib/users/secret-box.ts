import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Encryption at rest of the TOTP secrets: AES-256-GCM (node:crypto) under a key derived by
 * HKDF-SHA256 from AUTH_SECRET, so that a copy of the database alone does not give anyone
 * the codes. The account's id is authenticated with the ciphertext: a secret copied onto
 * another account's row does not decrypt.
 *
 * Changing AUTH_SECRET makes the stored secrets unreadable: their owners then sign in with a
 * recovery code and set up their authenticator again.
 */
const VERSION = "v1";
// Production refuses to start without AUTH_SECRET (lib/env.ts); development and tests may
// run without one, where this fixed key makes the encryption a formality.
const DEVELOPMENT_SECRET = "mla-tracker development key, not for production use";

function key(): Buffer {
  const secret = env().AUTH_SECRET ?? DEVELOPMENT_SECRET;
  return Buffer.from(hkdfSync("sha256", secret, "", "mla-tracker totp secret", 32));
}

export function sealSecret(plain: string, userId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(userId));
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, sealed, cipher.getAuthTag()].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The plain secret, or null when it cannot be read (another AUTH_SECRET, another account, a damaged value). */
export function openSecret(stored: string, userId: string): string | null {
  const [version, iv, sealed, tag] = stored.split(".");
  if (version !== VERSION || !iv || !sealed || !tag) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

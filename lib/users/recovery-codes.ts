import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { recoveryCodes } from "@/db/schema";
import { hashPassword } from "./password";
import { newRecoveryCodes, normalizeCode } from "./second-factor";

/**
 * A new set of recovery codes: shown to their owner once, stored only as argon2 hashes
 * (like passwords), so that a copy of the database does not give them away. Hashing takes
 * a moment: it is done before the caller's transaction.
 */
export async function prepareRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((code) => hashPassword(normalizeCode(code))));
  return { codes, hashes };
}

/** Replaces the account's codes, used or not, with the new set. */
export async function storeRecoveryCodes(tx: Db, userId: string, hashes: string[], now: Date): Promise<void> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash, createdAt: now })));
}

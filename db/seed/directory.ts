import type { Db } from "../client";
import { authorities, countryLegalBases } from "../schema";
import { DIRECTORY_AUTHORITIES, DIRECTORY_LEGAL_BASES } from "./directory-data";

/**
 * The shipped directory, safe to re-run: an authority is found again by its seed key (even
 * renamed), a legal basis by its pair and instrument (withdrawn ones are kept as rows), and
 * what an administrator added or changed is left alone. No conflict target: an administrator's
 * own entry of the same name must not stop the start either.
 */
export async function seedDirectory(db: Db): Promise<void> {
  await db
    .insert(authorities)
    .values(DIRECTORY_AUTHORITIES.map((a) => ({ ...a, address: a.address ?? "", officeHours: a.officeHours ?? "" })))
    .onConflictDoNothing();
  await db.insert(countryLegalBases).values(DIRECTORY_LEGAL_BASES).onConflictDoNothing();
}

import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { countries } from "@/db/schema";

/** Every country of the reference data (visible to every signed-in role), in code order. */
export async function listCountries(db: Db) {
  return db
    .select({ code: countries.code, nameFr: countries.nameFr, nameEn: countries.nameEn })
    .from(countries)
    .orderBy(asc(countries.code));
}

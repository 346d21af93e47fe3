import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { countries } from "@/db/schema";
import type { Locale } from "@/lib/access/roles";
import { inLocale } from "@/lib/i18n/locale";

/** A country's name in the viewer's language (reference data, visible to every role). */
export async function countryName(db: Db, code: string | null, locale: Locale): Promise<string | null> {
  if (!code) return null;
  const [row] = await db.select().from(countries).where(eq(countries.code, code)).limit(1);
  if (!row) return null;
  return inLocale(locale, { fr: row.nameFr, en: row.nameEn });
}

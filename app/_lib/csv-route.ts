import "server-only";
import { database } from "@/db";
import { currentActor } from "@/lib/auth/session";
import { systemClock, type Ctx } from "@/lib/context";
import { isDomainError, Invalid } from "@/lib/errors";
import { csvResponse, toCsv, type CsvCell } from "@/lib/export/csv";
import { translatorFor } from "@/lib/i18n/translator";

/** The filters of a download, from its query string (first value of each name). */
export function queryValues<K extends string>(url: URL, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, url.searchParams.get(key) ?? ""])) as Record<K, string>;
}

/**
 * A CSV download: the signed-in actor's verb builds the rows, this answers the file. No
 * session → 401; the verb's refusals → their status with a translated sentence (a bad
 * filter names the field and the problem); anything else → 500 without details.
 */
export async function csvDownload(
  fileName: string,
  build: (ctx: Ctx) => Promise<{ header: string[]; rows: CsvCell[][] }>,
): Promise<Response> {
  const actor = await currentActor();
  if (!actor) return text(401, "Sign in first. / Connectez-vous d'abord.");
  const t = translatorFor(actor.locale);
  try {
    const { header, rows } = await build({ actor, db: database().db, now: systemClock });
    return csvResponse(toCsv(header, rows, actor.locale), fileName);
  } catch (error) {
    if (error instanceof Invalid) {
      const details = Object.values(error.fields).flat().map((key) => t(`errors.${key}`)).join(" ");
      return text(400, t("errors.invalidFilters", { details }));
    }
    if (isDomainError(error)) return text(error.status, t(`errors.${error.code}`));
    console.error(`[export] unexpected ${error instanceof Error ? error.name : typeof error}`);
    return text(500, t("errors.unexpected"));
  }
}

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

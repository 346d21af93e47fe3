import { headers } from "next/headers";
import { database } from "@/db";
import type { Locale } from "@/lib/access/roles";
import { currentActor } from "@/lib/auth/session";
import { systemClock } from "@/lib/context";
import { isDomainError } from "@/lib/errors";
import { chooseLocale } from "@/lib/i18n/locale";
import { translatorFor } from "@/lib/i18n/translator";
import { isLetterLanguage } from "@/lib/letters/languages";
import { loadLetter } from "@/lib/letters/letter-view";
import { requestLetterPdf } from "@/lib/letters/request-letter";

type Params = { params: Promise<{ id: string }> };

/**
 * GET /api/requests/:id/letter?lang=fr|en|es|ro — the request's formal letter as a PDF.
 * Scope is the request's own (loadLetter reads through getRequest): out of scope is 404.
 * Without `lang`, the letter in the drafting language.
 */
export async function GET(request: Request, { params }: Params) {
  const actor = await currentActor();
  if (!actor) {
    const locale = chooseLocale({ acceptLanguage: (await headers()).get("accept-language") });
    return plainText(401, translatorFor(locale)("letters.errors.signIn"));
  }
  const t = translatorFor(actor.locale);
  const lang = new URL(request.url).searchParams.get("lang");
  if (lang !== null && !isLetterLanguage(lang)) return plainText(400, t("letters.errors.unsupportedLanguage"));

  try {
    const letter = await loadLetter({ actor, db: database().db, now: systemClock }, (await params).id);
    const language = lang ?? letter.languages[0] ?? "fr";
    const pdf = await requestLetterPdf(letter, language);
    return new Response(new Uint8Array(pdf), {
      headers: {
        ...PRIVATE,
        "Content-Type": "application/pdf",
        "Content-Length": String(pdf.length),
        "Content-Disposition": `attachment; filename="${safeFileName(letter.reference)}_letter_${language}.pdf"`,
      },
    });
  } catch (error) {
    return errorResponse(error, actor.locale);
  }
}

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

function plainText(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" } });
}

/** Domain errors as their status and translated message; anything else logged without data, never a stack. */
function errorResponse(error: unknown, locale: Locale): Response {
  const t = translatorFor(locale);
  if (isDomainError(error)) return plainText(error.status, t(`errors.${error.code}`));
  console.error(`[letter] unexpected ${error instanceof Error ? error.name : typeof error}`);
  return plainText(500, t("errors.unexpected"));
}

/** References are MLA-<year>-<cc>-<cc>-<nnnn>; anything else is replaced so the header stays valid. */
function safeFileName(reference: string): string {
  return reference.replace(/[^A-Za-z0-9._-]/g, "_");
}

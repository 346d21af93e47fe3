import { isLetterLanguage } from "@/lib/letters/languages";
import { loadLetter } from "@/lib/letters/letter-view";
import { requestLetterPdf } from "@/lib/letters/request-letter";
import { plainTextResponse } from "@/app/_lib/route-errors";
import { signedInRoute } from "@/app/_lib/route-handler";

type Params = { params: Promise<{ id: string }> };

/**
 * GET /api/requests/:id/letter?lang=fr|en|es|ro — the request's formal letter as a PDF.
 * Scope is the request's own (loadLetter reads through getRequest): out of scope is 404.
 * Without `lang`, the letter in the drafting language.
 */
export async function GET(request: Request, { params }: Params) {
  return signedInRoute(request, async ({ ctx, t }) => {
    const lang = new URL(request.url).searchParams.get("lang");
    if (lang !== null && !isLetterLanguage(lang)) return plainTextResponse(400, t("letters.errors.unsupportedLanguage"));
    const letter = await loadLetter(ctx, (await params).id);
    const language = lang ?? letter.languages[0] ?? "fr";
    const pdf = await requestLetterPdf(letter, language);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(pdf.length),
        "Content-Disposition": `attachment; filename="${safeFileName(letter.reference)}_letter_${language}.pdf"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}

/** References are MLA-<year>-<cc>-<cc>-<nnnn>; anything else is replaced so the header stays valid. */
function safeFileName(reference: string): string {
  return reference.replace(/[^A-Za-z0-9._-]/g, "_");
}

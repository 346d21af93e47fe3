import { isLetterDocument, isLetterFormat, whyNotAvailable } from "@/lib/letters/availability";
import { renderLetterDocument } from "@/lib/letters/render-document";
import { isLetterLanguage } from "@/lib/letters/languages";
import { loadLetter } from "@/lib/letters/letter-view";
import { plainTextResponse } from "@/app/_lib/route-errors";
import { signedInRoute } from "@/app/_lib/route-handler";

type Params = { params: Promise<{ id: string }> };

/**
 * GET /api/requests/:id/letter?kind=letter|annex-a|preservation|reminder&format=pdf|docx&lang=fr|en|es|ro
 * — a document of the request to sign (lib/letters/availability.ts), as a PDF or an editable
 * DOCX. Scope is the request's own (loadLetter reads through getRequest): out of scope is
 * 404, before any word on whether the document applies. Defaults: the letter, as a PDF, in
 * the drafting language.
 */
export async function GET(request: Request, { params }: Params) {
  return signedInRoute(request, async ({ ctx, t }) => {
    const query = new URL(request.url).searchParams;
    const lang = query.get("lang");
    const kind = query.get("kind") ?? "letter";
    const format = query.get("format") ?? "pdf";
    if (lang !== null && !isLetterLanguage(lang)) return plainTextResponse(400, t("letters.errors.unsupportedLanguage"));
    if (!isLetterDocument(kind)) return plainTextResponse(400, t("letters.errors.unsupportedDocument"));
    if (!isLetterFormat(format)) return plainTextResponse(400, t("letters.errors.unsupportedFormat"));

    const letter = await loadLetter(ctx, (await params).id);
    const unavailable = whyNotAvailable(kind, letter);
    if (unavailable) return plainTextResponse(400, t(`letters.errors.${unavailable}`));
    const file = await renderLetterDocument(letter, kind, lang ?? letter.languages[0] ?? "fr", format);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.bytes.length),
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}

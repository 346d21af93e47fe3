import { NextResponse, type NextRequest } from "next/server";
import { database } from "@/db";
import { currentActor } from "@/lib/auth/session";
import { systemClock } from "@/lib/context";
import { readDocument } from "@/lib/documents/read";
import { isDomainError } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/translator";

type Params = { params: Promise<{ id: string }> };

/**
 * Downloads one document. The verb decides who may read it (404 out of scope) and
 * re-checks its hash (409 on a mismatch, without the bytes); the name is made by the
 * server and the browser is told to save, never to render or sniff, the file.
 */
export async function GET(request: NextRequest, { params }: Params): Promise<Response> {
  const actor = await currentActor();
  if (!actor) return NextResponse.redirect(new URL("/login", request.url));
  const t = translatorFor(actor.locale);
  try {
    const document = await readDocument({ actor, db: database().db, now: systemClock }, (await params).id);
    return new Response(Buffer.from(document.bytes), {
      headers: {
        "Content-Type": document.contentType,
        "Content-Length": String(document.bytes.length),
        "Content-Disposition": `attachment; filename="${document.downloadName}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        // The SHA-256 recorded at upload, which the bytes were just checked against (RFC 9530).
        "Repr-Digest": `sha-256=:${Buffer.from(document.sha256, "hex").toString("base64")}:`,
      },
    });
  } catch (error) {
    if (isDomainError(error)) {
      const key = error.code === "integrityFailure" ? "documents.errors.integrityFailure" : error.status === 404 ? "errors.notFound" : "errors.unexpected";
      return plain(t(key), error.status);
    }
    console.error(`[documents] download failed: ${error instanceof Error ? error.name : typeof error}`);
    return plain(t("errors.unexpected"), 500);
  }
}

function plain(message: string, status: number): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" },
  });
}

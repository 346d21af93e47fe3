import { readDocument } from "@/lib/documents/read";
import { signedInRoute } from "@/app/_lib/route-handler";

type Params = { params: Promise<{ id: string }> };

/**
 * Downloads one document. The verb decides who may read it (404 out of scope) and
 * re-checks its hash (409 on a mismatch, without the bytes); the name is made by the
 * server and the browser is told to save, never to render or sniff, the file. It is a
 * link a person follows, so without a session it leads to the login page.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  return signedInRoute(
    request,
    async ({ ctx }) => {
      const document = await readDocument(ctx, (await params).id);
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
    },
    { anonymous: "login" },
  );
}

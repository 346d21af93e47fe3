import "server-only";
import type { Ctx } from "@/lib/context";
import { csvResponse, toCsv, type CsvCell } from "@/lib/export/csv";
import { signedInRoute } from "./route-handler";

/** A CSV download: the signed-in actor's verb builds the rows, written for the reader's spreadsheet. */
export function csvDownload(
  request: Request,
  fileName: string,
  build: (ctx: Ctx) => Promise<{ header: string[]; rows: CsvCell[][] }>,
): Promise<Response> {
  return signedInRoute(request, async ({ ctx }) => {
    const { header, rows } = await build(ctx);
    return csvResponse(toCsv(header, rows, ctx.actor.locale), fileName);
  });
}

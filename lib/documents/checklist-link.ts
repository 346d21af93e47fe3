import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checklistRules } from "@/db/schema";
import { mayOnRequest, type Relation } from "@/lib/access/request-access";
import { Invalid } from "@/lib/errors";
import type { Visibility } from "@/lib/requests/vocabulary";
import type { DocumentLanguage, DocumentType } from "./vocabulary";

const refuse = (key: string, field = "checklistItemKey"): never => {
  throw new Invalid("invalid", { [field]: [key] });
};

/**
 * A document linked to a checklist item provides it (lib/checklists), so the link must
 * make sense: the item exists, and a document of another type or language than the one the
 * item asks for (an annex offered as the English translation) is refused. The checklist
 * is the requesting side's preparation: the requested side links nothing.
 *
 * Only what the requested authority receives provides an item (lib/checklists/load.ts): an
 * internal document linked to one would be listed as providing it while the checklist
 * still said "missing". The link is refused instead, on the visibility the uploader chose.
 */
export async function checkChecklistLink(
  tx: Db,
  relation: Relation,
  itemKey: string,
  document: { type: DocumentType; language: DocumentLanguage; visibility: Visibility },
): Promise<void> {
  if (!mayOnRequest(relation, "seeInternal")) refuse("invalidChoice");
  const [rule] = await tx
    .select({ documentType: checklistRules.documentType, documentLanguage: checklistRules.documentLanguage })
    .from(checklistRules)
    .where(and(eq(checklistRules.key, itemKey), eq(checklistRules.active, true)));
  if (!rule) return refuse("invalidChoice");
  const typeDiffers = rule.documentType !== null && rule.documentType !== document.type;
  const languageDiffers = rule.documentLanguage !== null && rule.documentLanguage !== document.language;
  if (typeDiffers || languageDiffers) refuse("checklistItemMismatch");
  if (document.visibility !== "shared") refuse("checklistNeedsShared", "visibility");
}

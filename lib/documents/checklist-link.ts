import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checklistRules } from "@/db/schema";
import { mayOnRequest, type Relation } from "@/lib/access/request-access";
import { Invalid } from "@/lib/errors";
import type { DocumentLanguage, DocumentType } from "./vocabulary";

const refuse = (key: string): never => {
  throw new Invalid("invalid", { checklistItemKey: [key] });
};

/**
 * A document linked to a checklist item provides it (lib/checklists), so the link must
 * make sense: the item exists, and a document of another type or language than the one the
 * item asks for (an annex offered as the English translation) is refused. The checklist
 * is the requesting side's preparation: the requested side links nothing.
 */
export async function checkChecklistLink(
  tx: Db,
  relation: Relation,
  itemKey: string,
  document: { type: DocumentType; language: DocumentLanguage },
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
}

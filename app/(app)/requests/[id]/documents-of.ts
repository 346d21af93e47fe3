import { cache } from "react";
import { requestContext } from "@/lib/auth/session";
import { listDocuments } from "@/lib/documents/list";

/** The request's documents as the viewer may see them, read once per render: the documents and checklist sections share it. */
export const documentsOf = cache(async (requestId: string) => listDocuments(await requestContext(), requestId));

import "server-only";
import { forbidden, notFound } from "next/navigation";
import { Forbidden, NotFound } from "@/lib/errors";
import { noteRefusedAccess } from "./refused-access";

/**
 * Runs a page's reads: a verb's NotFound becomes the 404 page (existence not revealed),
 * Forbidden the 403 page. The verbs decide; pages only translate the answer. Either is a
 * refused access, recorded as a security event (the audit review).
 */
export async function loadOrDeny<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    await noteRefusedAccess("page", error);
    if (error instanceof NotFound) notFound();
    if (error instanceof Forbidden) forbidden();
    throw error;
  }
}

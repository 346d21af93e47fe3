"use server";

import { runAction, type ActionState } from "@/app/_lib/action-state";
import { isIntact, verifyIntegrity } from "@/lib/audit/verify-integrity";
import { requestContext } from "@/lib/auth/session";

/** Public POST endpoint: resolves the actor; the verb decides what they may verify (audit.verify, their scope). */
export async function verifyIntegrityAction(_previous: ActionState, _form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const report = await verifyIntegrity(await requestContext());
    return { ok: true, message: isIntact(report) ? "intact" : "broken", values: { report: JSON.stringify(report) } };
  });
}

import "server-only";
import type { ActionState } from "@/app/_lib/action-state";
import { requestContext } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { latestChange } from "@/lib/requests/latest-change";

/**
 * A write refused as stale says what changed the request since the version the form
 * carried (lib/requests/latest-change.ts), so that the alert can name it. Any other answer
 * passes through; if the change cannot be read, the plain "changed meanwhile" stays.
 */
export async function withStaleChange(state: ActionState, requestId: string, version: string): Promise<ActionState> {
  if (!state || state.ok || state.message !== "stale") return state;
  try {
    const change = await latestChange(await requestContext(), { requestId, since: version });
    return change ? { ...state, change: { ...change, at: change.at.toISOString() } } : state;
  } catch (error) {
    if (!isDomainError(error)) console.error(`[action] latest change unreadable: ${error instanceof Error ? error.name : typeof error}`);
    return state;
  }
}

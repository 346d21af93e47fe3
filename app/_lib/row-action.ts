import "server-only";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { isDomainError } from "@/lib/errors";

/**
 * A table row's button (disable, change role, close a unit…) answers by redirecting back to
 * its page with `notice=<notice>` or `error=<code>` (works without JavaScript); `details`
 * adds what the error's message needs (e.g. a count). Anything but a domain error is logged
 * by name only and shown as "unexpected".
 */
export async function rowAction(
  path: string,
  work: () => Promise<unknown>,
  notice: string,
  details?: (error: unknown) => string,
): Promise<never> {
  let outcome = `notice=${notice}`;
  try {
    await work();
  } catch (error) {
    unstable_rethrow(error);
    if (!isDomainError(error)) console.error(`[action] unexpected ${error instanceof Error ? error.name : typeof error}`);
    outcome = `error=${isDomainError(error) ? error.code : "unexpected"}${details?.(error) ?? ""}`;
  }
  revalidatePath(path);
  redirect(`${path}?${outcome}`);
}

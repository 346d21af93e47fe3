"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { oidcEnabled } from "@/lib/env";

/** `step: "code"`: the password was right and the account's second factor is asked for next. */
export type LoginState = { error?: string; email?: string; step?: "code" } | null;

const FAILURES = new Set(["invalid", "disabled", "throttled", "codeInvalid", "codeUsed", "recoveryCodeUsed"]);
/** Failures of the code: the form stays at the code step. */
const CODE_FAILURES = new Set(["codeInvalid", "codeUsed", "recoveryCodeUsed"]);

/** Public endpoint by nature: the credentials themselves are the check (lib/users/authenticate). */
export async function login(_previous: LoginState, form: FormData): Promise<LoginState> {
  const email = form.get("email");
  const password = form.get("password");
  const code = form.get("code");
  if (typeof email !== "string" || typeof password !== "string" || !email.trim() || !password) {
    return { error: "invalid", email: typeof email === "string" ? email : "" };
  }
  try {
    await signIn("credentials", { email, password, code: typeof code === "string" ? code : "", redirectTo: "/" });
    return null;
  } catch (error) {
    if (error instanceof AuthError) {
      const reason = error instanceof CredentialsSignin ? error.code : "invalid";
      if (reason === "codeRequired") return { email, step: "code" };
      if (CODE_FAILURES.has(reason)) return { error: reason, email, step: "code" };
      return { error: FAILURES.has(reason) ? reason : "invalid", email };
    }
    throw error; // the redirect after a successful sign-in
  }
}

export async function loginWithSso(): Promise<void> {
  if (!oidcEnabled()) return;
  await signIn("oidc", { redirectTo: "/" });
}

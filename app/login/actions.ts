"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { oidcEnabled } from "@/lib/env";

export type LoginState = { error?: string; email?: string } | null;

const FAILURES = new Set(["invalid", "disabled", "throttled"]);

/** Public endpoint by nature: the credentials themselves are the check (lib/users/authenticate). */
export async function login(_previous: LoginState, form: FormData): Promise<LoginState> {
  const email = form.get("email");
  const password = form.get("password");
  if (typeof email !== "string" || typeof password !== "string" || !email.trim() || !password) {
    return { error: "invalid", email: typeof email === "string" ? email : "" };
  }
  try {
    await signIn("credentials", { email, password, redirectTo: "/" });
    return null;
  } catch (error) {
    if (error instanceof AuthError) {
      const code = error instanceof CredentialsSignin && FAILURES.has(error.code) ? error.code : "invalid";
      return { error: code, email };
    }
    throw error; // the redirect after a successful sign-in
  }
}

export async function loginWithSso(): Promise<void> {
  if (!oidcEnabled()) return;
  await signIn("oidc", { redirectTo: "/" });
}

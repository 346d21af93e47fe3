import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { eq } from "drizzle-orm";
import { database } from "@/db";
import { users } from "@/db/schema";
import { env, oidcEnabled } from "@/lib/env";
import { clientIp } from "@/lib/security/client-ip";
import { authenticate, normalizeEmail, type SignInFailure } from "@/lib/users/authenticate";
import { loginThrottle } from "@/lib/users/throttle";
import { takeRenewal } from "./session-renewal";

/** Carries why a sign-in failed to the login page; the code is a message key, never a detail. */
class SignInRefused extends CredentialsSignin {
  constructor(reason: SignInFailure) {
    super();
    this.code = reason;
  }
}

/** Session lifetime: a working day. The token is re-checked against the database on every request. */
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

function providers(): Provider[] {
  const e = env();
  const list: Provider[] = [
    Credentials({
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        /** The second factor: a TOTP code or a recovery code, asked for once the password is right. */
        code: { label: "Code", type: "text" },
      },
      async authorize(credentials, request) {
        const result = await authenticate(
          database().db,
          new Date(),
          loginThrottle(),
          { email: String(credentials?.email ?? ""), password: String(credentials?.password ?? ""), code: String(credentials?.code ?? "") },
          { ip: clientIp(request.headers) },
        );
        if (!result.ok) throw new SignInRefused(result.reason);
        return { id: result.userId, sessionVersion: result.sessionVersion };
      },
    }),
  ];
  if (oidcEnabled(e)) {
    list.push({
      id: "oidc",
      name: e.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: e.AUTH_OIDC_ISSUER,
      clientId: e.AUTH_OIDC_CLIENT_ID,
      clientSecret: e.AUTH_OIDC_CLIENT_SECRET,
    });
  }
  return list;
}

/** An SSO identity is accepted only for an existing, active account with the same e-mail. */
async function accountForSso(email: unknown) {
  if (typeof email !== "string") return undefined;
  const [user] = await database()
    .db.select({ id: users.id, active: users.active, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .limit(1);
  return user?.active ? user : undefined;
}

const config: NextAuthConfig = {
  providers: providers(),
  secret: env().AUTH_SECRET,
  // Self-hosted behind the operator's reverse proxy, which sets the Host header.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  // Auth.js logs failed sign-ins as errors with stack traces; a wrong password is not an error.
  logger: {
    error(error) {
      // By class, not by name: the production build shortens class names.
      if (!(error instanceof CredentialsSignin)) console.error(`[auth] ${error.name}: ${error.message}`);
    },
    warn() {},
  },
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      // An address the provider has not verified proves nothing about who signs in.
      if (profile?.email_verified === false) return false;
      return Boolean(await accountForSso(profile?.email));
    },
    async jwt({ token, user, account, profile, trigger, session }) {
      if (account?.provider === "oidc") {
        const sso = await accountForSso(profile?.email);
        // `sso`: the identity provider vouched for the second factor (lib/users/account-setup.ts).
        if (sso) Object.assign(token, { uid: sso.id, sv: sso.sessionVersion, sso: true });
      } else if (user) {
        const signedIn = user as { id: string; sessionVersion: number };
        Object.assign(token, { uid: signedIn.id, sv: signedIn.sessionVersion });
      } else if (trigger === "update") {
        // Only a grant made by this server (after a password change) moves the version on.
        const renewed = takeRenewal((session as { renewal?: unknown } | undefined)?.renewal, token.uid);
        if (renewed !== undefined) token.sv = renewed;
      }
      return token;
    },
    session({ session, token }) {
      // Only the identifiers travel; role, unit and status are read from the database.
      return { expires: session.expires, uid: token.uid, sv: token.sv, sso: token.sso === true } as unknown as typeof session;
    },
  },
};

export const { handlers, auth, signIn, signOut, unstable_update: updateSession } = NextAuth(config);

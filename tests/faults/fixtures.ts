import { connect } from "@/db/client";
import { migrate } from "@/db/migrate";
import { userTotp } from "@/db/schema";
import type { Role } from "@/lib/access/roles";
import type { Ctx } from "@/lib/context";
import { localIsoDate } from "@/lib/dates";
import { transitionRequest, type TransitionInput } from "@/lib/requests/transition-request";
import { sealSecret } from "@/lib/users/secret-box";
import { sessionCookie } from "../bench/http/sessions";
import { actorFor, makeUser } from "../support/factories";
import { draftRequest, waiveMissingItems, type RequestHandle } from "../support/requests";

/**
 * The people and requests the fault runs act on, made through the domain verbs in the
 * database before the server starts: requests transmitted to the Philippines, on which the
 * officer asks questions and the magistrate answers them (a move that can repeat without
 * end), and drafts on which magistrates upload documents.
 */

export interface Person {
  id: string;
  /** The `Cookie` header of a signed-in session (minted as Auth.js would, see tests/bench/http/sessions.ts). */
  cookie: string;
}

export interface Fixtures {
  magistrate: Person;
  officer: Person;
  /** Transmitted requests, for the question / answer moves. */
  moveRequests: string[];
  /** Drafts, one per uploader (the upload rate limit is per person). */
  uploads: { uploader: Person; requestId: string }[];
}

export async function makeFixtures(dbUrl: string, authSecret: string, counts: { moveRequests: number; uploaders: number }): Promise<Fixtures> {
  const conn = connect({ url: dbUrl });
  try {
    await migrate(conn);
    const db = conn.db;
    const now = new Date();
    const person = async (role: Role, unitCode?: string): Promise<Ctx & { cookie: string }> => {
      const user = await makeUser(db, { role, unitCode });
      // Liaison officers must have a second factor before anything else.
      if (role === "liaison_officer") await db.insert(userTotp).values({ userId: user.id, secret: sealSecret("JBSWY3DPEHPK3PXP", user.id), confirmedAt: now, updatedAt: now });
      const ctx: Ctx = { actor: await actorFor(db, user), db, now: () => new Date() };
      return { ...ctx, cookie: await sessionCookie(authSecret, user) };
    };
    const magistrate = await person("magistrate");
    const manager = await person("manager");
    const officer = await person("liaison_officer");

    const today = localIsoDate(now, "Europe/Paris");
    const move = async (ctx: Ctx, handle: RequestHandle, transition: TransitionInput["transition"]) => {
      await transitionRequest(ctx, { requestId: handle.id, version: handle.version, transition, channel: "central_authority", transmittedOn: today });
      handle.version += 1;
    };
    const moveRequests: string[] = [];
    for (let i = 0; i < counts.moveRequests; i++) {
      const handle = await draftRequest(magistrate);
      await move(magistrate, handle, "submit");
      await move(manager, handle, "validate");
      await waiveMissingItems(manager, handle);
      await move(magistrate, handle, "transmit");
      moveRequests.push(handle.id);
    }
    const uploads: Fixtures["uploads"] = [];
    for (let i = 0; i < counts.uploaders; i++) {
      const uploader = await person("magistrate");
      uploads.push({ uploader: { id: uploader.actor.id, cookie: uploader.cookie }, requestId: (await draftRequest(uploader)).id });
    }
    const pick = (p: Ctx & { cookie: string }): Person => ({ id: p.actor.id, cookie: p.cookie });
    return { magistrate: pick(magistrate), officer: pick(officer), moveRequests, uploads };
  } finally {
    await conn.close();
  }
}

import type { Db } from "@/db/client";
import type { Actor } from "@/lib/access/actor";

/** What every domain verb receives (docs/architecture.md): who acts, on which database, at what time. */
export interface Ctx {
  actor: Actor;
  db: Db;
  /** Injected so that deadlines and tests are deterministic. */
  now: () => Date;
}

export const systemClock = () => new Date();

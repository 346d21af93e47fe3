import type { Fixtures } from "./fixtures";
import type { PrivateCluster } from "./postgres";
import type { AppServer } from "../support/app-server";

/** What every fault run acts on: the production server, its database and the fixtures in it. */
export interface Stage {
  root: string;
  dbUrl: string;
  cluster: PrivateCluster;
  /** The server now running (a new one after each restart). */
  server: AppServer;
  /** Starts the server again on the same port, database and environment. */
  restartApp(): Promise<void>;
  fixtures: Fixtures;
  moveRequestIds: string[];
}

export interface Outcome {
  name: string;
  /** Empty when the run passed. */
  problems: string[];
  details: string[];
}

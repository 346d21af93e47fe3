/**
 * Runs once when a server starts (see lib/server-start.ts). The Node-only work is
 * imported only in the Node.js runtime so that the edge bundle stays clean.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./lib/server-start");
  await startServer();
}

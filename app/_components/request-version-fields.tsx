/**
 * Which request a form writes to, and the version of it the page showed: the verb refuses
 * the write as stale if someone changed the request since.
 */
export function RequestVersionFields({ requestId, version }: { requestId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

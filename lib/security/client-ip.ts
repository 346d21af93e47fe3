/**
 * The client's IP as the nearest proxy saw it: the last X-Forwarded-For entry. The reverse
 * proxy in front of the app appends the address it received the request from (or sets the
 * header), and Next.js sets it to the socket's address when nobody did; entries further left
 * were written by the client and prove nothing. Used to throttle, never to authorise.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim() || headers.get("x-real-ip")?.trim();
  // An address, not whatever text a client put there.
  return last && /^[0-9a-fA-F:.]{2,45}$/.test(last) ? last.toLowerCase() : null;
}

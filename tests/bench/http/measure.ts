import autocannon from "autocannon";

/**
 * One measurement: autocannon on one target at one concurrency for a fixed time. Latencies
 * are kept per response (autocannon's histogram has no 95th percentile), and anything but a
 * 2xx counts against the page: a redirect to /login is a failure here, not a fast answer.
 */

/** What a target stands for in the targets of issue 13 (report.ts). */
export type TargetKind = "floor" | "staticRows" | "list" | "requestPage" | "home" | "dashboard" | "wideDashboard" | "transition";

export interface Target {
  name: string;
  kind: TargetKind;
  path: string;
  cookie: string;
  /** Text the page must contain, and text it must not (an error notice), checked while warming up. */
  marker?: string;
  absent?: string;
  /** For requests that differ each time (server actions): the method, path, headers and body of the next one. */
  next?: () => { method: "POST"; path: string; headers: Record<string, string>; body: string };
}

export interface Measurement {
  name: string;
  kind: TargetKind;
  connections: number;
  seconds: number;
  responses: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export async function measure(baseUrl: string, target: Target, connections: number, seconds: number): Promise<Measurement> {
  const latencies: number[] = [];
  const next = target.next;
  const options: autocannon.Options = {
    url: `${baseUrl}${target.path}`,
    connections,
    duration: seconds,
    // A slow page is measured as slow, not cut off by the default 10 s.
    timeout: 60,
    headers: { cookie: target.cookie },
    requests: next
      ? [
          {
            setupRequest: (request) => {
              const { method, path, headers, body } = next();
              return { ...request, method, path, headers: { ...headers, cookie: target.cookie }, body };
            },
          },
        ]
      : undefined,
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    name: target.name,
    kind: target.kind,
    connections,
    seconds: result.duration,
    responses: latencies.length,
    requestsPerSecond: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** A few requests before measuring (the first render of a route fills caches), each of which must succeed. */
export async function warmUp(baseUrl: string, target: Target, times = 3): Promise<void> {
  for (let i = 0; i < times; i++) {
    const request = target.next?.();
    const response = await fetch(`${baseUrl}${request?.path ?? target.path}`, {
      method: request?.method ?? "GET",
      headers: { ...request?.headers, cookie: target.cookie },
      body: request?.body,
      redirect: "manual",
    });
    const body = await response.text();
    const what = `${target.name}: ${request?.method ?? "GET"} ${request?.path ?? target.path}`;
    if (response.status < 200 || response.status > 299) throw new Error(`${what} answered ${response.status} (${body.slice(0, 300)})`);
    if (target.marker && !body.includes(target.marker)) throw new Error(`${what} answered without ${JSON.stringify(target.marker)}.`);
    if (target.absent && body.includes(target.absent)) throw new Error(`${what} answered with ${JSON.stringify(target.absent)}.`);
  }
}

/**
 * Requests still in flight when a measurement ends are dropped by autocannon but still run
 * on the server: the next measurement starts once they must have finished.
 */
export function settle(m: Measurement): Promise<void> {
  const wait = Math.min(15_000, Math.max(500, 1.5 * (Number.isNaN(m.p99) ? m.seconds * 1000 : m.p99)));
  return new Promise((resolve) => setTimeout(resolve, wait));
}

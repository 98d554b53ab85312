/**
 * What a perfect server would do under load: Little's law, L = X·W (requests in the system =
 * throughput × time in the system). In a closed model the C connections keep C requests in the
 * system, so X = C / W.
 *
 * - I/O server (`/delay?ms=d`): waits overlap freely, W = d, so X = C / d.
 * - CPU server (`/work?ms=c`): at most `lanes = min(C, threads, cores)` requests compute at once
 *   (threads = 1 on the event loop), so X = lanes / c, and the other requests queue:
 *   W = C / X = C·c / lanes.
 * - Open model (`--rate R`): the arrival rate caps it: X = min(R, closed-model X).
 * Throughput is in req/s and times in ms, hence the factors of 1000.
 */

/** An ideal throughput with the formula that gave it, for `ideal` and `idealFormula`. */
export interface IdealThroughput {
  reqPerS: number;
  formula: string;
}

/** Ideal throughput of the I/O server at C connections: C × 1000 / d req/s. */
export function ioThroughput(connections: number, delayMs: number): IdealThroughput {
  if (delayMs <= 0) return { reqPerS: Number.POSITIVE_INFINITY, formula: `C/d = ${connections}/0 (unbounded)` };
  return { reqPerS: (connections * 1000) / delayMs, formula: `C*1000/d = ${connections}*1000/${delayMs}` };
}

/** Requests that can compute at once: min(C, threads, cores). */
export function cpuLanes(connections: number, threads: number, cores: number): number {
  return Math.max(1, Math.min(connections, threads, cores));
}

/**
 * Ideal throughput of the CPU server with `threads` computing threads (1 = the event loop):
 * min(C, threads, cores) × 1000 / c req/s. C enters because one connection has one request in
 * flight, so a single connection cannot keep two threads busy.
 */
export function cpuThroughput(connections: number, cpuMs: number, threads: number, cores: number): IdealThroughput {
  const lanes = cpuLanes(connections, threads, cores);
  if (cpuMs <= 0) return { reqPerS: Number.POSITIVE_INFINITY, formula: `lanes*1000/c = ${lanes}*1000/0 (unbounded)` };
  return {
    reqPerS: (lanes * 1000) / cpuMs,
    formula: `min(C,threads,cores)*1000/c = min(${connections},${threads},${cores})*1000/${cpuMs}`,
  };
}

/** Open model: the arrival rate R caps the closed-model ideal. */
export function openThroughput(rate: number, closed: IdealThroughput): IdealThroughput {
  if (rate < closed.reqPerS) return { reqPerS: rate, formula: `min(R, ${closed.formula}) = R = ${rate}` };
  return { reqPerS: closed.reqPerS, formula: `min(R=${rate}, ${closed.formula})` };
}

/**
 * Ideal time in the system of one request in a closed model, from Little's law: W = C / X, in ms.
 * For the CPU server on the event loop this is C·c: latency grows linearly with connections.
 */
export function closedLatencyMs(connections: number, ideal: IdealThroughput): number {
  return (connections * 1000) / ideal.reqPerS;
}

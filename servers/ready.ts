/**
 * The readiness probe: polls `GET <url>/health` until it answers 200 or the time is up.
 * Each probe uses its own connection (no agent), so nothing stays open after it returns.
 */
import http from 'node:http';

/** Time between probes, in ms. */
const PROBE_INTERVAL_MS = 50;

/**
 * Resolves once `GET <url>/health` answers 200; rejects with the last failure after `timeoutMs`.
 * @param url the server's base URL, e.g. `http://127.0.0.1:4001`
 * @param timeoutMs @default 5000
 */
export async function waitForHealth(url: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const healthUrl = new URL('/health', url);
  let last = 'no answer';
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`${healthUrl.href} not healthy after ${timeoutMs} ms (${last})`);
    try {
      const status = await probe(healthUrl, Math.min(left, 1000));
      if (status === 200) return;
      last = `status ${status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(PROBE_INTERVAL_MS, Math.max(0, deadline - Date.now()))));
  }
}

function probe(url: URL, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs, headers: { connection: 'close' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
  });
}

/**
 * The first stdout line of a starting process that `accept` takes (a parsed JSON line; undefined:
 * not the ready line); rejects when the process exits first, quoting the last line of its stderr.
 */
export function readyLine<T>(
  stdout: NodeJS.ReadableStream,
  exited: Promise<{ code: number | null; signal: string | null }>,
  lastStderrLine: () => string,
  accept: (value: unknown) => T | undefined,
  who = 'the server process',
): Promise<T> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    stdout.setEncoding('utf8');
    const onData = (chunk: string): void => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) !== -1) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          continue;
        }
        const accepted = accept(value);
        if (accepted !== undefined) {
          stdout.off('data', onData);
          resolve(accepted);
          return;
        }
      }
    };
    stdout.on('data', onData);
    void exited.then(({ code, signal }) => {
      // Let stderr drain before quoting it.
      setImmediate(() => {
        const how = signal === null ? `exited with code ${String(code)}` : `was killed by ${signal}`;
        const said = lastStderrLine();
        reject(new Error(`${who} ${how}${said === '' ? '' : `: ${said}`}`));
      });
    });
  });
}

/** `promise`, or a rejection `not ready within ms ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`not ready within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

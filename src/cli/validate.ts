/**
 * One validator per kind, after node core's lib/internal/validators.js: each takes the raw value and
 * the option's name and throws an InvalidOptionError whose message names both and what is accepted.
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { InvalidOptionError } from '../errors.js';

/** Parses a decimal integer within [min, max]; `name` is how the user spells the option (`--tasks`). */
export function validateInteger(
  raw: string | number | undefined,
  name: string,
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
): number {
  const text = String(raw ?? '').trim();
  const value = /^[-+]?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
    throw new InvalidOptionError(`${name} must be ${range} (got '${text}')`);
  }
  return value;
}

/** Parses a finite number within [min, max]. */
export function validateNumber(raw: string | number | undefined, name: string, min: number, max: number): number {
  const text = String(raw ?? '').trim();
  const value = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new InvalidOptionError(`${name} must be a number from ${min} to ${max} (got '${text}')`);
  }
  return value;
}

/** Checks that `raw` is one of `allowed`. */
export function validateOneOf<T extends string>(raw: string | undefined, name: string, allowed: readonly T[]): T {
  if (raw !== undefined && (allowed as readonly string[]).includes(raw)) return raw as T;
  throw new InvalidOptionError(`${name} must be one of ${allowed.join(', ')} (got '${raw ?? ''}')`);
}

/** Parses a comma-separated list whose items are each one of `allowed`; duplicates are dropped. */
export function validateList<T extends string>(raw: string | undefined, name: string, allowed: readonly T[]): T[] {
  const items = String(raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (items.length === 0) {
    throw new InvalidOptionError(`${name} must list one or more of ${allowed.join(', ')} (got '${raw ?? ''}')`);
  }
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new InvalidOptionError(`${name} accepts ${allowed.join(', ')} (got '${item}')`);
    }
  }
  return [...new Set(items)] as T[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Checks a `--target` URL: http(s) only; a non-loopback host needs `--allow-remote`. */
export function validateTarget(raw: string, allowRemote: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidOptionError(`--target must be an http:// or https:// URL (got '${raw}')`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidOptionError(`--target must be an http:// or https:// URL (got '${raw}')`);
  }
  const host = url.hostname;
  const loopback = LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
  if (!loopback && !allowRemote) {
    throw new InvalidOptionError(
      `--target ${host} is not on this machine: add --allow-remote to send up to --tasks concurrent requests to it`,
    );
  }
  return url.href;
}

/**
 * Checks an output path: not empty, and not already the other kind (a `file` path that is a folder, or a
 * `folder` path that is a file), so a bad path fails before a run rather than after it.
 */
export function validateOutputPath(raw: string | undefined, name: string, kind: 'file' | 'folder'): string {
  const text = raw ?? '';
  if (text.trim() === '') throw new InvalidOptionError(`${name} must be a ${kind} path (got an empty string)`);
  let isFolder: boolean | undefined;
  try {
    isFolder = statSync(text).isDirectory();
  } catch {
    isFolder = undefined; // not there yet: the writer creates it
  }
  if (isFolder === true && kind === 'file') throw new InvalidOptionError(`${name} must be a file path ('${text}' is a folder)`);
  if (isFolder === false && kind === 'folder') throw new InvalidOptionError(`${name} must be a folder path ('${text}' is a file)`);
  return text;
}

/** `--label`: 1..64 printable characters, no line breaks (it heads a column of the merged report). */
export function validateLabel(raw: string): string {
  const label = raw.trim();
  if (label.length === 0 || label.length > 64 || [...label].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127)) {
    throw new InvalidOptionError(`--label must be 1 to 64 printable characters (got ${JSON.stringify(raw)})`);
  }
  return label;
}

/** The methods `--method` accepts. */
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

/** `--method`: one of HTTP_METHODS, in any case. */
export function validateMethod(raw: string): string {
  return validateOneOf(raw.trim().toUpperCase(), '--method', HTTP_METHODS);
}

/** An HTTP header name: RFC 9110's token characters. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * `--header 'Name: value'` -> [name, value]. The value is never echoed in an error (it may be a
 * token): a bad one is named by its header and what is wrong with it.
 */
export function validateHeader(raw: string): [string, string] {
  const colon = raw.indexOf(':');
  const name = colon === -1 ? raw.trim() : raw.slice(0, colon).trim();
  if (colon === -1 || !TOKEN.test(name)) {
    throw new InvalidOptionError(`--header must be 'Name: value' with a name of letters, digits and !#$%&'*+.^_\`|~- (got a header named '${name.slice(0, 40)}')`);
  }
  const value = raw.slice(colon + 1).trim();
  if ([...value].some((ch) => ch === '\r' || ch === '\n' || ch === '\0')) {
    throw new InvalidOptionError(`--header ${name}: the value must be one line (it holds a line break or NUL)`);
  }
  return [name, value];
}

/** `--body STRING|@FILE`: the string, or the text of FILE (read here, at the edge). */
export function validateBody(raw: string): string {
  if (!raw.startsWith('@')) return raw;
  const path = raw.slice(1);
  if (path === '') throw new InvalidOptionError('--body @FILE needs a file name after the @');
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new InvalidOptionError(`--body @${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot read it (${code})`}`);
  }
}

/** Runs node's parseArgs and turns its errors into one-line InvalidOptionErrors. */
export function parseOrThrow<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'bad arguments';
    throw new InvalidOptionError(message.replace(/\. To specify a positional argument.*$/, ''));
  }
}

/**
 * `--python`: a name looked up on PATH when the suite runs, or a path that must be an executable
 * file now (a typo is one line and exit 2, not a skipped suite).
 */
export function validatePython(raw: string): string {
  if (raw.trim() === '') throw new InvalidOptionError('--python must be an interpreter: a path or a name on PATH (got an empty string)');
  if (!raw.includes('/')) return raw;
  try {
    accessSync(raw, constants.X_OK);
    if (!statSync(raw).isFile()) throw new Error('not a file');
  } catch {
    throw new InvalidOptionError(`--python ${raw}: no executable file there`);
  }
  return raw;
}

/** `--pool-sizes`: UV_THREADPOOL_SIZE values for the files suite, 1..1024 (libuv's own limit), distinct, ascending. */
export function validatePoolSizes(raw: string): number[] {
  const parts = raw.split(',').map((p) => p.trim());
  const sizes = parts.map((p) => validateInteger(p, '--pool-sizes', 1, 1024));
  if (new Set(sizes).size !== sizes.length) throw new InvalidOptionError(`--pool-sizes must not repeat a size (got ${raw})`);
  if (sizes.length > 8) throw new InvalidOptionError(`--pool-sizes takes at most 8 sizes, one child process each (got ${sizes.length})`);
  return [...sizes].sort((a, b) => a - b);
}

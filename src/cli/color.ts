/**
 * Whether the end-of-run table gets ANSI colours: on when stdout is a terminal, with the two
 * conventions users set in CI and shells. FORCE_COLOR wins, as in Node's own tty.getColorDepth():
 * empty, 1, 2, 3 or true force colour on, anything else (0, false) forces it off. Otherwise a
 * non-empty NO_COLOR turns it off (no-color.org), and so does TERM=dumb.
 */

/** The environment variables read (process.env fits). */
export type ColorEnv = Readonly<Record<string, string | undefined>>;

const FORCE_ON = new Set(['', '1', '2', '3', 'true']);

/** True when output to a stream that `isTTY` describes should be coloured under `env`. */
export function shouldColor(env: ColorEnv, isTTY: boolean | undefined): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return FORCE_ON.has(force);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY === true;
}

/**
 * Progress on stderr, listening to the runner's events (after autocannon's progressTracker): on a
 * TTY one live line per strategy, redrawn as samples arrive; otherwise plain lines, one per
 * finished strategy, so CI logs stay readable. A warning is one line, written once.
 */
import { formatNumber } from '../format.js';
import type { ProgressEvent } from '../measure/suite.js';

interface ProgressWriter {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export function createProgress(out: ProgressWriter = process.stderr): (event: ProgressEvent) => void {
  const tty = out.isTTY === true;
  let live = false;
  const warned = new Set<string>();
  const clear = () => {
    if (live) out.write('\r\x1b[2K');
    live = false;
  };
  return (event) => {
    switch (event.type) {
      case 'suite-start':
        clear();
        out.write(`${event.runs && event.runs > 1 ? `run ${event.run}/${event.runs} ` : ''}[${event.index + 1}/${event.total}] ${event.suite}: ${event.title}\n`);
        break;
      case 'measure-start':
        if (tty) {
          clear();
          out.write(`  ${event.label} ...`);
          live = true;
        }
        break;
      case 'sample':
        if (tty) {
          out.write(`\r\x1b[2K  ${event.label}  sample ${event.index + 1}: ${formatNumber(event.ms)} ms`);
          live = true;
        }
        break;
      case 'measure-end': {
        clear();
        const r = event.result;
        if (r.state === 'completed') {
          const errors = r.taskErrors > 0 ? `, ${r.taskErrors} task errors` : '';
          out.write(
            `  ${event.label.padEnd(24)} ${formatNumber(r.stats.median).padStart(7)} ${r.unit}  ±${formatNumber(r.stats.rme)}%  (${r.samples.length} samples${errors})\n`,
          );
        } else {
          out.write(`  ${event.label.padEnd(24)} errored: ${r.error.message}\n`);
        }
        break;
      }
      case 'suite-end':
        clear();
        out.write(`  ${event.suite} ${event.state} in ${(event.durationMs / 1000).toFixed(1)} s\n`);
        break;
      case 'note':
        clear();
        out.write(`  ${event.message}\n`);
        break;
      case 'warning':
        // Once per bench: with --runs R a suite meets the same skipped point R times.
        if (warned.has(event.message)) break;
        warned.add(event.message);
        clear();
        out.write(`asyncbench: warning: ${event.message}\n`);
        break;
    }
  };
}

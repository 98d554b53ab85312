/**
 * files-starvation.png: the latency (median of calls) of the pool's other users, idle beside while N
 * slow file reads hold libuv's pool, one bar group per victim (crypto.pbkdf2, dns.lookup), the CI of
 * each median as whiskers and the model of the loaded call (idle + ⌊N/size⌋·d) as a
 * dashed mark; a log axis, since the two differ by about two decades.
 */
import type { ChartConfiguration } from 'chart.js';
import type { CompletedResult, ResultsFile } from '../../results/schema.js';
import { formatMs } from '../format.js';
import { logStepBounds, spansDecades } from './axes.js';
import type { ChartDefinition } from './chart.js';
import { axis, houseChart, idealLegendEntry } from './config.js';
import { completedOf, findSuite } from './data.js';
import { chartFrame } from './frame.js';
import { wrap } from './python-vs-node.js';

/** The victims, in the order drawn: the strategy the suite records and what it calls. */
export const VICTIMS = [
  { strategy: 'pbkdf2', name: 'crypto.pbkdf2', does: 'CPU work on the pool' },
  { strategy: 'dns-lookup', name: 'dns.lookup', does: 'getaddrinfo on the pool' },
] as const;

/** Idle: the pool free; loaded: the pool held by slow reads. */
export const STARVATION_COLORS = { idle: '#16a34a', loaded: '#dc2626' } as const;

/** The widest line of a category label (two groups share 1100 px). */
const LABEL_CHARS = 56;

const isVictim = (r: { strategy: string; point: Record<string, number> }) =>
  VICTIMS.some((v) => v.strategy === r.strategy) && typeof r.point.fileLoad === 'number';

/** A victim's idle result (fileLoad 0) and its result under the largest load. */
interface Pair {
  idle: CompletedResult | undefined;
  loaded: CompletedResult | undefined;
}

function pairOf(rows: readonly CompletedResult[], strategy: string): Pair {
  const mine = rows.filter((r) => r.strategy === strategy);
  const loaded = mine.filter((r) => (r.point.fileLoad ?? 0) > 0).sort((a, b) => (b.point.fileLoad ?? 0) - (a.point.fileLoad ?? 0))[0];
  return { idle: mine.find((r) => r.point.fileLoad === 0), loaded };
}

/** ` — pbkdf2 1.1 ms → 78 ms (model 76.1 ms); dns.lookup 0.3 ms → 77 ms (model 75.3 ms)`, for the victims with both bars. */
function finding(pairs: ReadonlyArray<{ name: string; pair: Pair }>): string {
  const parts = pairs.flatMap(({ name, pair: { idle, loaded } }) =>
    idle && loaded ? [`${name} ${formatMs(idle.stats.median)} → ${formatMs(loaded.stats.median)} (model ${formatMs(loaded.ideal)})`] : [],
  );
  return parts.length > 0 ? ` — ${parts.join('; ')}` : '';
}

export const filesStarvationChart: ChartDefinition = {
  file: 'files-starvation.png',
  caption: "Starvation: latency of crypto.pbkdf2 and dns.lookup idle and while slow file reads hold libuv's pool (log scale), the loaded call's model dashed, whiskers: CI of the median",
  appliesTo(results) {
    const suite = findSuite(results, 'files');
    return suite !== undefined && (suite.results.some(isVictim) || suite.state !== 'completed');
  },
  config(results: ResultsFile): ChartConfiguration {
    const rows = completedOf(findSuite(results, 'files')).filter(isVictim);
    const pairs = VICTIMS.map((v) => ({ ...v, pair: pairOf(rows, v.strategy) }));
    const loads = [...new Set(pairs.flatMap(({ pair }) => (pair.loaded ? [pair.loaded.point.fileLoad as number] : [])))];
    const sizes = [...new Set(rows.map((r) => r.point.poolSize).filter((s): s is number => typeof s === 'number'))];
    const reads = loads.length > 0 ? `${loads.join(' or ')} reads` : 'reads';
    const threads = sizes.length > 0 ? `${sizes.join(' or ')} thread${sizes.length === 1 && sizes[0] === 1 ? '' : 's'}` : 'the pool';
    const frame = chartFrame(results, `Slow file reads starve libuv's pool: latency idle and while ${reads} hold ${threads}`, 'files');
    if (rows.length === 0) return frame.missing('No pbkdf2 or dns-lookup results at {fileLoad} in the files suite');

    // The suite's own words for the call when it recorded them, led by the name unless they start with it.
    const labels = pairs.map(({ name, does, pair }) => {
      const victim = pair.loaded?.params.victim ?? pair.idle?.params.victim;
      if (typeof victim !== 'string' || victim === '') return [name, does];
      return victim.startsWith(name) ? wrap(victim, LABEL_CHARS) : [name, ...wrap(victim, LABEL_CHARS)];
    });
    const series = (label: string, color: string, pick: (p: Pair) => CompletedResult | undefined, marked: boolean) => {
      const bars = pairs.map(({ pair }) => pick(pair));
      return {
        type: 'bar' as const,
        label,
        data: bars.map((r) => r?.stats.median ?? null),
        backgroundColor: color,
        borderColor: color,
        pointStyle: 'rect' as const,
        skipNull: true,
        maxBarThickness: 140,
        errorBars: bars.map((r) => (r ? { low: r.stats.ci.low, high: r.stats.ci.high } : null)),
        // The idle call's model is its own median: only the loaded call's is worth a mark.
        idealMarks: bars.map((r) => (r && marked ? r.ideal : null)),
        valueLabels: bars.map((r) => (r ? formatMs(r.stats.median) : null)),
      };
    };
    const datasets = [
      series('idle (no file reads)', STARVATION_COLORS.idle, (p) => p.idle, false),
      series(`while ${reads} of slow files hold the pool`, STARVATION_COLORS.loaded, (p) => p.loaded, true),
    ];
    const all = datasets
      .flatMap((d) => [...d.data, ...d.idealMarks, ...d.errorBars.flatMap((e) => (e ? [e.low, e.high] : []))])
      .filter((v): v is number => v !== null && v > 0);
    const log = spansDecades(all);
    const options = frame.options(finding(pairs));
    return houseChart(
      'bar',
      options,
      { labels, datasets: [...datasets, idealLegendEntry('model of the loaded call: idle + ⌊N/size⌋·d (dashed)')] as ChartConfiguration['data']['datasets'] },
      {
        x: { ...axis('the call that needs a pool thread', { category: true }), ticks: { ...(axis('').ticks as object), autoSkip: false, maxRotation: 0 } },
        y: axis(`median latency of one call (ms, lower is better${log ? ', log scale' : ''})`, {
          log,
          ...(log ? logStepBounds(all) : { beginAtZero: true, suggestedMax: Math.max(1, ...all) * 1.15 }),
        }),
      },
    );
  },
};

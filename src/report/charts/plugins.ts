/**
 * The canvas plugins of the house style: they draw what chart.js lacks (error bars, ideal marks, value
 * labels, a notice) from the extra fields of a plain config (see HouseDatasetExtras in config.ts).
 */
import type { Chart, Plugin } from 'chart.js';
import { IDEAL_COLOR, TEXT_COLOR } from '../palette.js';
import { FONT_FAMILY, FONT_SIZES, type HouseDatasetExtras, type NoticeOptions } from './config.js';

type DatasetMeta = ReturnType<Chart['getDatasetMeta']>;
type Scale = NonNullable<Chart['scales'][string]>;

/**
 * The loop every overlay shares: for each visible dataset that carries `field`, calls `draw` with
 * those values, the dataset's drawn elements (`meta.data`) and its value scale, between ctx.save()
 * and ctx.restore().
 */
function forEachOverlay<K extends keyof HouseDatasetExtras>(
  chart: Chart,
  field: K,
  draw: (values: NonNullable<HouseDatasetExtras[K]>, meta: DatasetMeta, scale: Scale, dataset: HouseDatasetExtras) => void,
): void {
  chart.data.datasets.forEach((dataset, d) => {
    const extras = dataset as HouseDatasetExtras;
    const values = extras[field];
    const meta = chart.getDatasetMeta(d);
    const scale = chart.scales[meta.vAxisID ?? 'y'];
    if (!values || meta.hidden || !scale) return;
    chart.ctx.save();
    draw(values, meta, scale, extras);
    chart.ctx.restore();
  });
}

/** Whiskers with caps from `errorBars[i].low` to `.high` (e.g. the CI of the median). */
const errorBarsPlugin: Plugin = {
  id: 'asyncbenchErrorBars',
  afterDatasetsDraw(chart: Chart) {
    const { ctx } = chart;
    forEachOverlay(chart, 'errorBars', (bars, meta, scale) => {
      ctx.strokeStyle = IDEAL_COLOR;
      ctx.lineWidth = 2;
      bars.forEach((bar, i) => {
        const element = meta.data[i];
        if (!bar || !element || !Number.isFinite(bar.low) || !Number.isFinite(bar.high)) return;
        const x = element.x;
        const y1 = scale.getPixelForValue(bar.low);
        const y2 = scale.getPixelForValue(bar.high);
        const cap = 8;
        ctx.beginPath();
        ctx.moveTo(x, y1);
        ctx.lineTo(x, y2);
        ctx.moveTo(x - cap, y1);
        ctx.lineTo(x + cap, y1);
        ctx.moveTo(x - cap, y2);
        ctx.lineTo(x + cap, y2);
        ctx.stroke();
      });
    });
  },
};

/** A dashed horizontal tick across each bar at `idealMarks[i]`: where a perfect machine would be. */
const idealMarksPlugin: Plugin = {
  id: 'asyncbenchIdealMarks',
  afterDatasetsDraw(chart: Chart) {
    const { ctx } = chart;
    forEachOverlay(chart, 'idealMarks', (marks, meta, scale) => {
      ctx.strokeStyle = IDEAL_COLOR;
      ctx.lineWidth = 3;
      ctx.setLineDash([8, 5]);
      marks.forEach((value, i) => {
        const element = meta.data[i] as unknown as { x: number; width?: number } | undefined;
        if (value === null || value === undefined || !element || !Number.isFinite(value)) return;
        const half = Math.max((element.width ?? 40) / 2 + 6, 14);
        const y = scale.getPixelForValue(value);
        ctx.beginPath();
        ctx.moveTo(element.x - half, y);
        ctx.lineTo(element.x + half, y);
        ctx.stroke();
      });
    });
  },
};

/**
 * The value written above each bar (or point), above its whisker and ideal mark too, so nothing
 * covers it and a reader need not read it off the axis.
 */
/** The smallest type a value label shrinks to (px). */
const VALUE_LABEL_MIN_PX = 10;

const valueLabelsPlugin: Plugin = {
  id: 'asyncbenchValueLabels',
  afterDatasetsDraw(chart: Chart) {
    const { ctx } = chart;
    const font = (px: number) => `bold ${px}px "${FONT_FAMILY}"`;
    // One type size for the whole chart: the largest at which every label fits over its bar (a label
    // wider than its bar runs into its neighbours', with four bars a group), down to VALUE_LABEL_MIN_PX.
    let px = FONT_SIZES.tick + 1;
    forEachOverlay(chart, 'valueLabels', (labels, meta) => {
      labels.forEach((label, i) => {
        const width = (meta.data[i] as { width?: number } | undefined)?.width;
        if (!label || typeof width !== 'number') return;
        ctx.font = font(px);
        while (px > VALUE_LABEL_MIN_PX && ctx.measureText(label).width > width + 4) ctx.font = font(--px);
      });
    });
    ctx.font = font(px);
    forEachOverlay(chart, 'valueLabels', (labels, meta, scale, { idealMarks, errorBars }) => {
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      ctx.fillStyle = TEXT_COLOR;
      labels.forEach((label, i) => {
        const element = meta.data[i];
        if (!label || !element || !Number.isFinite(element.x) || !Number.isFinite(element.y)) return;
        const bar = errorBars?.[i];
        const top = bar ? Math.min(element.y, scale.getPixelForValue(bar.high)) : element.y;
        let y = top - 7;
        // Lift the label over the ideal mark only when the mark would cross it (text is ~16 px tall).
        const ideal = idealMarks?.[i];
        if (typeof ideal === 'number' && Number.isFinite(ideal)) {
          const mark = scale.getPixelForValue(ideal);
          if (mark > y - 20 && mark < top + 4) y = Math.min(y, mark - 7);
        }
        y = Math.max(y, chart.chartArea.top + 16);
        ctx.fillText(label, element.x, y);
      });
    });
  },
};

/** Text in the middle of the chart area: how a missing or errored suite says so. */
const noticePlugin: Plugin = {
  id: 'asyncbenchNotice',
  afterDraw(chart: Chart, _args: unknown, options: unknown) {
    const { lines, categoryNotes } = (options ?? {}) as NoticeOptions;
    const { ctx, chartArea } = chart;
    const cx = (chartArea.left + chartArea.right) / 2;
    const cy = (chartArea.top + chartArea.bottom) / 2;
    ctx.save();
    ctx.fillStyle = '#b91c1c';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const x = chart.scales.x;
    categoryNotes?.forEach((note, i) => {
      if (!note || !x) return;
      ctx.font = `bold 17px "${FONT_FAMILY}"`;
      ctx.fillText(note, x.getPixelForValue(i), cy);
    });
    if (!lines || lines.length === 0) {
      ctx.restore();
      return;
    }
    lines.forEach((line, i) => {
      ctx.font = `${i === 0 ? 'bold ' : ''}${i === 0 ? 24 : 17}px "${FONT_FAMILY}"`;
      ctx.fillText(line, cx, cy + (i - (lines.length - 1) / 2) * 34);
    });
    ctx.restore();
  },
};

/** The plugins the shared renderer registers once. */
export const HOUSE_PLUGINS: readonly Plugin[] = [errorBarsPlugin, idealMarksPlugin, valueLabelsPlugin, noticePlugin];


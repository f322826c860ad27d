// The ECharts options of the dashboard, built from the `dashboard` query's answer. Pure functions: the page
// memoises them, <EChart> draws them.
import type { DashboardQuery } from '../../graphql/operations';
import { STATUS_HEX } from '../../lib/status-colors';
import type { ChartOption } from './echart';

type Figures = DashboardQuery['dashboard'];

const PRIMARY = '#1f5fbf';

const CE_COLORS = ['#faad14', '#1677ff', '#389e0d'];

const countAxis = { type: 'value' as const, minInterval: 1, axisLabel: { color: '#595959' } };
const tooltip = { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } };

/** Vertical bars; with many categories the labels turn so that they do not run into each other. */
function columns(
  names: string[],
  values: { value: number; itemStyle?: { color: string } }[],
  unit: string,
): ChartOption {
  return {
    tooltip: { ...tooltip, valueFormatter: (v: unknown) => `${v} ${unit}` },
    grid: { left: 8, right: 16, top: 24, bottom: 8 },
    xAxis: {
      type: 'category',
      data: names,
      axisTick: { alignWithLabel: true },
      axisLabel: { interval: 0, rotate: names.length > 5 ? 35 : 0, color: '#595959' },
    },
    yAxis: countAxis,
    series: [
      {
        type: 'bar',
        data: values,
        barMaxWidth: 36,
        label: { show: true, position: 'top' },
        itemStyle: { color: PRIMARY },
      },
    ],
  };
}

/** Horizontal bars, the first row on top: for categories with long names (fields, regions). */
function rows(names: string[], values: number[], unit: string, color: string): ChartOption {
  return {
    tooltip: { ...tooltip, valueFormatter: (v: unknown) => `${v} ${unit}` },
    grid: { left: 8, right: 32, top: 8, bottom: 8 },
    xAxis: countAxis,
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      axisTick: { show: false },
      axisLabel: { color: '#595959', width: 120, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: values,
        barMaxWidth: 22,
        label: { show: true, position: 'right' },
        itemStyle: { color },
      },
    ],
  };
}

/** Height of a horizontal bar chart of `n` rows. */
export function rowsChartHeight(n: number): number {
  return Math.max(260, n * 26 + 40);
}

/** 各状态需求数. */
export function statusChart(d: Figures): ChartOption {
  return columns(
    d.demandsByStatus.map((s) => s.label),
    d.demandsByStatus.map((s) => ({
      value: s.count,
      itemStyle: { color: STATUS_HEX[s.status] ?? PRIMARY },
    })),
    '条',
  );
}

/** 各领域需求数: most first (the answer comes sorted). */
export function fieldChart(d: Figures): ChartOption {
  return rows(
    d.demandsByField.map((r) => r.label),
    d.demandsByField.map((r) => r.count),
    '条',
    '#13a8a8',
  );
}

/** How many regions the by-region chart shows (those with most demands). */
export const REGION_CHART_ROWS = 15;

/** 各地区需求数: the regions one level down, most first. */
export function regionChart(d: Figures): ChartOption {
  const shown = d.demandsByRegion.slice(0, REGION_CHART_ROWS);
  return rows(
    shown.map((r) => r.regionName),
    shown.map((r) => r.count),
    '条',
    PRIMARY,
  );
}

/** 继续教育进度: experts per band of working days served this year. */
export function ceChart(d: Figures): ChartOption {
  return columns(
    d.ceProgress.buckets.map((b) => b.label),
    d.ceProgress.buckets.map((b, i) => ({ value: b.count, itemStyle: { color: CE_COLORS[i] ?? PRIMARY } })),
    '人',
  );
}

/** Rows of the heatmap × 28 px, plus the axis and the colour scale. */
export function gapChartHeight(d: Figures): number {
  return Math.max(260, d.supplyGap.regions.length * 28 + 140);
}

/**
 * 供需缺口热力图: counties down, fields across, the colour the gap (waiting demands less the city's experts of the
 * field, never below 0); each cell's tooltip gives the two counts behind it.
 */
export function gapChart(d: Figures, fieldLabel: (field: string) => string): ChartOption {
  const { fields, regions, cells } = d.supplyGap;
  const x = new Map(fields.map((f, i) => [f, i]));
  const y = new Map(regions.map((r, i) => [r.regionCode, i]));
  const maxGap = Math.max(1, ...cells.map((c) => c.gap));
  const data = cells.map((c) => ({
    value: [x.get(c.field) ?? 0, y.get(c.regionCode) ?? 0, c.gap],
    unmet: c.unmetDemands,
    available: c.availableExperts,
  }));
  return {
    tooltip: {
      position: 'top',
      formatter: (p: { data: (typeof data)[number] }) => {
        const [fi, ri, gap] = p.data.value;
        return [
          `${regions[ri]?.regionName ?? ''} · ${fieldLabel(fields[fi] ?? '')}`,
          `待满足需求：${p.data.unmet} 条`,
          `所在地市可用专家：${p.data.available} 人`,
          `缺口：${gap}`,
        ].join('<br/>');
      },
    },
    grid: { left: 8, right: 16, top: 44, bottom: 8 },
    xAxis: {
      type: 'category',
      data: fields.map(fieldLabel),
      splitArea: { show: true },
      axisLabel: { interval: 0, rotate: fields.length > 8 ? 35 : 0, color: '#595959' },
    },
    yAxis: {
      type: 'category',
      data: regions.map((r) => r.regionName),
      inverse: true,
      splitArea: { show: true },
      axisLabel: { color: '#595959' },
    },
    visualMap: {
      min: 0,
      max: maxGap,
      calculable: true,
      orient: 'horizontal',
      right: 16,
      top: 0,
      itemHeight: 160,
      text: ['缺口大', '无缺口'],
      inRange: { color: ['#f6ffed', '#ffe58f', '#fa8c16', '#cf1322'] },
    },
    series: [
      {
        type: 'heatmap',
        name: '供需缺口',
        data,
        // Only the gaps are written in their cells; the tooltip has the counts of every cell.
        label: { show: true, formatter: (p: { value: number[] }) => (p.value[2] ? String(p.value[2]) : '') },
        emphasis: { itemStyle: { shadowBlur: 6, shadowColor: 'rgba(0, 0, 0, 0.3)' } },
      },
    ],
  };
}

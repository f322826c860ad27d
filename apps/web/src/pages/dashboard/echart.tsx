// A small React wrapper around one ECharts instance: ECharts is imported when the first chart mounts, the chart
// follows its container's size, takes a new option whenever the prop changes, and is disposed on unmount.
import { Spin, Typography } from 'antd';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

export type ChartOption = EChartsCoreOption;

export interface EChartProps {
  option: ChartOption;
  /** Height in CSS pixels; the width follows the container. */
  height?: number;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  testId?: string;
}

export function EChart({ option, height = 300, label, testId }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef(option);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    import('./echarts-setup')
      .then(({ init }) => {
        if (disposed || !container.current) return;
        const instance = init(container.current, undefined, { renderer: 'canvas' });
        chart.current = instance;
        instance.setOption(latest.current);
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(container.current);
        setState('ready');
      })
      .catch(() => {
        if (!disposed) setState('failed');
      });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    latest.current = option; // for a chart whose ECharts is still loading
    // A new option replaces the old one entirely (a series or a category that went away must not linger).
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div className="echart" style={{ height }} data-testid={testId} data-state={state}>
      <div ref={container} className="echart__canvas" role="img" aria-label={label} />
      {state === 'loading' && (
        <div className="echart__overlay">
          <Spin description="图表加载中…" />
        </div>
      )}
      {state === 'failed' && (
        <div className="echart__overlay">
          <Typography.Text type="danger">图表加载失败，请刷新页面重试</Typography.Text>
        </div>
      )}
    </div>
  );
}

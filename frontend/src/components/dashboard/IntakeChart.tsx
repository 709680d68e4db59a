// ECharts with only what the intake chart draws (tree-shaken), held by a ref
// and disposed on unmount. This module is loaded lazily by IntakeCard so the
// chart library stays out of the first bundle.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartBar } from '../../api';
import { intakeOption } from './dashboardLogic';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** A bar chart of this quarter's petitions and visits, one row per label. */
export default function IntakeChart({ bars, label }: { bars: ChartBar[]; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>(undefined);

  useEffect(() => {
    const c = echarts.init(ref.current!);
    chart.current = c;
    // The card's width follows the window.
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(ref.current!);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(intakeOption(bars), { notMerge: true });
  }, [bars]);

  // 36 px a row keeps two bars and their numbers readable.
  const height = Math.max(160, bars.length * 36 + 60);
  return <div ref={ref} role="img" aria-label={label} style={{ height, width: '100%' }} />;
}

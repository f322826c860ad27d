// The parts of Apache ECharts the dashboard draws with, registered once. Loaded on demand by <EChart> (a dynamic
// import), so ECharts weighs only on the pages that show a chart; importing the parts rather than `echarts`
// itself keeps the chunk to what is used.
import { BarChart, HeatmapChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([
  BarChart,
  PieChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export { init };

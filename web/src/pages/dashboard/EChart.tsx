import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import {
  PICTURE_MIN_WIDTH,
  pictureOption,
  type ChartOption,
  type PictureCaption,
} from '../../dashboard/chart-options.js';
import { theme } from '../../theme.js';

// Only the pieces the dashboard draws: the page's chunk stays small and loads with the route.
use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export interface EChartHandle {
  /** The chart as a PNG data URL with its caption on top and its whole legend, at twice the screen's resolution, on white. */
  toPng: (caption: PictureCaption) => string | null;
}

interface EChartProps {
  option: ChartOption;
  /** What the chart shows; its figures are in the table next to it. */
  label: string;
  height: number;
  ref?: Ref<EChartHandle>;
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** An ECharts canvas that follows its container's width; announced as one image, its table is the accessible data. */
export function EChart({ option, label, height, ref }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const instance = init(container.current!, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      { animation: !reducedMotion(), textStyle: { fontFamily: theme.fontFamily }, ...option },
      { notMerge: true },
    );
  }, [option]);

  // The picture is drawn by a second, off-screen chart, so the one on the page does not change under the reader.
  useImperativeHandle(
    ref,
    () => ({
      toPng: (caption) => {
        const width = Math.max(PICTURE_MIN_WIDTH, container.current?.clientWidth ?? 0);
        const picture = pictureOption(option, caption, width);
        const offscreen = init(document.createElement('div'), undefined, {
          renderer: 'canvas',
          width,
          height: height + picture.extraHeight,
        });
        try {
          offscreen.setOption({ textStyle: { fontFamily: theme.fontFamily }, ...picture.option });
          return offscreen.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
        } finally {
          offscreen.dispose();
        }
      },
    }),
    [option, height],
  );

  return <div ref={container} role="img" aria-label={label} style={{ width: '100%', height }} />;
}

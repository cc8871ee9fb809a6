import { Button, Stack } from '@mantine/core';
import { useRef, type ReactNode } from 'react';
import { Section } from '../../components/Section.js';
import { chartFileName, type ChartOption } from '../../dashboard/chart-options.js';
import { useT } from '../../i18n/I18nProvider.js';
import { EChart, type EChartHandle } from './EChart.js';
import { TableScroll } from '../../components/TableScroll.js';

interface ChartPanelProps {
  title: string;
  hint?: string;
  /** Goes into the PNG's file name, so a saved picture says which period it shows. */
  periodLabel: string;
  /** Printed under the title on the saved picture: the plan, the period and the filters it shows. */
  caption: string;
  option: ChartOption;
  height: number;
  /** Controls shown above the chart (e.g. which group of units). */
  controls?: ReactNode;
  /** The table of the chart's figures. */
  children: ReactNode;
}

function saveDataUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/** A titled chart with its table below it and a button that saves the chart as a PNG picture. */
export function ChartPanel({ title, hint, periodLabel, caption, option, height, controls, children }: ChartPanelProps) {
  const t = useT();
  const chart = useRef<EChartHandle>(null);
  const savePng = () => {
    const url = chart.current?.toPng({ title, subtitle: caption });
    if (url) saveDataUrl(url, chartFileName(title, periodLabel));
  };
  const actions = (
    <Button variant="default" size="xs" onClick={savePng} aria-label={t('dashboard.savePngOf', { chart: title })}>
      {t('dashboard.savePng')}
    </Button>
  );
  return (
    <Section title={title} hint={hint} actions={actions}>
      <Stack gap="sm">
        {controls}
        <EChart ref={chart} option={option} label={t('dashboard.chartLabel', { chart: title })} height={height} />
        <TableScroll>{children}</TableScroll>
      </Stack>
    </Section>
  );
}

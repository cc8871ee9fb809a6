import { Select } from '@mantine/core';
import { FIGURE_SPANS, type FigureSpan } from '../../../src/domain/figures/period.js';
import { useT } from '../i18n/I18nProvider.js';

/** The year (this one and the two before) and its span a figures page is computed over. */
export function FigurePeriodSelects({
  year,
  span,
  onChange,
}: {
  year: number;
  span: FigureSpan;
  onChange: (patch: { year?: number; span?: FigureSpan }) => void;
}) {
  const t = useT();
  const thisYear = new Date().getFullYear();
  return (
    <>
      <Select
        label={t('sq.year')}
        allowDeselect={false}
        data={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        onChange={(value) => onChange({ year: Number(value) })}
      />
      <Select
        label={t('sq.span')}
        allowDeselect={false}
        data={FIGURE_SPANS.map((value) => ({ value, label: t(`sq.span.${value}`) }))}
        value={span}
        onChange={(value) => onChange({ span: (value ?? 'year') as FigureSpan })}
      />
    </>
  );
}

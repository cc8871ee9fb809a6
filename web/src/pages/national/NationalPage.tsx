import { Box, Button, LoadingOverlay, MultiSelect, Table, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { FIGURES, figureDefinition, type FigureKey } from '../../../../src/domain/figures/catalogue.js';
import type { FigureValue } from '../../../../src/domain/figures/values.js';
import { nationalFiguresQuery, nationalReportUrl, type NationalFiguresView } from '../../api/national.js';
import { FigurePeriodSelects } from '../../components/FigurePeriodSelects.js';
import { ListFilters } from '../../components/ListFilters.js';
import { PageShell, QueryState } from '../../components/PageShell.js';
import { Section } from '../../components/Section.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { resolvedNationalSearch, type NationalSearch } from '../../national/search.js';

const route = getRouteApi('/app/toan-quoc');

/** "Toàn quốc": the Ministry reads every province's figures side by side and the country's, and downloads them. */
export function NationalPage() {
  const { t, locale } = useI18n();
  const resolved = resolvedNationalSearch(route.useSearch());
  const search = { year: resolved.year, span: resolved.span, keys: resolved.keys.join(',') };
  const navigate = useNavigate({ from: '/toan-quoc' });
  const query = useQuery(nationalFiguresQuery(search));
  const setSearch = (patch: Partial<NationalSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });

  return (
    <PageShell
      title={t('national.title')}
      intro={t('national.intro')}
      actions={
        <Button component="a" href={nationalReportUrl(search)} download variant="light">
          {t('national.excel')}
        </Button>
      }
      actionsAlign="flex-end"
    >
      <ListFilters cols={{ base: 1, sm: 2 }} label={t('national.filters')}>
        <FigurePeriodSelects year={resolved.year} span={resolved.span} onChange={setSearch} />
        <MultiSelect
          label={t('national.figures')}
          searchable
          style={{ gridColumn: '1 / -1' }}
          data={FIGURES.map((f) => ({ value: f.key, label: f.name[locale] }))}
          value={resolved.keys}
          onChange={(keys) => setSearch({ keys: keys.join(',') || undefined })}
        />
      </ListFilters>
      <QueryState query={{ data: query.data, error: query.data ? null : query.error }}>
        {(data) => (
          <Box pos="relative">
            <LoadingOverlay
              visible={query.isFetching}
              zIndex={10}
              overlayProps={{ blur: 1 }}
              loaderProps={{ 'aria-label': t('app.loading') }}
            />
            <NationalTable data={data} keys={resolved.keys} />
          </Box>
        )}
      </QueryState>
    </PageShell>
  );
}

function NationalTable({ data, keys }: { data: NationalFiguresView; keys: readonly FigureKey[] }) {
  const { t, locale } = useI18n();
  const shown = keys.filter((key) => data.national.some((v) => v.key === key));
  const rows = [
    { id: 'national', name: t('national.country'), values: data.national, strong: true },
    ...data.provinces.map((p) => ({ id: p.provinceId, name: p.name, values: p.values, strong: false })),
  ];
  const range = `${t(`sq.span.${data.span}`)} ${data.year} (${formatDateVi(data.period.from)} – ${formatDateVi(data.period.to)})`;
  return (
    <Section
      title={t('national.table', { count: formatNumberVi(data.provinces.length) })}
      hint={`${range}. ${t('national.hint')}`}
    >
      <TableScroll>
        <Table striped withTableBorder stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" miw={180}>
                {t('national.province')}
              </Table.Th>
              {shown.map((key) => (
                <Table.Th key={key} scope="col" style={{ minWidth: 130 }}>
                  {figureDefinition(key).name[locale]}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Th scope="row" fw={row.strong ? 700 : 500}>
                  {row.name}
                </Table.Th>
                {shown.map((key) => (
                  <Table.Td key={key}>
                    <FigureCell value={row.values.find((v) => v.key === key)} none={t('national.none')} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Section>
  );
}

/** A value with its counts (a rate's numerator and denominator) and, on hover, where it comes from. */
function FigureCell({ value, none }: { value: FigureValue | undefined; none: string }) {
  if (!value || value.value === null)
    return (
      <Tooltip label={value?.source.label ?? none} multiline maw={320}>
        <Text size="sm" c="dimmed">
          {none}
        </Text>
      </Tooltip>
    );
  const rate = figureDefinition(value.key).kind === 'rate';
  return (
    <Tooltip label={value.source.label} multiline maw={320}>
      <Box>
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {rate ? `${formatNumberVi(value.value, 2)}%` : formatNumberVi(value.value, 2)}
        </Text>
        {rate && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatNumberVi(value.numerator ?? 0)}/{formatNumberVi(value.denominator ?? 0)}
          </Text>
        )}
      </Box>
    </Tooltip>
  );
}

import { Anchor, Badge, Group, Select, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { SatisfactionFigureView } from '../../../../src/contracts/survey-results.js';
import { endpoints } from '../../../../src/contracts/endpoints/index.js';
import { isIsoDate } from '../../../../src/domain/calendar.js';
import { SURVEY_FIELD_LABELS } from '../../../../src/domain/surveys/questionnaire.js';
import { endpointUrl } from '../../api/client.js';
import { useCurrentUser } from '../../api/session.js';
import { surveyCampaignListQuery, surveyResultsQuery } from '../../api/surveys.js';
import { readsProvinceFigures } from '../../auth/roles.js';
import { DateField } from '../../components/DateField.js';
import { FilterSelect, ListFilters } from '../../components/ListFilters.js';
import { PageShell } from '../../components/PageShell.js';
import { Section } from '../../components/Section.js';
import { TableScroll } from '../../components/TableScroll.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { barChartHeight } from '../../dashboard/chart-options.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { satisfiedChartOption, shareLabel } from '../../surveys/results-chart.js';
import type { SurveyResultsSearch } from '../../surveys/results-search.js';
import { ChartPanel } from '../dashboard/ChartPanel.js';

/** Free-text answers listed on the page (all of them are in the Excel export). */
const TEXTS_SHOWN = 30;

const route = getRouteApi('/app/khao-sat-y-kien/ket-qua');
const CHANNELS = ['online', 'paper'] as const;
const FIELDS = Object.keys(SURVEY_FIELD_LABELS) as (keyof typeof SURVEY_FIELD_LABELS)[];

/**
 * The share satisfied (answers 4–5 among answers) per unit, pillar, item, field and level, with margins and
 * small-sample warnings. The filters live in the address, so a figure's source link opens its unit and period.
 */
export function SurveyResultsPage() {
  const t = useT();
  const province = readsProvinceFigures(useCurrentUser().role);
  const query = route.useSearch();
  const navigate = useNavigate({ from: '/khao-sat-y-kien/ket-qua' });
  const setSearch = (patch: Partial<SurveyResultsSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  // A date still being typed (or not a real one) leaves the filter as it was; the field says what is wrong.
  const setDate = (bound: 'from' | 'to') => (value: string | null) => {
    if (value === null || isIsoDate(value)) setSearch({ [bound]: value ?? undefined });
  };
  const campaigns = useQuery(surveyCampaignListQuery);
  const results = useQuery(surveyResultsQuery(query));
  const data = results.data;
  const option = useMemo(() => satisfiedChartOption(data?.units ?? [], t('sr.share')), [data, t]);
  const scope = scopeLabel(t, query, campaigns.data?.campaigns.find((c) => c.id === query.campaignId)?.title);
  const unitName = query.unitId ? data?.units.find((u) => u.key === query.unitId)?.label : undefined;
  return (
    <PageShell
      title={t('sr.title')}
      intro={t('sr.intro')}
      actions={
        <Group>
          <Anchor href={endpointUrl(endpoints.exportSurveyResults, { query })}>{t('sr.export')}</Anchor>
          <Anchor href={endpointUrl(endpoints.exportSurveySummary, { query })}>{t('sr.exportWord')}</Anchor>
        </Group>
      }
    >
      <ListFilters cols={{ base: 1, sm: 2, lg: 3 }} label={t('sr.filters')}>
        <Select
          label={t('sv.campaign')}
          data={(campaigns.data?.campaigns ?? []).map((c) => ({ value: c.id, label: c.title }))}
          value={query.campaignId ?? null}
          onChange={(id) => setSearch({ campaignId: id ?? undefined })}
          placeholder={t('sr.allCampaigns')}
          clearable
          clearButtonProps={{ 'aria-label': `${t('common.cancel')}: ${t('sv.campaign')}` }}
        />
        {province && (
          <UnitPicker
            // A unit chosen elsewhere (a figure's link) shows its name once the results name it.
            key={unitName ? `${query.unitId}` : 'unnamed'}
            label={t('sr.unit')}
            value={query.unitId ?? null}
            valueLabel={unitName ?? null}
            description={t('sr.unitHint')}
            onChange={(id) => setSearch({ unitId: id ?? undefined })}
          />
        )}
        <FilterSelect
          label={t('sr.field')}
          data={FIELDS.map((f) => ({ value: f, label: SURVEY_FIELD_LABELS[f] }))}
          value={query.field as (typeof FIELDS)[number] | undefined}
          onChange={(field) => setSearch({ field })}
        />
        <DateField label={t('sr.from')} value={query.from ?? null} onChange={setDate('from')} clearable />
        <DateField label={t('sr.to')} value={query.to ?? null} onChange={setDate('to')} clearable />
        <FilterSelect
          label={t('sr.channel')}
          data={CHANNELS.map((c) => ({ value: c, label: t(`sr.channel.${c}`) }))}
          value={query.channel}
          onChange={(channel) => setSearch({ channel })}
        />
      </ListFilters>
      {data?.total ? (
        <Text fw={600} data-testid="survey-total">
          {t('sr.total', {
            share: shareLabel(data.total.share),
            answers: data.total.answers,
            respondents: data.total.respondents,
          })}
        </Text>
      ) : (
        data && <Text c="dimmed">{t('sr.none')}</Text>
      )}
      {data && data.units.length > 0 && (
        <ChartPanel
          title={t('sr.byUnit')}
          hint={t('sr.hint')}
          periodLabel={scope}
          caption={scope}
          option={option}
          height={barChartHeight(data.units.length)}
        >
          <FiguresTable rows={data.units} label={t('sv.units')} testId="survey-units" />
        </ChartPanel>
      )}
      {data && data.campaigns.length > 1 && (
        <Section title={t('sr.byCampaign')} hint={t('sr.byCampaignHint')}>
          <FiguresTable rows={data.campaigns} label={t('sv.campaign')} />
        </Section>
      )}
      {data && data.levels.length > 0 && (
        <Section title={t('sr.byLevel')}>
          <FiguresTable rows={data.levels} label={t('sr.level')} />
        </Section>
      )}
      {data && data.fields.length > 0 && (
        <Section title={t('sr.byField')} hint={t('sr.byFieldHint')}>
          <FiguresTable rows={data.fields} label={t('sr.field')} />
        </Section>
      )}
      {data && data.pillars.length > 0 && (
        <Section title={t('sr.byPillar')}>
          <FiguresTable rows={data.pillars} label={t('sr.pillar')} />
        </Section>
      )}
      {data && data.items.length > 0 && (
        <Section title={t('sr.byItem')}>
          <FiguresTable rows={data.items} label={t('sr.item')} />
        </Section>
      )}
      {data && data.texts.length > 0 && (
        <Section title={t('sr.texts')}>
          <TableScroll>
            <Table aria-label={t('sr.texts')}>
              <Table.Tbody>
                {data.texts.slice(0, TEXTS_SHOWN).map((x, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{x.unitName}</Table.Td>
                    <Table.Td>{x.itemId}</Table.Td>
                    <Table.Td>{x.text}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {data.texts.length > TEXTS_SHOWN && (
            <Text size="sm">{t('sr.textsMore', { shown: TEXTS_SHOWN, count: data.texts.length })}</Text>
          )}
        </Section>
      )}
    </PageShell>
  );
}

/** What the figures cover, for the chart's caption: the campaign, else the dates, else every campaign. */
function scopeLabel(t: ReturnType<typeof useT>, query: SurveyResultsSearch, campaign: string | undefined): string {
  const dates =
    query.from && query.to
      ? t('sr.between', { from: formatDateVi(query.from), to: formatDateVi(query.to) })
      : query.from
        ? t('sr.since', { from: formatDateVi(query.from) })
        : query.to
          ? t('sr.until', { to: formatDateVi(query.to) })
          : null;
  return [campaign, dates].filter(Boolean).join(', ') || t('sr.allCampaigns');
}

function FiguresTable(props: { rows: SatisfactionFigureView[]; label: string; testId?: string }) {
  const t = useT();
  return (
    <TableScroll>
      <Table striped aria-label={props.label} miw={680} data-testid={props.testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{props.label}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('sr.share')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('sr.answers')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('sr.respondents')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('sr.margin')}
            </Table.Th>
            <Table.Th scope="col">{t('sr.warning')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((r) => (
            <Table.Tr key={r.key ?? r.label}>
              <Table.Th scope="row" fw={400}>
                {r.label}
              </Table.Th>
              <Table.Td ta="right">{shareLabel(r.share)}</Table.Td>
              <Table.Td ta="right">{r.answers}</Table.Td>
              <Table.Td ta="right">{r.respondents}</Table.Td>
              <Table.Td ta="right">{r.interval ? `± ${formatNumberVi(r.interval.margin * 100, 1)}` : '—'}</Table.Td>
              <Table.Td>
                {r.tooSmall && (
                  <Group gap={4}>
                    <Badge color="orange" variant="light">
                      {t('sr.tooSmall')}
                    </Badge>
                    <Text size="xs">{r.warningText}</Text>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

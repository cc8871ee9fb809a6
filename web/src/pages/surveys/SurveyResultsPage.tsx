import { Anchor, Badge, Group, Select, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { SatisfactionFigureView } from '../../../../src/contracts/survey-results.js';
import { endpoints } from '../../../../src/contracts/endpoints/index.js';
import { endpointUrl } from '../../api/client.js';
import { surveyCampaignListQuery, surveyResultsQuery } from '../../api/surveys.js';
import { PageShell } from '../../components/PageShell.js';
import { Section } from '../../components/Section.js';
import { TableScroll } from '../../components/TableScroll.js';
import { barChartHeight } from '../../dashboard/chart-options.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { satisfiedChartOption, shareLabel } from '../../surveys/results-chart.js';
import { ChartPanel } from '../dashboard/ChartPanel.js';

/** Free-text answers listed on the page (all of them are in the Excel export). */
const TEXTS_SHOWN = 30;

/** The share satisfied (answers 4–5 among answers) per unit, pillar and item, with margins and small-sample warnings. */
export function SurveyResultsPage() {
  const t = useT();
  const campaigns = useQuery(surveyCampaignListQuery);
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const query = campaignId ? { campaignId } : {};
  const results = useQuery(surveyResultsQuery(query));
  const data = results.data;
  const option = useMemo(() => satisfiedChartOption(data?.units ?? [], t('sr.share')), [data, t]);
  const campaignTitle = campaigns.data?.campaigns.find((c) => c.id === campaignId)?.title ?? t('sr.allCampaigns');
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
      <Select
        label={t('sv.campaign')}
        data={(campaigns.data?.campaigns ?? []).map((c) => ({ value: c.id, label: c.title }))}
        value={campaignId}
        onChange={setCampaignId}
        placeholder={t('sr.allCampaigns')}
        clearable
        maw={420}
      />
      {data?.total && (
        <Text fw={600} data-testid="survey-total">
          {t('sr.total', {
            share: shareLabel(data.total.share),
            answers: data.total.answers,
            respondents: data.total.respondents,
          })}
        </Text>
      )}
      {data && (
        <ChartPanel
          title={t('sr.byUnit')}
          hint={t('sr.hint')}
          periodLabel={campaignTitle}
          caption={campaignTitle}
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

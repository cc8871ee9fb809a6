import { Badge, Group, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { dossierQuery, type DossierDetail } from '../../api/service-quality.js';
import { BackLink } from '../../components/AnchorLink.js';
import { PageShell } from '../../components/PageShell.js';
import { Section } from '../../components/Section.js';
import { formatDateTimeVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';

const route = getRouteApi('/app/chat-luong-phuc-vu/don-vi/$unitId/ho-so/$code');

/** One dossier: its dates, how late, its channel, fees, digitisation, and the import it came from. Read-only. */
export function DossierPage() {
  const t = useT();
  const { unitId, code } = route.useParams();
  const search = route.useSearch();
  const query = useQuery(dossierQuery(unitId, code));
  return (
    <PageShell
      back={
        <BackLink to="/chat-luong-phuc-vu/don-vi/$unitId/tre-han" params={{ unitId }} search={search}>
          {t('sq.dossier.back')}
        </BackLink>
      }
      query={query}
    >
      {(dossier) => <Dossier dossier={dossier} />}
    </PageShell>
  );
}

function Dossier({ dossier: d }: { dossier: DossierDetail }) {
  const t = useT();
  const none = t('common.none');
  const when = (iso: string | null) => (iso ? formatDateTimeVi(iso) : none);
  const facts: [string, ReactNode][] = [
    [t('sq.dossier.unit'), d.unitName],
    [t('sq.col.procedure'), d.procedureCode ?? none],
    [t('sq.dossier.field'), d.fieldCode ?? none],
    [t('sq.col.channel'), t(`sq.channel.${d.channel as 1 | 2 | 3}`)],
    [t('sq.col.receivedAt'), when(d.receivedAt)],
    [t('sq.col.dueAt'), when(d.dueAt)],
    [t('sq.col.endedAt'), d.endedAt ? when(d.endedAt) : t('sq.inProcess')],
    [t('sq.dossier.returnedAt'), when(d.returnedAt)],
    [t('sq.dossier.refusedAt'), when(d.refusedAt)],
    [
      t('sq.dossier.late'),
      d.late ? (
        <Badge color="red" variant="light">
          {t('sq.dossier.lateDays', { days: formatNumberVi(d.daysLate ?? 0) })}
        </Badge>
      ) : (
        <Badge color="green" variant="light">
          {t('sq.dossier.onTime')}
        </Badge>
      ),
    ],
    [t('sq.dossier.apology'), d.lateApology ? t('sq.dossier.apologyYes') : d.late ? t('sq.dossier.apologyNo') : none],
    [
      t('sq.dossier.fee'),
      d.feeBearing
        ? t('sq.dossier.feeYes', { paid: d.paidOnline ? t('sq.dossier.paidOnline') : t('sq.dossier.paidOffline') })
        : t('sq.no'),
    ],
    [t('sq.dossier.digitised'), d.digitised ? t('sq.yes') : t('sq.no')],
    [
      t('sq.dossier.source'),
      d.source
        ? t('sq.dossier.sourceText', {
            source: d.source.sourceName,
            file: d.source.fileName,
            date: d.source.importedAt ? formatDateTimeVi(d.source.importedAt) : none,
          })
        : none,
    ],
  ];
  return (
    <>
      <Group gap="sm">
        <Title order={1} size="h2">
          {t('sq.dossier.title', { code: d.code })}
        </Title>
      </Group>
      <Section title={t('sq.dossier.facts')}>
        <Table aria-label={t('sq.dossier.facts')} variant="vertical" withTableBorder>
          <Table.Tbody>
            {facts.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={220}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
    </>
  );
}

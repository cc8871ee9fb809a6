import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { periodOfSpan } from '../../../../src/domain/figures/period.js';
import { lateDossiersQuery } from '../../api/service-quality.js';
import { unitDetailQuery } from '../../api/units.js';
import { AnchorLink, BackLink } from '../../components/AnchorLink.js';
import { PagedList } from '../../components/PagedList.js';
import { PageShell } from '../../components/PageShell.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { resolvedSearch } from '../../service-quality/search.js';

const route = getRouteApi('/app/chat-luong-phuc-vu/don-vi/$unitId/tre-han');
const PAGE_SIZE = 20;

/** From a unit's "late without apology" figure to the dossiers behind it, for the period the page showed. */
export function LateDossiersPage() {
  const t = useT();
  const { unitId } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/chat-luong-phuc-vu/don-vi/$unitId/tre-han' });
  const { year, span } = resolvedSearch(search);
  const period = periodOfSpan(year, span);
  const page = search.page ?? 1;
  const unit = useQuery(unitDetailQuery(unitId));
  const list = useQuery(lateDossiersQuery(unitId, period, page, PAGE_SIZE));
  const none = t('common.none');
  const back = { year: search.year, span: search.span, level: search.level };
  return (
    <PageShell
      back={
        <BackLink to="/chat-luong-phuc-vu" search={back}>
          {t('sq.late.back')}
        </BackLink>
      }
      title={t('sq.late.title')}
      intro={t('sq.late.intro', {
        unit: unit.data?.name ?? '…',
        from: formatDateVi(period.from),
        to: formatDateVi(period.to),
      })}
    >
      <PagedList
        data={list.data}
        isFetching={list.isFetching}
        isError={list.isError}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      >
        <TableScroll>
          <Table striped aria-label={t('sq.late.title')} miw={900}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sq.col.code')}</Table.Th>
                <Table.Th scope="col">{t('sq.col.procedure')}</Table.Th>
                <Table.Th scope="col">{t('sq.col.receivedAt')}</Table.Th>
                <Table.Th scope="col">{t('sq.col.dueAt')}</Table.Th>
                <Table.Th scope="col">{t('sq.col.endedAt')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('sq.col.daysLate')}
                </Table.Th>
                <Table.Th scope="col">{t('sq.col.channel')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data?.items ?? []).map((d) => (
                <Table.Tr key={d.code}>
                  <Table.Th scope="row" fw={400}>
                    <AnchorLink
                      to="/chat-luong-phuc-vu/don-vi/$unitId/ho-so/$code"
                      params={{ unitId, code: d.code }}
                      search={search}
                    >
                      {d.code}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td>{d.procedureCode ?? none}</Table.Td>
                  <Table.Td>{formatDateVi(new Date(d.receivedAt))}</Table.Td>
                  <Table.Td>{d.dueAt ? formatDateVi(new Date(d.dueAt)) : none}</Table.Td>
                  <Table.Td>
                    {d.endedAt ? (
                      formatDateVi(new Date(d.endedAt))
                    ) : (
                      <Text span c="orange" size="sm">
                        {t('sq.inProcess')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" c="red">
                    {d.daysLate === null ? none : formatNumberVi(d.daysLate)}
                  </Table.Td>
                  <Table.Td>{t(`sq.channel.${d.channel as 1 | 2 | 3}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </PagedList>
    </PageShell>
  );
}

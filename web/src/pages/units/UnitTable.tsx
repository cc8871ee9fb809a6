import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { unitListQuery } from '../../api/units.js';
import { PagedList } from '../../components/PagedList.js';
import { formatValidity } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { UnitsSearch } from '../../units/search.js';
import { UnitStatusBadges } from './UnitStatusBadges.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { TableScroll } from '../../components/TableScroll.js';

const PAGE_SIZE = 50;

export function UnitTable({ search, onPage }: { search: UnitsSearch; onPage: (page: number) => void }) {
  const t = useT();
  const page = search.page ?? 1;
  const { data, isFetching, isError } = useQuery(
    unitListQuery({
      q: search.q,
      kind: search.kind,
      level: search.level,
      validAt: search.validAt,
      includeArchived: search.archived ? true : undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
  );

  return (
    <PagedList data={data} isFetching={isFetching} isError={isError} page={page} pageSize={PAGE_SIZE} onPage={onPage}>
      <TableScroll>
        <Table
          striped
          highlightOnHover
          verticalSpacing="xs"
          miw={880}
          aria-label={t('units.title')}
          aria-busy={isFetching}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('units.code')}</Table.Th>
              <Table.Th scope="col">{t('units.name')}</Table.Th>
              <Table.Th scope="col">{t('units.kind')}</Table.Th>
              <Table.Th scope="col">{t('units.level')}</Table.Th>
              <Table.Th scope="col">{t('units.validity')}</Table.Th>
              <Table.Th scope="col">{t('common.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((unit) => (
              <Table.Tr key={unit.id}>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {unit.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <AnchorLink to="/don-vi/$unitId" params={{ unitId: unit.id }} size="sm">
                    {unit.name}
                  </AnchorLink>
                  {unit.shortNames.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {unit.shortNames.join(', ')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`unitKind.${unit.kind}`)}</Table.Td>
                <Table.Td>{t(`level.${unit.level}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatValidity(unit.validFrom, unit.validTo, t('units.noStart'), t('units.openEnded'))}
                </Table.Td>
                <Table.Td>
                  <UnitStatusBadges archived={unit.archived} validTo={unit.validTo} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </PagedList>
  );
}

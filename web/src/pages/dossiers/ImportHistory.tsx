import { Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { dossierImportListQuery, HISTORY_PAGE_SIZE } from '../../api/dossiers.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { PagedList } from '../../components/PagedList.js';
import { Section } from '../../components/Section.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';

/** Past imports, newest first: file, source, who, when (dd/mm/yyyy), rows read and written. */
export function ImportHistory() {
  const t = useT();
  const [page, setPage] = useState(1);
  const { data, isFetching, isError } = useQuery({
    ...dossierImportListQuery(page),
    placeholderData: keepPreviousData,
  });
  const title = t('dossiers.history');
  return (
    <Section title={title}>
      <PagedList
        data={data}
        isFetching={isFetching}
        isError={isError}
        page={page}
        pageSize={HISTORY_PAGE_SIZE}
        onPage={setPage}
      >
        <TableScroll>
          <Table aria-label={title} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dossiers.historyFile')}</Table.Th>
                <Table.Th scope="col">{t('dossiers.historySource')}</Table.Th>
                <Table.Th scope="col">{t('dossiers.historyBy')}</Table.Th>
                <Table.Th scope="col">{t('dossiers.historyAt')}</Table.Th>
                <Table.Th scope="col">{t('dossiers.historyRows')}</Table.Th>
                <Table.Th scope="col">{t('dossiers.historyStatus')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data?.items ?? []).map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <AnchorLink
                      to="/ho-so-tthc"
                      search={{ importId: item.id }}
                      aria-label={t('dossiers.historyOpen', { file: item.fileName })}
                    >
                      {item.fileName}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{item.sourceName}</Table.Td>
                  <Table.Td>{item.createdByName ?? t('dossiers.historyCli')}</Table.Td>
                  <Table.Td>{formatDateVi(new Date(item.createdAt))}</Table.Td>
                  <Table.Td>
                    {t('dossiers.historyRowsValue', {
                      valid: formatNumberVi(item.validRows),
                      invalid: formatNumberVi(item.invalidRows),
                    })}
                    {item.status === 'committed' && (
                      <Text size="xs" c="dimmed">
                        {t('dossiers.historyWritten', {
                          inserted: formatNumberVi(item.inserted ?? 0),
                          updated: formatNumberVi(item.updated ?? 0),
                        })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500} c={item.status === 'committed' ? 'green' : 'dimmed'}>
                      {t(`dossiers.status.${item.status}`)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </PagedList>
    </Section>
  );
}

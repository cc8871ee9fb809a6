import { Badge, Group, Table, Text } from '@mantine/core';
import type { z } from 'zod';
import type { assignmentPage } from '../../../../src/contracts/reporting.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { PagedList } from '../../components/PagedList.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';
import { MilestoneDates } from './Milestones.js';
import { useT } from '../../i18n/I18nProvider.js';
import { AssignmentStatusBadge } from './AssignmentStatusBadge.js';
import { TableScroll } from '../../components/TableScroll.js';

interface TaskTableProps {
  data: z.infer<typeof assignmentPage> | undefined;
  isFetching: boolean;
  isError: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

export function TaskTable({ data, isFetching, isError, page, pageSize, onPage }: TaskTableProps) {
  const t = useT();
  return (
    <PagedList data={data} isFetching={isFetching} isError={isError} page={page} pageSize={pageSize} onPage={onPage}>
      <TableScroll>
        <Table
          striped
          highlightOnHover
          verticalSpacing="xs"
          miw={960}
          aria-label={t('tasks.table')}
          aria-busy={isFetching}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('tasks.number')}</Table.Th>
              <Table.Th scope="col">{t('tasks.activity')}</Table.Th>
              <Table.Th scope="col">{t('tasks.unit')}</Table.Th>
              <Table.Th scope="col">{t('tasks.deadline')}</Table.Th>
              <Table.Th scope="col">{t('common.status')}</Table.Th>
              <Table.Th scope="col">{t('tasks.progress')}</Table.Th>
              <Table.Th scope="col">{t('tasks.evidence')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {[item.area, item.number].filter(Boolean).join('.') || t('common.none')}
                </Table.Td>
                <Table.Td maw={480}>
                  <AnchorLink to="/nhiem-vu/$assignmentId" params={{ assignmentId: item.id }} size="sm">
                    {item.title}
                  </AnchorLink>
                  {item.deliverable && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {item.deliverable}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.unitName}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`tasks.role.${item.role}`)}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{item.dueOn ? formatDateVi(item.dueOn) : t('common.none')}</Text>
                  {item.milestones.length > 0 && <MilestoneDates milestones={item.milestones} />}
                  <Group gap={4}>
                    {item.overdue && (
                      <Badge color="red" size="sm">
                        {t('tasks.overdue')}
                      </Badge>
                    )}
                    {item.cancelled && (
                      <Badge color="gray" size="sm">
                        {t('tasks.cancelled')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <AssignmentStatusBadge status={item.status} />
                </Table.Td>
                <Table.Td>{formatNumberVi(item.progress)}%</Table.Td>
                <Table.Td>{formatNumberVi(item.evidenceCount)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </PagedList>
  );
}

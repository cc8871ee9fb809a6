import { Alert, List, Stack, Table, Text } from '@mantine/core';
import type { PlanDetail } from '../../api/plans.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';

type Totals = PlanDetail['version']['budget'];
type Tally = Totals['total'];

/** Million đồng the Vietnamese way, to the thousandth: "1.250,5". */
const millions = (n: number) => formatNumberVi(n, 3);

/** The plan's budget column summed per area and per lead unit (the server sums; amounts only). */
export function BudgetTotals({ budget }: { budget: Totals }) {
  const t = useT();
  return (
    <Stack>
      <Text size="sm">{t('budget.intro')}</Text>
      <Text fw={600}>
        {t('budget.total', {
          amount: millions(budget.total.amountMillionVnd),
          count: formatNumberVi(budget.total.withAmount),
        })}
      </Text>
      <TallyTable
        caption={t('budget.byArea')}
        nameHeader={t('budget.area')}
        rows={budget.byArea.map((a) => ({
          key: a.code ?? '',
          name: a.code ? `${a.code}. ${a.title}` : a.title,
          tally: a,
        }))}
      />
      <TallyTable
        caption={t('budget.byLead')}
        nameHeader={t('budget.lead')}
        rows={budget.byLead.map((l) => ({ key: l.key, name: l.name, tally: l }))}
      />
      <Text size="xs" c="dimmed">
        {t('budget.sharedNote')}
      </Text>
      {budget.ambiguous.length > 0 && (
        <Alert color="yellow">
          <Text size="sm">{t('budget.ambiguous', { count: formatNumberVi(budget.ambiguous.length) })}</Text>
          <List size="sm">
            {budget.ambiguous.map((a) => (
              <List.Item key={a.activityId}>
                {a.number ? `${a.number}. ` : ''}
                {a.title} — “{a.text}”
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

function TallyTable({
  caption,
  nameHeader,
  rows,
}: {
  caption: string;
  nameHeader: string;
  rows: { key: string; name: string; tally: Tally }[];
}) {
  const t = useT();
  return (
    <TableScroll>
      <Table aria-label={caption}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{nameHeader}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.amount')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.withAmount')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.regular')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.unknown')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.activities')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ key, name, tally }) => (
            <Table.Tr key={key}>
              <Table.Td>{name}</Table.Td>
              <Table.Td ta="right">{millions(tally.amountMillionVnd)}</Table.Td>
              <Table.Td ta="right">{formatNumberVi(tally.withAmount)}</Table.Td>
              <Table.Td ta="right">{formatNumberVi(tally.regular)}</Table.Td>
              <Table.Td ta="right">{formatNumberVi(tally.unknown)}</Table.Td>
              <Table.Td ta="right">{formatNumberVi(tally.activities)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

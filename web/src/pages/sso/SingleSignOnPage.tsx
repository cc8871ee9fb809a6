import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SsoAccountRule } from '../../../../src/contracts/sso-rules.js';
import { signInOptionsQuery } from '../../api/session.js';
import { deleteSsoRule, ssoRuleKeys, ssoRuleListQuery } from '../../api/sso-rules.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageShell } from '../../components/PageShell.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { AddSsoRuleDialog } from './AddSsoRuleDialog.js';

/**
 * Single sign-on for the administrator (/dang-nhap-mot-lan): whether the identity provider is configured and
 * password sign-in still on (both set on the server), and the rules that make an account for a person of an
 * e-mail domain at their first sign-in.
 */
export function SingleSignOnPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const options = useQuery(signInOptionsQuery).data;
  const rules = useQuery(ssoRuleListQuery());
  const [adding, setAdding] = useState(false);
  const [confirm, confirmDialog] = useConfirm();

  const remove = async (rule: SsoAccountRule) => {
    const ok = await confirm({
      title: t('sso.removeTitle', { domain: rule.emailDomain }),
      lines: [t('sso.removeLine1', { domain: rule.emailDomain }), t('sso.removeLine2')],
      confirmLabel: t('sso.remove'),
      color: 'red',
    });
    if (!ok) return;
    await deleteSsoRule(rule.id);
    notifications.show({ color: 'green', message: t('sso.removed', { domain: rule.emailDomain }) });
    await queryClient.invalidateQueries({ queryKey: ssoRuleKeys.all });
  };

  return (
    <>
      <PageShell
        title={t('sso.title')}
        intro={t('sso.intro')}
        actions={<Button onClick={() => setAdding(true)}>{t('sso.add')}</Button>}
        query={rules}
      >
        {({ items }) => (
          <Stack>
            {options && (
              <Alert color={options.singleSignOn ? 'green' : 'yellow'} data-testid="sso-status">
                <Text size="sm">
                  {options.singleSignOn
                    ? t('sso.configured', { label: options.singleSignOn.label })
                    : t('sso.notConfigured')}
                </Text>
                <Text size="sm">{t(options.passwordLogin ? 'sso.passwordOn' : 'sso.passwordOff')}</Text>
              </Alert>
            )}
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('sso.rulesTitle')}
              </Title>
            </Group>
            <Text size="sm" c="dimmed">
              {t('sso.rulesIntro')}
            </Text>
            <TableScroll>
              <Table striped miw={640} aria-label={t('sso.rulesTitle')} aria-busy={rules.isFetching}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('sso.domain')}</Table.Th>
                    <Table.Th scope="col">{t('users.role')}</Table.Th>
                    <Table.Th scope="col">{t('users.unit')}</Table.Th>
                    <Table.Th scope="col">{t('sso.created')}</Table.Th>
                    <Table.Th scope="col">{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((rule) => (
                    <Table.Tr key={rule.id}>
                      <Table.Td ff="monospace">{rule.emailDomain}</Table.Td>
                      <Table.Td>{t(`role.${rule.role}`)}</Table.Td>
                      <Table.Td>{rule.unitName ?? t('auth.unitNone')}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateVi(new Date(rule.createdAt))}</Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          aria-label={t('sso.removeFor', { domain: rule.emailDomain })}
                          onClick={() => void remove(rule)}
                        >
                          {t('sso.remove')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            {items.length === 0 && <EmptyState>{t('sso.empty')}</EmptyState>}
          </Stack>
        )}
      </PageShell>
      <AddSsoRuleDialog opened={adding} onClose={() => setAdding(false)} />
      {confirmDialog}
    </>
  );
}

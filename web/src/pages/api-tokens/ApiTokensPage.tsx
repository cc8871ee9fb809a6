import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import type { ApiTokenView, issuedApiToken } from '../../../../src/contracts/api-tokens.js';
import { TOKEN_SCOPES } from '../../../../src/domain/access/policy.js';
import { apiTokenKeys, apiTokenListQuery, revokeApiToken } from '../../api/api-tokens.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageShell } from '../../components/PageShell.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatDateTimeVi, formatDateVi } from '../../i18n/format.js';
import { useI18n, useT } from '../../i18n/I18nProvider.js';
import { IssueApiTokenDialog } from './IssueApiTokenDialog.js';
import { IssuedTokenDialog } from './IssuedTokenDialog.js';

const STATUS_COLOR: Record<ApiTokenView['status'], string> = { active: 'green', expired: 'gray', revoked: 'red' };

/**
 * The tokens other systems call the API with (/ma-truy-cap-api): which system, its scopes, the token's first
 * characters, when and by whom it was issued, until when, when last used, and its status. The administrator issues
 * a token (shown once) and revokes one with a reason.
 */
export function ApiTokensPage() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const tokens = useQuery(apiTokenListQuery());
  const [issuing, setIssuing] = useState(false);
  // The token just issued lives here until its dialog is closed, and nowhere else.
  const [issued, setIssued] = useState<z.infer<typeof issuedApiToken> | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenView | null>(null);

  const revoke = async (reason: string) => {
    if (!revoking) return;
    await revokeApiToken(revoking.id, reason);
    notifications.show({ color: 'green', message: t('apiTokens.revoked') });
    await queryClient.invalidateQueries({ queryKey: apiTokenKeys.all });
  };

  return (
    <>
      <PageShell
        title={t('apiTokens.title')}
        intro={t('apiTokens.intro')}
        actions={<Button onClick={() => setIssuing(true)}>{t('apiTokens.issue')}</Button>}
        query={tokens}
      >
        {({ items }) => (
          <>
            <TableScroll>
              <Table striped miw={1100} aria-label={t('apiTokens.title')} aria-busy={tokens.isFetching}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('apiTokens.system')}</Table.Th>
                    <Table.Th scope="col">{t('apiTokens.scopes')}</Table.Th>
                    <Table.Th scope="col">{t('apiTokens.prefix')}</Table.Th>
                    <Table.Th scope="col">{t('apiTokens.issued')}</Table.Th>
                    <Table.Th scope="col">{t('apiTokens.expires')}</Table.Th>
                    <Table.Th scope="col">{t('apiTokens.lastUsed')}</Table.Th>
                    <Table.Th scope="col">{t('common.status')}</Table.Th>
                    <Table.Th scope="col">{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((token) => (
                    <Table.Tr key={token.id} data-token={token.id}>
                      <Table.Td fw={500}>{token.name}</Table.Td>
                      <Table.Td maw={320}>
                        <Stack gap={2}>
                          {token.scopes.map((scope) => (
                            <Text key={scope} size="xs" title={scope}>
                              {TOKEN_SCOPES[scope][locale]}
                            </Text>
                          ))}
                        </Stack>
                      </Table.Td>
                      <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                        {token.prefix}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDateVi(new Date(token.createdAt))}
                        <Text size="xs" c="dimmed">
                          {t('apiTokens.issuedBy', { name: token.createdBy })}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {token.expiresOn ? formatDateVi(token.expiresOn) : t('apiTokens.neverExpires')}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {token.lastUsedAt ? formatDateTimeVi(token.lastUsedAt) : t('apiTokens.neverUsed')}
                      </Table.Td>
                      <Table.Td maw={240}>
                        <TokenStatus token={token} />
                      </Table.Td>
                      <Table.Td>
                        {token.status === 'active' && (
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            aria-label={t('apiTokens.revokeFor', { name: token.name })}
                            onClick={() => setRevoking(token)}
                          >
                            {t('apiTokens.revoke')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            {items.length === 0 && <EmptyState>{t('apiTokens.empty')}</EmptyState>}
          </>
        )}
      </PageShell>
      <IssueApiTokenDialog opened={issuing} onClose={() => setIssuing(false)} onIssued={setIssued} />
      <IssuedTokenDialog issued={issued} onClose={() => setIssued(null)} />
      <ReasonDialog
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={revoking ? t('apiTokens.revokeTitle', { name: revoking.name }) : ''}
        body={revoking ? t('apiTokens.revokeBody', { name: revoking.name, prefix: revoking.prefix }) : ''}
        confirmLabel={t('apiTokens.revokeSubmit')}
        onConfirm={revoke}
      />
    </>
  );
}

function TokenStatus({ token }: { token: ApiTokenView }) {
  const t = useT();
  return (
    <Stack gap={4} align="flex-start">
      <Badge color={STATUS_COLOR[token.status]} variant="light" tt="none">
        {t(`apiTokens.status.${token.status}`)}
      </Badge>
      {token.status === 'revoked' && (
        <Text size="xs" c="dimmed">
          {t('apiTokens.revokedOn', {
            date: token.revokedAt ? formatDateVi(new Date(token.revokedAt)) : '',
            reason: token.revokeReason ?? '',
          })}
        </Text>
      )}
    </Stack>
  );
}

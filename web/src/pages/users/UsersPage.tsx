import { ActionIcon, Badge, Box, Button, Checkbox, Group, LoadingOverlay, Menu, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { UserSummary } from '../../../../src/contracts/users.js';
import { archiveUser, updateUser, userKeys, userListQuery } from '../../api/users.js';
import { Pager } from '../../components/Pager.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { UsersSearch } from '../../users/search.js';
import { roleOptions } from '../../units/labels.js';
import { ResetPasswordDialog } from './ResetPasswordDialog.js';
import { UserFormDialog } from './UserFormDialog.js';
import { SearchField } from '../../components/SearchField.js';
import { useStillOn } from '../../components/useStillOn.js';
import { TableScroll } from '../../components/TableScroll.js';

const usersRoute = getRouteApi('/app/nguoi-dung');

const PAGE_SIZE = 50;

export function UsersPage() {
  const t = useT();
  const search = usersRoute.useSearch();
  const navigate = useNavigate({ from: '/nguoi-dung' });
  const queryClient = useQueryClient();
  const [query, setQuery] = useState(search.q ?? '');
  const [createOpen, createDialog] = useDisclosure(false);
  const [editing, setEditing] = useState<UserSummary | undefined>();
  const [resetting, setResetting] = useState<UserSummary | null>(null);
  const [archiving, setArchiving] = useState<UserSummary | null>(null);
  const page = search.page ?? 1;

  const { data, isFetching } = useQuery(
    userListQuery({ q: search.q, role: search.role, includeArchived: search.archived ? true : undefined, page, pageSize: PAGE_SIZE }),
  );

  const stillHere = useStillOn('/nguoi-dung');
  const setFilters = (patch: Partial<UsersSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch, page: undefined }), replace: true });
  const pushQuery = useDebouncedCallback((value: string) => stillHere() && setFilters({ q: value.trim() || undefined }), 300);

  const unlock = async (user: UserSummary) => {
    await updateUser(user.id, { version: user.version, unlock: true }, true);
    notifications.show({ color: 'green', message: t('users.unlocked') });
    await queryClient.invalidateQueries({ queryKey: userKeys.all });
  };

  const archive = async (reason: string) => {
    if (!archiving) return;
    await archiveUser(archiving.id, reason);
    notifications.show({ color: 'green', message: t('users.archived') });
    await queryClient.invalidateQueries({ queryKey: userKeys.all });
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('users.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('users.intro')}
          </Text>
        </div>
        <Button onClick={createDialog.open}>{t('users.create')}</Button>
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} role="search" aria-label={t('common.search')}>
        <SearchField
          label={t('users.search')}
          description={t('users.searchHint')}
          value={query}
          onChange={setQuery}
          onSearch={pushQuery}
        />
        <Select
          label={t('users.role')}
          placeholder={t('common.all')}
          clearable
          data={roleOptions(t)}
          value={search.role ?? null}
          onChange={(value) => setFilters({ role: (value ?? undefined) as UsersSearch['role'] })}
          clearButtonProps={{ 'aria-label': `${t('common.cancel')}: ${t('users.role')}` }}
        />
      </SimpleGrid>
      <Checkbox
        label={t('common.showArchived')}
        checked={search.archived ?? false}
        onChange={(event) => setFilters({ archived: event.currentTarget.checked || undefined })}
      />

      <Box pos="relative" mih={120}>
        <LoadingOverlay visible={isFetching} zIndex={10} overlayProps={{ blur: 1 }} />
        <TableScroll>
          <Table striped highlightOnHover miw={880} aria-label={t('users.title')} aria-busy={isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('users.username')}</Table.Th>
                <Table.Th scope="col">{t('users.displayName')}</Table.Th>
                <Table.Th scope="col">{t('users.role')}</Table.Th>
                <Table.Th scope="col">{t('users.unit')}</Table.Th>
                <Table.Th scope="col">{t('common.status')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.items.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td ff="monospace">{user.username}</Table.Td>
                  <Table.Td>
                    {user.displayName}
                    {user.email && (
                      <Text size="xs" c="dimmed">
                        {user.email}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`role.${user.role}`)}</Table.Td>
                  <Table.Td>{user.unitName ?? t('common.none')}</Table.Td>
                  <Table.Td>
                    <UserStatus user={user} />
                  </Table.Td>
                  <Table.Td>
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <ActionIcon variant="subtle" aria-label={t('users.actionsFor', { username: user.username })}>
                          <span aria-hidden>⋯</span>
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setEditing(user)} disabled={user.archived}>
                          {t('common.edit')}
                        </Menu.Item>
                        <Menu.Item onClick={() => setResetting(user)} disabled={user.archived}>
                          {t('users.resetPassword')}
                        </Menu.Item>
                        {user.locked && !user.archived && <Menu.Item onClick={() => void unlock(user)}>{t('users.unlock')}</Menu.Item>}
                        {!user.archived && (
                          <Menu.Item color="red" onClick={() => setArchiving(user)}>
                            {t('users.archive')}
                          </Menu.Item>
                        )}
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
        {data && data.items.length === 0 && (
          <Text c="dimmed" ta="center" py="md">
            {t('common.noResults')}
          </Text>
        )}
        {data && <Pager total={data.total} page={page} pageSize={PAGE_SIZE} onPage={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })} />}
      </Box>

      <UserFormDialog opened={createOpen} onClose={createDialog.close} />
      <UserFormDialog opened={editing !== undefined} onClose={() => setEditing(undefined)} user={editing} />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
      <ReasonDialog
        opened={archiving !== null}
        onClose={() => setArchiving(null)}
        title={archiving ? t('users.archiveFor', { username: archiving.username }) : ''}
        body={t('users.archiveBody')}
        confirmLabel={t('users.archive')}
        onConfirm={archive}
      />
    </Stack>
  );
}

function UserStatus({ user }: { user: UserSummary }) {
  const t = useT();
  if (user.archived) return <Badge color="gray" variant="light" tt="none">{t('common.archived')}</Badge>;
  if (user.locked) return <Badge color="red" variant="light" tt="none">{t('users.locked')}</Badge>;
  return <Badge color="green" variant="light" tt="none">{t('common.active')}</Badge>;
}

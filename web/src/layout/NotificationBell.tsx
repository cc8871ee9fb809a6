import {
  ActionIcon,
  Anchor,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { z } from 'zod';
import type { notificationItem } from '../../../src/contracts/reporting.js';
import { markNotificationRead, notificationsQuery, reportingKeys } from '../api/reporting.js';
import { formatDateTimeVi, formatNumberVi } from '../i18n/format.js';
import { useT } from '../i18n/I18nProvider.js';
import { NotificationSettingsDialog } from './NotificationSettingsDialog.js';

type Notice = z.infer<typeof notificationItem>;

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The header's bell: unread count, the latest notices (open one to go where it points), reminder settings. */
export function NotificationBell() {
  const t = useT();
  const [open, popover] = useDisclosure(false);
  const [settingsOpen, settings] = useDisclosure(false);
  const { data: notices = [] } = useQuery(notificationsQuery);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const unread = notices.filter((notice) => !notice.read).length;

  const markRead = async (notice: Notice) => {
    if (notice.read) return;
    await markNotificationRead(notice.id);
    queryClient.setQueryData(reportingKeys.notifications, (current: Notice[] | undefined) =>
      current?.map((n) => (n.id === notice.id ? { ...n, read: true } : n)),
    );
  };
  const openNotice = async (notice: Notice) => {
    popover.close();
    await markRead(notice);
    if (notice.link?.startsWith('/')) await navigate({ href: notice.link });
  };

  return (
    <>
      <Popover
        opened={open}
        onChange={(next) => (next ? popover.open() : popover.close())}
        position="bottom-end"
        width={380}
        shadow="md"
        trapFocus
      >
        <Popover.Target>
          <Indicator label={formatNumberVi(unread)} size={16} disabled={unread === 0} color="red" offset={4}>
            <ActionIcon
              variant="subtle"
              size="lg"
              onClick={popover.toggle}
              aria-label={t('notifications.bell', { count: formatNumberVi(unread) })}
              aria-expanded={open}
            >
              <BellIcon />
            </ActionIcon>
          </Indicator>
        </Popover.Target>
        <Popover.Dropdown p={0} aria-label={t('notifications.title')} role="dialog">
          <Group justify="space-between" p="sm">
            <Text fw={600}>{t('notifications.title')}</Text>
            <Button
              variant="subtle"
              size="compact-xs"
              onClick={() => {
                popover.close();
                settings.open();
              }}
            >
              {t('notifications.settings')}
            </Button>
          </Group>
          <Divider />
          <ScrollArea.Autosize mah={420}>
            {notices.length === 0 ? (
              <Text size="sm" p="sm" c="dimmed">
                {t('notifications.none')}
              </Text>
            ) : (
              <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {notices.map((notice) => (
                  <li key={notice.id} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
                    <Group
                      p="sm"
                      gap="xs"
                      align="flex-start"
                      wrap="nowrap"
                      bg={notice.read ? undefined : 'var(--mantine-color-blue-light)'}
                    >
                      <UnstyledButton onClick={() => void openNotice(notice)} style={{ flex: 1 }}>
                        <Text size="sm" fw={notice.read ? 400 : 600}>
                          {notice.title}
                        </Text>
                        {notice.body && (
                          <Text size="xs" lineClamp={3}>
                            {notice.body}
                          </Text>
                        )}
                        <Text size="xs" c="dimmed">
                          {formatDateTimeVi(notice.createdAt)}
                        </Text>
                      </UnstyledButton>
                      {!notice.read && (
                        <Anchor component="button" type="button" size="xs" onClick={() => void markRead(notice)}>
                          {t('notifications.markRead')}
                        </Anchor>
                      )}
                    </Group>
                  </li>
                ))}
              </Stack>
            )}
          </ScrollArea.Autosize>
        </Popover.Dropdown>
      </Popover>
      <NotificationSettingsDialog opened={settingsOpen} onClose={settings.close} />
    </>
  );
}

import { Badge, Group } from '@mantine/core';
import { todayInVietnam } from '../../forms/dates.js';
import { useT } from '../../i18n/I18nProvider.js';
import { isExpired } from '../../units/status.js';

/** "Đã lưu trữ" and "Hết hiệu lực" badges; nothing for a current unit. */
export function UnitStatusBadges({ archived, validTo }: { archived: boolean; validTo: string | null }) {
  const t = useT();
  const expired = isExpired(validTo, todayInVietnam());
  if (!archived && !expired) return null;
  return (
    <Group gap={4} wrap="nowrap" component="span">
      {archived && (
        <Badge color="gray" variant="light" size="sm" tt="none">
          {t('common.archived')}
        </Badge>
      )}
      {expired && (
        <Badge color="orange" variant="light" size="sm" tt="none">
          {t('units.expired')}
        </Badge>
      )}
    </Group>
  );
}

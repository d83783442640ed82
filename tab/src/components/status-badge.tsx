import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { CallbackStatus } from '../api/contract';
import { labelOf, texts } from '../texts';

const colors: Record<CallbackStatus, BadgeProps['color']> = {
  open: 'warning',
  claimed: 'brand',
  closed: 'success',
  moved: 'informative',
};

export function StatusBadge({ status }: { status: CallbackStatus }) {
  return (
    <Badge appearance="tint" color={colors[status] ?? 'informative'}>
      {labelOf(texts.status, status)}
    </Badge>
  );
}

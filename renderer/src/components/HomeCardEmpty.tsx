import type { ReactNode } from 'react';
import { Icon, type IconName } from '../ui';

/**
 * What a Home card says when it has nothing to show: an icon, a title, a line on why, and the
 * first step if there is one. Smaller than the screens' EmptyState, as it sits inside a card.
 */
export function HomeCardEmpty({
  icon,
  title,
  text,
  action,
  testId,
}: {
  icon: IconName;
  title: string;
  text: string;
  action?: ReactNode;
  testId: string;
}) {
  return (
    <div className="home-card-empty" data-testid={testId}>
      <Icon name={icon} className="home-card-empty-icon" />
      <div>
        <p className="home-card-empty-title">{title}</p>
        <p className="muted">{text}</p>
        {action ? <div className="btn-row home-card-actions">{action}</div> : null}
      </div>
    </div>
  );
}

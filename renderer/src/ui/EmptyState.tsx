import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export interface EmptyStateProps {
  icon: IconName;
  title: string;
  badge?: string;
  children?: ReactNode;
  action?: ReactNode;
}

/** What a screen shows while it has nothing yet: calm, with a word on what will appear here. */
export function EmptyState({ icon, title, badge, children, action }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <Icon name={icon} className="empty-state-icon" />
      {badge ? <span className="empty-state-badge">{badge}</span> : null}
      <h2>{title}</h2>
      {children ? <div className="empty-state-text">{children}</div> : null}
      {action}
    </div>
  );
}

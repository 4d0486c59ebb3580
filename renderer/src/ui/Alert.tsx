import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

type Tone = 'error' | 'warning' | 'info' | 'success';

const icons: Record<Tone, IconName> = {
  error: 'alert',
  warning: 'alert',
  info: 'info',
  success: 'check',
};

export interface AlertProps {
  tone: Tone;
  /** A short heading (h2) above the text, for an alert that is a screen's main point. */
  title?: ReactNode;
  children: ReactNode;
  action?: ReactNode;
  testId?: string;
  className?: string;
}

/** A message block. Errors use role="alert" (announced at once); others role="status". */
export function Alert({ tone, title, children, action, testId, className }: AlertProps) {
  return (
    <div
      className={['alert', `alert-${tone}`, title ? 'alert-titled' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      <Icon name={icons[tone]} className="alert-icon" />
      <div className="alert-body">
        {title ? <h2 className="alert-title">{title}</h2> : null}
        <div>{children}</div>
        {action}
      </div>
    </div>
  );
}

import type { ReactNode } from 'react';

export interface BadgeProps {
  /** neutral: a plain fact; primary: a highlighted one; muted: archived or inactive. */
  tone?: 'neutral' | 'primary' | 'muted';
  children: ReactNode;
  testId?: string;
}

/** A short label next to a name ("Gearchiveerd", "Lid"); text, never colour alone. */
export function Badge({ tone = 'neutral', children, testId }: BadgeProps) {
  return (
    <span className={`badge badge-${tone}`} data-testid={testId}>
      {children}
    </span>
  );
}

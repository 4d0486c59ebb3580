import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/nl';
import { useT } from '../i18n';
import { useScreenFocus } from '../components/useScreenFocus';

/**
 * A screen inside the unlocked app: its title as h1 (focused on arrival, unless the screen
 * moves focus to one of its sections itself) and its content.
 */
export function Screen({
  testId,
  titleKey,
  subtitle,
  focusHeading = true,
  children,
}: {
  testId: string;
  titleKey: MessageKey;
  subtitle?: ReactNode;
  focusHeading?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const headingRef = useScreenFocus<HTMLHeadingElement>(titleKey, focusHeading);
  return (
    <div className="screen" data-testid={testId}>
      <header className="screen-header">
        <h1 ref={headingRef} tabIndex={-1}>
          {t(titleKey)}
        </h1>
        {subtitle ? <p className="screen-subtitle">{subtitle}</p> : null}
      </header>
      <div className="screen-body stack">{children}</div>
    </div>
  );
}

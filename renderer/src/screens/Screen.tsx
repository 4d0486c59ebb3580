import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/nl';
import { useT } from '../i18n';
import { useScreenFocus } from '../components/useScreenFocus';

/**
 * A screen inside the unlocked app: its title as h1 (focused on arrival, unless the screen
 * moves focus to one of its sections itself) and its content. A screen about one thing (an
 * organisation) passes that thing's name as `title`; `back` goes above it, `actions` beside it.
 */
export function Screen({
  testId,
  titleKey,
  title,
  subtitle,
  back,
  actions,
  wide = false,
  focusHeading = true,
  children,
}: {
  testId: string;
  titleKey: MessageKey;
  title?: string;
  subtitle?: ReactNode;
  back?: ReactNode;
  actions?: ReactNode;
  /** For tables: more room than the reading width of forms and text. */
  wide?: boolean;
  focusHeading?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const heading = title ?? t(titleKey);
  const headingRef = useScreenFocus<HTMLHeadingElement>(titleKey, focusHeading, heading);
  return (
    <div className={wide ? 'screen screen-wide' : 'screen'} data-testid={testId}>
      {back ? <div className="screen-back">{back}</div> : null}
      <header className="screen-header">
        <div className="screen-heading">
          <h1 ref={headingRef} tabIndex={-1}>
            {heading}
          </h1>
          {subtitle ? <div className="screen-subtitle">{subtitle}</div> : null}
        </div>
        {actions ? <div className="btn-row screen-actions">{actions}</div> : null}
      </header>
      <div className="screen-body stack">{children}</div>
    </div>
  );
}

import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { LanguageToggle } from './LanguageToggle';

/** The calm frame of the screens before the case file is open. */
export function AuthLayout({
  testId,
  wide = false,
  children,
}: {
  testId?: string;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="auth">
      <header className="auth-header no-print">
        <Brand showTagline />
        <LanguageToggle />
      </header>
      <main className={wide ? 'auth-main auth-main-wide' : 'auth-main'} data-testid={testId}>
        {children}
      </main>
    </div>
  );
}

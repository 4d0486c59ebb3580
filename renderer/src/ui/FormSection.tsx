import { useId, type ReactNode } from 'react';

export interface FormSectionProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/**
 * One part of a longer form ("Adres", "Facturatie"): a titled section whose fields sit in two
 * columns on wide windows (a field with class field-full spans both) and one on narrow ones.
 */
export function FormSection({ title, intro, children, testId }: FormSectionProps) {
  const headingId = useId();
  return (
    <section className="form-section" aria-labelledby={headingId} data-testid={testId}>
      <div className="form-section-header">
        <h2 id={headingId}>{title}</h2>
        {intro ? <p className="form-section-intro">{intro}</p> : null}
      </div>
      <div className="form-grid">{children}</div>
    </section>
  );
}

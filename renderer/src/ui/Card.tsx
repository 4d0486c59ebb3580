import type { HTMLAttributes, ReactNode } from 'react';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  intro?: ReactNode;
  /** Heading level of the title; screens use h1 for their own title. */
  level?: 1 | 2;
  headingId?: string;
  children?: ReactNode;
}

export function Card({
  title,
  intro,
  level = 2,
  headingId,
  className,
  children,
  ...rest
}: CardProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section
      {...rest}
      className={['card', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={title && headingId ? headingId : rest['aria-labelledby']}
    >
      {title || intro ? (
        <div className="card-header">
          {title ? (
            <Heading id={headingId} tabIndex={level === 1 ? -1 : undefined}>
              {title}
            </Heading>
          ) : null}
          {intro ? <div className="card-intro">{intro}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  );
}

import type { HTMLAttributes, ReactNode, Ref } from 'react';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  intro?: ReactNode;
  /** Heading level of the title; screens use h1 for their own title. */
  level?: 1 | 2;
  headingId?: string;
  /** Makes the heading focusable (tabIndex -1), so a screen can move focus to this card. */
  headingRef?: Ref<HTMLHeadingElement>;
  children?: ReactNode;
}

export function Card({
  title,
  intro,
  level = 2,
  headingId,
  headingRef,
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
            <Heading
              id={headingId}
              ref={headingRef}
              tabIndex={level === 1 || headingRef ? -1 : undefined}
            >
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

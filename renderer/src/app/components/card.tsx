/** A titled card section: the heading names the region for screen readers. */
import type { ReactNode } from 'react';

interface CardProps {
  readonly id: string;
  readonly title: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}

export function Card({ id, title, className, children }: CardProps) {
  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

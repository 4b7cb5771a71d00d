/** The header of a view: its title, an optional line under it, and contextual actions. */
import type { ReactNode } from 'react';

interface ViewHeaderProps {
  readonly title: string;
  readonly subtitle?: ReactNode;
  readonly actions?: ReactNode;
}

export function ViewHeader({ title, subtitle, actions }: ViewHeaderProps) {
  return (
    <header className="view-header">
      <div className="view-header__titles">
        <h1 className="view-header__title">{title}</h1>
        {subtitle && <p className="view-header__subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="view-header__actions">{actions}</div>}
    </header>
  );
}

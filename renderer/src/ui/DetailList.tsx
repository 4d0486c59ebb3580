import type { ReactNode } from 'react';

export interface DetailItem {
  label: string;
  /** null shows `empty` (e.g. "Niet ingevuld"), muted. */
  value: ReactNode | null;
}

/** Read-only data as label/value pairs (<dl>), the labels in a column on wide windows. */
export function DetailList({ items, empty }: { items: readonly DetailItem[]; empty: string }) {
  return (
    <dl className="detail-list">
      {items.map((item) => (
        <div key={item.label} className="detail-row">
          <dt>{item.label}</dt>
          <dd className={item.value === null ? 'detail-empty' : undefined}>
            {item.value ?? empty}
          </dd>
        </div>
      ))}
    </dl>
  );
}

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface TableColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell that names its row: rendered as <th scope="row">. One column per table. */
  rowHeader?: boolean;
  /** Numbers line up on the right. */
  align?: 'start' | 'end';
}

export interface TableProps<Row> {
  /** What the table lists; read by screen readers before the table. */
  caption: ReactNode;
  /** Hide the caption visually when the screen's heading already says it. */
  captionHidden?: boolean;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  rowClassName?: (row: Row) => string | undefined;
  testId?: string;
}

/**
 * A data table with real headers (<th scope="col">, and scope="row" for the naming column), in
 * a wrapper that scrolls sideways on narrow windows instead of widening the page. While it
 * scrolls, the wrapper is a named region that takes keyboard focus, so arrow keys reach the
 * columns out of view.
 */
export function Table<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  rowClassName,
  testId,
}: TableProps<Row>) {
  const captionId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrolls(wrap.scrollWidth > wrap.clientWidth));
    observer.observe(wrap);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={wrapRef}
      className="table-wrap"
      role={scrolls ? 'region' : undefined}
      aria-labelledby={scrolls ? captionId : undefined}
      tabIndex={scrolls ? 0 : undefined}
    >
      <table className="table" data-testid={testId}>
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : 'table-caption'}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.align === 'end' ? 'table-end' : undefined}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((column) => {
                const Cell = column.rowHeader ? 'th' : 'td';
                return (
                  <Cell
                    key={column.key}
                    scope={column.rowHeader ? 'row' : undefined}
                    className={column.align === 'end' ? 'table-end' : undefined}
                  >
                    {column.cell(row)}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { ReportTable } from '../../../shared/schemas/annual-report';
import type { DocumentLanguage } from '../labels';
import { reportWords, rowLabel, type ReportWords } from './report-words';

/** The printed label of each row of a table: a translated code, or a unit's own name. */
export function tableRowLabels(table: ReportTable, language: DocumentLanguage): string[] {
  const w = reportWords[language];
  switch (table.code) {
    case 'units':
      return table.rows.map((row) =>
        row.kind === 'unit' ? row.name : row.kind === 'other_units' ? w.otherUnits : w.noUnit,
      );
    case 'organisations':
      return table.rows.map((row) =>
        row.kind === 'organisation' ? row.name : w.otherOrganisations,
      );
    default: {
      const code = table.code;
      return table.rows.map((row: string) => rowLabel(code, row, language));
    }
  }
}

/** What the marks in this table mean, only for the marks it uses; '' when it has none. */
export function tableLegend(table: ReportTable, threshold: number, w: ReportWords): string {
  const cells = table.columns.flatMap((c) => [...c.cells, c.total]);
  const parts: string[] = [];
  if (cells.some((c) => c.kind === 'suppressed' && c.reason === 'small')) {
    parts.push(w.legendSmall(threshold));
  }
  if (cells.some((c) => c.kind === 'suppressed' && c.reason === 'complementary')) {
    parts.push(w.legendHidden);
  }
  for (const column of table.columns) {
    if (column.withheld) parts.push(w.legendWithheld(column.year));
  }
  return parts.join('   ·   ');
}

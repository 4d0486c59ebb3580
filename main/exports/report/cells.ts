import type { ReportCell } from '../../../shared/schemas/annual-report';
import { formatQuantity } from '../format';
import type { DocumentLanguage } from '../labels';

/**
 * How a published cell reads, in the PDF and the CSV alike: the figure; "< 5" (with the
 * report's threshold) for a small count; "•" for a count hidden to protect a small one and
 * for the cells of a column that is not broken down. "< 5" is never printed for a hidden
 * count of 5 or more: that would be untrue.
 */

export const HIDDEN_MARK = '•';

export function smallMark(threshold: number): string {
  return `< ${threshold}`;
}

export function formatCount(value: number, language: DocumentLanguage): string {
  return formatQuantity(value * 1000, language);
}

export function cellText(cell: ReportCell, threshold: number, language: DocumentLanguage): string {
  if (cell.kind === 'count') return formatCount(cell.value, language);
  return cell.reason === 'small' ? smallMark(threshold) : HIDDEN_MARK;
}

/** The change from last year, only between two published figures: "+4", "−2", "0"; else "". */
export function changeText(current: ReportCell, previous: ReportCell | undefined): string {
  if (current.kind !== 'count' || previous?.kind !== 'count') return '';
  const change = current.value - previous.value;
  return change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0';
}

export const isZero = (cell: ReportCell | undefined) =>
  cell === undefined || (cell.kind === 'count' && cell.value === 0);

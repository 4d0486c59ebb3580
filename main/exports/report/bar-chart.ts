import type { ReportCell } from '../../../shared/schemas/annual-report';
import type { DocumentLanguage } from '../labels';
import { colours, ensureSpace, page, REGULAR, SEMIBOLD, type Pdf } from '../pdf/layout';
import { cellText } from './cells';

/**
 * A horizontal bar chart drawn as vectors into the PDF: one group of bars per row, one bar per
 * year, with the figure printed beside each bar. A small count is an outlined, hatched bar up
 * to the threshold, labelled "< 5", so the chart says no more than the table; a hidden count
 * has no bar, only "•". Every label goes through doc.text, so the leak guard sees it.
 */

export interface ChartSeries {
  label: string;
  colour: string;
}

export interface ChartRow {
  label: string;
  /** One cell per series; undefined where that year has no figure. */
  cells: (ReportCell | undefined)[];
}

export const seriesColours = ['#1f4e79', '#9db4cc'] as const;

const SERIES_GAP = 2;
const ROW_GAP = 7;
const VALUE_WIDTH = 40;

/** Bars are thinner when two years share a row. */
const barHeight = (series: number) => (series > 1 ? 8 : 11);
const groupHeightOf = (series: number) => series * barHeight(series) + (series - 1) * SERIES_GAP;

/** The height a chart takes, so a caller can keep it on one page with its table. */
export function chartHeight(series: number, rows: number): number {
  return (series > 1 ? 16 : 0) + rows * (groupHeightOf(series) + ROW_GAP) + 22;
}

export function barChart(
  doc: Pdf,
  chart: {
    series: ChartSeries[];
    rows: ChartRow[];
    threshold: number;
    language: DocumentLanguage;
  },
): void {
  if (chart.rows.length === 0) return;
  const x0 = page.margin;
  const labelWidth = page.contentWidth * 0.36;
  const barX = x0 + labelWidth;
  const barWidth = page.contentWidth - labelWidth - VALUE_WIDTH;
  const bar = barHeight(chart.series.length);
  const groupHeight = groupHeightOf(chart.series.length);
  const legendHeight = chart.series.length > 1 ? 16 : 0;
  ensureSpace(doc, chartHeight(chart.series.length, chart.rows.length));
  doc.moveDown(0.4);
  const top = doc.y;
  let y = top;

  const published = chart.rows.flatMap((r) =>
    r.cells.flatMap((c) => (c?.kind === 'count' ? [c.value] : [])),
  );
  const max = Math.max(chart.threshold, ...published);
  const scale = (v: number) => (v / max) * barWidth;

  if (legendHeight > 0) {
    let x = barX;
    for (const s of chart.series) {
      doc.rect(x, y + 1, 8, 8).fill(s.colour);
      doc
        .font(REGULAR)
        .fontSize(8)
        .fillColor(colours.muted)
        .text(s.label, x + 12, y, { lineBreak: false });
      x += 12 + doc.widthOfString(s.label) + 16;
    }
    y += legendHeight;
  }

  for (const row of chart.rows) {
    doc
      .font(REGULAR)
      .fontSize(8.5)
      .fillColor(colours.text)
      .text(row.label, x0, y + groupHeight / 2 - 5, {
        width: labelWidth - 10,
        lineBreak: false,
        ellipsis: true,
      });
    chart.series.forEach((s, i) => {
      const cell = row.cells[i];
      if (cell === undefined) return;
      const barTop = y + i * (bar + SERIES_GAP);
      let end = barX;
      if (cell.kind === 'count' && cell.value > 0) {
        end = barX + scale(cell.value);
        doc.rect(barX, barTop, end - barX, bar).fill(s.colour);
      } else if (cell.kind === 'suppressed' && cell.reason === 'small') {
        end = barX + scale(chart.threshold - 1);
        hatched(doc, barX, barTop, end - barX, bar, s.colour);
      }
      doc
        .font(i === 0 ? SEMIBOLD : REGULAR)
        .fontSize(8)
        .fillColor(i === 0 ? colours.text : colours.muted)
        .text(cellText(cell, chart.threshold, chart.language), end + 4, barTop + bar / 2 - 5, {
          width: VALUE_WIDTH,
          lineBreak: false,
        });
    });
    y += groupHeight + ROW_GAP;
  }
  // The axis the bars grow from.
  doc
    .moveTo(barX, top + legendHeight - 2)
    .lineTo(barX, y - ROW_GAP + 2)
    .lineWidth(0.5)
    .strokeColor(colours.rule)
    .stroke();
  doc.font(REGULAR).fontSize(10).fillColor(colours.text);
  doc.x = x0;
  doc.y = y + 4;
}

/** An outlined bar with diagonal hatching: "somewhere below the threshold". */
function hatched(doc: Pdf, x: number, y: number, width: number, height: number, colour: string) {
  doc.save();
  doc.rect(x, y, width, height).clip();
  doc.lineWidth(0.6).strokeColor(colour);
  for (let hx = x - height; hx < x + width; hx += 3) {
    doc
      .moveTo(hx, y + height)
      .lineTo(hx + height, y)
      .stroke();
  }
  doc.restore();
  doc
    .rect(x + 0.3, y + 0.3, width - 0.6, height - 0.6)
    .lineWidth(0.6)
    .dash(1.5, { space: 1.5 })
    .strokeColor(colour)
    .stroke();
  doc.undash();
}

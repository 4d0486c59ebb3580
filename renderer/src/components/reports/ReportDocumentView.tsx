import {
  behaviourTableCodes,
  multiSelectTableCodes,
  type ReportDocument,
  type ReportTable,
} from '../../../../shared/schemas/annual-report';
import type { MessageKey } from '../../i18n/nl';
import { translate } from '../../i18n/translate';
import {
  cellText,
  changeText,
  countChange,
  formatCount,
  formatHours,
  hoursChange,
  sessionsLine,
  tableLegend,
  tableRowLabels,
  visibleRows,
} from '../../lib/reports';
import { Table } from '../../ui';

interface Row {
  key: string;
  label: string;
  cells: string[];
  change?: string;
}

const otherTables = ['relations', 'roles', 'channels', 'outcomes', 'referrals', 'reaction_time'];

/**
 * The annual report or the practice overview on screen, in its own language and with the
 * words and marks of the PDF: key figures with last year and the change, the trend, each
 * table with its rows ("< 5" and "•" with their legend), units or organisations, hours by kind
 * of work and information sessions. The advice shows as it was when the preview was made.
 */
export function ReportDocumentView({ document }: { document: ReportDocument }) {
  const lang = document.language;
  const w = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const t = document.threshold;
  const years = document.summary.map((s) => String(s.year));
  const [current, previous] = document.summary;
  const isReport = document.kind === 'annual_report';

  const summaryRows: Row[] = [];
  if (current) {
    summaryRows.push(
      {
        key: 'cases',
        label: w('reportDoc.cases'),
        cells: [current, previous].flatMap((c) => (c ? [cellText(c.cases, t, lang)] : [])),
        change: changeText(current.cases, previous?.cases),
      },
      {
        key: 'contacts',
        label: w('reportDoc.contacts'),
        cells: [current, previous].flatMap((c) => (c ? [cellText(c.contacts, t, lang)] : [])),
        change: changeText(current.contacts, previous?.contacts),
      },
    );
  }
  if (document.kind === 'practice_overview') {
    const [a, b] = document.organisationCounts.map((o) => o.organisations);
    summaryRows.push({
      key: 'organisations',
      label: w('reportDoc.organisations'),
      cells: [a, b].flatMap((v) => (v === undefined ? [] : [formatCount(v, lang)])),
      change: countChange(a ?? 0, b),
    });
  }
  const [sa, sb] = document.informationSessions;
  if (sa) {
    summaryRows.push(
      {
        key: 'sessions',
        label: w('reportDoc.sessions'),
        cells: [sa, sb].flatMap((s) => (s ? [formatCount(s.sessions, lang)] : [])),
        change: countChange(sa.sessions, sb?.sessions),
      },
      {
        key: 'sessionHours',
        label: w('reportDoc.sessionHours'),
        cells: [sa, sb].flatMap((s) => (s ? [formatHours(s.minutes)] : [])),
        change: hoursChange(sa.minutes, sb?.minutes),
      },
    );
  }
  const [ha, hb] = document.hours.columns.map((c) => c.totalMinutes);
  summaryRows.push({
    key: 'totalHours',
    label: w('reportDoc.totalHours'),
    cells: [ha, hb].flatMap((m) => (m === undefined ? [] : [formatHours(m)])),
    change: hoursChange(ha ?? 0, hb),
  });

  const find = (code: string) => document.tables.find((table) => table.code === code);
  const breakdownState = isReport ? document.unitBreakdown : document.organisationBreakdown;
  const breakdown = find(isReport ? 'units' : 'organisations');

  const hoursRows: Row[] = document.hours.rows
    .map((activity, i) => ({ activity, i }))
    .filter(({ i }) => document.hours.columns.some((c) => (c.minutes[i] ?? 0) > 0))
    .map(({ activity, i }) => ({
      key: activity,
      label: w(`invoiceDoc.activity.${activity}`),
      cells: document.hours.columns.map((c) => formatHours(c.minutes[i] ?? 0)),
    }));
  hoursRows.push({
    key: 'total',
    label: w('reportDoc.total'),
    cells: document.hours.columns.map((c) => formatHours(c.totalMinutes)),
  });

  return (
    <article className="report-document stack" data-testid="report-document" lang={lang}>
      <section className="stack-sm" aria-labelledby="report-protection">
        <h3 id="report-protection">{w('reportDoc.protectionHeading')}</h3>
        {[1, 2, 3].map((n) => (
          <p key={n}>
            {w(`reportDoc.protection.${n}` as MessageKey, {
              threshold: t,
              below: t - 1,
              groups: w(isReport ? 'reportDoc.unitsWord' : 'reportDoc.organisationsWord'),
              scope: w(isReport ? 'reportDoc.reportScope' : 'reportDoc.overviewScope'),
            })}
          </p>
        ))}
      </section>

      <FigureTable
        testId="report-summary"
        caption={w('reportDoc.summaryHeading', { previous: document.year - 1 })}
        first={w('reportDoc.figure')}
        years={years}
        changeHeader={w('reportDoc.change')}
        rows={summaryRows}
      />

      <FigureTable
        testId="report-trend"
        caption={w('reportDoc.trendHeading')}
        first=""
        years={[w('reportDoc.cases')]}
        rows={document.trend.map((p) => ({
          key: String(p.year),
          label: String(p.year),
          cells: [cellText(p.cases, t, lang)],
        }))}
      />

      <section className="stack-sm" aria-labelledby="report-kinds">
        <h3 id="report-kinds">{w('reportDoc.kindHeading')}</h3>
        <p className="muted">{w('reportDoc.multiSelectNote')}</p>
        {behaviourTableCodes.map((code) => {
          const table = find(code);
          return table ? <ReportTableView key={code} document={document} table={table} /> : null;
        })}
      </section>

      {otherTables.map((code) => {
        const table = find(code);
        return table ? <ReportTableView key={code} document={document} table={table} /> : null;
      })}

      <section className="stack-sm" data-testid="report-breakdown">
        {breakdownState === 'shown' && breakdown ? (
          <ReportTableView document={document} table={breakdown} />
        ) : (
          <>
            <h3>{w(isReport ? 'reportDoc.table.units' : 'reportDoc.table.organisations')}</h3>
            <p className="muted">
              {breakdownState === 'too_few_cases'
                ? w(isReport ? 'reportDoc.unitsTooFew' : 'reportDoc.organisationsTooFew', {
                    threshold: t,
                  })
                : w(isReport ? 'reports.units.none' : 'reports.organisationsNotNamed')}
            </p>
          </>
        )}
      </section>

      <section className="stack-sm" data-testid="report-hours">
        <FigureTable
          caption={w('reportDoc.hoursHeading')}
          first={w('reportDoc.activity')}
          years={document.hours.columns.map((c) => w('reportDoc.hours', { year: c.year }))}
          rows={hoursRows}
        />
        {document.informationSessions.map((s) => (
          <p key={s.year} data-testid="report-sessions">
            {sessionsLine(lang, s)}
          </p>
        ))}
      </section>

      {document.kind === 'annual_report' ? (
        <section className="stack-sm" data-testid="report-advice">
          <h3>{w('reportDoc.adviceHeading')}</h3>
          {document.advice.trim() ? (
            document.advice.split(/\n{2,}/).map((paragraph, i) => <p key={i}>{paragraph}</p>)
          ) : (
            <p className="muted">{w('reportDoc.noAdvice')}</p>
          )}
        </section>
      ) : null}
    </article>
  );
}

/** One table of the report: its visible rows, the total, and the legend of its marks. */
function ReportTableView({ document, table }: { document: ReportDocument; table: ReportTable }) {
  const lang = document.language;
  const t = document.threshold;
  const labels = tableRowLabels(table, lang);
  const rows = visibleRows(table);
  const multi = (multiSelectTableCodes as readonly string[]).includes(table.code);
  const heading = translate(lang, `reportDoc.table.${table.code}`);
  const legend = tableLegend(table, t, lang);
  const note =
    table.code === 'referrals'
      ? 'reportDoc.referralNote'
      : table.code === 'reaction_time'
        ? 'reportDoc.reactionNote'
        : table.code === 'units'
          ? 'reportDoc.thisYearOnly'
          : null;
  if (rows.length === 0) {
    return (
      <div className="stack-sm" data-testid={`report-table-${table.code}`}>
        <h4>{heading}</h4>
        <p className="muted">{translate(lang, 'reportDoc.noRows')}</p>
      </div>
    );
  }
  const body: Row[] = rows.map((i) => ({
    key: String(i),
    label: labels[i]!,
    cells: table.columns.map((c) => cellText(c.cells[i]!, t, lang)),
  }));
  body.push({
    key: 'total',
    label: translate(lang, multi ? 'reportDoc.caseCount' : 'reportDoc.total'),
    cells: table.columns.map((c) => cellText(c.total, t, lang)),
  });
  return (
    <div className="stack-sm" data-testid={`report-table-${table.code}`}>
      <FigureTable
        caption={heading}
        first={translate(lang, 'reports.table.rows')}
        years={table.columns.map((c) => String(c.year))}
        rows={body}
      />
      {note ? <p className="muted">{translate(lang, note)}</p> : null}
      {legend.length > 0 ? (
        <ul className="report-legend muted" data-testid="report-legend">
          {legend.map((part) => (
            <li key={part}>{part}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function FigureTable({
  caption,
  first,
  years,
  changeHeader,
  rows,
  testId,
}: {
  caption: string;
  first: string;
  years: string[];
  changeHeader?: string;
  rows: Row[];
  testId?: string;
}) {
  return (
    <Table<Row>
      testId={testId}
      caption={caption}
      rowKey={(row) => row.key}
      rows={rows}
      columns={[
        { key: 'label', header: first, rowHeader: true, cell: (row) => row.label },
        ...years.map((year, i) => ({
          key: `y${i}`,
          header: year,
          align: 'end' as const,
          cell: (row: Row) => row.cells[i] ?? '',
        })),
        ...(changeHeader
          ? [
              {
                key: 'change',
                header: changeHeader,
                align: 'end' as const,
                cell: (row: Row) => row.change ?? '',
              },
            ]
          : []),
      ]}
    />
  );
}

/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { ReportTable } from '../../../shared/schemas/annual-report';
import { draftKeySchema } from '../../../shared/schemas/case';
import { reportsEn } from '../i18n/reports.en';
import { reportsNl } from '../i18n/reports.nl';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import { translate } from '../i18n/translate';
import {
  adviceDraftKey,
  annualReportInput,
  cellText,
  changeText,
  countChange,
  hoursChange,
  lastYear,
  reportYears,
  sessionsLine,
  tableLegend,
  tableRowLabels,
  visibleRows,
} from './reports';

const table: ReportTable = {
  code: 'channels',
  rows: ['phone', 'email', 'whatsapp', 'in_person', 'other'],
  columns: [
    {
      year: 2025,
      total: { kind: 'count', value: 12 },
      withheld: false,
      cells: [
        { kind: 'count', value: 7 },
        { kind: 'suppressed', reason: 'small' },
        { kind: 'count', value: 0 },
        { kind: 'suppressed', reason: 'complementary' },
        { kind: 'count', value: 0 },
      ],
    },
    {
      year: 2024,
      total: { kind: 'suppressed', reason: 'small' },
      withheld: true,
      cells: Array.from({ length: 5 }, () => ({ kind: 'suppressed', reason: 'withheld' }) as const),
    },
  ],
};

/**
 * The words of the report ('reportDoc.*') must be those main's PDF and CSV print
 * (main/exports/report/report-words.ts and cells.ts); read as text, as the renderer may not
 * import main.
 */
const sources = import.meta.glob<string>(
  ['../../../main/exports/report/report-words.ts', '../../../main/exports/report/cells.ts'],
  { query: '?raw', import: 'default', eager: true },
);
const sourceText = Object.values(sources).join('\n');

describe('the reports catalogue', () => {
  it('has the same keys in Dutch and English, all in the main catalogues', () => {
    expect(Object.keys(reportsEn).sort()).toEqual(Object.keys(reportsNl).sort());
    for (const key of Object.keys(reportsNl)) {
      expect(Object.prototype.hasOwnProperty.call(nl, key), key).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(en, key), key).toBe(true);
    }
  });

  it('holds the words of the exported report, in both languages', () => {
    expect(sourceText.length).toBeGreaterThan(1000);
    for (const catalogue of [reportsNl, reportsEn] as Record<string, string>[]) {
      for (const [key, value] of Object.entries(catalogue)) {
        // The sessions lines are built from parts in main; their full text is checked below.
        if (!key.startsWith('reportDoc.') || key.startsWith('reportDoc.sessions')) continue;
        for (const part of value.split(/\{\w+\}/)) {
          if (part.trim().length < 3) continue;
          expect(sourceText, `${key}: ${part}`).toContain(part.trim());
        }
      }
    }
  });
});

describe('report cells', () => {
  it('reads like the PDF: the figure, "< 5" and "•"', () => {
    expect(cellText({ kind: 'count', value: 7 }, 5, 'nl')).toBe('7');
    expect(cellText({ kind: 'count', value: 12345 }, 5, 'nl')).toBe('12.345');
    expect(cellText({ kind: 'count', value: 12345 }, 5, 'en')).toBe('12,345');
    expect(cellText({ kind: 'count', value: 0 }, 5, 'nl')).toBe('0');
    expect(cellText({ kind: 'suppressed', reason: 'small' }, 5, 'nl')).toBe('< 5');
    expect(cellText({ kind: 'suppressed', reason: 'small' }, 10, 'en')).toBe('< 10');
    expect(cellText({ kind: 'suppressed', reason: 'complementary' }, 5, 'nl')).toBe('•');
    expect(cellText({ kind: 'suppressed', reason: 'withheld' }, 5, 'nl')).toBe('•');
  });

  it('gives the change only between published figures', () => {
    const a = { kind: 'count', value: 9 } as const;
    const b = { kind: 'count', value: 12 } as const;
    const hidden = { kind: 'suppressed', reason: 'small' } as const;
    expect(changeText(a, b)).toBe('−3');
    expect(changeText(b, a)).toBe('+3');
    expect(changeText(a, a)).toBe('0');
    expect(changeText(a, hidden)).toBe('');
    expect(changeText(hidden, a)).toBe('');
    expect(changeText(a, undefined)).toBe('');
    expect(countChange(2, undefined)).toBe('');
    expect(countChange(2, 2)).toBe('0');
    expect(hoursChange(90, 30)).toBe('+1:00');
    expect(hoursChange(30, 75)).toBe('−0:45');
  });

  it('leaves out rows without cases in both years', () => {
    // Last year's column is withheld ("•" everywhere), so every row shows something.
    expect(visibleRows(table)).toEqual([0, 1, 2, 3, 4]);
    expect(visibleRows({ ...table, columns: [table.columns[0]!] })).toEqual([0, 1, 3]);
  });

  it('labels rows, legends and sessions with the words of the PDF', () => {
    expect(tableRowLabels(table, 'nl')).toEqual([
      'Telefoon',
      'E-mail',
      'WhatsApp',
      'Persoonlijk',
      'Anders',
    ]);
    expect(tableRowLabels(table, 'en')[3]).toBe('In person');
    expect(tableLegend(table, 5, 'nl')).toEqual([
      '< 5: 1 tot en met 4',
      '•: niet getoond, zodat een klein aantal niet terug te rekenen is',
      '2024: niet uitgesplitst (te weinig meldingen)',
    ]);
    expect(tableLegend({ ...table, columns: [table.columns[0]!] }, 3, 'en')).toEqual([
      '< 3: 1 to 2',
      '•: not shown, so that a small number cannot be worked out',
    ]);
    expect(sessionsLine('nl', { year: 2025, sessions: 0, minutes: 0 })).toBe(
      'In 2025 zijn geen voorlichtingen of workshops gegeven.',
    );
    expect(sessionsLine('nl', { year: 2025, sessions: 1, minutes: 90 })).toBe(
      'In 2025 is 1 voorlichting of workshop gegeven, samen 1:30 uur.',
    );
    expect(sessionsLine('en', { year: 2025, sessions: 4, minutes: 600 })).toBe(
      'In 2025, 4 information sessions or workshops were given, 10:00 hours in all.',
    );
    expect(
      translate('nl', 'reportDoc.protection.2', {
        threshold: 5,
        below: 4,
        groups: 'Onderdelen',
        scope: '',
      }),
    ).toContain('1 tot en met 4 staat er als "< 5"');
  });
});

describe('report choices', () => {
  it('defaults to last year and keys the advice draft per organisation and year', () => {
    expect(lastYear('2026-12-01')).toBe(2025);
    expect(reportYears('2026-12-01', 2)).toEqual([2026, 2025, 2024]);
    expect(adviceDraftKey(3, 2025)).toBe('reportAdvice:3:2025');
    expect(adviceDraftKey(31, 2025)).not.toBe(adviceDraftKey(1, 2025));
    // A key main accepts (shared/schemas/case.ts).
    expect(draftKeySchema.safeParse(adviceDraftKey(12_345_678, 2200)).success).toBe(true);
    expect(
      annualReportInput({ organisationId: 3, year: 2025, language: 'en' }, 'Advies', '2026-12-01'),
    ).toEqual({
      organisationId: 3,
      year: 2025,
      language: 'en',
      advice: 'Advies',
      generatedOn: '2026-12-01',
      threshold: null,
    });
  });
});

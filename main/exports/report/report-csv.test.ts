import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardExport } from '../../services/export-guard';
import { buildAnnualReport, buildPracticeOverview } from '../../services/report';
import {
  ADVICE,
  GENERATED_ON,
  identifying,
  openReportFixture,
  type ReportFixture,
} from '../../services/report/test-support/fixture';
import { writeReportCsv } from './report-csv';

let fixture: ReportFixture;

beforeAll(async () => {
  fixture = await openReportFixture();
});

afterAll(async () => {
  await fixture.dispose();
});

const report = (language: 'nl' | 'en') =>
  buildAnnualReport(fixture.db, {
    organisationId: fixture.linde,
    year: 2026,
    language,
    threshold: 5,
    advice: ADVICE,
    generatedOn: GENERATED_ON,
  });

const records = (csv: string, delimiter: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(delimiter));

describe('the annual report CSV', () => {
  it('lists every published figure, protected as in the PDF, one record per figure', () => {
    const csv = writeReportCsv(report('nl'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = records(csv, ';');
    expect(rows[0]).toEqual(['Rubriek', 'Rij', 'Jaar', 'Waarde']);
    const lines = rows.map((r) => r.join(';'));
    expect(lines).toEqual(
      expect.arrayContaining([
        'Kerncijfers;Meldingen;2026;25',
        'Kerncijfers;Contactmomenten met melders;2025;15',
        'Meldingen per jaar;Meldingen;2023;< 5',
        'Ongewenste omgangsvormen;Pesten;2025;•',
        'Ongewenste omgangsvormen;Bedreiging;2026;0',
        'Ongewenste omgangsvormen;Aantal meldingen;2026;25',
        'Hoe de melding binnenkwam;E-mail;2025;< 5',
        'Hoe de melding binnenkwam;Persoonlijk;2025;•',
        'Hoe de melding binnenkwam;Totaal;2025;15',
        'Wie meldde;Leidinggevende;2026;•',
        'Route en afloop;Nog lopend;2026;9',
        'Meldingen per onderdeel;Zorg Noord;2026;12',
        'Meldingen per onderdeel;Overige onderdelen;2026;13',
        'Bestede uren;Voorlichting of workshop (minuten);2026;210',
        'Bestede uren;Totaal (minuten);2025;720',
      ]),
    );
    // No count under the threshold is published as a figure (sessions and minutes are not
    // counts of people).
    for (const [section, row, , value] of rows.slice(1)) {
      if (section === 'Bestede uren' || /Voorlichting/.test(row ?? '')) continue;
      if (/^\d+$/.test(value ?? '')) expect(Number(value) === 0 || Number(value) >= 5).toBe(true);
      else expect(['< 5', '•']).toContain(value);
    }
    expect(csv).not.toMatch(/Facilitair|Zorg Zuid|teamoverleg/);
  });

  it('holds nothing identifying and passes the leak guard', () => {
    for (const csv of [
      writeReportCsv(report('nl')),
      writeReportCsv(report('en')),
      writeReportCsv(buildPracticeOverview(fixture.db, { year: 2026, generatedOn: GENERATED_ON })),
    ]) {
      for (const value of identifying) expect(csv.toLowerCase()).not.toContain(value.toLowerCase());
      expect(() => guardExport(fixture.db, csv)).not.toThrow();
    }
  });

  it('writes English with commas', () => {
    const rows = records(writeReportCsv(report('en')), ',');
    expect(rows[0]).toEqual(['Section', 'Row', 'Year', 'Value']);
    expect(rows.map((r) => r.join(','))).toEqual(
      expect.arrayContaining([
        'How the report came in,E-mail,2025,< 5',
        'Cases per unit,Other units,2026,13',
      ]),
    );
  });

  it('refuses a document that is not a protected report', () => {
    const tampered = structuredClone(report('nl'));
    tampered.summary[0]!.cases = { kind: 'count', value: 3 };
    expect(() => writeReportCsv(tampered)).toThrow();
  });
});

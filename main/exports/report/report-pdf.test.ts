import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualReportDocument } from '../../../shared/schemas/annual-report';
import { guardExport } from '../../services/export-guard';
import { buildAnnualReport, buildPracticeOverview } from '../../services/report';
import {
  ADVICE,
  GENERATED_ON,
  identifying,
  openReportFixture,
  sentences,
  type ReportFixture,
} from '../../services/report/test-support/fixture';
import { words } from '../leak-guard';
import { loadPdfFonts, type PdfFonts } from '../pdf/fonts';
import { pdfPagePng, pdfText, repoAssetsDir } from '../test-support/pdf-text';
import { writeAnnualReportPdf, writePracticeOverviewPdf } from './report-pdf';

let fonts: PdfFonts;
let fixture: ReportFixture;
let report: AnnualReportDocument;

const squeeze = (text: string) => text.replace(/[ \u00a0]+/g, ' ');
/** pdftotext may close up "< 5" in a right-aligned cell. */
const SMALL = '<\\s?5';

function reportFor(language: 'nl' | 'en', advice = ADVICE) {
  return buildAnnualReport(fixture.db, {
    organisationId: fixture.linde,
    year: 2026,
    language,
    threshold: 5,
    advice,
    generatedOn: GENERATED_ON,
  });
}

/** No identifying value of the fixture in the text, by an independent and plain check. */
function expectNothingIdentifying(text: string) {
  const lower = squeeze(text).toLowerCase();
  const digits = text.replace(/\D/g, '');
  const shown = new Set(words(text));
  for (const value of identifying) {
    expect(lower).not.toContain(value.toLowerCase());
    if (/^[+\d][\d\s-]+$/.test(value)) {
      const national = value.replace(/\D/g, '').replace(/^31/, '0');
      expect(digits).not.toContain(national);
    }
  }
  const telling = [
    'amrani',
    'vermeulen',
    'boer',
    'proefpersoon',
    'werkoverleg',
    'nachtdienst',
    'fietsenstalling',
    'donderdagavond',
    'afdelingsmanager',
    'hendriks',
    'verzuim',
    'proefgesprek',
    'signal',
  ];
  expect(telling.filter((w) => shown.has(w))).toEqual([]);
}

beforeAll(async () => {
  fonts = await loadPdfFonts(repoAssetsDir);
  fixture = await openReportFixture();
  report = reportFor('nl');
});

afterAll(async () => {
  await fixture.dispose();
});

describe('the annual report PDF', () => {
  it('prints the cover, the protection, the figures with last year, the tables and the advice', async () => {
    const { bytes } = await writeAnnualReportPdf(report, { fonts });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = squeeze(pdfText(bytes));
    expect(text).toContain('Jaarverslag vertrouwenspersoon');
    expect(text).toContain('Zorggroep De Linde B.V.');
    expect(text).toMatch(/OPGESTELD DOOR\s+Vertrouwd Advies/);
    expect(text).toContain('31 december 2026');
    expect(text).toContain('Hoe de cijfers zijn beschermd');
    expect(text).toContain('staat er als "< 5"');
    expect(text).toMatch(/Meldingen 25 15 \+10/);
    expect(text).toMatch(/Contactmomenten met melders 28 15 \+13/);
    expect(text).toMatch(/Voorlichtingen en workshops 2 1 \+1/);
    expect(text).toMatch(/Bestede uren in totaal 22:15 12:00 \+10:15/);
    expect(text).toMatch(new RegExp(`2023 ${SMALL}\\s`));
    expect(text).toMatch(/Pesten 11 •/);
    expect(text).toMatch(new RegExp(`Seksuele intimidatie ${SMALL} ${SMALL}`));
    expect(text).toMatch(/Werkdruk 6 0/);
    expect(text).toMatch(/Aantal meldingen 25 15/);
    expect(text).toMatch(/Collega 9 7/);
    expect(text).toMatch(new RegExp(`Hoger management of directie ${SMALL} 0`));
    expect(text).toMatch(/Medewerker 18 15/);
    expect(text).toMatch(new RegExp(`Uitzendkracht ${SMALL} 0`));
    expect(text).toMatch(new RegExp(`E-mail 6 ${SMALL}`));
    expect(text).toMatch(/Persoonlijk 7 •/);
    expect(text).toMatch(/Nog lopend 9 0/);
    expect(text).toMatch(/Bedrijfsarts <\s?5 5/);
    expect(text).toMatch(/Binnen de beloofde tijd 20 •/);
    expect(text).toMatch(/Zorg Noord 12/);
    expect(text).toMatch(/Overige onderdelen 13/);
    expect(text).toMatch(/Werkzaamheden vertrouwenspersoon 15:00 10:00/);
    expect(text).toMatch(/In 2026 zijn 2 voorlichtingen of workshops gegeven, samen 3:30 uur/);
    expect(text).toContain('•: niet getoond, zodat een klein aantal niet terug te rekenen is');
    expect(text).toContain('Signalen en advies');
    expect(text).toContain('train leidinggevenden in lastige');
    expect(text).toMatch(/pagina 2 van \d/);
    // Merged units and zero rows are not printed.
    expect(text).not.toMatch(/Facilitair|Zorg Zuid|Bedreiging|WhatsApp/);
  });

  it('holds no reporter name, contact detail or note sentence, and passes the leak guard', async () => {
    const { bytes, text } = await writeAnnualReportPdf(report, { fonts });
    const shown = pdfText(bytes);
    expectNothingIdentifying(shown);
    expectNothingIdentifying(text);
    expect(() => guardExport(fixture.db, text)).not.toThrow();
    expect(() => guardExport(fixture.db, shown)).not.toThrow();
  });

  it('keeps beside the PDF all the text it shows, for the leak guard', async () => {
    for (const document of [report, reportFor('en')]) {
      const { bytes, text } = await writeAnnualReportPdf(document, { fonts });
      const recorded = new Set(words(text));
      const shown = words(pdfText(bytes));
      expect(shown.length).toBeGreaterThan(300);
      expect(shown.filter((w) => !recorded.has(w))).toEqual([]);
    }
  });

  it('is stopped by the leak guard when the advice quotes a note', async () => {
    const quoted = reportFor('nl', `Een signaal: ${sentences.note13}`);
    const { text } = await writeAnnualReportPdf(quoted, { fonts });
    expect(() => guardExport(fixture.db, text)).toThrow(
      expect.objectContaining({ code: 'EXPORT_BLOCKED' }),
    );
  });

  it('prints in English on request', async () => {
    const { bytes } = await writeAnnualReportPdf(reportFor('en'), { fonts });
    const text = squeeze(pdfText(bytes));
    expect(text).toContain('Confidential counsellor annual report 2026');
    expect(text).toContain('How the figures are protected');
    expect(text).toMatch(/PREPARED BY\s+Vertrouwd Advies/);
    expect(text).toContain('31 December 2026');
    expect(text).toMatch(/Cases 25 15 \+10/);
    expect(text).toMatch(/Bullying 11 •/);
    expect(text).toMatch(new RegExp(`Temp worker ${SMALL} 0`));
    expect(text).toMatch(/Still open 9 0/);
    expect(text).toMatch(/Other units 13/);
    expect(text).toContain('Signals and advice');
    expect(text).toMatch(/page 2 of \d/);
    expect(text).not.toMatch(/Meldingen|Pesten|Totaal/);
  });

  it('shows a year with few cases without any breakdown', async () => {
    const small = buildAnnualReport(fixture.db, {
      organisationId: fixture.kleineKern,
      year: 2026,
      threshold: 5,
      generatedOn: GENERATED_ON,
    });
    const text = squeeze(pdfText((await writeAnnualReportPdf(small, { fonts })).bytes));
    expect(text).toMatch(new RegExp(`Meldingen ${SMALL} 0`));
    expect(text).toMatch(/Telefoon • 0/);
    expect(text).toContain('2026: niet uitgesplitst (te weinig meldingen)');
    expect(text).toContain('Geen signalen of advies opgenomen.');
  });

  it('is the same bytes for the same document, and refuses anything else', async () => {
    const a = (await writeAnnualReportPdf(report, { fonts })).bytes;
    const b = (await writeAnnualReportPdf(report, { fonts })).bytes;
    expect(a.equals(b)).toBe(true);
    const smuggled = { ...report, reporterName: 'Fatima El Amrani' };
    await expect(writeAnnualReportPdf(smuggled, { fonts })).rejects.toThrow();
    const small = structuredClone(report);
    small.tables[0]!.columns[0]!.cells[2] = { kind: 'count', value: 2 };
    await expect(writeAnnualReportPdf(small, { fonts })).rejects.toThrow();
  });

  it('renders page 2 for a person to look at', async () => {
    const { bytes } = await writeAnnualReportPdf(report, { fonts });
    const out = path.resolve(repoAssetsDir, '..', 'e2e', 'screenshots');
    mkdirSync(out, { recursive: true });
    pdfPagePng(bytes, path.join(out, 'annual-report-page2.png'), 2);
  });
});

describe('the practice overview PDF', () => {
  it('prints the overview across organisations, with large ones named only', async () => {
    const overview = buildPracticeOverview(fixture.db, {
      year: 2026,
      threshold: 5,
      generatedOn: GENERATED_ON,
    });
    const { bytes, text } = await writePracticeOverviewPdf(overview, { fonts });
    const shown = squeeze(pdfText(bytes));
    expect(shown).toContain('Jaaroverzicht vertrouwenspersoon 2026');
    expect(shown).toContain('Alle opdrachtgevers samen');
    expect(shown).toMatch(/Meldingen 34 15 \+19/);
    expect(shown).toMatch(/Opdrachtgevers met meldingen 3 1 \+2/);
    expect(shown).toMatch(/Zorggroep De Linde B\.V\. 25/);
    expect(shown).toMatch(/Overige opdrachtgevers 9/);
    expect(shown).not.toMatch(/Kleine Kern|Noorddorp|Signalen en advies/);
    expectNothingIdentifying(shown);
    expect(() => guardExport(fixture.db, text)).not.toThrow();
    expect(() => guardExport(fixture.db, pdfText(bytes))).not.toThrow();
    const recorded = new Set(words(text));
    expect(words(pdfText(bytes)).filter((w) => !recorded.has(w))).toEqual([]);
  });
});

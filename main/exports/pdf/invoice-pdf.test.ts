import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  creditNoteFor,
  exemptInvoiceWithFreeFirstHour,
  monthlyHoursInvoice,
  subscriptionInvoice,
} from '../fixtures';
import { pdfPagePng, pdfText, repoAssetsDir } from '../test-support/pdf-text';
import { words } from '../leak-guard';
import { loadPdfFonts, type PdfFonts } from './fonts';
import { writeInvoicePdf } from './invoice-pdf';

let fonts: PdfFonts;
beforeAll(async () => {
  fonts = await loadPdfFonts(repoAssetsDir);
});

/** pdftotext keeps table rows on a line but may widen spaces: compare with single spaces. */
const squeeze = (text: string) => text.replace(/[ \u00a0]+/g, ' ');

describe('the invoice PDF', () => {
  it('prints the monthly invoice: parties, lines, VAT, total, payment and the specification', async () => {
    const pdf = (await writeInvoicePdf(monthlyHoursInvoice(), { fonts })).bytes;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = squeeze(pdfText(pdf));
    expect(text).toContain('Factuur 2026-0007');
    expect(text).toContain('Bouwbedrijf De Vries B.V.');
    expect(text).toContain('t.a.v. Crediteurenadministratie');
    expect(text).toContain('Praktijk Vertrouwd B.V.');
    expect(text).toContain('Periode oktober 2026');
    expect(text).toContain('Uw referentie PO-4471');
    expect(text).toMatch(/Werkzaamheden vertrouwenspersoon 4,75 uur € 120,00 21% € 570,00/);
    expect(text).toMatch(/Voorlichting of workshop 2 uur € 140,00 21% € 280,00/);
    expect(text).toMatch(/Geannuleerd: voorlichting of workshop 1 uur € 70,00 21% € 70,00/);
    expect(text).toMatch(/Subtotaal € 920,00/);
    expect(text).toMatch(/Btw 21% over € 920,00 € 193,20/);
    expect(text).toMatch(/Totaal € 1.113,20/);
    expect(text).toContain('NL91 ABNA 0417 1643 00');
    expect(text).toContain('binnen 28 dagen');
    expect(text).toContain('Specificatie van de uren');
    expect(text).toMatch(/oktober 2026 Werkzaamheden vertrouwenspersoon Productie 3:00 € 360,00/);
    expect(text).toMatch(/Overige onderdelen 1:45 € 210,00/);
    expect(text).toMatch(/Totaal 6:45 € 850,00/);
    expect(text).toMatch(/pagina 1 van 1/);
  });

  it('embeds its own fonts and no standard font', async () => {
    const pdf = (await writeInvoicePdf(subscriptionInvoice(), { fonts })).bytes;
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
    expect(raw).toContain('/FontFile2');
  });

  it('prints a subscription, an exempt invoice in English, and a credit note with its reference', async () => {
    const subscription = squeeze(
      pdfText((await writeInvoicePdf(subscriptionInvoice(), { fonts })).bytes),
    );
    expect(subscription).toMatch(
      /Abonnement vertrouwenspersoon 2026 \(21–50\s+1 st\. € 350,00 21% € 350,00\s+medewerkers\)/,
    );
    expect(subscription).toContain('Uw ordernummer INK-2026-12');
    expect(subscription).toMatch(/Periode 2026/);
    expect(subscription).not.toContain('Specificatie van de uren');

    const exempt = squeeze(
      pdfText((await writeInvoicePdf(exemptInvoiceWithFreeFirstHour(), { fonts })).bytes),
    );
    expect(exempt).toContain('Invoice 2026-0012');
    expect(exempt).toMatch(/First hour free of charge -1 hours €95.00 exempt -€95.00/);
    expect(exempt).toMatch(/Travel costs 84 km €0.23 21% €19.32/);
    expect(exempt).toMatch(/Exempt from VAT on €213.75 €0.00/);
    expect(exempt).toMatch(/VAT 21% on €19.32 €4.06/);
    expect(exempt).toMatch(/Total €237.13/);
    expect(exempt).toContain('artikel 11 Wet OB');

    const credit = squeeze(
      pdfText((await writeInvoicePdf(creditNoteFor(monthlyHoursInvoice()), { fonts })).bytes),
    );
    expect(credit).toContain('Creditnota 2026-0008');
    expect(credit).toMatch(/Correctie op factuur 2026-0007 \(2 november 2026\)/);
    expect(credit).toMatch(/Totaal te crediteren € 1.113,20/);
    expect(credit).not.toContain('Vervaldatum');
  });

  it('keeps beside the PDF all the text it shows, for the leak guard', async () => {
    for (const document of [
      monthlyHoursInvoice(),
      exemptInvoiceWithFreeFirstHour(),
      creditNoteFor(monthlyHoursInvoice()),
    ]) {
      const { bytes, text } = await writeInvoicePdf(document, { fonts });
      const recorded = new Set(words(text));
      const shown = words(pdfText(bytes));
      expect(shown.length).toBeGreaterThan(50);
      expect(shown.filter((w) => !recorded.has(w))).toEqual([]);
    }
  });

  it('is the same bytes for the same document', async () => {
    const a = (await writeInvoicePdf(monthlyHoursInvoice(), { fonts })).bytes;
    const b = (await writeInvoicePdf(monthlyHoursInvoice(), { fonts })).bytes;
    expect(a.equals(b)).toBe(true);
  });

  it('puts a PNG logo in the header and ignores a file that is not an image', async () => {
    const logo = readFileSync(path.join(repoAssetsDir, 'icon.png'));
    const withLogo = (await writeInvoicePdf(monthlyHoursInvoice(), { fonts, logo })).bytes;
    expect(withLogo.toString('latin1')).toContain('/Subtype /Image');
    const notImage = (
      await writeInvoicePdf(monthlyHoursInvoice(), {
        fonts,
        logo: Buffer.from('<svg onload="alert(1)"/>'),
      })
    ).bytes;
    expect(notImage.toString('latin1')).not.toContain('/Subtype /Image');
    // The seller's name stands in for the missing logo.
    expect(squeeze(pdfText(notImage))).toContain('Vertrouwd Advies');

    const out = path.resolve(repoAssetsDir, '..', 'e2e', 'screenshots');
    mkdirSync(out, { recursive: true });
    pdfPagePng(withLogo, path.join(out, 'invoice-pdf-page1.png'));
  });

  it('refuses anything that is not an anonymised invoice document', async () => {
    const smuggled = { ...monthlyHoursInvoice(), reporterName: 'Jan Jansen' };
    await expect(writeInvoicePdf(smuggled, { fonts })).rejects.toThrow();
    const line = { ...monthlyHoursInvoice().lines[0]!, note: 'gesprek met Jan' };
    await expect(
      writeInvoicePdf({ ...monthlyHoursInvoice(), lines: [line] }, { fonts }),
    ).rejects.toThrow();
    const wrongTotal = { ...monthlyHoursInvoice(), payableCents: 1 };
    await expect(writeInvoicePdf(wrongTotal, { fonts })).rejects.toThrow();
  });

  it('breaks a long specification over pages with page numbers', async () => {
    const base = monthlyHoursInvoice();
    const row = base.specification[2]!;
    const specification = Array.from({ length: 80 }, () => row);
    const pdf = (await writeInvoicePdf({ ...base, specification }, { fonts })).bytes;
    const text = squeeze(pdfText(pdf));
    expect(text).toMatch(/pagina 1 van [2-9]/);
    expect(text.match(/Specificatie van de uren/g)).toHaveLength(1);
    // The header row repeats on every page of the table.
    expect((text.match(/Maand Werkzaamheid Onderdeel Uren Bedrag/g) ?? []).length).toBeGreaterThan(
      1,
    );
    expect(text).toMatch(/Totaal 160:00 € 22.400,00/);
  });
});

/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { activityKinds, quantityUnits } from '../../../shared/schemas/invoice-document';
import { billingEn } from './billing.en';
import { billingNl } from './billing.nl';
import { en } from './en';
import { nl } from './nl';

/**
 * The texts of hours and invoices live in billing.nl.ts and billing.en.ts. The words of the
 * invoice itself ('invoiceDoc.*') must be those the exported files print (main/exports/labels.ts
 * and the PDF writer), so the preview shows what the employer reads; those files are read as
 * text, as the renderer may not import main.
 */
const exportSources = import.meta.glob<string>(
  [
    '../../../main/exports/labels.ts',
    '../../../main/exports/format.ts',
    '../../../main/exports/pdf/invoice-pdf.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
);
const exportText = Object.values(exportSources).join('\n');

describe('the billing catalogue', () => {
  it('has the same keys in Dutch and English, all in the main catalogues', () => {
    expect(Object.keys(billingEn).sort()).toEqual(Object.keys(billingNl).sort());
    for (const key of Object.keys(billingNl)) {
      expect(Object.prototype.hasOwnProperty.call(nl, key), key).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(en, key), key).toBe(true);
    }
  });

  it('names every kind of work and every unit', () => {
    for (const kind of activityKinds) {
      expect(billingNl[`hours.activity.${kind}`], kind).toBeTruthy();
      expect(billingNl[`invoiceDoc.activity.${kind}`], kind).toBeTruthy();
    }
    for (const unit of quantityUnits) expect(billingNl[`invoiceDoc.unit.${unit}`]).toBeTruthy();
    expect(billingNl['hours.activity.other']).toBe('Overig');
    expect(billingNl['hours.activity.consult']).toBe('Werkzaamheden vertrouwenspersoon');
  });

  it('reads the exported files', () => {
    expect(Object.keys(exportSources)).toHaveLength(3);
    expect(exportText).toContain('Overige onderdelen');
  });

  it('uses the very words of the exported invoice', () => {
    // The preview's own caption for the lines table is not printed in the files.
    const own = new Set(['invoiceDoc.lines']);
    for (const catalogue of [billingNl, billingEn] as Record<string, string>[]) {
      for (const [key, text] of Object.entries(catalogue)) {
        if (!key.startsWith('invoiceDoc.') || own.has(key)) continue;
        // Between the placeholders, every fixed part is in the writers' source as it is.
        for (const part of text.split(/\{\w+\}/)) {
          const fixed = part.trim();
          if (fixed.length < 2) continue;
          expect(exportText, `${key}: "${fixed}"`).toContain(fixed);
        }
      }
    }
  });

  it('says what a confirmed invoice is, in the words of the issue', () => {
    expect(billingNl['invoices.issueDialog.text']).toBe(
      'Na het maken krijgt de factuur nummer {number} en ligt hij vast; corrigeren kan alleen met een creditnota.',
    );
    expect(billingNl['noteHours.record']).toBe('Als uren vastleggen');
  });
});

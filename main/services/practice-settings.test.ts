import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoiceDocumentSchema } from '../../shared/schemas/invoice-document';
import { practiceSettingsInputSchema } from '../../shared/schemas/practice';
import type { OpenCaseFile } from '../casefile';
import { monthlyHoursInvoice } from '../exports/fixtures';
import {
  getPracticeLogo,
  getPracticeSettings,
  savePracticeLogo,
  savePracticeSettings,
  sellerOf,
} from './practice-settings';
import { openTestCaseFile } from './test-support';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const practice = {
  name: 'Praktijk Vertrouwd B.V.',
  street: 'Oudegracht 12',
  postcode: '3511ab',
  city: 'Utrecht',
  kvkNumber: '1234 5678',
  vatNumber: 'nl123456782b01',
  iban: 'nl91 abna 0417 1643 00',
  bic: 'abnanl2a',
  email: 'info@vertrouwd.nl',
};

let caseFile: OpenCaseFile;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ caseFile, dispose } = await openTestCaseFile());
});
afterEach(async () => {
  await dispose();
});

describe('the practice settings', () => {
  it('are empty at first, then saved normalised with their defaults', () => {
    expect(getPracticeSettings(caseFile.db)).toBeNull();
    const saved = savePracticeSettings(
      caseFile.db,
      practiceSettingsInputSchema.parse(practice),
      NOW,
    );
    expect(saved).toMatchObject({
      postcode: '3511 AB',
      kvkNumber: '12345678',
      vatNumber: 'NL123456782B01',
      iban: 'NL91ABNA0417164300',
      bic: 'ABNANL2A',
      paymentTermDays: 30,
      eInvoiceProfile: 'nlcius',
      anonymityThreshold: 5,
      updatedAt: NOW.toISOString(),
    });
    expect(getPracticeSettings(caseFile.db)).toEqual(saved);
    // They make a valid seller for an invoice document.
    const document = { ...monthlyHoursInvoice(), seller: sellerOf(saved) };
    expect(invoiceDocumentSchema.safeParse(document).success).toBe(true);
  });

  it.each([
    ['kvkNumber', '1234567', 'validation.kvkNumber'],
    ['iban', 'NL91ABNA0417164301', 'validation.iban'],
    ['postcode', '351 AB', 'validation.postcode'],
    ['vatNumber', 'NL123456789B01', 'validation.vatNumber'],
    ['bic', 'ABN', 'validation.bic'],
    ['name', '  ', 'validation.required'],
  ])('refuse a wrong %s with its message', (field, value, message) => {
    const result = practiceSettingsInputSchema.safeParse({ ...practice, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });

  it('refuse a stored value that no longer fits, instead of printing it', () => {
    savePracticeSettings(caseFile.db, practiceSettingsInputSchema.parse(practice), NOW);
    caseFile.db
      .prepare("UPDATE settings SET value = json_set(value, '$.iban', 42) WHERE key = 'practice'")
      .run();
    expect(() => getPracticeSettings(caseFile.db)).toThrow(
      expect.objectContaining({ code: 'DATABASE_DAMAGED' }),
    );
  });

  it('keep a PNG logo, refuse bytes that are not an image, and remove it on request', () => {
    const png = readFileSync(path.resolve(import.meta.dirname, '../../assets/icon.png'));
    savePracticeLogo(caseFile.db, png, NOW);
    expect(getPracticeLogo(caseFile.db)?.equals(png)).toBe(true);
    expect(() => savePracticeLogo(caseFile.db, Buffer.from('<svg/>'), NOW)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(getPracticeLogo(caseFile.db)?.equals(png)).toBe(true);
    savePracticeLogo(caseFile.db, null, NOW);
    expect(getPracticeLogo(caseFile.db)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { practiceSettingsInputSchema } from '../../../shared/schemas/practice';
import { parseOptions } from './forms';
import {
  base64OfDataUrl,
  checkLogoFile,
  emptyPracticeForm,
  formatIban,
  logoDataUrl,
  MAX_LOGO_BYTES,
  practiceFormValues,
} from './practice';

const filled = {
  ...emptyPracticeForm(),
  name: 'Vertrouwenspraktijk De Linde',
  street: 'Lindenhof 3',
  postcode: '3811lk',
  city: 'Amersfoort',
  kvkNumber: '9012 3456',
  iban: 'nl91 abna 0417 1643 00',
};

describe('practice form values', () => {
  it('an empty form gives the defaults of the shared schema, and needs the essentials', () => {
    const result = practiceSettingsInputSchema.safeParse(emptyPracticeForm(), parseOptions);
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(fields).toEqual(['city', 'iban', 'kvkNumber', 'name', 'postcode', 'street']);
  });

  it('tidies what was typed and keeps the defaults', () => {
    const parsed = practiceSettingsInputSchema.parse(filled);
    expect(parsed).toMatchObject({
      postcode: '3811 LK',
      kvkNumber: '90123456',
      iban: 'NL91ABNA0417164300',
      tradingName: null,
      vatNumber: null,
      country: 'NL',
      paymentTermDays: 30,
      eInvoiceProfile: 'nlcius',
      invoiceLanguage: 'nl',
      anonymityThreshold: 5,
    });
  });

  it('says a wrong IBAN in words', () => {
    const result = practiceSettingsInputSchema.safeParse(
      { ...filled, iban: 'NL91 ABNA 0417 1643 01' },
      parseOptions,
    );
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['iban', 'validation.iban'],
    ]);
  });

  it('shows stored details back in the form, "not filled in" as empty text', () => {
    const stored = {
      ...practiceSettingsInputSchema.parse(filled),
      updatedAt: '2026-01-05T10:00:00.000Z',
    };
    const form = practiceFormValues(stored);
    expect(form).toMatchObject({ tradingName: '', vatNumber: '', bic: '', email: '', phone: '' });
    expect(practiceSettingsInputSchema.parse(form)).toEqual(
      practiceSettingsInputSchema.parse(filled),
    );
  });

  it('writes an IBAN in groups of four', () => {
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
  });
});

describe('the logo file', () => {
  it('takes PNG and JPEG up to 1 MB', () => {
    expect(checkLogoFile({ type: 'image/png', size: 2048 })).toEqual({
      ok: true,
      mediaType: 'image/png',
    });
    expect(checkLogoFile({ type: 'image/jpeg', size: MAX_LOGO_BYTES })).toMatchObject({ ok: true });
    expect(checkLogoFile({ type: 'image/jpeg', size: MAX_LOGO_BYTES + 1 })).toEqual({
      ok: false,
      message: 'validation.logoTooLarge',
    });
    expect(checkLogoFile({ type: 'image/svg+xml', size: 100 })).toEqual({
      ok: false,
      message: 'practice.logo.wrongType',
    });
    expect(checkLogoFile({ type: 'image/png', size: 0 })).toMatchObject({ ok: false });
  });

  it('reads the base64 of a data: URL and makes one for the preview', () => {
    expect(base64OfDataUrl('data:image/png;base64,iVBORw0KGgo=')).toBe('iVBORw0KGgo=');
    expect(base64OfDataUrl('data:text/plain,hello')).toBeNull();
    expect(logoDataUrl({ mediaType: 'image/jpeg', base64: '/9j/4AAQ' })).toBe(
      'data:image/jpeg;base64,/9j/4AAQ',
    );
  });

  it('fits main’s limit at the largest size allowed', () => {
    // base64 grows by 4/3: 1 MB becomes 1,398,104 characters, under main's 1,400,000.
    expect(Math.ceil(MAX_LOGO_BYTES / 3) * 4).toBeLessThanOrEqual(1_400_000);
  });
});

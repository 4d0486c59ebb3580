import type { z } from 'zod';
import {
  DEFAULT_ANONYMITY_THRESHOLD,
  practiceLogoInputSchema,
  practiceSettingsInputSchema,
  type PracticeSettings,
  type PracticeSettingsFormValues,
} from '../../../shared/schemas/practice';
import type { MessageKey } from '../i18n/nl';

/**
 * The counsellor's own practice (the seller on every invoice) and its logo: the form's values
 * and the checks of a chosen logo file before it is read and sent.
 */

export const practiceFormSchema = practiceSettingsInputSchema;
export type PracticeForm = PracticeSettingsFormValues;
export type PracticeFormOutput = z.output<typeof practiceFormSchema>;
export type PracticeLogo = z.output<typeof practiceLogoInputSchema>;

/** Nothing filled in yet: the shared schema's defaults (NL, 30 days, SI-UBL, 5). */
export function emptyPracticeForm(): PracticeForm {
  return {
    name: '',
    tradingName: '',
    street: '',
    postcode: '',
    city: '',
    country: 'NL',
    kvkNumber: '',
    vatNumber: '',
    iban: '',
    bic: '',
    email: '',
    phone: '',
    paymentTermDays: 30,
    eInvoiceProfile: 'nlcius',
    invoiceLanguage: 'nl',
    anonymityThreshold: DEFAULT_ANONYMITY_THRESHOLD,
  };
}

/** The stored details as the form starts: "not filled in" as empty text. */
export function practiceFormValues(p: PracticeSettings): PracticeForm {
  return {
    name: p.name,
    tradingName: p.tradingName ?? '',
    street: p.street,
    postcode: p.postcode,
    city: p.city,
    country: p.country,
    kvkNumber: p.kvkNumber,
    vatNumber: p.vatNumber ?? '',
    iban: p.iban,
    bic: p.bic ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
    paymentTermDays: p.paymentTermDays,
    eInvoiceProfile: p.eInvoiceProfile,
    invoiceLanguage: p.invoiceLanguage,
    anonymityThreshold: p.anonymityThreshold,
  };
}

/** An IBAN in groups of four, as on paper: "NL91 ABNA 0417 1643 00". */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The largest logo main takes (its base64 limit is 1,400,000 characters). */
export const MAX_LOGO_BYTES = 1024 * 1024;

const logoTypes = ['image/png', 'image/jpeg'] as const;
type LogoType = (typeof logoTypes)[number];

/** Whether a chosen file can be a logo, by its type and size; the message key if not. */
export function checkLogoFile(file: {
  type: string;
  size: number;
}): { ok: true; mediaType: LogoType } | { ok: false; message: MessageKey } {
  const mediaType = logoTypes.find((type) => type === file.type);
  if (!mediaType) return { ok: false, message: 'practice.logo.wrongType' };
  if (file.size > MAX_LOGO_BYTES) return { ok: false, message: 'validation.logoTooLarge' };
  if (file.size === 0) return { ok: false, message: 'practice.logo.unreadable' };
  return { ok: true, mediaType };
}

/** The base64 part of a data: URL as FileReader.readAsDataURL gives it. */
export function base64OfDataUrl(dataUrl: string): string | null {
  const match = /^data:[^,]*;base64,([A-Za-z0-9+/]*={0,2})$/.exec(dataUrl);
  return match ? (match[1] ?? '') : null;
}

/** The logo as an image address for the preview (the CSP allows data: images). */
export function logoDataUrl(logo: PracticeLogo): string {
  return `data:${logo.mediaType};base64,${logo.base64}`;
}

/** Reads a chosen file as a logo to send to main, or says why it cannot be one. */
export function readLogoFile(
  file: File,
): Promise<{ ok: true; logo: PracticeLogo } | { ok: false; message: MessageKey }> {
  const checked = checkLogoFile(file);
  if (!checked.ok) return Promise.resolve(checked);
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const base64 = typeof reader.result === 'string' ? base64OfDataUrl(reader.result) : null;
      resolve(
        base64
          ? { ok: true, logo: { mediaType: checked.mediaType, base64 } }
          : { ok: false, message: 'practice.logo.unreadable' },
      );
    };
    reader.onerror = () => resolve({ ok: false, message: 'practice.logo.unreadable' });
    reader.readAsDataURL(file);
  });
}

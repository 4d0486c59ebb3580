import {
  practiceSettingsInputSchema,
  practiceSettingsSchema,
  type PracticeSettings,
  type PracticeSettingsInput,
} from '../../shared/schemas/practice';
import type { InvoiceDocument } from '../../shared/schemas/invoice-document';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';
import { isSupportedLogo } from '../exports/pdf/logo';

/**
 * The counsellor's practice details and logo, in the settings table of the encrypted file.
 * Stored as one JSON value each and read back through the schema, so a damaged value is
 * refused rather than printed on an invoice.
 */

const PRACTICE = 'practice';
const LOGO = 'practice_logo';

export function getPracticeSettings(db: CaseFileDatabase): PracticeSettings | null {
  const row = db.prepare('SELECT value, updated_at FROM settings WHERE key = ?').get(PRACTICE) as
    { value: string; updated_at: string } | undefined;
  if (!row) return null;
  const parsed = practiceSettingsSchema.safeParse({
    ...JSON.parse(row.value),
    updatedAt: row.updated_at,
  });
  if (!parsed.success) throw new AppError('DATABASE_DAMAGED', 'practice settings');
  return parsed.data;
}

export function savePracticeSettings(
  db: CaseFileDatabase,
  input: PracticeSettingsInput,
  now: Date,
): PracticeSettings {
  // Parsed again: a caller inside main could pass an unchecked object.
  const settings = practiceSettingsInputSchema.parse(input);
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(PRACTICE, JSON.stringify(settings), now.toISOString());
  return getPracticeSettings(db)!;
}

export function getPracticeLogo(db: CaseFileDatabase): Buffer | null {
  const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(LOGO) as
    string | undefined;
  return value ? Buffer.from(value, 'base64') : null;
}

/** A PNG or JPEG, checked by its bytes (the media type the renderer sends is not trusted). */
export function savePracticeLogo(db: CaseFileDatabase, bytes: Buffer | null, now: Date): void {
  if (bytes === null) {
    db.prepare('DELETE FROM settings WHERE key = ?').run(LOGO);
    return;
  }
  if (!isSupportedLogo(bytes)) throw new AppError('INVALID_INPUT', 'logo');
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(LOGO, bytes.toString('base64'), now.toISOString());
}

/** The seller of an invoice document, from the practice settings. */
export function sellerOf(settings: PracticeSettings): InvoiceDocument['seller'] {
  return {
    name: settings.name,
    tradingName: settings.tradingName,
    address: {
      street: settings.street,
      postcode: settings.postcode,
      city: settings.city,
      country: settings.country,
    },
    kvkNumber: settings.kvkNumber,
    vatNumber: settings.vatNumber,
    iban: settings.iban,
    bic: settings.bic,
    email: settings.email,
    phone: settings.phone,
  };
}

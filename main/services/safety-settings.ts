import {
  DEFAULT_SAFETY_SETTINGS,
  safetySettingsSchema,
  type SafetySettings,
} from '../../shared/schemas/safety';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';

/**
 * The backup reminder, the retention term of closed cases and the idle lock, as one JSON value
 * in the settings table of the encrypted file. Until the counsellor saves them the defaults
 * hold (see DEFAULT_SAFETY_SETTINGS for why each is what it is). Read back through the
 * schema: a damaged value is refused rather than taken as, say, a retention term of zero.
 */

const SAFETY = 'safety';

export function getSafetySettings(db: CaseFileDatabase): SafetySettings {
  const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(SAFETY) as
    string | undefined;
  if (value === undefined) return { ...DEFAULT_SAFETY_SETTINGS };
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new AppError('DATABASE_DAMAGED', 'safety settings');
  }
  const parsed = safetySettingsSchema.safeParse(json);
  if (!parsed.success) throw new AppError('DATABASE_DAMAGED', 'safety settings');
  return parsed.data;
}

export function saveSafetySettings(
  db: CaseFileDatabase,
  input: SafetySettings,
  now: Date,
): SafetySettings {
  // Parsed again: a caller inside main could pass an unchecked object.
  const settings = safetySettingsSchema.parse(input);
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(SAFETY, JSON.stringify(settings), now.toISOString());
  return getSafetySettings(db);
}

import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';
import {
  createLeakScanner,
  type IdentifyingKind,
  type IdentifyingValue,
  type LeakHit,
} from '../exports/leak-guard';

/**
 * Every identifying value the case file holds, for the leak guard: the reporter columns of
 * each case, what the reporter wants, every version of every note, and the descriptions of
 * referrals and follow-ups, and where appointments take place (a reporter's home, a phone
 * number or video link; not the client's own site or the counsellor's office, which are no
 * secret and would stop every invoice to that client). Free text is checked for quoted runs of words, and the e-mail
 * addresses and phone numbers written inside it are checked as such. Rows are streamed, so
 * the large practice does not sit in memory at once. Test and duplicate cases are included:
 * they may hold real names too.
 */

const EMAIL_IN_TEXT = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/gi;
const PHONE_IN_TEXT = /(?:\+|00)?\d[\d\s.\-/()]{7,}\d/g;

function* valuesInFreeText(text: string, source: string): Generator<IdentifyingValue> {
  yield { kind: 'free_text', value: text, source };
  // Cheap tests first: most notes hold no '@' and too few digits for a phone number.
  if (!text.includes('@') && (text.match(/\d/g)?.length ?? 0) < 9) return;
  for (const email of text.match(EMAIL_IN_TEXT) ?? [])
    yield { kind: 'email', value: email, source };
  for (const phone of text.match(PHONE_IN_TEXT) ?? []) {
    if (phone.replace(/\D/g, '').length >= 9) yield { kind: 'phone', value: phone, source };
  }
}

export function* identifyingValues(db: CaseFileDatabase): Generator<IdentifyingValue> {
  const cases = db
    .prepare(
      `SELECT case_number, reporter_name, reporter_phone, reporter_email, reporter_other_contact,
              reporter_wishes FROM cases`,
    )
    .iterate() as IterableIterator<{
    case_number: string;
    reporter_name: string | null;
    reporter_phone: string | null;
    reporter_email: string | null;
    reporter_other_contact: string | null;
    reporter_wishes: string;
  }>;
  for (const row of cases) {
    const source = row.case_number;
    const columns: [IdentifyingKind, string | null][] = [
      ['name', row.reporter_name],
      ['phone', row.reporter_phone],
      ['email', row.reporter_email],
      ['contact', row.reporter_other_contact],
    ];
    for (const [kind, value] of columns) if (value) yield { kind, value, source };
    if (row.reporter_other_contact) {
      yield* valuesInFreeText(row.reporter_other_contact, source);
    }
    if (row.reporter_wishes) yield* valuesInFreeText(row.reporter_wishes, source);
  }

  const freeTexts = db
    .prepare(
      `SELECT c.case_number AS source, v.body AS text
         FROM note_versions v JOIN notes n ON n.id = v.note_id JOIN cases c ON c.id = n.case_id
       UNION ALL
       SELECT c.case_number, r.description FROM referrals r JOIN cases c ON c.id = r.case_id
        WHERE r.description <> ''
       UNION ALL
       SELECT c.case_number, f.description FROM follow_ups f JOIN cases c ON c.id = f.case_id
        WHERE f.description <> ''`,
    )
    // Rows as arrays: a hundred thousand notes stream noticeably faster than as objects.
    .raw()
    .iterate() as IterableIterator<[source: string, text: string]>;
  for (const [source, text] of freeTexts) yield* valuesInFreeText(text, source);

  const places = db
    .prepare(
      `SELECT c.case_number AS source, a.place_text AS place FROM appointments a
         JOIN cases c ON c.id = a.case_id
        WHERE a.place_text IS NOT NULL AND a.place_kind NOT IN ('client_site', 'counsellor_office')`,
    )
    .iterate() as IterableIterator<{ source: string; place: string }>;
  for (const row of places) {
    yield { kind: 'place', value: row.place, source: row.source };
    yield* valuesInFreeText(row.place, row.source);
  }
}

/** What of the case file is found in an export's text (empty: it may leave). */
export function findLeaksInExport(db: CaseFileDatabase, exportText: string): LeakHit[] {
  const scanner = createLeakScanner(exportText);
  for (const value of identifyingValues(db)) scanner.check(value);
  return scanner.hits();
}

/** Stops an export that holds anything identifying; the caller writes nothing then. */
export function guardExport(db: CaseFileDatabase, exportText: string): void {
  const hits = findLeaksInExport(db, exportText);
  if (hits.length > 0) {
    throw new AppError('EXPORT_BLOCKED', hits.map((h) => `${h.kind}@${h.source}`).join(','));
  }
}

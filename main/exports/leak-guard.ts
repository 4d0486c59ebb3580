/**
 * The leak guard: before an export leaves the machine, its text is scanned for every
 * identifying value the case file holds (reporter names, e-mail addresses, phone numbers, other
 * contact details, places) and for any run of words taken from a note or other free text of a
 * case. A hit blocks the export. Pure functions; the service gathers the values.
 *
 * Matching is deliberately forgiving on the export's side, so a value cannot slip through by
 * its form: case, diacritics, spacing, punctuation, XML entities and the +31 country prefix are
 * all normalised. Names match as whole words (so "Jan" does not hit "januari").
 */

export type IdentifyingKind = 'name' | 'email' | 'phone' | 'contact' | 'place' | 'free_text';

export interface IdentifyingValue {
  kind: IdentifyingKind;
  value: string;
  /** Where it is stored (a case number), so the counsellor can see why an export was stopped. */
  source: string;
}

export interface LeakHit {
  kind: IdentifyingKind;
  source: string;
}

/** Runs of this many words from a case's free text count as a quoted sentence. */
export const QUOTE_WORDS = 6;

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML/HTML entities back to characters, so "Jansen &amp; Co" reads as it would on screen. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITY[ref.toLowerCase()] ?? whole;
  });
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Words: letters and digits only, folded. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A Dutch phone number's digits, with +31 / 0031 turned into the national 0. */
function phoneDigits(text: string): string {
  let digits = text.replace(/\D/g, '');
  if (/^\s*(\+|00)31/.test(text)) digits = `0${digits.replace(/^(00)?31/, '')}`;
  return digits;
}

/** An export prepared once for many lookups. */
export interface ScannedText {
  folded: string;
  /** ' word word … ' so a whole-word sequence is a substring with spaces around it. */
  wordLine: string;
  /** Every run of digits with spaces, dots, dashes, slashes or brackets between them. */
  digitRuns: string[];
  quotes: Set<string>;
  /** Every word of the export: a quote can only be there if all its words are. */
  vocabulary: Set<string>;
}

export function scanText(raw: string): ScannedText {
  const text = decodeEntities(raw);
  const list = words(text);
  const quotes = new Set<string>();
  for (let i = 0; i + QUOTE_WORDS <= list.length; i += 1) {
    quotes.add(list.slice(i, i + QUOTE_WORDS).join(' '));
  }
  const digitRuns = (text.match(/\+?\d[\d\s.\-/()]*\d/g) ?? []).map(phoneDigits);
  return {
    folded: fold(text),
    wordLine: ` ${list.join(' ')} `,
    digitRuns,
    quotes,
    vocabulary: new Set(list),
  };
}

function hitsValue(scanned: ScannedText, { kind, value }: IdentifyingValue): boolean {
  if (kind === 'free_text') {
    // Only a run of words that all occur in the export can be a quote of it: count the run
    // and build a candidate only then (case files hold a hundred thousand notes).
    const list = words(value);
    let run = 0;
    for (let i = 0; i < list.length; i += 1) {
      run = scanned.vocabulary.has(list[i]!) ? run + 1 : 0;
      if (run >= QUOTE_WORDS) {
        const start = i - QUOTE_WORDS + 1;
        if (scanned.quotes.has(list.slice(start, i + 1).join(' '))) return true;
      }
    }
    return false;
  }
  if (kind === 'phone') {
    const digits = phoneDigits(value);
    // Fewer digits than this are not a phone number but a figure that may well be in a table.
    if (digits.length < 6) return false;
    return scanned.digitRuns.some((run) => run.includes(digits));
  }
  if (kind === 'email') {
    const email = fold(value.trim());
    if (email.length < 3) return false;
    if (scanned.folded.includes(email)) return true;
  }
  const list = words(value);
  // A one- or two-letter value (an initial) would hit everywhere; it identifies no one alone.
  if (list.length === 0 || list.join('').length < 3) return false;
  return scanned.wordLine.includes(` ${list.join(' ')} `);
}

/**
 * A scanner over one export, for checking many stored values one by one (the service streams
 * them from the case file) without holding them all.
 */
export interface LeakScanner {
  /** Checks one value; a hit is kept once per kind and source. */
  check(value: IdentifyingValue): void;
  hits(): LeakHit[];
}

export function createLeakScanner(exportText: string): LeakScanner {
  const scanned = scanText(exportText);
  const found = new Map<string, LeakHit>();
  return {
    check(value) {
      const key = `${value.kind}\u0000${value.source}`;
      if (found.has(key)) return;
      if (hitsValue(scanned, value)) found.set(key, { kind: value.kind, source: value.source });
    },
    hits: () => [...found.values()],
  };
}

/** Every stored value found in the export, once per kind and source. */
export function findLeaks(exportText: string, values: Iterable<IdentifyingValue>): LeakHit[] {
  const scanner = createLeakScanner(exportText);
  for (const value of values) scanner.check(value);
  return scanner.hits();
}

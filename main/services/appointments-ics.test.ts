import { describe, expect, it } from 'vitest';
import { placeKinds } from '../../shared/schemas/appointment';
import {
  appointmentsIcs,
  escapeText,
  foldLine,
  icsDateTime,
  icsPlaceLabels,
  type IcsAppointment,
} from './appointments-ics';

const NOW = new Date('2026-11-23T09:15:30.000Z');

function appointment(overrides: Partial<IcsAppointment> = {}): IcsAppointment {
  return {
    uid: '6f1c0a52-8d3e-4a0e-9f7c-1b2c3d4e5f60',
    sequence: 0,
    startsAt: '2026-11-30T09:00:00.000Z',
    durationMinutes: 45,
    placeKind: 'reporter_home',
    status: 'planned',
    placeText: null,
    ...overrides,
  };
}

/** Content lines after unfolding (RFC 5545 3.1), as [name, value] pairs. */
function parse(text: string): [string, string][] {
  expect(text.endsWith('\r\n')).toBe(true);
  // Every line break is CRLF: no bare LF or CR anywhere.
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
  }
  const unfolded = text
    .replace(/\r\n[ \t]/g, '')
    .slice(0, -2)
    .split('\r\n');
  return unfolded.map((line) => {
    const colon = line.indexOf(':');
    expect(colon, line).toBeGreaterThan(0);
    return [line.slice(0, colon), line.slice(colon + 1)];
  });
}

describe('the agenda file', () => {
  it('is a VCALENDAR with one VEVENT per appointment, in UTC, saying only "VP afspraak"', () => {
    const text = appointmentsIcs(
      [
        appointment(),
        appointment({
          uid: '0b7e2c1d-1111-4a0e-9f7c-1b2c3d4e5f61',
          startsAt: '2026-07-01T12:30:00.000Z',
          durationMinutes: 90,
          placeKind: 'video',
          status: 'cancelled',
          sequence: 2,
        }),
      ],
      { now: NOW, includePlace: false },
    );
    const lines = parse(text);
    expect(lines[0]).toEqual(['BEGIN', 'VCALENDAR']);
    expect(lines.at(-1)).toEqual(['END', 'VCALENDAR']);
    const props = new Map(lines.slice(0, 5));
    expect(props.get('VERSION')).toBe('2.0');
    expect(props.get('PRODID')).toBe('-//VP Dossier//Afspraken//NL');

    // Events nest properly: BEGIN/END pairs, each with the required properties.
    const events: Map<string, string>[] = [];
    let current: Map<string, string> | null = null;
    for (const [name, value] of lines.slice(1, -1)) {
      if (name === 'BEGIN') {
        expect(value).toBe('VEVENT');
        expect(current).toBeNull();
        current = new Map();
      } else if (name === 'END') {
        expect(value).toBe('VEVENT');
        events.push(current!);
        current = null;
      } else if (current) {
        expect(current.has(name), `${name} twice`).toBe(false);
        current.set(name, value);
      }
    }
    expect(events).toHaveLength(2);
    const [first, second] = events as [Map<string, string>, Map<string, string>];
    expect(Object.fromEntries(first)).toEqual({
      UID: '6f1c0a52-8d3e-4a0e-9f7c-1b2c3d4e5f60@vp-dossier',
      DTSTAMP: '20261123T091530Z',
      DTSTART: '20261130T090000Z',
      DTEND: '20261130T094500Z',
      SEQUENCE: '0',
      STATUS: 'CONFIRMED',
      SUMMARY: 'VP afspraak',
      LOCATION: 'bij de melder thuis',
      CLASS: 'PRIVATE',
      TRANSP: 'OPAQUE',
    });
    expect(second.get('DTSTART')).toBe('20260701T123000Z');
    expect(second.get('DTEND')).toBe('20260701T140000Z');
    expect(second.get('STATUS')).toBe('CANCELLED');
    expect(second.get('SEQUENCE')).toBe('2');
    expect(second.get('LOCATION')).toBe('video');
    expect(text).not.toContain('DESCRIPTION');
  });

  it('leaves every place text out unless places are allowed, then escapes it', () => {
    const withText = appointment({ placeText: 'Dorpsstraat 1, Zwolle; achterdeur\\bel' });
    expect(appointmentsIcs([withText], { now: NOW, includePlace: false })).not.toContain(
      'Dorpsstraat',
    );
    const lines = parse(appointmentsIcs([withText], { now: NOW, includePlace: true }));
    expect(new Map(lines).get('LOCATION')).toBe(
      'bij de melder thuis – Dorpsstraat 1\\, Zwolle\\; achterdeur\\\\bel',
    );
  });

  it('names every kind of place in Dutch', () => {
    for (const placeKind of placeKinds) {
      const text = appointmentsIcs([appointment({ placeKind })], { now: NOW, includePlace: false });
      expect(text).toContain(`LOCATION:${icsPlaceLabels[placeKind]}\r\n`);
    }
    expect(Object.keys(icsPlaceLabels).sort()).toEqual([...placeKinds].sort());
  });
});

describe('escaping and folding', () => {
  it('escapes backslash, semicolon, comma and line breaks; drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('tab\there\u0007bell')).toBe('tab\there bell');
  });

  it('folds at 75 octets, continuation lines starting with a space, never inside a character', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    const long = `LOCATION:${'ë'.repeat(100)}`;
    const folded = foldLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      // No replacement characters: every part is whole UTF-8.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(
        part,
      );
    }
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });

  it('folds a long place text in the file and unfolds to the same value', () => {
    const placeText = `Kantoorgebouw De Wissel, ${'verdieping 3, kamer 3.14, '.repeat(5)}Zwolle`;
    const text = appointmentsIcs([appointment({ placeText })], { now: NOW, includePlace: true });
    const location = new Map(parse(text)).get('LOCATION');
    expect(location).toBe(`bij de melder thuis – ${escapeText(placeText)}`);
  });

  it('writes moments as UTC DATE-TIME', () => {
    expect(icsDateTime('2026-03-29T01:30:00.000Z')).toBe('20260329T013000Z');
    expect(icsDateTime(new Date('2026-12-31T23:59:59.999Z'))).toBe('20261231T235959Z');
  });
});

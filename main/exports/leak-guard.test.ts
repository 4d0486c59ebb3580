import { describe, expect, it } from 'vitest';
import { findLeaks, type IdentifyingValue } from './leak-guard';

const stored: IdentifyingValue[] = [
  { kind: 'name', value: 'Jan de Vries', source: '2026-001' },
  { kind: 'name', value: 'Aïcha Benali', source: '2026-002' },
  { kind: 'email', value: 'j.devries@example.nl', source: '2026-001' },
  { kind: 'phone', value: '06-12345678', source: '2026-001' },
  { kind: 'contact', value: 'Signal: @aicha_b', source: '2026-002' },
  { kind: 'place', value: 'Lindelaan 14, Zeist', source: '2026-002' },
  {
    kind: 'free_text',
    value: 'Melder vertelt dat haar leidinggevende haar al maanden negeert in het teamoverleg.',
    source: '2026-002',
  },
];

const kindsFound = (text: string) =>
  findLeaks(text, stored)
    .map((h) => `${h.kind}:${h.source}`)
    .sort();

describe('the leak guard', () => {
  it.each([
    ['the name as typed', 'Gesprek met Jan de Vries', ['name:2026-001']],
    ['the name in capitals', 'JAN DE VRIES', ['name:2026-001']],
    ['the name over a line break', 'Jan de\nVries', ['name:2026-001']],
    ['the name in an XML attribute', '<cbc:Name>Jan&#32;de Vries</cbc:Name>', ['name:2026-001']],
    ['a name without its diacritics', 'Aicha Benali', ['name:2026-002']],
    ['a name with other diacritics', 'AÏCHA BENALÍ', ['name:2026-002']],
    ['a CSV cell', '"2026";"Jan de Vries";"12,00"', ['name:2026-001']],
    ['the e-mail address', 'mail: J.DeVries@Example.nl', ['email:2026-001']],
    ['the phone with spaces', 'bel 06 1234 5678', ['phone:2026-001']],
    ['the phone with the country prefix', 'tel. +31 6 12345678', ['phone:2026-001']],
    ['the phone with 0031 and dots', '0031.6.12.34.56.78', ['phone:2026-001']],
    ['the other contact', 'signal aicha b', ['contact:2026-002']],
    ['the place', 'Afspraak Lindelaan 14 Zeist', ['place:2026-002']],
    [
      'six words from a note',
      'Signalen: haar leidinggevende haar al maanden negeert, zo bleek.',
      ['free_text:2026-002'],
    ],
  ])('finds %s', (_label, text, expected) => {
    expect(kindsFound(text)).toEqual(expected);
  });

  it.each([
    ['a word that merely starts like a name', 'Januari: de Vriesland-regio'],
    ['the surname alone', 'Overleg met De Vries Bouw B.V.'],
    ['five words from a note', 'haar leidinggevende haar al maanden'],
    ['amounts and dates', '€ 1.234,56 op 12-03-2026, factuur 2026-0001, 612345 km'],
    ['an empty export', ''],
  ])('does not find %s', (_label, text) => {
    expect(kindsFound(text)).toEqual([]);
  });

  it('reports each value kind once per case, however often it occurs', () => {
    const hits = findLeaks('Jan de Vries, jan de vries, JAN DE VRIES', stored);
    expect(hits).toEqual([{ kind: 'name', source: '2026-001' }]);
  });

  it('ignores values too short to identify anyone', () => {
    const short: IdentifyingValue[] = [
      { kind: 'name', value: 'J.', source: '2026-009' },
      { kind: 'phone', value: '112', source: '2026-009' },
    ];
    expect(findLeaks('J. belde 112', short)).toEqual([]);
  });
});

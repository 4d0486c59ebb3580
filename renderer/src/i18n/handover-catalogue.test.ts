import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../shared/errors';
import { en } from './en';
import { handoverEn } from './handover.en';
import { handoverNl } from './handover.nl';
import { nl } from './nl';

/**
 * The texts of the handover card live in handover.nl.ts and handover.en.ts, spread into the
 * two catalogues; the errors of a handover come from shared/errors.ts like every other.
 */
describe('the handover catalogue', () => {
  it('has the same keys in Dutch and English, all in the main catalogues', () => {
    expect(Object.keys(handoverEn).sort()).toEqual(Object.keys(handoverNl).sort());
    for (const key of Object.keys(handoverNl)) {
      expect(Object.prototype.hasOwnProperty.call(nl, key), key).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(en, key), key).toBe(true);
    }
  });

  it('fills in the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(handoverNl) as (keyof typeof handoverNl)[]) {
      expect(placeholders(handoverEn[key]), key).toEqual(placeholders(handoverNl[key]));
    }
  });

  it('has a message for every handover error, in both languages', () => {
    const codes = errorCodes.filter((c) => c.startsWith('HANDOVER_'));
    expect(codes.length).toBeGreaterThanOrEqual(4);
    for (const code of codes) {
      expect(nl[`error.${code}`], code).toBeTruthy();
      expect(en[`error.${code}`], code).toBeTruthy();
    }
  });

  it('uses the words of a counsellor: overdracht, melding, melder, toestemming', () => {
    expect(handoverNl['handover.title']).toBe('Meldingen overdragen');
    expect(handoverNl['handover.export.consent']).toContain('toestemming');
    expect(handoverNl['handover.export.outOfBand']).toContain('telefonisch');
    expect(handoverNl['handover.export.carries']).toContain('uren en facturen blijven bij u');
  });
});

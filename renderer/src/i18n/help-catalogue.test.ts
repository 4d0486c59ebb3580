import { describe, expect, it } from 'vitest';
import { en } from './en';
import { helpEn } from './help.en';
import { helpNl } from './help.nl';
import { nl } from './nl';

/** The tour and the "what the employer sees" explanations, in both catalogues alike. */
describe('the help catalogue', () => {
  it('has the same keys in Dutch and English, all in the main catalogues', () => {
    expect(Object.keys(helpEn).sort()).toEqual(Object.keys(helpNl).sort());
    for (const key of Object.keys(helpNl)) {
      expect(Object.prototype.hasOwnProperty.call(nl, key), key).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(en, key), key).toBe(true);
    }
  });

  it('fills the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    for (const key of Object.keys(helpNl) as (keyof typeof helpNl)[]) {
      expect(placeholders(helpEn[key]), key).toEqual(placeholders(helpNl[key]));
    }
  });

  it('says what the employer never sees, and that small units are not named', () => {
    expect(helpNl['help.units']).toContain(
      'Namen, onderwerpen en notities ziet de werkgever nooit',
    );
    expect(helpNl['help.units']).toContain('Overige onderdelen');
    expect(helpNl['help.billing']).toContain('nooit');
    expect(helpEn['help.units']).toContain('never sees names, subjects or notes');
  });

  it('speaks as a counsellor does: melding, dossier, back-ups', () => {
    expect(helpNl['tour.cases.text']).toContain('melding');
    expect(helpNl['tour.safety.text']).toContain('back-ups');
    expect(helpNl['tour.restart']).toBe('Rondleiding opnieuw bekijken');
  });
});

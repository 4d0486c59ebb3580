import { describe, expect, it } from 'vitest';
import { en } from './en';
import { exportEn } from './export.en';
import { exportNl } from './export.nl';
import { nl } from './nl';

/** The one export preview's texts, shared by invoices, bookkeeping and reports. */
describe('the export catalogue', () => {
  it('has the same keys in Dutch and English, all in the main catalogues', () => {
    expect(Object.keys(exportEn).sort()).toEqual(Object.keys(exportNl).sort());
    for (const key of Object.keys(exportNl)) {
      expect(Object.prototype.hasOwnProperty.call(nl, key), key).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(en, key), key).toBe(true);
    }
  });

  it('names the saved file as the counsellor reads it', () => {
    expect(exportNl['export.saved']).toBe('Opgeslagen als {name}');
    expect(exportNl['export.save']).toBe('Opslaan…');
  });
});

import { describe, expect, it } from 'vitest';
import { auditKinds, exportKinds, unlockMethods } from '../../../shared/schemas/safety';
import { en } from './en';
import { nl } from './nl';
import { safetyEn } from './safety.en';
import { safetyNl } from './safety.nl';

/**
 * The texts of back-ups, retention and the audit log live in safety.nl.ts and safety.en.ts,
 * spread into the two catalogues. Every kind the audit log can hold must have a label in both,
 * or the log would show a code.
 */
describe('the safety catalogue', () => {
  it('has the same keys in Dutch and English, all in the main catalogues', () => {
    expect(Object.keys(safetyEn).sort()).toEqual(Object.keys(safetyNl).sort());
    for (const key of Object.keys(safetyNl)) {
      expect(Object.prototype.hasOwnProperty.call(nl, key), key).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(en, key), key).toBe(true);
    }
  });

  it('names every kind of entry, export and unlock method', () => {
    const nlTexts: Record<string, string> = safetyNl;
    const enTexts: Record<string, string> = safetyEn;
    const keys = [
      ...auditKinds.map((k) => `safety.audit.kind.${k}`),
      ...exportKinds.map((k) => `safety.audit.exportKind.${k}`),
      ...unlockMethods.map((m) => `safety.audit.method.${m}`),
    ];
    for (const key of keys) {
      expect(nlTexts[key], key).toBeTruthy();
      expect(enTexts[key], key).toBeTruthy();
    }
  });

  it('uses the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(safetyNl)) {
      expect(names(safetyEn[key as keyof typeof safetyNl]), key).toEqual(names(text));
    }
  });

  it('says a destruction cannot be undone and that older backups still hold the cases', () => {
    expect(safetyNl['safety.destroy.what']).toContain('kan niet ongedaan worden gemaakt');
    expect(safetyNl['safety.destroy.backups']).toContain('oudere back-ups');
    expect(safetyNl['safety.backup.make']).toBe('Nu een back-up maken');
  });
});

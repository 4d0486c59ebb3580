import { describe, expect, it } from 'vitest';
import { freeFirstKinds, pricedActivityKinds } from '../../../shared/schemas/contract';
import { contractsEn } from './contracts.en';
import { contractsNl } from './contracts.nl';
import { en } from './en';
import { nl } from './nl';

/**
 * The texts of the practice details and contracts live in contracts.nl.ts and contracts.en.ts,
 * spread into the two catalogues; every code the contract form offers needs a label in both.
 */
describe('the contracts catalogue', () => {
  it('has the same keys in Dutch and English, all in the main catalogues', () => {
    expect(Object.keys(contractsEn).sort()).toEqual(Object.keys(contractsNl).sort());
    for (const key of Object.keys(contractsNl)) {
      expect(Object.prototype.hasOwnProperty.call(nl, key), key).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(en, key), key).toBe(true);
    }
  });

  it('names every kind of work, free first part, subscription, billing and rounding', () => {
    const keys = [
      ...pricedActivityKinds.flatMap((k) => [
        `contracts.activity.${k}`,
        `contracts.activity.${k}.hint`,
      ]),
      ...freeFirstKinds.map((k) => `contracts.freeFirst.${k}`),
      ...['none', 'fixed', 'banded'].map((k) => `contracts.subscription.${k}`),
      ...['hourly', 'per_consult', 'not_billed'].map((k) => `contracts.billing.${k}`),
      ...['none', 'up', 'nearest'].map((k) => `contracts.rounding.${k}`),
      ...['nlcius', 'peppol'].map((k) => `practice.profile.${k}`),
    ];
    for (const key of keys) {
      expect(contractsNl[key as keyof typeof contractsNl], key).toBeTruthy();
      expect(contractsEn[key as keyof typeof contractsNl], key).toBeTruthy();
    }
  });

  it('says in the words of the issue what the employer will and will not see', () => {
    expect(contractsNl['practice.field.anonymityThreshold']).toBe(
      'Kleinste aantal dat apart wordt getoond',
    );
    expect(contractsNl['practice.field.anonymityThresholdHint']).toContain(
      "Een onderdeel met minder meldingen dan dit aantal wordt op facturen en in jaarverslagen niet genoemd, maar samengevoegd onder 'Overige onderdelen'.",
    );
    expect(contractsNl['practice.field.anonymityThresholdHint']).toContain(
      'Namen, data van gesprekken en tekst uit aantekeningen staan nooit op een factuur.',
    );
    expect(contractsNl['practice.profile.nlcius']).toBe(
      'SI-UBL 2.0 (Nederlandse boekhoudpakketten)',
    );
    expect(contractsNl['contracts.fillIn.mark']).toBe('Vul dit bedrag in');
  });
});

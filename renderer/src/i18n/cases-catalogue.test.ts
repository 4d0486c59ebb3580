import { describe, expect, it } from 'vitest';
import {
  behaviourKinds,
  caseOutcomes,
  caseStatuses,
  channels,
  consentLevels,
  dueItemKinds,
  followUpKinds,
  noteKinds,
  referralKinds,
  reporterRoles,
  respondentRelations,
} from '../../../shared/schemas/case';
import { casesEn } from './cases.en';
import { casesNl } from './cases.nl';
import { en } from './en';
import { nl } from './nl';

/**
 * The texts of Meldingen live in cases.nl.ts and cases.en.ts, spread into the two catalogues.
 * Every code of the shared case schema must have a label in both, or a screen would show it.
 */
describe('the cases catalogue', () => {
  it('has the same keys in Dutch and English, all in the main catalogues', () => {
    expect(Object.keys(casesEn).sort()).toEqual(Object.keys(casesNl).sort());
    for (const key of Object.keys(casesNl)) {
      expect(Object.prototype.hasOwnProperty.call(nl, key), key).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(en, key), key).toBe(true);
    }
  });

  it('names every code of the shared case schema', () => {
    const labels: [string, readonly string[]][] = [
      ['case.status', caseStatuses],
      ['case.channel', channels],
      ['case.role', reporterRoles],
      ['case.behaviour', behaviourKinds],
      ['case.relation', respondentRelations],
      ['case.consent', consentLevels],
      ['case.referralKind', referralKinds],
      ['case.outcome', caseOutcomes],
      ['case.noteKind', noteKinds],
      ['case.followUpKind', followUpKinds],
      ['due.kind', dueItemKinds],
    ];
    for (const [prefix, codes] of labels) {
      for (const code of codes) {
        const key = `${prefix}.${code}` as keyof typeof casesNl;
        expect(casesNl[key], key).toBeTruthy();
        expect(casesEn[key], key).toBeTruthy();
      }
    }
  });

  it('uses the glossary: the Dutch words of a counsellor', () => {
    expect(casesNl['case.status.first_reception']).toBe('Eerste opvang');
    expect(casesNl['case.status.in_progress']).toBe('In behandeling');
    expect(casesNl['case.status.referred']).toBe('Doorverwezen');
    expect(casesNl['case.status.aftercare']).toBe('Nazorg');
    expect(casesNl['case.status.closed']).toBe('Afgesloten');
    expect(casesNl['intake.respondentRelation']).toContain('beklaagde');
  });
});

import { describe, expect, it } from 'vitest';
import { appointmentStatuses, placeKinds } from '../../../shared/schemas/appointment';
import { appointmentsEn } from './appointments.en';
import { appointmentsNl } from './appointments.nl';
import { en } from './en';
import { nl } from './nl';

/**
 * The texts of appointments and the Agenda live in appointments.nl.ts and appointments.en.ts,
 * spread into the two catalogues; every code of the shared appointment schema needs a label.
 */
describe('the appointments catalogue', () => {
  it('has the same keys in Dutch and English, all in the main catalogues', () => {
    expect(Object.keys(appointmentsEn).sort()).toEqual(Object.keys(appointmentsNl).sort());
    for (const key of Object.keys(appointmentsNl)) {
      expect(Object.prototype.hasOwnProperty.call(nl, key), key).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(en, key), key).toBe(true);
    }
  });

  it('names every kind of place and every status', () => {
    const labels: [string, readonly string[]][] = [
      ['appointments.placeKind', placeKinds],
      ['appointments.status', appointmentStatuses],
    ];
    for (const [prefix, codes] of labels) {
      for (const code of codes) {
        const key = `${prefix}.${code}` as keyof typeof appointmentsNl;
        expect(appointmentsNl[key], key).toBeTruthy();
        expect(appointmentsEn[key], key).toBeTruthy();
      }
    }
  });

  it('says on screen what the agenda file holds, in the words of the issue', () => {
    expect(appointmentsNl['ics.intro']).toContain(
      "Alleen 'VP afspraak', het tijdstip en het soort plaats; geen namen of gegevens uit het dossier",
    );
    expect(appointmentsNl['ics.includePlace']).toBe('Plaats meenemen');
    expect(appointmentsNl['appointments.placeKind.reporter_home'].toLowerCase()).toBe(
      'bij de melder thuis',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { paletteActions } from '../lib/commands';
import { routes } from '../stores/navigationStore';
import { en } from './en';
import { keyboardEn } from './keyboard.en';
import { keyboardNl } from './keyboard.nl';
import { nl } from './nl';

/**
 * The texts of the command palette and the keyboard commands live in keyboard.nl.ts and
 * keyboard.en.ts, spread into the two catalogues. Every action the palette offers must have a
 * label in both, or the palette would show a key.
 */
describe('the keyboard catalogue', () => {
  it('has the same keys in Dutch and English, all in the main catalogues', () => {
    expect(Object.keys(keyboardEn).sort()).toEqual(Object.keys(keyboardNl).sort());
    for (const key of Object.keys(keyboardNl)) {
      expect(Object.prototype.hasOwnProperty.call(nl, key), key).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(en, key), key).toBe(true);
      expect(nl[key as keyof typeof nl], key).toBe(keyboardNl[key as keyof typeof keyboardNl]);
    }
  });

  it('labels every palette action, and a "Ga naar" for every screen', () => {
    for (const action of paletteActions) {
      expect(nl[action.label], action.command).toBeTruthy();
      expect(en[action.label], action.command).toBeTruthy();
    }
    const gotos = paletteActions.filter((a) => a.command.startsWith('goto.'));
    expect(gotos.map((a) => a.command)).toEqual(routes.map((route) => `goto.${route}`));
  });

  it('names the actions as the rest of the app does', () => {
    expect(keyboardNl['command.newCase']).toBe(nl['cases.new']);
    expect(keyboardNl['command.lock']).toBe(nl['lock.button']);
    expect(keyboardNl['command.goto.organisations']).toBe(`Ga naar ${nl['nav.organisations']}`);
  });
});

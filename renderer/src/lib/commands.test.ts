import { beforeEach, describe, expect, it } from 'vitest';
import { resetAllStores } from '../stores/registry';
import { useCasesStore } from '../stores/casesStore';
import { useInvoicesStore } from '../stores/invoicesStore';
import { useNavigationStore } from '../stores/navigationStore';
import { useOrganisationsStore } from '../stores/organisationsStore';
import { useToastStore } from '../stores/toastStore';
import {
  openCaseFromPalette,
  openCaseId,
  openOrganisationFromPalette,
  runCommand,
  shortcutFor,
} from './commands';

const route = () => useNavigationStore.getState().route;

describe('runCommand', () => {
  beforeEach(() => resetAllStores());

  it('starts a new case from anywhere', () => {
    useNavigationStore.getState().navigate('hours');
    runCommand('newCase');
    expect(route()).toBe('cases');
    expect(useCasesStore.getState().view).toEqual({ kind: 'new' });
  });

  it('opens a section at its start, also from within it', () => {
    useOrganisationsStore.getState().show({ kind: 'detail', id: 4 });
    useNavigationStore.getState().navigate('organisations');
    runCommand('goto.organisations');
    expect(useOrganisationsStore.getState().view).toEqual({ kind: 'list' });
    useInvoicesStore.getState().show({ kind: 'issued', invoice: {} as never });
    runCommand('makeInvoices');
    expect(route()).toBe('invoices');
    expect(useInvoicesStore.getState().view).toEqual({ kind: 'overview' });
  });

  it('says a note needs a case when none is open, and changes nothing', () => {
    useNavigationStore.getState().navigate('home');
    runCommand('newNote');
    expect(useToastStore.getState().toasts.map((t) => t.message)).toEqual(['command.noCaseOpen']);
    expect(route()).toBe('home');
  });
});

describe('the palette targets', () => {
  beforeEach(() => resetAllStores());

  it('open a case, which is then the open case', () => {
    expect(openCaseId()).toBeNull();
    openCaseFromPalette(12);
    expect(route()).toBe('cases');
    expect(openCaseId()).toBe(12);
  });

  it('open an organisation', () => {
    openOrganisationFromPalette(3);
    expect(route()).toBe('organisations');
    expect(useOrganisationsStore.getState().view).toEqual({ kind: 'detail', id: 3 });
  });
});

describe('shortcutFor', () => {
  it('gives the shortcut of the commands that have one', () => {
    expect(shortcutFor('newCase')).toBe('newCase');
    expect(shortcutFor('makeInvoices')).toBeNull();
    expect(shortcutFor('goto.home')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  registeredStores,
  resetAllStores,
  useCaseFileStore,
  useLocaleStore,
  useNavigationStore,
  useToastStore,
} from './index';

describe('resetAllStores', () => {
  it('knows every store', () => {
    expect(registeredStores().sort()).toEqual(['caseFile', 'locale', 'navigation', 'toast']);
  });

  it('returns every store to its initial state', () => {
    const initial = {
      caseFile: { ...useCaseFileStore.getState() },
      navigation: { ...useNavigationStore.getState() },
      toast: { ...useToastStore.getState() },
    };

    useCaseFileStore.getState().setStatus({ state: 'unlocked', unlockedWith: 'recoveryCode' });
    useCaseFileStore.getState().setPendingRecoveryCode('ABCD-EFGH');
    useCaseFileStore.getState().setStartupError('INTERNAL');
    useCaseFileStore.getState().setRecoveryCodeConfirmed(false);
    useNavigationStore.getState().navigate('settings', 'recoveryCode');
    useToastStore.getState().show('settings.saved');

    resetAllStores();

    expect(useCaseFileStore.getState()).toEqual(initial.caseFile);
    expect(useCaseFileStore.getState().pendingRecoveryCode).toBeNull();
    expect(useCaseFileStore.getState().status).toBeNull();
    expect(useCaseFileStore.getState().recoveryCodeConfirmed).toBeNull();
    expect(useNavigationStore.getState()).toEqual(initial.navigation);
    expect(useNavigationStore.getState().route).toBe('home');
    expect(useNavigationStore.getState().target).toBeNull();
    expect(useToastStore.getState().toasts).toEqual([]);
  });

  it('keeps the actions of each store working after a reset', () => {
    resetAllStores();
    useNavigationStore.getState().navigate('hours');
    expect(useNavigationStore.getState().route).toBe('hours');
    resetAllStores();
  });

  it('forgets a navigation target on the next plain navigation', () => {
    useNavigationStore.getState().navigate('settings', 'recoveryCode');
    expect(useNavigationStore.getState().target).toBe('recoveryCode');
    useNavigationStore.getState().navigate('settings');
    expect(useNavigationStore.getState().target).toBeNull();
    resetAllStores();
  });

  it('resets the language to the saved preference (Dutch without storage)', () => {
    useLocaleStore.setState({ locale: 'en' });
    resetAllStores();
    expect(useLocaleStore.getState().locale).toBe('nl');
  });
});

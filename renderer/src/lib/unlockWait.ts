import type { MessageKey } from '../i18n/nl';
import type { MessageParams } from '../i18n/translate';

/**
 * The wait before the next unlock attempt as the unlock screen says it: whole seconds, rounded
 * up (so it never says 0 while the button is still disabled), and minutes as m:ss from a
 * minute on (the wait is at most five minutes, shared/unlock-delay.ts).
 */
export function waitMessage(ms: number): { key: MessageKey; params?: MessageParams } {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds === 1) return { key: 'unlock.waitOneSecond' };
  if (seconds < 60) return { key: 'unlock.waitSeconds', params: { seconds } };
  const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return { key: 'unlock.waitMinutes', params: { time } };
}

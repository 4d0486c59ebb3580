import type { lockNl } from './lock.nl';

/** The automatic lock and the wait after wrong unlock attempts, in English. */
export const lockEn: Record<keyof typeof lockNl, string> = {
  'unlock.waitTitle': 'Please wait',
  'unlock.waitSeconds': 'You can try again in {seconds} seconds.',
  'unlock.waitOneSecond': 'You can try again in 1 second.',
  'unlock.waitMinutes': 'You can try again in {time} minutes.',
  'unlock.waitWhy':
    'After several incorrect attempts the app waits a little longer each time. Your case file stays as it is.',
  'unlock.waitOver': 'You can try again now.',
};

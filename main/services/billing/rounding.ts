import type { MinuteRounding } from '../../../shared/schemas/contract';

/**
 * The contract's minute rounding, applied to each time entry before it is priced (never to
 * a month's total): "per begun quarter" is about each conversation, and rounding entries
 * first lets every specification row add up exactly to its invoice line.
 *
 * 'up' 15: 50 → 60, 61 → 75, 60 → 60. 'nearest' 15: 7 → 0, 8 → 15 (a half step rounds up).
 */
export function roundMinutes(minutes: number, rounding: MinuteRounding): number {
  switch (rounding.mode) {
    case 'none':
      return minutes;
    case 'up':
      return Math.ceil(minutes / rounding.stepMinutes) * rounding.stepMinutes;
    case 'nearest':
      return (
        Math.floor((2 * minutes + rounding.stepMinutes) / (2 * rounding.stepMinutes)) *
        rounding.stepMinutes
      );
  }
}

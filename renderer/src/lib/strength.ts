import { MIN_PASSPHRASE_LENGTH } from '../../../shared/schemas/casefile';
import type { MessageKey } from '../i18n/nl';
import { isMessageKey } from '../i18n/translate';

export type StrengthLevel = 'empty' | 'weak' | 'fair' | 'strong' | 'veryStrong';

/** The minimum zxcvbn score (0–4) a new passphrase needs, on top of the minimum length. */
export const MIN_SCORE = 3;

export interface Assessment {
  level: StrengthLevel;
  /** 0–4; capped at 2 while the passphrase is shorter than the minimum length. */
  score: number;
  /** True when the passphrase may be used: score ≥ 3 and length ≥ 12. */
  acceptable: boolean;
  /** Characters still missing to reach the minimum length. */
  missing: number;
  warning: MessageKey | null;
  suggestions: MessageKey[];
}

/** What zxcvbn reports, with untranslated feedback (its keys, e.g. 'straightRow'). */
export interface RawStrength {
  score: number;
  feedback: { warning: string | null; suggestions: string[] };
}

export type Estimator = (passphrase: string) => Assessment;

const levels: StrengthLevel[] = ['weak', 'weak', 'fair', 'strong', 'veryStrong'];

/** Length is counted in characters as a person sees them, not UTF-16 units. */
export function passphraseLength(passphrase: string): number {
  return [...passphrase].length;
}

export function assess(passphrase: string, raw: RawStrength): Assessment {
  const length = passphraseLength(passphrase);
  if (length === 0) {
    return {
      level: 'empty',
      score: 0,
      acceptable: false,
      missing: MIN_PASSPHRASE_LENGTH,
      warning: null,
      suggestions: [],
    };
  }
  const missing = Math.max(0, MIN_PASSPHRASE_LENGTH - length);
  const rawScore = Math.min(4, Math.max(0, Math.round(raw.score)));
  // A short passphrase is never shown as strong: it cannot be used, whatever zxcvbn thinks.
  const score = missing > 0 ? Math.min(rawScore, MIN_SCORE - 1) : rawScore;
  const warningKey = raw.feedback.warning ? `strength.warning.${raw.feedback.warning}` : null;
  const suggestions = raw.feedback.suggestions
    .map((s) => `strength.suggestion.${s}`)
    .filter(isMessageKey);
  return {
    level: levels[score] ?? 'weak',
    score,
    acceptable: missing === 0 && score >= MIN_SCORE,
    missing,
    warning: isMessageKey(warningKey) ? warningKey : null,
    suggestions: [...new Set(suggestions)],
  };
}

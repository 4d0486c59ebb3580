import { assess, passphraseLength, type Estimator } from './strength';

let pending: Promise<Estimator> | null = null;

/**
 * Should the word lists fail to load, length alone decides: 16 characters count as strong,
 * 20 as very strong. Main still enforces its own minimum.
 */
const lengthOnly: Estimator = (passphrase) => {
  const length = passphraseLength(passphrase);
  const score = length >= 20 ? 4 : length >= 16 ? 3 : length >= 12 ? 2 : 1;
  return assess(passphrase, { score, feedback: { warning: null, suggestions: [] } });
};

/** Loads the strength estimator once, in its own chunk, the first time a screen needs it. */
export function loadEstimator(): Promise<Estimator> {
  pending ??= import('./strengthEstimator')
    .then((m) => m.createEstimator())
    .catch(() => lengthOnly);
  return pending;
}

import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as dutch from '@zxcvbn-ts/language-nl-be';
import { assess, type Estimator } from './strength';

/** Words any counsellor might put in a passphrase for this app; they count as guessable. */
const APP_WORDS = ['vp', 'dossier', 'vpdossier', 'vertrouwenspersoon', 'vertrouwen', 'melding'];

/**
 * The zxcvbn estimator with common, English and Dutch dictionaries. It is heavy (several MB of
 * word lists), so the app loads it on demand (see loadEstimator). No translations are passed:
 * zxcvbn then reports feedback as keys, which the message catalogue translates.
 */
export function createEstimator(): Estimator {
  const dutchDictionary = Object.fromEntries(
    Object.entries(dutch.dictionary).map(([name, words]) => [`${name}-nl`, words]),
  );
  const zxcvbn = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...dutchDictionary },
    graphs: common.adjacencyGraphs,
  });
  return (passphrase) => assess(passphrase, zxcvbn.check(passphrase, APP_WORDS));
}

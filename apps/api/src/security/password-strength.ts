// How guessable a new password is, by a maintained estimator (zxcvbn-ts with its common and
// English dictionaries: leaked passwords, words, names, keyboard walks, sequences, dates), as
// OWASP ASVS V2.1.7 asks instead of a hand-written list. The dictionaries are ~1 MB and take
// ~0.4 s to load, so they are loaded the first time someone chooses a password, not at start.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/** zxcvbn scores 0-4; 3 is "safely unguessable" against an online attack and a slow hash. */
export const MIN_PASSWORD_SCORE = 3;
// The estimator's matching grows faster than the length; past this the score no longer changes.
const SCORED_PREFIX = 100;

let estimator: Promise<ZxcvbnFactory> | null = null;

function loadEstimator(): Promise<ZxcvbnFactory> {
  return (estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
  })());
}

/** The estimator's verdict: its score and, when too weak, what it would tell the person. */
export async function passwordStrength(
  password: string,
  context: readonly string[] = [],
): Promise<{ score: number; advice: string | null }> {
  const result = (await loadEstimator()).check(password.slice(0, SCORED_PREFIX), [
    ...context,
    // Words anyone guessing a password for this service would try first.
    'mediation',
    'send',
    'tribunal',
    'desk',
  ]);
  const advice = [result.feedback.warning, ...result.feedback.suggestions]
    .filter((s): s is string => !!s)
    .join(' ');
  return { score: result.score, advice: advice || null };
}

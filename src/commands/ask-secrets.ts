/** The questions for passwords before a run, shared by `register` and `batch`. */
import { Cancelled } from '../errors.js';
import type { Human } from '../human.js';
import { describePasswordRule, type PasswordRule, passwordProblem } from '../password.js';

/** Asks, hidden, until the password meets the rule and is typed the same twice. */
export async function askNewApiPassword(
  human: Human,
  apiUsername: string,
  rule: PasswordRule,
  print: (line: string) => void,
): Promise<string> {
  for (;;) {
    const first = await human.ask({
      message: `New API password for ${apiUsername} (${describePasswordRule(rule)})`,
      hidden: true,
    });
    const problem = passwordProblem(first, rule);
    if (problem) {
      print(`  That password ${problem}.`);
      continue;
    }
    const again = await human.ask({ message: 'The same API password again', hidden: true });
    if (again === first) return first;
    print('  The two did not match; once more.');
  }
}

/**
 * Questions asked before the portal is opened. Cancelling one says what is true then: nothing
 * was started at the portal and `nothingMade` (no run folder yet), rather than pointing to a
 * report that does not exist.
 */
export async function beforeThePortal<T>(questions: () => Promise<T>, nothingMade: string): Promise<T> {
  try {
    return await questions();
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    throw new Cancelled(
      error.message,
      `Nothing was started at the portal and ${nothingMade}; run the same command again when ready.`,
    );
  }
}

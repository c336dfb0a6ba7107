/** The questions for a new API password, shared by `register` and `batch`. */
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

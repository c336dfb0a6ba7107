/**
 * The operator of the teaching specs (test/teaching.spec.ts, teaching-way-on.spec.ts): a person at
 * a terminal and at the browser window, who reads each question as it is printed, types the
 * captcha and OTPs, clicks in the page with the mouse (Playwright's mouse gives the page trusted
 * events, as a person's hand does) and answers y; and a registration run in the test's process
 * with that person at its terminal, the teacher on unless told otherwise.
 */
import { PassThrough } from 'node:stream';
import type { Browser, Page } from 'playwright';
import { type RunResult, registerWith } from '../flows/register-gstin.js';
import type { RunSettings } from '../src/config.js';
import { DEFAULT_GSP } from '../src/config.js';
import { LineHuman } from '../src/human.js';
import { DEFAULT_PASSWORD_RULE } from '../src/password.js';
import { SecretValues } from '../src/secret-values.js';
import { LineTerminal } from '../src/terminal.js';
import { ANSWERS, DEMO } from './fixtures.js';
import type { MockPortal } from './mock-portal/server.js';

/** What the operator does at a question: type a line, or act in the page and type nothing. */
export type Reply = string | ((page: Page) => Promise<void>);

/** The operator's hand on the mouse: a press and release at the middle of the text. */
export function click(text: string): Reply {
  return async (page) => {
    const target = page.getByText(text, { exact: true });
    const box = await target.boundingBox();
    if (!box) throw new Error(`nothing reads "${text}" on the page`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  };
}

/** The usual answers: captcha, OTPs, yes to a confirmation, go at a batch row. */
export function usual(question: string): Reply | undefined {
  if (/^Captcha/.test(question)) return ANSWERS.captcha;
  if (/^login OTP/.test(question)) return ANSWERS.loginOtp;
  if (/^API registration OTP/.test(question)) return ANSWERS.apiOtp;
  if (/\(y\/n\)$/.test(question)) return 'y';
  if (/^Ready\?/.test(question)) return 'g';
  return undefined;
}

/**
 * A person at a terminal and at the browser window: answers each question when it is printed,
 * from the first script that has a reply for it. An unexpected question fails the test.
 */
export class Operator {
  readonly lines: string[] = [];
  readonly questions: string[] = [];
  readonly input = new PassThrough();
  readonly human: LineHuman;
  page?: Page;
  private queue = Promise.resolve();
  failure?: Error;

  constructor(private readonly scripts: ((question: string) => Reply | undefined)[]) {
    this.human = new LineHuman(this.input, (line) => this.print(line), undefined, true);
  }

  print(line: string): void {
    this.lines.push(line);
    if (!line.startsWith('? ')) return;
    const question = line.slice(2);
    this.questions.push(question);
    this.queue = this.queue.then(() => this.answer(question));
  }

  private async answer(question: string): Promise<void> {
    const reply = this.scripts.map((script) => script(question)).find((r) => r !== undefined);
    if (reply === undefined) {
      this.failure ??= new Error(`no answer for: ${question}`);
      this.input.end();
      return;
    }
    if (typeof reply === 'string') this.input.write(`${reply}\n`);
    else if (this.page) await reply(this.page).catch((error: Error) => (this.failure ??= error));
  }

  asked(pattern: RegExp): string[] {
    return this.questions.filter((question) => pattern.test(question));
  }
}

export interface TeachRun {
  result: RunResult;
  operator: Operator;
}

export async function runTeaching(
  browser: Browser,
  mock: MockPortal,
  outDir: string,
  options: {
    operator: Operator;
    settings?: Partial<RunSettings>;
    account?: { gstin: string; login: string; password: string; suffix?: string };
    teach?: boolean;
    signal?: AbortSignal;
  },
): Promise<TeachRun> {
  const { operator } = options;
  const account = options.account ?? {
    gstin: DEMO.gstin,
    login: DEMO.portalUsername,
    password: DEMO.portalPassword,
  };
  const secrets = new SecretValues();
  const settings: RunSettings = {
    portalUrl: mock.url,
    dryRun: false,
    headless: true,
    outDir,
    timeoutMs: 4000,
    captchaAttempts: 3,
    otpAttempts: 3,
    passwordRule: DEFAULT_PASSWORD_RULE,
    ...options.settings,
  };
  const result = await registerWith(
    browser,
    {
      settings,
      target: {
        gstin: account.gstin,
        gsp: DEFAULT_GSP,
        apiUsernameSuffix: account.suffix ?? DEMO.apiUsernameSuffix,
        portalUsername: account.login,
      },
      secrets: { portalPassword: account.password, apiPassword: DEMO.apiPassword },
    },
    {
      human: operator.human,
      terminal: new LineTerminal(
        (line) => operator.print(line),
        (text) => secrets.scrub(text),
      ),
      secrets,
      signal: options.signal,
      version: 'test',
      teach: 'teach' in options ? options.teach : true,
      onPage: (page) => {
        operator.page = page;
      },
    },
  );
  operator.human.close();
  if (operator.failure) throw operator.failure;
  return { result, operator };
}

/**
 * The portal's visible texts the page objects look for, kept as data in one place. Texts that
 * vary between sources (the "User Credentials" / "Client Credentials" menu item) or may change
 * without notice can be overridden from a JSON file (EINV_LABELS_FILE / --labels) without a
 * code change. Every value is a list: the first that matches on the page wins.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './errors.js';

export const DEFAULT_LABELS = {
  loginButton: ['Login'],
  loginOtpVerify: ['Verify OTP'],
  resendOtp: ['Resend OTP'],
  dashboardHeading: ['Dash Board', 'Dashboard'],
  technicalContactTitle: ['Contacts of Technical Person'],
  popupExit: ['Exit', 'Close'],
  menuApiRegistration: ['API Registration'],
  menuUserCredentials: ['User Credentials', 'Client Credentials'],
  menuCreateApiUser: ['Create API User'],
  apiOtpVerify: ['Verify OTP'],
  throughGsp: ['Through GSP'],
  selectGsp: ['Select your GSP'],
  submit: ['Submit'],
} satisfies Record<string, string[]>;

export type LabelKey = keyof typeof DEFAULT_LABELS;
export type Labels = Record<LabelKey, string[]>;

const overridesSchema = z
  .object(
    Object.fromEntries(
      Object.keys(DEFAULT_LABELS).map((key) => [
        key,
        z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
      ]),
    ) as Record<LabelKey, z.ZodOptional<z.ZodUnion<[z.ZodString, z.ZodArray<z.ZodString>]>>>,
  )
  .strict();

/** Defaults with the overrides' values first, so an override wins but the defaults stay as fallbacks. */
export function mergeLabels(overrides: Partial<Record<LabelKey, string | string[]>>): Labels {
  const labels = { ...DEFAULT_LABELS } as Labels;
  for (const [key, value] of Object.entries(overrides) as [LabelKey, string | string[] | undefined][]) {
    if (value === undefined) continue;
    const first = Array.isArray(value) ? value : [value];
    labels[key] = [...first, ...DEFAULT_LABELS[key].filter((label) => !first.includes(label))];
  }
  return labels;
}

export function loadLabels(file: string | undefined): Labels {
  if (!file) return mergeLabels({});
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError([`labels file ${file}: ${(error as Error).message}`]);
  }
  const parsed = overridesSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `labels file ${file}: ${i.path.join('.') || '(top)'} ${i.message}`),
    );
  }
  return mergeLabels(parsed.data);
}

/**
 * The labels file that makes the bot look for these texts first (what `drift` suggests when
 * the portal renames something), e.g. `{"menuUserCredentials":"API User Credentials"}`.
 */
export function labelsOverride(texts: Partial<Record<LabelKey, string>>): string {
  return JSON.stringify(texts);
}

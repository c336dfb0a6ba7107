/**
 * Reading the portal's verdicts. Its alert and error texts after login are unpublished, so
 * only their gist is read here, and always in the light of the screen now showing (the flow
 * decides that first: back at the login page is an expired session, whatever a text says).
 */

/**
 * Whether a text says the session ended (expired, timed out, logged out, "login again"): the
 * page may say so before it goes back to the login page, or instead of going there.
 */
export function saysSessionEnded(text: string): boolean {
  if (/session/i.test(text) && /expire|time\s*-?\s*out|timed\s*out|ended|invalid|no longer/i.test(text))
    return true;
  return /(logged|signed)\s*out|log\s*-?\s*in again|sign\s*-?\s*in again/i.test(text);
}

/** What to do after an alert on the login page. Texts are known only by their start. */
export function loginRefusal(text: string): 'captcha' | 'blocked' | 'credentials' {
  if (/captcha/i.test(text)) return 'captcha';
  if (/block|lock|disabled|suspend/i.test(text)) return 'blocked';
  return 'credentials';
}

/** Words that refuse an OTP as such ("Invalid OTP", "OTP does not match"). */
export const OTP_REFUSED =
  /invalid|wrong|incorrect|not\s+(correct|valid|match)|mismatch|does\s*n[o']t\s+match/i;

/** Words that take an OTP ("OTP verified successfully"): the page is going on, not refusing. */
export const saysOtpAccepted = (text: string): boolean =>
  /\b(verified|validated|authenticated|accepted)\b|\bsuccess/i.test(text) &&
  !OTP_REFUSED.test(text) &&
  !/\b(not|unable|failed|cannot)\b|n't/i.test(text) &&
  // "OTP sent successfully" is news of an OTP, not one taken.
  !/\b(re-?sent|sent|delivered|generated)\b/i.test(text);

/** A refusal that leaves open whether the OTP was wrong or too old ("invalid or expired"). */
const EITHER_WRONG_OR_EXPIRED =
  /\b(invalid|incorrect|wrong|not\s+(correct|valid))\s+or\s+(has\s+)?(been\s+)?expired|\bexpired\s+or\s+(is\s+)?(invalid|incorrect|wrong)/i;

/**
 * OTP texts are unpublished, and another release words them otherwise: they are read by meaning.
 * An OTP that can no longer be used (expired, its validity over, too many tries, "generate a new
 * one") is told apart from a wrong one ("invalid", "not correct", "attempts are limited"), and a
 * new OTP sent ("resent", "a fresh OTP is sent") is news, not a refusal.
 */
export function otpVerdict(text: string): 'notice' | 'expired' | 'wrong' {
  const wrong = OTP_REFUSED.test(text);
  const unusable =
    /expire|validity|no\s+longer\s+valid|exceed|maximum|too\s+many|(generate|request)\s+a\s+(new|fresh)/i.test(
      text,
    );
  const sent = /\b(re-?sent|sent|re-?generated|delivered)\b/i.test(text) && /otp|code|mobile|sms/i.test(text);
  // "Incorrect or has expired" does not say which: a person types the OTP they have once more
  // before asking for a new one, as for a wrong one (the attempts run out into a resend).
  if (unusable && EITHER_WRONG_OR_EXPIRED.test(text)) return 'wrong';
  if (unusable) return 'expired';
  if (sent && !wrong) return 'notice';
  return 'wrong';
}

/**
 * After Submit, by meaning. Username texts first: "User Name already exists" is not "already
 * registered"; a GSP "already mapped" to the GSTIN is. A text that says none of these is
 * "other", and is quoted as it stands.
 */
export function submitVerdict(
  text: string,
): 'username-taken' | 'already-registered' | 'password' | 'success' | 'other' {
  if (/user\s*-?\s*name/i.test(text) && /exist|taken|already|not\s+available|in\s+use|different/i.test(text))
    return 'username-taken';
  if (/already/i.test(text)) return 'already-registered';
  // A success that reminds of the password ("Please note the username and password") is a success.
  const succeeded =
    /success|has been (created|registered|generated)/i.test(text) &&
    !/\b(not|unable|failed|cannot)\b|n't/i.test(text);
  if (/password/i.test(text) && !succeeded) return 'password';
  if (/success|created|registered|generated/i.test(text)) return 'success';
  return 'other';
}

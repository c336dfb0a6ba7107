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

/** OTP texts are unpublished: only "resent" notices are told apart from refusals. */
export function otpVerdict(text: string): 'notice' | 'expired' | 'wrong' {
  if (/resent|has been sent/i.test(text) && !/invalid|wrong|incorrect|expired/i.test(text)) return 'notice';
  if (/expire|exceed|attempt|limit/i.test(text)) return 'expired';
  return 'wrong';
}

/** After Submit. Username texts first: "User Name already exists" is not "already registered". */
export function submitVerdict(
  text: string,
): 'username-taken' | 'already-registered' | 'password' | 'success' | 'other' {
  if (/user\s*-?\s*name/i.test(text) && /exist|taken|already|not available|in use/i.test(text))
    return 'username-taken';
  if (/already/i.test(text)) return 'already-registered';
  if (/password/i.test(text)) return 'password';
  if (/success|created|registered/i.test(text)) return 'success';
  return 'other';
}

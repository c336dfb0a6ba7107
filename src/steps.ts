/**
 * The steps of registering one GSTIN, in the portal guide's order, with the titles the
 * terminal and the report show. Data only: the flow runs them, recordings and drift name them
 * by their ids; a person reads only their titles.
 */
export const STEPS = {
  openPortal: 'Open the portal',
  signIn: 'Sign in (username, password, captcha)',
  twoFactor: 'Second factor (login OTP)',
  dashboard: 'Dashboard (close the technical-contact popup, check the GSTIN)',
  openCreateApiUser: 'Open API Registration → User Credentials → Create API User',
  apiOtp: 'API registration OTP',
  throughGsp: 'Choose "Through GSP" and check the registered GSPs',
  fillCredentials: 'Choose the GSP and fill the username and passwords',
  submit: 'Submit and read the confirmation',
} as const;

export type StepName = keyof typeof STEPS;

export function stepCount(dryRun: boolean): number {
  return Object.keys(STEPS).length - (dryRun ? 1 : 0);
}

/**
 * A step as the operator reads it (its title), never its id in the code. An id this version
 * does not know (a report written by another version) is shown as it is; none, as nothing.
 */
export function stepTitle(step: string | undefined): string {
  return (step && STEPS[step as StepName]) ?? step ?? '';
}

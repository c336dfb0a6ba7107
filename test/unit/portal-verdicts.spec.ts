import { expect, test } from '@playwright/test';
import { otpVerdict, saysSessionEnded, submitVerdict } from '../../flows/portal-verdicts.js';

/** Texts a portal may show when the session ended, and texts it shows for other reasons. */
const ENDED = [
  'Your session has expired. Please login again.',
  'Session Timeout! Please log in again.',
  'Your session timed out due to inactivity.',
  'Session is invalid or has ended.',
  'You have been logged out.',
  'Please Login again to continue',
];
const OTHER = [
  'OTP has expired. Please click on Resend OTP.',
  'Invalid OTP. Please enter the valid OTP.',
  'Invalid Login Credentials. Please check the username and password.',
  'API User created successfully.',
  'Password does not meet the password policy.',
];

test('a text saying the session ended is told apart from refusals and news', () => {
  expect(ENDED.filter((text) => !saysSessionEnded(text))).toEqual([]);
  expect(OTHER.filter(saysSessionEnded)).toEqual([]);
});

test('an OTP that expired is still an OTP verdict, and an unknown Submit answer is "other"', () => {
  expect(otpVerdict('OTP has expired. Please click on Resend OTP.')).toBe('expired');
  expect(submitVerdict('Request processed (ref. RG-4711).')).toBe('other');
});

test('an OTP refused as "incorrect or expired" is asked again, as a wrong one is; one said expired alone is not', () => {
  expect(
    [
      'Invalid OTP The OTP you entered is incorrect or has expired. Enter the OTP sent to ******4821, or resend it.',
      'OTP is invalid or expired.',
      'The OTP has expired or is invalid.',
      'Entered OTP is wrong or has been expired',
    ].map(otpVerdict),
  ).toEqual(['wrong', 'wrong', 'wrong', 'wrong']);
  expect(
    [
      'OTP has expired. Please click on Resend OTP.',
      'Invalid OTP: its validity is over, request a new one.',
    ].map(otpVerdict),
  ).toEqual(['expired', 'expired']);
});

test('a success that reminds of the password is a success; a password refused is not', () => {
  expect(
    submitVerdict(
      'API User API_acme01 has been created successfully for the GSP DEFMACRO SOFTWARE PRIVATE LIMITED. Please note the username and password; they are required for the Authentication API.',
    ),
  ).toBe('success');
  expect(submitVerdict('Password does not meet the password policy.')).toBe('password');
  expect(submitVerdict('The password could not be set successfully.')).toBe('password');
});

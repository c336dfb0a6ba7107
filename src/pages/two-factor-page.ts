/** The mandatory second factor after the password (since April 2025): an OTP to the registered mobile. */
import type { Page } from 'playwright';
import type { Labels } from '../labels.js';
import { OtpPanel } from './otp-panel.js';

export class TwoFactorPage extends OtpPanel {
  constructor(page: Page, labels: Labels) {
    super(page, labels.loginOtpVerify, labels.resendOtp, {
      field: '#txtOtp',
      verify: '#btnVerifyOTP',
      resend: '#btnResendOTP',
    });
  }
}

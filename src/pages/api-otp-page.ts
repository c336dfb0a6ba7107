/** "Create API User" first sends an OTP to the registered mobile and asks for it here. */
import type { Page } from 'playwright';
import type { Labels } from '../labels.js';
import { OtpPanel } from './otp-panel.js';

export class ApiOtpPage extends OtpPanel {
  constructor(page: Page, labels: Labels) {
    super(page, labels.apiOtpVerify, labels.resendOtp, {
      field: '#txtOTP',
      verify: '#btnVerify',
      resend: '#btnResend',
    });
  }
}

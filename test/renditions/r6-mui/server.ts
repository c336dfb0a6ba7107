/**
 * Rendition r6-mui: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a team would build it today with
 * React + Material UI v5: one HTML shell and a hashed JS bundle, a JSON API called with fetch,
 * client-side routing with history.pushState, and the DOM that MUI really produces: Dialogs in a
 * portal at the end of body with a separate Backdrop (and aria-hidden on #root while open),
 * outlined TextFields with floating labels and a notched fieldset/legend, a non-native Select
 * whose menu is a Popover with an invisible backdrop and a role=listbox, radios whose input is an
 * invisible overlay, a permanent Drawer with nested Collapse lists (unmounted when closed),
 * Alerts, Snackbars that autohide, a Table, and 401 JSON answers when asked to expire.
 * Every line of markup, style and script is written here; no library files.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a session may be made to expire once: the first API call of that stage answers 401. */
export type R6MuiExpiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R6MuiOptions {
  expireOnce?: R6MuiExpiry;
  gstin?: string;
  tradeName?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
  /** The middle menu item: "User Credentials" (default) or, as some guides say, "Client Credentials". */
  credentialsLabel?: string;
  /** Whether the technical-contact popup opens after login (default true). */
  techPopup?: boolean;
}

export interface R6MuiUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface R6MuiState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R6MuiUser[];
  /**
   * What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate'
   * (GSTIN already registered with that GSP), 'username-taken'.
   */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R6MuiRendition {
  url: string;
  close(): Promise<void>;
  state: R6MuiState;
}

const LOGIN = { username: 'gstmh27admin', password: 'Mui@2025#Einv' };
const MOBILE = 'XXXXXX7781';
const COOKIE = 'einv_sid';
const BUNDLE = '/static/js/main.8c1f3a2d.js';

/** [value, text] of the GSP Select; values are invented ids, texts as the public guides spell them. */
const GSPS: [string, string][] = [
  ['104', 'Adaequare Info Private Limited'],
  ['117', 'BVM IT Consulting Services India Private Limited'],
  ['121', 'Chartered Information Systems Private Limited'],
  ['126', 'Cygnet Infotech Private Ltd'],
  ['131', 'DEFMACRO SOFTWARE PRIVATE LIMITED'],
  ['148', 'IRIS BUSINESS SERVICES LIMITED'],
  ['153', 'Masters India Private Limited'],
  ['169', 'Tally ( India) Private Ltd'],
  ['172', 'Tera Software Limited'],
  ['185', 'Vay Network Services Pvt. Ltd.'],
  ['190', 'Webtel Electrosoft Private Limited'],
];

const USERNAME_RULE = /^[A-Za-z0-9_]{4,20}$/;
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,20}$/;

const TEXT = {
  invalidLogin: 'Invalid Login Credentials. Please enter a valid Username and Password.',
  invalidCaptcha: 'Invalid Captcha. Please enter the characters shown in the image.',
  invalidLoginOtp: 'Invalid OTP. Please enter the OTP sent to your registered mobile number.',
  invalidApiOtp: 'Invalid OTP. Please enter the correct OTP and try again.',
  otpNotSent: 'Please request an OTP first.',
  verifyFirst: 'Please verify the OTP before creating the API user.',
  direct: 'Direct integration is allowed only for taxpayers whose AATO is above the notified threshold.',
  erp: 'No ERP or Client-Id is linked to your GSTIN.',
  userName: 'Username must be 4 to 20 characters: letters, digits or underscore.',
  password:
    'Password must be 8 to 20 characters with an upper case letter, a lower case letter, a digit and a special character.',
  mismatch: 'Passwords do not match.',
};

const CSS = `
*,*::before,*::after{box-sizing:inherit}
html{-webkit-font-smoothing:antialiased;box-sizing:border-box;-webkit-text-size-adjust:100%}
body{margin:0;color:rgba(0,0,0,0.87);font-family:"Roboto","Helvetica","Arial",sans-serif;font-weight:400;font-size:1rem;line-height:1.5;letter-spacing:0.00938em;background-color:#f5f7fa}
.MuiTypography-root{margin:0}
.MuiTypography-h4{font-weight:400;font-size:2.125rem;line-height:1.235;letter-spacing:0.00735em}
.MuiTypography-h5{font-weight:400;font-size:1.5rem;line-height:1.334}
.MuiTypography-h6{font-weight:500;font-size:1.25rem;line-height:1.6;letter-spacing:0.0075em}
.MuiTypography-subtitle2{font-weight:500;font-size:0.875rem;line-height:1.57;letter-spacing:0.00714em}
.MuiTypography-body1{font-size:1rem;line-height:1.5;letter-spacing:0.00938em}
.MuiTypography-body2{font-size:0.875rem;line-height:1.43;letter-spacing:0.01071em}
.MuiTypography-gutterBottom{margin-bottom:0.35em}
.MuiTypography-noWrap{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.MuiPaper-root{background-color:#fff;color:rgba(0,0,0,0.87);transition:box-shadow 300ms cubic-bezier(0.4,0,0.2,1) 0ms}
.MuiPaper-rounded{border-radius:4px}
.MuiPaper-elevation0{box-shadow:none}
.MuiPaper-elevation1{box-shadow:0px 2px 1px -1px rgba(0,0,0,0.2),0px 1px 1px 0px rgba(0,0,0,0.14),0px 1px 3px 0px rgba(0,0,0,0.12)}
.MuiPaper-elevation4{box-shadow:0px 2px 4px -1px rgba(0,0,0,0.2),0px 4px 5px 0px rgba(0,0,0,0.14),0px 1px 10px 0px rgba(0,0,0,0.12)}
.MuiPaper-elevation6{box-shadow:0px 3px 5px -1px rgba(0,0,0,0.2),0px 6px 10px 0px rgba(0,0,0,0.14),0px 1px 18px 0px rgba(0,0,0,0.12)}
.MuiPaper-elevation8{box-shadow:0px 5px 5px -3px rgba(0,0,0,0.2),0px 8px 10px 1px rgba(0,0,0,0.14),0px 3px 14px 2px rgba(0,0,0,0.12)}
.MuiPaper-elevation24{box-shadow:0px 11px 15px -7px rgba(0,0,0,0.2),0px 24px 38px 3px rgba(0,0,0,0.14),0px 9px 46px 8px rgba(0,0,0,0.12)}
.MuiButtonBase-root{display:inline-flex;align-items:center;justify-content:center;position:relative;box-sizing:border-box;-webkit-tap-highlight-color:transparent;background-color:transparent;outline:0;border:0;margin:0;border-radius:0;padding:0;cursor:pointer;user-select:none;vertical-align:middle;text-decoration:none;color:inherit;font-family:inherit}
.MuiButtonBase-root.Mui-disabled{pointer-events:none;cursor:default}
.MuiTouchRipple-root{overflow:hidden;pointer-events:none;position:absolute;z-index:0;inset:0;border-radius:inherit}
.MuiButton-root{font-weight:500;font-size:0.875rem;line-height:1.75;letter-spacing:0.02857em;text-transform:uppercase;min-width:64px;padding:6px 8px;border-radius:4px;transition:background-color 250ms cubic-bezier(0.4,0,0.2,1) 0ms,box-shadow 250ms cubic-bezier(0.4,0,0.2,1) 0ms,border-color 250ms cubic-bezier(0.4,0,0.2,1) 0ms,color 250ms cubic-bezier(0.4,0,0.2,1) 0ms}
.MuiButton-textPrimary{color:#1976d2}
.MuiButton-textPrimary:hover{background-color:rgba(25,118,210,0.04)}
.MuiButton-textInherit{color:inherit}
.MuiButton-textInherit:hover{background-color:rgba(255,255,255,0.08)}
.MuiButton-textError{color:#d32f2f}
.MuiButton-contained{padding:6px 16px;box-shadow:0px 3px 1px -2px rgba(0,0,0,0.2),0px 2px 2px 0px rgba(0,0,0,0.14),0px 1px 5px 0px rgba(0,0,0,0.12)}
.MuiButton-containedPrimary{color:#fff;background-color:#1976d2}
.MuiButton-containedPrimary:hover{background-color:#1565c0}
.MuiButton-containedError{color:#fff;background-color:#d32f2f}
.MuiButton-containedError:hover{background-color:#c62828}
.MuiButton-outlined{padding:5px 15px;border:1px solid rgba(25,118,210,0.5)}
.MuiButton-outlinedPrimary{color:#1976d2}
.MuiButton-outlinedError{color:#d32f2f;border-color:rgba(211,47,47,0.5)}
.MuiButton-fullWidth{width:100%}
.MuiButton-root.Mui-disabled{color:rgba(0,0,0,0.26)}
.MuiButton-contained.Mui-disabled{box-shadow:none;background-color:rgba(0,0,0,0.12)}
.MuiButton-outlined.Mui-disabled{border:1px solid rgba(0,0,0,0.12)}
.MuiIconButton-root{text-align:center;flex:0 0 auto;font-size:1.5rem;padding:8px;border-radius:50%;overflow:visible;color:rgba(0,0,0,0.54);transition:background-color 150ms cubic-bezier(0.4,0,0.2,1) 0ms}
.MuiIconButton-root:hover{background-color:rgba(0,0,0,0.04)}
.MuiIconButton-edgeEnd{margin-right:-12px}
.MuiSvgIcon-root{user-select:none;width:1em;height:1em;display:inline-block;fill:currentColor;flex-shrink:0;transition:fill 200ms cubic-bezier(0.4,0,0.2,1) 0ms;font-size:1.5rem}
.MuiSvgIcon-fontSizeInherit{font-size:inherit}
.MuiFormControl-root{display:inline-flex;flex-direction:column;position:relative;min-width:0;padding:0;margin:0;border:0;vertical-align:top}
.MuiFormControl-marginNormal{margin-top:16px;margin-bottom:8px}
.MuiFormControl-fullWidth{width:100%}
.MuiFormLabel-root{color:rgba(0,0,0,0.6);font-weight:400;font-size:1rem;line-height:1.4375em;letter-spacing:0.00938em;padding:0;position:relative}
.MuiFormLabel-root.Mui-focused{color:#1976d2}
.MuiFormLabel-root.Mui-error,.MuiFormLabel-asterisk.Mui-error{color:#d32f2f}
.MuiInputLabel-root{display:block;transform-origin:top left;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:100%}
.MuiInputLabel-formControl{position:absolute;left:0;top:0;transform:translate(0,20px) scale(1)}
.MuiInputLabel-animated{transition:color 200ms cubic-bezier(0,0,0.2,1) 0ms,transform 200ms cubic-bezier(0,0,0.2,1) 0ms,max-width 200ms cubic-bezier(0,0,0.2,1) 0ms}
.MuiInputLabel-outlined{z-index:1;pointer-events:none;transform:translate(14px,16px) scale(1);max-width:calc(100% - 24px)}
.MuiInputLabel-outlined.MuiInputLabel-shrink{max-width:calc(133% - 32px);transform:translate(14px,-9px) scale(0.75);pointer-events:auto;user-select:none}
.MuiInputBase-root{font-weight:400;font-size:1rem;line-height:1.4375em;letter-spacing:0.00938em;color:rgba(0,0,0,0.87);box-sizing:border-box;position:relative;cursor:text;display:inline-flex;align-items:center}
.MuiInputBase-fullWidth{width:100%}
.MuiOutlinedInput-root{position:relative;border-radius:4px}
.MuiOutlinedInput-root:hover .MuiOutlinedInput-notchedOutline{border-color:rgba(0,0,0,0.87)}
.MuiOutlinedInput-root.Mui-focused .MuiOutlinedInput-notchedOutline{border-color:#1976d2;border-width:2px}
.MuiOutlinedInput-root.Mui-error .MuiOutlinedInput-notchedOutline{border-color:#d32f2f}
.MuiInputBase-adornedStart{padding-left:14px}
.MuiInputBase-adornedEnd{padding-right:14px}
.MuiInputBase-input{font:inherit;letter-spacing:inherit;color:currentColor;padding:4px 0 5px;border:0;box-sizing:content-box;background:none;height:1.4375em;margin:0;-webkit-tap-highlight-color:transparent;display:block;min-width:0;width:100%}
.MuiInputBase-input:focus{outline:0}
.MuiOutlinedInput-input{padding:16.5px 14px}
.MuiInputBase-inputAdornedStart{padding-left:0}
.MuiInputBase-inputAdornedEnd{padding-right:0}
.MuiOutlinedInput-notchedOutline{text-align:left;position:absolute;bottom:0;right:0;top:-5px;left:0;margin:0;padding:0 8px;pointer-events:none;border-radius:inherit;border-style:solid;border-width:1px;overflow:hidden;min-width:0%;border-color:rgba(0,0,0,0.23)}
.css-yjsfm1,.css-14lo706{float:unset;width:auto;overflow:hidden;display:block;padding:0;height:11px;font-size:0.75em;visibility:hidden;white-space:nowrap}
.css-yjsfm1{max-width:0.01px;transition:max-width 50ms cubic-bezier(0,0,0.2,1) 0ms}
.css-14lo706{max-width:100%;transition:max-width 100ms cubic-bezier(0,0,0.2,1) 50ms}
.css-yjsfm1>span,.css-14lo706>span{padding-left:5px;padding-right:5px;display:inline-block;opacity:0;visibility:visible}
.MuiInputAdornment-root{display:flex;height:0.01em;max-height:2em;align-items:center;white-space:nowrap;color:rgba(0,0,0,0.54)}
.MuiInputAdornment-positionStart{margin-right:8px}
.MuiInputAdornment-positionEnd{margin-left:8px}
.MuiInputAdornment-root .MuiTypography-body1{color:rgba(0,0,0,0.6)}
.MuiFormHelperText-root{color:rgba(0,0,0,0.6);font-weight:400;font-size:0.75rem;line-height:1.66;letter-spacing:0.03333em;text-align:left;margin:3px 0 0}
.MuiFormHelperText-contained{margin:3px 14px 0}
.MuiFormHelperText-root.Mui-error{color:#d32f2f}
.MuiSelect-select{-moz-appearance:none;-webkit-appearance:none;user-select:none;border-radius:4px;cursor:pointer}
.MuiSelect-select.MuiSelect-select{padding-right:32px;min-width:16px}
.MuiSelect-select.MuiInputBase-input{height:auto;min-height:1.4375em;text-overflow:ellipsis;white-space:nowrap;overflow:hidden}
.MuiSelect-nativeInput{bottom:0;left:0;position:absolute;opacity:0;pointer-events:none;width:100%;box-sizing:border-box}
.MuiSelect-icon{position:absolute;right:7px;top:calc(50% - 0.5em);pointer-events:none;color:rgba(0,0,0,0.54)}
.MuiSelect-iconOpen{transform:rotate(180deg)}
.MuiModal-root{position:fixed;z-index:1300;inset:0}
.MuiBackdrop-root{position:fixed;display:flex;align-items:center;justify-content:center;inset:0;background-color:rgba(0,0,0,0.5);-webkit-tap-highlight-color:transparent}
.MuiModal-backdrop{z-index:-1}
.MuiBackdrop-invisible{background-color:transparent}
.MuiDialog-container{height:100%;outline:0}
.MuiDialog-scrollPaper{display:flex;justify-content:center;align-items:center}
.MuiDialog-paper{margin:32px;position:relative;overflow-y:auto;display:flex;flex-direction:column;max-height:calc(100% - 64px)}
.MuiDialog-paperWidthXs{max-width:444px}
.MuiDialog-paperWidthSm{max-width:600px}
.MuiDialog-paperFullWidth{width:calc(100% - 64px)}
.MuiDialogTitle-root{margin:0;padding:16px 24px;flex:0 0 auto}
.MuiDialogContent-root{flex:1 1 auto;-webkit-overflow-scrolling:touch;overflow-y:auto;padding:20px 24px}
.MuiDialogTitle-root+.MuiDialogContent-root,.MuiDialogTitle-root+form>.MuiDialogContent-root{padding-top:0}
.MuiDialogContentText-root{color:rgba(0,0,0,0.6)}
.MuiDialogActions-root{display:flex;align-items:center;padding:8px;justify-content:flex-end;flex:0 0 auto}
.MuiDialogActions-spacing>:not(:first-of-type){margin-left:8px}
.MuiPopover-paper{position:absolute;overflow-y:auto;overflow-x:hidden;min-width:16px;min-height:16px;max-width:calc(100% - 32px);max-height:calc(100% - 32px);outline:0}
.MuiMenu-paper{max-height:calc(100% - 96px);-webkit-overflow-scrolling:touch}
.MuiList-root{list-style:none;margin:0;padding:0;position:relative}
.MuiList-padding{padding-top:8px;padding-bottom:8px}
.MuiMenu-list{outline:0}
.MuiMenuItem-root{font-size:1rem;line-height:1.5;letter-spacing:0.00938em;display:flex;justify-content:flex-start;align-items:center;position:relative;text-decoration:none;min-height:48px;padding:6px 16px;box-sizing:border-box;white-space:nowrap}
@media (min-width:600px){.MuiMenuItem-root{min-height:auto}}
.MuiMenuItem-root:hover{background-color:rgba(0,0,0,0.04)}
.MuiMenuItem-root:focus{background-color:rgba(0,0,0,0.08)}
.MuiMenuItem-root.Mui-selected{background-color:rgba(25,118,210,0.08)}
.MuiMenuItem-root.Mui-selected:focus,.MuiMenuItem-root.Mui-selected:hover{background-color:rgba(25,118,210,0.16)}
.MuiAppBar-root{display:flex;flex-direction:column;width:100%;box-sizing:border-box;flex-shrink:0;position:fixed;z-index:1100;top:0;left:auto;right:0;background-color:#1976d2;color:#fff}
.MuiAppBar-root.MuiPaper-root{background-color:#1976d2;color:#fff;border-radius:0}
.MuiToolbar-root{position:relative;display:flex;align-items:center;min-height:56px}
.MuiToolbar-gutters{padding-left:16px;padding-right:16px}
@media (min-width:600px){.MuiToolbar-gutters{padding-left:24px;padding-right:24px}.MuiToolbar-regular{min-height:64px}}
.MuiDrawer-docked{flex:0 0 auto}
.MuiDrawer-paper{overflow-y:auto;display:flex;flex-direction:column;height:100%;flex:1 0 auto;z-index:1200;-webkit-overflow-scrolling:touch;position:fixed;top:0;outline:0;left:0}
.MuiDrawer-paperAnchorDockedLeft{border-right:1px solid rgba(0,0,0,0.12)}
.MuiListItemButton-root{display:flex;flex-grow:1;justify-content:flex-start;align-items:center;position:relative;text-decoration:none;min-width:0;box-sizing:border-box;text-align:left;padding-top:8px;padding-bottom:8px;transition:background-color 150ms cubic-bezier(0.4,0,0.2,1) 0ms}
.MuiListItemButton-gutters{padding-left:16px;padding-right:16px}
.MuiListItemButton-root:hover{background-color:rgba(0,0,0,0.04)}
.MuiListItemButton-root.Mui-selected{background-color:rgba(25,118,210,0.08)}
.MuiListItemIcon-root{min-width:56px;color:rgba(0,0,0,0.54);flex-shrink:0;display:inline-flex}
.MuiListItemText-root{flex:1 1 auto;min-width:0;margin-top:4px;margin-bottom:4px}
.MuiListItemButton-root.Mui-selected .MuiListItemText-primary{color:#1976d2;font-weight:500}
.MuiDivider-root{margin:0;flex-shrink:0;border-width:0;border-style:solid;border-color:rgba(0,0,0,0.12);border-bottom-width:thin}
.MuiCollapse-root{height:0;overflow:hidden;transition:height 300ms cubic-bezier(0.4,0,0.2,1) 0ms}
.MuiCollapse-root.MuiCollapse-entered{height:auto;overflow:visible}
.MuiCollapse-hidden{visibility:hidden}
.MuiCollapse-wrapper{display:flex;width:100%}
.MuiCollapse-wrapperInner{width:100%}
.MuiFormGroup-root{display:flex;flex-direction:column;flex-wrap:wrap}
.MuiFormGroup-row{flex-direction:row}
.MuiFormControlLabel-root{display:inline-flex;align-items:center;cursor:pointer;vertical-align:middle;-webkit-tap-highlight-color:transparent;margin-left:-11px;margin-right:16px}
.MuiRadio-root{padding:9px;border-radius:50%;color:rgba(0,0,0,0.6)}
.MuiRadio-root.Mui-checked{color:#1976d2}
.MuiRadio-root:hover{background-color:rgba(25,118,210,0.04)}
.PrivateSwitchBase-input{cursor:inherit;position:absolute;opacity:0;width:100%;height:100%;top:0;left:0;margin:0;padding:0;z-index:1}
.css-hyxlzm{position:relative;display:flex}
.css-q8lw68{transform:scale(1)}
.css-1u5ei5s{left:0;position:absolute;transform:scale(0);transition:transform 150ms cubic-bezier(0.4,0,1,1) 0ms}
.Mui-checked .css-1u5ei5s{transform:scale(1);transition:transform 150ms cubic-bezier(0,0,0.2,1) 0ms}
.MuiAlert-root{display:flex;padding:6px 16px;font-weight:400;font-size:0.875rem;line-height:1.43;letter-spacing:0.01071em;border-radius:4px}
.MuiAlert-icon{margin-right:12px;padding:7px 0;display:flex;font-size:22px;opacity:0.9}
.MuiAlert-message{padding:8px 0;min-width:0;overflow:auto}
.MuiAlert-action{display:flex;align-items:flex-start;padding:4px 0 0 16px;margin-left:auto;margin-right:-8px}
.MuiAlert-standardSuccess{color:rgb(30,70,32);background-color:rgb(237,247,237)}
.MuiAlert-standardSuccess .MuiAlert-icon{color:#2e7d32}
.MuiAlert-standardError{color:rgb(95,33,32);background-color:rgb(253,237,237)}
.MuiAlert-standardError .MuiAlert-icon{color:#d32f2f}
.MuiAlert-standardInfo{color:rgb(1,67,97);background-color:rgb(229,246,253)}
.MuiAlert-standardInfo .MuiAlert-icon{color:#0288d1}
.MuiAlert-standardWarning{color:rgb(102,60,0);background-color:rgb(255,244,229)}
.MuiAlert-standardWarning .MuiAlert-icon{color:#ed6c02}
.MuiAlert-filledSuccess{color:#fff;font-weight:500;background-color:#2e7d32}
.MuiAlert-filledError{color:#fff;font-weight:500;background-color:#d32f2f}
.MuiAlert-root .MuiIconButton-root{color:inherit}
.MuiSnackbar-root{z-index:1400;position:fixed;display:flex;left:8px;right:8px;justify-content:center;align-items:center;bottom:8px}
@media (min-width:600px){.MuiSnackbar-anchorOriginBottomLeft{bottom:24px;left:24px;right:auto;justify-content:flex-start}}
.MuiSnackbarContent-root{font-weight:400;font-size:0.875rem;line-height:1.43;letter-spacing:0.01071em;color:#fff;display:flex;align-items:center;flex-wrap:wrap;padding:6px 16px;border-radius:4px;flex-grow:1}
@media (min-width:600px){.MuiSnackbarContent-root{flex-grow:initial;min-width:288px}}
.MuiSnackbarContent-message{padding:8px 0;display:flex;align-items:center;gap:10px}
.css-1g7v3kd{background-color:#d32f2f}
.MuiCard-root{overflow:hidden}
.MuiCardHeader-root{display:flex;align-items:center;padding:16px}
.MuiCardHeader-content{flex:1 1 auto}
.MuiCardHeader-title{display:block}
.MuiCardHeader-subheader{display:block;color:rgba(0,0,0,0.6)}
.MuiCardContent-root{padding:16px}
.MuiCardContent-root:last-child{padding-bottom:24px}
.MuiCardActions-root{display:flex;align-items:center;padding:8px 16px 16px}
.MuiCardActions-spacing>:not(:first-of-type){margin-left:8px}
.MuiTableContainer-root{width:100%;overflow-x:auto}
.MuiTable-root{display:table;width:100%;border-collapse:collapse;border-spacing:0}
.MuiTableHead-root{display:table-header-group}
.MuiTableBody-root{display:table-row-group}
.MuiTableRow-root{color:inherit;display:table-row;vertical-align:middle;outline:0}
.MuiTableCell-root{font-weight:400;font-size:0.875rem;line-height:1.43;letter-spacing:0.01071em;display:table-cell;vertical-align:inherit;border-bottom:1px solid rgba(224,224,224,1);text-align:left;padding:16px;color:rgba(0,0,0,0.87)}
.MuiTableCell-head{font-weight:500;line-height:1.5rem}
.MuiTableRow-head{background-color:#fafafa}
.MuiChip-root{display:inline-flex;align-items:center;justify-content:center;height:24px;border-radius:16px;font-size:0.8125rem;background-color:#2e7d32;color:#fff;padding:0 8px}
.MuiContainer-root{width:100%;margin-left:auto;box-sizing:border-box;margin-right:auto;display:block;padding-left:16px;padding-right:16px}
@media (min-width:600px){.MuiContainer-root{padding-left:24px;padding-right:24px}}
@media (min-width:900px){.MuiContainer-maxWidthMd{max-width:900px}}
@media (min-width:1200px){.MuiContainer-maxWidthLg{max-width:1200px}}
.MuiCircularProgress-root{display:inline-block;animation:mui-spin 1.4s linear infinite;color:inherit;width:20px;height:20px;margin-right:8px}
.MuiCircularProgress-root circle{stroke:currentColor;stroke-dasharray:80px,200px;stroke-dashoffset:0}
@keyframes mui-spin{0%{transform:rotate(0deg)}100%{transform:rotate(360deg)}}
.css-1r4vbrx{display:flex}
.css-k008qs{display:flex;min-height:100vh}
.css-1fhq6ns{flex-grow:1;padding:24px;min-width:0}
.css-gtm0ny{width:272px;flex-shrink:0}
.css-gtm0ny>.MuiDrawer-paper{width:272px;box-sizing:border-box}
.css-1v8l2ig{display:flex;align-items:center;gap:8px;margin-top:8px}
.css-1v8l2ig img{border:1px solid rgba(0,0,0,0.23);border-radius:4px;background:#f1f3f4}
.css-17vdz66{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:24px;margin-top:16px}
.css-1k2z0wm{display:flex;flex-direction:column;gap:16px;margin-top:16px;max-width:880px}
.css-xh0a2i{flex-grow:1}
.css-mhc70k{display:flex;flex-direction:column;align-items:flex-end;margin-right:16px;line-height:1.2}
.css-9l3uo3{padding:64px 0}
`;

const CLIENT = String.raw`(function () {
  'use strict';
  const CFG = JSON.parse(document.getElementById('r6-config').textContent);
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const ICONS = {
    Visibility: 'M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5zM12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5zm0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3z',
    VisibilityOff: 'M12 7c2.76 0 5 2.24 5 5 0 .65-.13 1.26-.36 1.83l2.92 2.92c1.51-1.26 2.7-2.89 3.43-4.75-1.73-4.39-6-7.5-11-7.5-1.4 0-2.74.25-3.98.7l2.16 2.16C10.74 7.13 11.35 7 12 7zM2 4.27l2.28 2.28.46.46C3.08 8.3 1.78 10.02 1 12c1.73 4.39 6 7.5 11 7.5 1.55 0 3.03-.3 4.38-.84l.42.42L19.73 22 21 20.73 3.27 3 2 4.27zM7.53 9.8l1.55 1.55c-.05.21-.08.43-.08.65 0 1.66 1.34 3 3 3 .22 0 .44-.03.65-.08l1.55 1.55c-.67.33-1.41.53-2.2.53-2.76 0-5-2.24-5-5 0-.79.2-1.53.53-2.2zm4.31-.78 3.15 3.15.02-.16c0-1.66-1.34-3-3-3l-.17.01z',
    Refresh: 'M17.65 6.35C16.2 4.9 14.21 4 12 4c-4.42 0-7.99 3.58-7.99 8s3.57 8 7.99 8c3.73 0 6.84-2.55 7.73-6h-2.08c-.82 2.33-3.04 4-5.65 4-3.31 0-6-2.69-6-6s2.69-6 6-6c1.66 0 3.14.69 4.22 1.78L13 11h7V4l-2.35 2.35z',
    ArrowDropDown: 'M7 10l5 5 5-5z',
    ExpandLess: 'm12 8-6 6 1.41 1.41L12 10.83l4.59 4.58L18 14z',
    ExpandMore: 'M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z',
    RadioButtonUnchecked: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z',
    RadioButtonChecked: 'M8.465 8.465C9.37 7.56 10.62 7 12 7C14.76 7 17 9.24 17 12C17 13.38 16.44 14.63 15.535 15.535C14.63 16.44 13.38 17 12 17C9.24 17 7 14.76 7 12C7 10.62 7.56 9.37 8.465 8.465Z',
    SuccessOutlined: 'M20,12A8,8 0 0,1 12,20A8,8 0 0,1 4,12A8,8 0 0,1 12,4C12.76,4 13.5,4.11 14.2, 4.31L15.77,2.74C14.61,2.26 13.34,2 12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12M7.91,10.08L6.5,11.5L11,16L21,6L19.59,4.58L11,13.17L7.91,10.08Z',
    ErrorOutline: 'M11 15h2v2h-2zm0-8h2v6h-2zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z',
    InfoOutlined: 'M11,9H13V7H11M12,20C7.59,20 4,16.41 4,12C4,7.59 7.59,4 12,4C16.41,4 20,7.59 20,12C20,16.41 16.41,20 12,20M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2M11,17H13V11H11V17Z',
    ReportProblemOutlined: 'M12 5.99 19.53 19H4.47L12 5.99M12 2 1 21h22L12 2zm1 14h-2v2h2v-2zm0-6h-2v4h2v-4z',
    Close: 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
    Dashboard: 'M3 13h8V3H3v10zm0 8h8v-6H3v6zm10 0h8V11h-8v10zm0-18v6h8V3h-8z',
    Receipt: 'M18 17H6v-2h12v2zm0-4H6v-2h12v2zm0-4H6V7h12v2zM3 22l1.5-1.5L6 22l1.5-1.5L9 22l1.5-1.5L12 22l1.5-1.5L15 22l1.5-1.5L18 22l1.5-1.5L21 22V2l-1.5 1.5L18 2l-1.5 1.5L15 2l-1.5 1.5L12 2l-1.5 1.5L9 2 7.5 3.5 6 2 4.5 3.5 3 2v20z',
    Assessment: 'M19 3H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zM9 17H7v-7h2v7zm4 0h-2V7h2v10zm4 0h-2v-4h2v4z',
    Api: 'M14 12l-2 2-2-2 2-2 2 2zm-2-6 2.12 2.12 2.5-2.5L12 1 7.38 5.62l2.5 2.5L12 6zm-6 6 2.12-2.12-2.5-2.5L1 12l4.62 4.62 2.5-2.5L6 12zm12 0-2.12 2.12 2.5 2.5L23 12l-4.62-4.62-2.5 2.5L18 12zm-6 6-2.12-2.12-2.5 2.5L12 23l4.62-4.62-2.5-2.5L12 18z',
    People: 'M16 11c1.66 0 2.99-1.34 2.99-3S17.66 5 16 5c-1.66 0-3 1.34-3 3s1.34 3 3 3zm-8 0c1.66 0 2.99-1.34 2.99-3S9.66 5 8 5C6.34 5 5 6.34 5 8s1.34 3 3 3zm0 2c-2.33 0-7 1.17-7 3.5V19h14v-2.5c0-2.33-4.67-3.5-7-3.5zm8 0c-.29 0-.62.02-.97.05 1.16.84 1.97 1.97 1.97 3.45V19h6v-2.5c0-2.33-4.67-3.5-7-3.5z',
    Logout: 'm17 7-1.41 1.41L18.17 11H8v2h10.17l-2.58 2.58L17 17l5-5zM4 5h8V3H4c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h8v-2H4V5z'
  };
  const ALERT_ICONS = { success: 'SuccessOutlined', error: 'ErrorOutline', info: 'InfoOutlined', warning: 'ReportProblemOutlined' };
  const EASE = 'cubic-bezier(0.4, 0, 0.2, 1)';
  const rootEl = document.getElementById('root');
  let idSeq = 0;
  const hashes = {};

  function useId() { idSeq += 1; return ':r' + idSeq.toString(36) + ':'; }
  function css(name) {
    if (hashes[name]) return hashes[name];
    let x = 5381;
    for (let i = 0; i < name.length; i++) x = ((x * 33) ^ name.charCodeAt(i)) >>> 0;
    hashes[name] = 'css-' + (x.toString(36) + 'q7k').slice(0, 6);
    return hashes[name];
  }
  function cx() { return Array.prototype.filter.call(arguments, Boolean).join(' '); }
  function cap(s) { return s.charAt(0).toUpperCase() + s.slice(1); }
  function h(tag, props, kids) {
    const el = document.createElement(tag);
    if (props) {
      for (const k of Object.keys(props)) {
        const v = props[k];
        if (v === undefined || v === null || v === false) continue;
        if (k === 'class') el.className = v;
        else if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
        else el.setAttribute(k, v === true ? '' : String(v));
      }
    }
    add(el, kids);
    return el;
  }
  function add(el, kids) {
    if (kids === undefined || kids === null) return;
    if (!Array.isArray(kids)) kids = [kids];
    for (const k of kids) {
      if (k === undefined || k === null || k === false) continue;
      el.appendChild(typeof k === 'string' ? document.createTextNode(k) : k);
    }
  }
  function icon(name, extra) {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', cx('MuiSvgIcon-root', extra && extra.indexOf('fontSize') !== -1 ? '' : 'MuiSvgIcon-fontSizeMedium', extra, css('svg' + (extra || ''))));
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('data-testid', name + 'Icon');
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', ICONS[name]);
    svg.appendChild(path);
    return svg;
  }
  function ripple() { return h('span', { class: cx('MuiTouchRipple-root', css('ripple')) }); }
  function typo(tag, variant, kids, extra) {
    return h(tag, { class: cx('MuiTypography-root', 'MuiTypography-' + variant, extra, css('typo-' + variant + (extra || ''))) }, kids);
  }
  function reflow(el) { return el.getBoundingClientRect().height; }

  /* ButtonBase on a non-button element: Enter clicks on keydown, Space on keyup. */
  function buttonBaseKeys(el) {
    el.addEventListener('keydown', (e) => {
      if (e.target !== el) return;
      if (e.key === ' ') e.preventDefault();
      if (e.key === 'Enter') { e.preventDefault(); el.click(); }
    });
    el.addEventListener('keyup', (e) => {
      if (e.target === el && e.key === ' ') el.click();
    });
  }

  function button(text, o) {
    o = o || {};
    const variant = o.variant || 'text';
    const color = o.color || 'primary';
    const b = h('button', {
      class: cx('MuiButtonBase-root', 'MuiButton-root', 'MuiButton-' + variant, 'MuiButton-' + variant + cap(color), 'MuiButton-sizeMedium', 'MuiButton-' + variant + 'SizeMedium', 'MuiButton-color' + cap(color), o.fullWidth && 'MuiButton-fullWidth', 'MuiButton-root', 'MuiButton-' + variant, css('btn-' + variant + color + (o.fullWidth ? 'fw' : ''))),
      tabindex: '0',
      type: o.type || 'button',
      id: o.id,
      onClick: o.onClick
    }, [o.startIcon ? h('span', { class: cx('MuiButton-startIcon MuiButton-iconSizeMedium', css('starticon')) }, [o.startIcon]) : null, text, ripple()]);
    return b;
  }
  function setDisabled(b, dis) {
    b.disabled = dis;
    b.classList.toggle('Mui-disabled', dis);
    b.tabIndex = dis ? -1 : 0;
  }
  function busy(b, on) {
    setDisabled(b, on);
    const spinner = b.querySelector('.MuiCircularProgress-root');
    if (on && !spinner) {
      const sp = h('span', { class: cx('MuiCircularProgress-root MuiCircularProgress-indeterminate MuiCircularProgress-colorInherit', css('spin')), role: 'progressbar', style: 'width: 20px; height: 20px;' });
      const svg = document.createElementNS(SVG_NS, 'svg');
      svg.setAttribute('class', 'MuiCircularProgress-svg');
      svg.setAttribute('viewBox', '22 22 44 44');
      const c = document.createElementNS(SVG_NS, 'circle');
      c.setAttribute('class', 'MuiCircularProgress-circle MuiCircularProgress-circleIndeterminate');
      c.setAttribute('cx', '44'); c.setAttribute('cy', '44'); c.setAttribute('r', '20.2'); c.setAttribute('fill', 'none'); c.setAttribute('stroke-width', '3.6');
      svg.appendChild(c);
      sp.appendChild(svg);
      b.insertBefore(sp, b.firstChild);
    } else if (!on && spinner) spinner.remove();
  }
  function iconButton(name, label, onClick, extra) {
    return h('button', { class: cx('MuiButtonBase-root MuiIconButton-root', extra, 'MuiIconButton-sizeMedium', css('iconbtn' + (extra || ''))), tabindex: '0', type: 'button', 'aria-label': label, onClick: onClick }, [icon(name), ripple()]);
  }

  function alertBox(severity, variant, message, o) {
    o = o || {};
    const S = cap(severity);
    const V = cap(variant);
    return h('div', {
      class: cx('MuiPaper-root MuiPaper-elevation MuiPaper-rounded', 'MuiPaper-elevation' + (o.elevation || 0), 'MuiAlert-root', 'MuiAlert-color' + S, 'MuiAlert-' + variant + S, 'MuiAlert-' + variant, css('alert-' + severity + V)),
      role: 'alert',
      style: o.style
    }, [
      h('div', { class: cx('MuiAlert-icon', css('alerticon')) }, [icon(ALERT_ICONS[severity], 'MuiSvgIcon-fontSizeInherit')]),
      h('div', { class: cx('MuiAlert-message', css('alertmsg')) }, [message]),
      o.onClose ? h('div', { class: cx('MuiAlert-action', css('alertaction')) }, [iconButton('Close', 'Close', o.onClose, 'MuiIconButton-colorInherit')]) : null
    ]);
  }

  /* ---------- TextField (outlined) ---------- */
  function textField(o) {
    const id = o.id;
    const fc = h('div', { class: cx('MuiFormControl-root MuiFormControl-marginNormal MuiFormControl-fullWidth MuiTextField-root', css('textfield')) });
    const label = h('label', {
      class: cx('MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-sizeMedium MuiInputLabel-outlined MuiFormLabel-colorPrimary', o.required && 'MuiFormLabel-required MuiInputLabel-required', css('inputlabel')),
      'data-shrink': 'false', for: id, id: id + '-label'
    }, [o.label]);
    if (o.required) label.appendChild(h('span', { 'aria-hidden': 'true', class: cx('MuiFormLabel-asterisk MuiInputLabel-asterisk', css('asterisk')) }, ['\u2009*']));
    const root = h('div', { class: cx('MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl', css('outlinedinput')) });
    const input = h('input', {
      'aria-invalid': 'false', id: id, name: o.name || id, type: o.type || 'text', required: o.required,
      inputmode: o.inputMode, maxlength: o.maxLength, autocomplete: o.autoComplete,
      class: cx('MuiInputBase-input MuiOutlinedInput-input', css('input'))
    });
    input.value = '';
    if (o.start) {
      root.classList.add('MuiInputBase-adornedStart', 'MuiOutlinedInput-adornedStart');
      input.classList.add('MuiInputBase-inputAdornedStart', 'MuiOutlinedInput-inputAdornedStart');
      root.appendChild(h('div', { class: cx('MuiInputAdornment-root MuiInputAdornment-positionStart MuiInputAdornment-outlined MuiInputAdornment-sizeMedium', css('adornstart')) }, [typo('p', 'body1', [o.start])]));
    }
    root.appendChild(input);
    if (o.password) {
      root.classList.add('MuiInputBase-adornedEnd', 'MuiOutlinedInput-adornedEnd');
      input.classList.add('MuiInputBase-inputAdornedEnd', 'MuiOutlinedInput-inputAdornedEnd');
      let shown = false;
      const eye = iconButton('VisibilityOff', 'toggle password visibility', () => {
        shown = !shown;
        input.type = shown ? 'text' : 'password';
        eye.replaceChild(icon(shown ? 'Visibility' : 'VisibilityOff'), eye.firstChild);
      }, 'MuiIconButton-edgeEnd');
      eye.addEventListener('mousedown', (e) => e.preventDefault());
      root.appendChild(h('div', { class: cx('MuiInputAdornment-root MuiInputAdornment-positionEnd MuiInputAdornment-outlined MuiInputAdornment-sizeMedium', css('adornend')) }, [eye]));
    }
    const legend = h('legend', { class: 'css-yjsfm1' }, [h('span', null, [o.label + (o.required ? '\u2009*' : '')])]);
    root.appendChild(h('fieldset', { 'aria-hidden': 'true', class: cx('MuiOutlinedInput-notchedOutline', css('notched')) }, [legend]));
    root.addEventListener('mousedown', (e) => { if (e.target === root) { e.preventDefault(); input.focus(); } });
    fc.append(label, root);
    const helper = h('p', { class: cx('MuiFormHelperText-root MuiFormHelperText-sizeMedium MuiFormHelperText-contained', css('helper')), id: id + '-helper-text' });
    let focused = false;
    let error = '';
    function update() {
      const shrink = focused || input.value !== '' || !!o.start;
      label.setAttribute('data-shrink', String(shrink));
      label.classList.toggle('MuiInputLabel-shrink', shrink);
      legend.className = shrink ? 'css-14lo706' : 'css-yjsfm1';
      label.classList.toggle('Mui-focused', focused);
      root.classList.toggle('Mui-focused', focused);
      for (const el of [label, root, helper]) el.classList.toggle('Mui-error', !!error);
      const asterisk = label.querySelector('.MuiFormLabel-asterisk');
      if (asterisk) asterisk.classList.toggle('Mui-error', !!error);
      input.setAttribute('aria-invalid', String(!!error));
      const text = error || o.helper || '';
      if (text) {
        helper.textContent = text;
        if (!helper.parentNode) fc.appendChild(helper);
        input.setAttribute('aria-describedby', helper.id);
      } else {
        helper.remove();
        input.removeAttribute('aria-describedby');
      }
    }
    input.addEventListener('focus', () => { focused = true; update(); });
    input.addEventListener('blur', () => { focused = false; update(); });
    input.addEventListener('input', () => { error = ''; update(); });
    update();
    return {
      el: fc, input: input,
      get value() { return input.value; },
      set(v) { input.value = v; update(); },
      setError(m) { error = m || ''; update(); }
    };
  }

  /* ---------- Modal manager: aria-hidden siblings, focus trap, Escape ---------- */
  const modalStack = [];
  const closing = new Set();
  const SKIP_TAGS = ['TEMPLATE', 'SCRIPT', 'STYLE', 'LINK', 'MAP', 'META', 'NOSCRIPT', 'PICTURE', 'COL', 'COLGROUP', 'PARAM', 'SLOT', 'SOURCE', 'TRACK'];
  function syncModals() {
    const top = modalStack[modalStack.length - 1];
    for (const child of Array.from(document.body.children)) {
      if (SKIP_TAGS.indexOf(child.tagName) !== -1) continue;
      if (closing.has(child) || (top && child !== top.node)) child.setAttribute('aria-hidden', 'true');
      else child.removeAttribute('aria-hidden');
    }
    document.body.style.overflow = top ? 'hidden' : '';
  }
  function mountModal(node, onEscape, focusEl) {
    const m = { node: node, onEscape: onEscape, focusEl: focusEl, restore: document.activeElement };
    document.body.appendChild(node);
    modalStack.push(m);
    syncModals();
    node.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && modalStack[modalStack.length - 1] === m) {
        e.stopPropagation();
        if (onEscape) onEscape();
      }
    });
    return m;
  }
  function unmountModal(m, delay) {
    const i = modalStack.indexOf(m);
    if (i >= 0) modalStack.splice(i, 1);
    closing.add(m.node);
    syncModals();
    const restore = m.restore;
    setTimeout(() => { closing.delete(m.node); m.node.remove(); syncModals(); }, delay);
    const top = modalStack[modalStack.length - 1];
    if (restore && document.contains(restore) && (!top || top.node.contains(restore)) && typeof restore.focus === 'function') restore.focus();
    else if (top) (top.focusEl || top.node).focus();
  }
  document.addEventListener('focusin', (e) => {
    const top = modalStack[modalStack.length - 1];
    if (!top || top.node.contains(e.target)) return;
    (top.focusEl || top.node).focus();
  });

  function fadeStyle(ms) { return 'opacity: 0; transition: opacity ' + ms + 'ms ' + EASE + ' 0ms;'; }

  /* ---------- Dialog ---------- */
  function dialog(o) {
    const titleId = useId();
    const node = h('div', { role: 'presentation', class: cx('MuiDialog-root MuiModal-root', css('dialogroot')) });
    const backdrop = h('div', { 'aria-hidden': 'true', class: cx('MuiBackdrop-root MuiModal-backdrop', css('backdrop')), style: fadeStyle(225) });
    const container = h('div', { class: cx('MuiDialog-container MuiDialog-scrollPaper', css('dialogcontainer')), role: 'presentation', tabindex: '-1', style: fadeStyle(225) });
    const maxWidth = o.maxWidth || 'sm';
    const paper = h('div', {
      class: cx('MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation24 MuiDialog-paper MuiDialog-paperScrollPaper', 'MuiDialog-paperWidth' + cap(maxWidth), o.fullWidth && 'MuiDialog-paperFullWidth', css('dialogpaper' + maxWidth + (o.fullWidth ? 'f' : ''))),
      role: 'dialog', 'aria-labelledby': titleId, 'aria-describedby': o.describedBy
    });
    const title = h('h2', { class: cx('MuiTypography-root MuiTypography-h6 MuiDialogTitle-root', css('dialogtitle')), id: titleId, style: o.closeIcon ? 'padding-right: 56px;' : null }, [o.title]);
    paper.appendChild(title);
    if (o.closeIcon) {
      paper.appendChild(iconButton('Close', 'close', () => { if (o.onClose) o.onClose('closeButton'); }, null));
      paper.lastChild.setAttribute('style', 'position: absolute; right: 8px; top: 8px; color: rgba(0, 0, 0, 0.54);');
    }
    container.appendChild(paper);
    node.append(backdrop, h('div', { tabindex: '0', 'data-testid': 'sentinelStart' }), container, h('div', { tabindex: '0', 'data-testid': 'sentinelEnd' }));
    let downOnContainer = false;
    container.addEventListener('mousedown', (e) => { downOnContainer = e.target === container; });
    container.addEventListener('click', (e) => {
      if (e.target !== container || !downOnContainer) return;
      downOnContainer = false;
      if (o.onClose) o.onClose('backdropClick');
    });
    let bodyNodes = o.body ? o.body.slice() : [];
    add(paper, bodyNodes);
    const m = mountModal(node, () => { if (o.onClose) o.onClose('escapeKeyDown'); }, container);
    reflow(container);
    backdrop.style.opacity = '1';
    container.style.opacity = '1';
    if (o.autoFocus) o.autoFocus.focus(); else container.focus();
    let closed = false;
    return {
      node: node, paper: paper, title: title,
      get open() { return !closed; },
      setBody(nodes, focusEl) {
        for (const n of bodyNodes) n.remove();
        bodyNodes = nodes.slice();
        add(paper, nodes);
        if (focusEl) focusEl.focus();
      },
      close() {
        if (closed) return;
        closed = true;
        backdrop.style.transition = container.style.transition = 'opacity 195ms ' + EASE + ' 0ms';
        backdrop.style.opacity = '0';
        container.style.opacity = '0';
        unmountModal(m, 195);
      }
    };
  }
  function dialogContent(kids) { return h('div', { class: cx('MuiDialogContent-root', css('dialogcontent')) }, kids); }
  function dialogText(text, id) { return h('p', { class: cx('MuiTypography-root MuiTypography-body1 MuiDialogContentText-root', css('dctext')), id: id }, [text]); }
  function dialogActions(kids) { return h('div', { class: cx('MuiDialogActions-root MuiDialogActions-spacing', css('dialogactions')) }, kids); }

  /* ---------- Snackbar ---------- */
  let snack = null;
  function showSnackbar(content, autoHide) {
    if (snack) snack.close(true);
    const node = h('div', { class: cx('MuiSnackbar-root MuiSnackbar-anchorOriginBottomLeft', css('snackbar')), role: 'presentation' }, [content]);
    content.style.opacity = '0';
    content.style.transform = 'scale(0.75, 0.5625)';
    content.style.transition = 'opacity 225ms ' + EASE + ' 0ms, transform 150ms ' + EASE + ' 0ms';
    rootEl.appendChild(node);
    reflow(content);
    content.style.opacity = '1';
    content.style.transform = 'none';
    let timer = setTimeout(() => s.close(), autoHide);
    node.addEventListener('mouseenter', () => clearTimeout(timer));
    node.addEventListener('mouseleave', () => { clearTimeout(timer); timer = setTimeout(() => s.close(), autoHide * 0.5); });
    const s = {
      close(now) {
        clearTimeout(timer);
        if (snack === s) snack = null;
        if (now) { node.remove(); return; }
        content.style.transition = 'opacity 195ms ' + EASE + ' 0ms, transform 130ms ' + EASE + ' 0ms';
        content.style.opacity = '0';
        content.style.transform = 'scale(0.75, 0.5625)';
        setTimeout(() => node.remove(), 195);
      }
    };
    snack = s;
    return s;
  }
  function snackError(message) {
    const content = h('div', { class: cx('MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation6 MuiSnackbarContent-root', 'css-1g7v3kd'), role: 'alert', direction: 'up' }, [
      h('div', { class: cx('MuiSnackbarContent-message', css('snackmsg')) }, [icon('ErrorOutline'), message])
    ]);
    showSnackbar(content, 4000);
  }
  function snackSuccess(message) {
    let s = null;
    const content = alertBox('success', 'filled', message, { elevation: 6, style: 'width: 100%;', onClose: () => { if (s) s.close(); } });
    s = showSnackbar(content, 6000);
  }

  /* ---------- Select (non-native) with Menu popover ---------- */
  function muiSelect(o) {
    const listId = useId();
    const fc = h('div', { class: cx('MuiFormControl-root MuiFormControl-marginNormal MuiFormControl-fullWidth', css('selectfc')) });
    const label = h('label', {
      class: cx('MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-sizeMedium MuiInputLabel-outlined MuiFormLabel-colorPrimary', o.required && 'MuiFormLabel-required MuiInputLabel-required', css('inputlabel')),
      'data-shrink': 'false', id: o.labelId
    }, [o.label]);
    if (o.required) label.appendChild(h('span', { 'aria-hidden': 'true', class: cx('MuiFormLabel-asterisk MuiInputLabel-asterisk', css('asterisk')) }, ['\u2009*']));
    const root = h('div', { class: cx('MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl', css('selectroot')) });
    const display = h('div', {
      tabindex: '0', role: 'combobox', 'aria-controls': listId, 'aria-expanded': 'false', 'aria-haspopup': 'listbox',
      'aria-labelledby': o.labelId + ' ' + o.id, id: o.id,
      class: cx('MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input', css('selectdisplay'))
    });
    const native = h('input', { 'aria-invalid': 'false', name: o.name, 'aria-hidden': 'true', tabindex: '-1', required: o.required, class: cx('MuiSelect-nativeInput', css('nativeinput')) });
    native.value = '';
    const arrow = icon('ArrowDropDown', 'MuiSelect-icon MuiSelect-iconOutlined');
    const legend = h('legend', { class: 'css-yjsfm1' }, [h('span', null, [o.label + (o.required ? '\u2009*' : '')])]);
    root.append(display, native, arrow, h('fieldset', { 'aria-hidden': 'true', class: cx('MuiOutlinedInput-notchedOutline', css('notched')) }, [legend]));
    fc.append(label, root);
    const helper = h('p', { class: cx('MuiFormHelperText-root MuiFormHelperText-sizeMedium MuiFormHelperText-contained', css('helper')), id: o.id + '-helper-text' });
    let options = o.options || [];
    let value = '';
    let focused = false;
    let isOpen = false;
    let error = '';
    function update() {
      const shrink = focused || isOpen || value !== '';
      label.setAttribute('data-shrink', String(shrink));
      label.classList.toggle('MuiInputLabel-shrink', shrink);
      legend.className = shrink ? 'css-14lo706' : 'css-yjsfm1';
      label.classList.toggle('Mui-focused', focused || isOpen);
      root.classList.toggle('Mui-focused', focused || isOpen);
      for (const el of [label, root, helper]) el.classList.toggle('Mui-error', !!error);
      native.setAttribute('aria-invalid', String(!!error));
      display.setAttribute('aria-expanded', String(isOpen));
      arrow.classList.toggle('MuiSelect-iconOpen', isOpen);
      arrow.classList.toggle('MuiSelect-iconOutlined', true);
      const opt = options.find((x) => x.value === value);
      display.replaceChildren(opt ? document.createTextNode(opt.text) : h('span', { class: 'notranslate' }, ['\u200B']));
      native.value = value;
      if (error) {
        helper.textContent = error;
        if (!helper.parentNode) fc.appendChild(helper);
      } else helper.remove();
    }
    display.addEventListener('focus', () => { focused = true; update(); });
    display.addEventListener('blur', () => { focused = false; update(); });
    display.addEventListener('mousedown', (e) => {
      if (e.button !== 0) return;
      e.preventDefault();
      display.focus();
      openMenu();
    });
    display.addEventListener('keydown', (e) => {
      if ([' ', 'ArrowUp', 'ArrowDown', 'Enter'].indexOf(e.key) !== -1) { e.preventDefault(); openMenu(); }
    });

    function openMenu() {
      if (isOpen) return;
      isOpen = true;
      update();
      const pop = h('div', { role: 'presentation', class: cx('MuiPopover-root MuiMenu-root MuiModal-root', css('popover')), id: 'menu-' + o.name });
      const backdrop = h('div', { 'aria-hidden': 'true', class: cx('MuiBackdrop-root MuiBackdrop-invisible MuiModal-backdrop', css('backdropinvisible')), style: 'opacity: 1; transition: opacity 251ms ' + EASE + ' 0ms;' });
      const paper = h('div', { class: cx('MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation8 MuiPopover-paper MuiMenu-paper', css('menupaper')), tabindex: '-1' });
      const ul = h('ul', { class: cx('MuiList-root MuiList-padding MuiMenu-list', css('menulist')), role: 'listbox', tabindex: '-1', 'aria-labelledby': o.labelId, id: listId });
      const items = options.map((opt) => {
        const sel = opt.value === value;
        const li = h('li', {
          class: cx('MuiButtonBase-root MuiMenuItem-root MuiMenuItem-gutters', sel && 'Mui-selected', 'MuiMenuItem-root MuiMenuItem-gutters', css('menuitem')),
          tabindex: '-1', role: 'option', 'aria-selected': String(sel), 'data-value': opt.value
        }, [opt.text, ripple()]);
        li.addEventListener('click', () => pick(opt.value));
        buttonBaseKeys(li);
        ul.appendChild(li);
        return li;
      });
      const active = items.find((li) => li.getAttribute('aria-selected') === 'true') || items[0];
      if (active) active.tabIndex = 0;
      paper.appendChild(ul);
      pop.append(backdrop, h('div', { tabindex: '0', 'data-testid': 'sentinelStart' }), paper, h('div', { tabindex: '0', 'data-testid': 'sentinelEnd' }));
      backdrop.addEventListener('click', () => close());
      const r = root.getBoundingClientRect();
      paper.style.minWidth = r.width + 'px';
      paper.style.opacity = '0';
      paper.style.transform = 'scale(0.75, 0.5625)';
      const m = mountModal(pop, () => close(), ul);
      const pw = paper.offsetWidth;
      const ph = paper.offsetHeight;
      let top = r.bottom;
      let left = r.left + r.width / 2 - pw / 2;
      const vh = window.innerHeight;
      const vw = window.innerWidth;
      if (top + ph > vh - 16) top = Math.max(16, vh - 16 - ph);
      if (left < 16) left = 16;
      if (left + pw > vw - 16) left = Math.max(16, vw - 16 - pw);
      paper.style.top = Math.round(top) + 'px';
      paper.style.left = Math.round(left) + 'px';
      paper.style.transformOrigin = Math.round(r.left + r.width / 2 - left) + 'px ' + Math.round(r.bottom - top) + 'px';
      reflow(paper);
      paper.style.transition = 'opacity 251ms ' + EASE + ' 0ms, transform 167ms ' + EASE + ' 0ms';
      paper.style.opacity = '1';
      paper.style.transform = 'none';
      if (active) {
        active.focus();
        if (active.offsetTop + active.offsetHeight > paper.clientHeight) paper.scrollTop = active.offsetTop - 8;
      } else ul.focus();
      let typed = '';
      let typedAt = 0;
      ul.addEventListener('keydown', (e) => {
        const i = items.indexOf(document.activeElement);
        let next = null;
        if (e.key === 'ArrowDown') next = items[Math.min(items.length - 1, i + 1)];
        else if (e.key === 'ArrowUp') next = items[Math.max(0, i - 1)];
        else if (e.key === 'Home') next = items[0];
        else if (e.key === 'End') next = items[items.length - 1];
        else if (e.key === 'Tab') { e.preventDefault(); close(); return; }
        else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== ' ') {
          const now = Date.now();
          typed = now - typedAt > 500 ? e.key.toLowerCase() : typed + e.key.toLowerCase();
          typedAt = now;
          next = items.find((li) => li.textContent.trim().toLowerCase().indexOf(typed) === 0) || null;
        }
        if (next) { e.preventDefault(); for (const li of items) li.tabIndex = -1; next.tabIndex = 0; next.focus(); }
      });
      let closed = false;
      function close() {
        if (closed) return;
        closed = true;
        isOpen = false;
        paper.style.transition = 'opacity 167ms ' + EASE + ' 0ms, transform 111ms ' + EASE + ' 0ms';
        paper.style.opacity = '0';
        paper.style.transform = 'scale(0.75, 0.5625)';
        backdrop.style.opacity = '0';
        unmountModal(m, 167);
        display.focus();
        update();
      }
      function pick(v) {
        const changed = v !== value;
        value = v;
        error = '';
        close();
        update();
        if (changed && o.onChange) o.onChange(v);
      }
    }
    update();
    return {
      el: fc,
      get value() { return value; },
      get text() { const opt = options.find((x) => x.value === value); return opt ? opt.text : ''; },
      setOptions(list) { options = list; update(); },
      set(v) { value = v; update(); },
      setError(m) { error = m || ''; update(); }
    };
  }

  /* ---------- RadioGroup ---------- */
  function radioGroup(o) {
    const fc = h('div', { class: cx('MuiFormControl-root', css('radiofc')), style: 'margin-top: 8px;' });
    const flabel = h('label', { class: cx('MuiFormLabel-root MuiFormLabel-colorPrimary', o.required && 'Mui-required', css('formlabel')), id: o.labelId }, [o.label]);
    if (o.required) flabel.appendChild(h('span', { 'aria-hidden': 'true', class: cx('MuiFormLabel-asterisk', css('asterisk')) }, ['\u2009*']));
    const group = h('div', { class: cx('MuiFormGroup-root MuiFormGroup-row MuiRadioGroup-root', css('radiogroup')), role: 'radiogroup', 'aria-labelledby': o.labelId });
    const helper = h('p', { class: cx('MuiFormHelperText-root MuiFormHelperText-sizeMedium', css('helperplain')) });
    let value = '';
    let error = '';
    const spans = [];
    for (const opt of o.options) {
      const input = h('input', { class: cx('PrivateSwitchBase-input', css('switchinput')), name: o.name, type: 'radio', value: opt.value });
      const span = h('span', { class: cx('MuiButtonBase-root MuiRadio-root MuiRadio-colorPrimary PrivateSwitchBase-root MuiRadio-root MuiRadio-colorPrimary MuiRadio-root', css('radio')) }, [
        input,
        h('span', { class: 'css-hyxlzm' }, [icon('RadioButtonUnchecked', 'css-q8lw68'), icon('RadioButtonChecked', 'css-1u5ei5s')]),
        ripple()
      ]);
      spans.push({ span: span, input: input, value: opt.value });
      const lab = h('label', { class: cx('MuiFormControlLabel-root MuiFormControlLabel-labelPlacementEnd', css('fcl')) }, [
        span,
        h('span', { class: cx('MuiTypography-root MuiTypography-body1 MuiFormControlLabel-label', css('fcllabel')) }, [opt.label])
      ]);
      input.addEventListener('change', () => {
        if (!input.checked) return;
        value = opt.value;
        error = '';
        sync();
        if (o.onChange) o.onChange(value);
      });
      group.appendChild(lab);
    }
    function sync() {
      for (const s of spans) {
        s.input.checked = s.value === value;
        s.span.classList.toggle('Mui-checked', s.value === value);
      }
      flabel.classList.toggle('Mui-error', !!error);
      helper.classList.toggle('Mui-error', !!error);
      if (error) { helper.textContent = error; if (!helper.parentNode) fc.appendChild(helper); } else helper.remove();
    }
    fc.append(flabel, group);
    sync();
    return { el: fc, get value() { return value; }, set(v) { value = v; sync(); }, setError(m) { error = m || ''; sync(); } };
  }

  /* ---------- API ---------- */
  async function api(method, url, body) {
    const res = await fetch(url, {
      method: method,
      credentials: 'same-origin',
      headers: body ? { 'content-type': 'application/json', accept: 'application/json' } : { accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined
    });
    let data = {};
    try { data = await res.json(); } catch (e) { data = {}; }
    return { status: res.status, ok: res.ok, data: data };
  }

  /* ---------- App state and routing ---------- */
  let session = { signedIn: false };
  let layout = null;
  let techTimer = null;
  let pageSeq = 0;
  let expiredDialog = null;
  let confirmDialog = null;

  function navigate(path, replace) {
    if (replace) history.replaceState({}, '', path); else history.pushState({}, '', path);
    route();
  }
  window.addEventListener('popstate', () => route());

  function route() {
    const path = location.pathname;
    pageSeq += 1;
    if (snack) snack.close(true);
    if (!session.signedIn) {
      if (path !== '/') history.replaceState({}, '', '/');
      renderHome();
      return;
    }
    if (path === '/') { history.replaceState({}, '', '/dashboard'); }
    renderSignedIn(location.pathname);
  }

  function appBar(kids, clipped) {
    return h('header', { class: cx('MuiPaper-root MuiPaper-elevation MuiPaper-elevation4 MuiAppBar-root MuiAppBar-colorPrimary MuiAppBar-positionFixed mui-fixed', css('appbar' + (clipped ? 'c' : ''))), style: clipped ? 'z-index: 1201;' : null }, [
      h('div', { class: cx('MuiToolbar-root MuiToolbar-gutters MuiToolbar-regular', css('toolbar')) }, kids)
    ]);
  }
  function toolbarSpacer() { return h('div', { class: cx('MuiToolbar-root MuiToolbar-gutters MuiToolbar-regular', css('toolbar')) }); }
  function brand() { return typo('div', 'h6', ['e-Invoice System'], 'MuiTypography-noWrap css-xh0a2i'); }

  /* ---------- Home + login dialog ---------- */
  function renderHome() {
    teardownLayout();
    const loginBtn = button('Login', { color: 'inherit', onClick: () => openLogin() });
    rootEl.replaceChildren(
      appBar([brand(), loginBtn]),
      h('main', { class: cx('MuiBox-root', css('homemain')) }, [
        toolbarSpacer(),
        h('div', { class: 'MuiContainer-root MuiContainer-maxWidthMd css-9l3uo3' }, [
          typo('h1', 'h4', ['e-Invoice System'], 'MuiTypography-gutterBottom'),
          typo('p', 'body1', ['Generate Invoice Reference Numbers (IRN), manage API access for your GSTIN and view reports. Log in with your e-Invoice portal credentials to continue.']),
          h('div', { class: 'css-17vdz66' }, [
            infoCard('Generate IRN', 'Create e-invoices one at a time or in bulk.'),
            infoCard('API Access', 'Register API users through your GSP.'),
            infoCard('Two-factor login', 'An OTP is sent to your registered mobile number.')
          ])
        ])
      ])
    );
  }
  function infoCard(title, text) {
    return h('div', { class: cx('MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiCard-root', css('card')) }, [
      h('div', { class: cx('MuiCardContent-root', css('cardcontent')) }, [typo('div', 'h6', [title], 'MuiTypography-gutterBottom'), typo('p', 'body2', [text])])
    ]);
  }

  function openLogin() {
    const d = dialog({ title: 'Login', maxWidth: 'xs', fullWidth: true, onClose: () => d.close() });
    showCredentials();

    function showCredentials() {
      const errorSlot = h('div');
      const user = textField({ id: 'username', label: 'Username', required: true, autoComplete: 'username' });
      const pwd = textField({ id: 'password', label: 'Password', type: 'password', password: true, required: true, autoComplete: 'current-password' });
      const img = h('img', { src: '/api/captcha?t=' + Date.now(), alt: 'captcha', width: '150', height: '50' });
      const refresh = iconButton('Refresh', 'refresh captcha', () => { img.src = '/api/captcha?t=' + Date.now(); });
      const captcha = textField({ id: 'captcha', label: 'Captcha', required: true, autoComplete: 'off', maxLength: 5 });
      const submit = button('Login', { variant: 'contained', type: 'submit' });
      const cancel = button('Cancel', { onClick: () => d.close() });
      const form = h('form', { novalidate: true }, [
        dialogContent([errorSlot, user.el, pwd.el, h('div', { class: 'css-1v8l2ig' }, [img, refresh]), captcha.el]),
        dialogActions([cancel, submit])
      ]);
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        let bad = false;
        if (!user.value.trim()) { user.setError('Username is required'); bad = true; }
        if (!pwd.value) { pwd.setError('Password is required'); bad = true; }
        if (!captcha.value.trim()) { captcha.setError('Please enter the captcha'); bad = true; }
        if (bad) return;
        errorSlot.replaceChildren();
        busy(submit, true);
        const r = await api('POST', '/api/auth/login', { username: user.value.trim(), password: pwd.value, captcha: captcha.value.trim() });
        busy(submit, false);
        if (!d.open) return;
        if (r.ok) { showOtp(r.data.mobile); return; }
        errorSlot.replaceChildren(alertBox('error', 'standard', r.data.message || 'Login failed.', { style: 'margin-bottom: 8px;' }));
        captcha.set('');
        img.src = '/api/captcha?t=' + Date.now();
      });
      d.title.textContent = 'Login';
      d.setBody([form], user.input);
    }

    function showOtp(mobile) {
      const textId = useId();
      const otp = textField({ id: 'otp', label: 'OTP', inputMode: 'numeric', maxLength: 6, autoComplete: 'one-time-code', required: true });
      const verify = button('Verify', { variant: 'contained', type: 'submit' });
      const back = button('Back', { onClick: () => showCredentials() });
      const form = h('form', { novalidate: true }, [
        dialogContent([dialogText('An OTP has been sent to your registered mobile number ' + mobile + '. Enter it below to continue.', textId), otp.el]),
        dialogActions([back, verify])
      ]);
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        if (!otp.value.trim()) { otp.setError('Please enter the OTP'); return; }
        busy(verify, true);
        const r = await api('POST', '/api/auth/otp', { otp: otp.value.trim() });
        busy(verify, false);
        if (!d.open) return;
        if (r.ok) {
          session = r.data;
          d.close();
          navigate('/dashboard');
          return;
        }
        if (r.status === 401) { showCredentials(); return; }
        otp.setError(r.data.message || 'Invalid OTP');
      });
      d.title.textContent = 'Two-Factor Authentication';
      d.paper.setAttribute('aria-describedby', textId);
      d.setBody([form], otp.input);
    }
  }

  /* ---------- Signed-in layout ---------- */
  const CRED = CFG.credentialsLabel;
  const MENU = [
    { label: 'Dash Board', icon: 'Dashboard', path: '/dashboard' },
    { label: 'e-Invoice', icon: 'Receipt', children: [
      { label: 'Generate', path: '/einvoice/generate' },
      { label: 'Bulk Upload', path: '/einvoice/bulk-upload' },
      { label: 'Cancel', path: '/einvoice/cancel' },
      { label: 'Print', path: '/einvoice/print' }
    ] },
    { label: 'MIS Reports', icon: 'Assessment', children: [
      { label: 'IRN Details', path: '/mis-reports/irn-details' },
      { label: 'Summary Report', path: '/mis-reports/summary' }
    ] },
    { label: 'API Registration', icon: 'Api', children: [
      { label: CRED, children: [
        { label: 'Create API User', path: '/api-registration/user-credentials/create-api-user' },
        { label: 'Change API Password', path: '/api-registration/user-credentials/change-api-password' }
      ] },
      { label: 'IP Whitelisting', path: '/api-registration/ip-whitelisting' },
      { label: 'Freeze API User', path: '/api-registration/freeze-api-user' }
    ] },
    { label: 'User Management', icon: 'People', children: [
      { label: 'Create Sub User', path: '/user-management/create-sub-user' },
      { label: 'Freeze Sub User', path: '/user-management/freeze-sub-user' }
    ] }
  ];
  function findTrail(items, path, trail) {
    for (const item of items) {
      if (item.path === path) return trail.concat([item]);
      if (item.children) {
        const t = findTrail(item.children, path, trail.concat([item]));
        if (t) return t;
      }
    }
    return null;
  }

  function autoHeightDuration(height) {
    if (!height) return 0;
    const c = height / 36;
    return Math.round((4 + 15 * Math.pow(c, 0.25) + c / 5) * 10);
  }

  function buildDrawer() {
    const leafButtons = [];
    const open = new Set();
    const trail = findTrail(MENU, location.pathname, []) || [];
    for (const t of trail) if (t.children) open.add(t);

    function listItem(item, depth) {
      const btn = h('div', {
        class: cx('MuiButtonBase-root MuiListItemButton-root MuiListItemButton-gutters MuiListItemButton-root MuiListItemButton-gutters', css('lib' + depth)),
        tabindex: '0', role: 'button', style: depth ? 'padding-left: ' + (16 + depth * 16) + 'px;' : null
      }, [
        depth === 0 && item.icon ? h('div', { class: cx('MuiListItemIcon-root', css('listitemicon')) }, [icon(item.icon)]) : null,
        h('div', { class: cx('MuiListItemText-root', css('listitemtext')) }, [
          h('span', { class: cx('MuiTypography-root MuiTypography-body1 MuiListItemText-primary', css('lit' + depth)), style: depth ? 'font-size: 0.9375rem;' : null }, [item.label])
        ]),
        ripple()
      ]);
      buttonBaseKeys(btn);
      const frag = [btn];
      if (!item.children) {
        leafButtons.push({ btn: btn, path: item.path });
        btn.addEventListener('click', () => { if (location.pathname !== item.path) navigate(item.path); });
        return frag;
      }
      let expandIcon = icon(open.has(item) ? 'ExpandLess' : 'ExpandMore');
      btn.insertBefore(expandIcon, btn.lastChild);
      const slot = h('div', { style: 'display: contents;' });
      frag.push(slot);
      let col = null;
      function mount(animate) {
        const nested = h('div', { class: cx('MuiList-root', css('nestedlist')) });
        for (const child of item.children) add(nested, listItem(child, depth + 1));
        const wrapperInner = h('div', { class: cx('MuiCollapse-wrapperInner MuiCollapse-vertical', css('cwi')) }, [nested]);
        const wrapper = h('div', { class: cx('MuiCollapse-wrapper MuiCollapse-vertical', css('cw')) }, [wrapperInner]);
        const node = h('div', { class: cx('MuiCollapse-root MuiCollapse-vertical', css('collapse')), style: 'min-height: 0px;' }, [wrapper]);
        slot.replaceWith(node);
        col = { node: node, wrapper: wrapper, timer: null };
        if (!animate) { node.classList.add('MuiCollapse-entered'); syncSelected(); return; }
        const height = wrapper.getBoundingClientRect().height;
        const dur = autoHeightDuration(height);
        node.style.height = '0px';
        reflow(node);
        node.style.transitionDuration = dur + 'ms';
        node.style.height = height + 'px';
        col.timer = setTimeout(() => { node.classList.add('MuiCollapse-entered'); node.style.height = 'auto'; node.style.transitionDuration = ''; }, dur);
        syncSelected();
      }
      function unmount() {
        const c = col;
        col = null;
        clearTimeout(c.timer);
        const height = c.wrapper.getBoundingClientRect().height;
        const dur = autoHeightDuration(height);
        c.node.style.height = height + 'px';
        c.node.classList.remove('MuiCollapse-entered');
        reflow(c.node);
        c.node.style.transitionDuration = dur + 'ms';
        c.node.style.height = '0px';
        setTimeout(() => {
          for (let i = leafButtons.length - 1; i >= 0; i--) if (!document.contains(leafButtons[i].btn) || c.node.contains(leafButtons[i].btn)) leafButtons.splice(i, 1);
          c.node.replaceWith(slot);
        }, dur);
      }
      btn.addEventListener('click', () => {
        const willOpen = !open.has(item);
        if (willOpen) open.add(item); else open.delete(item);
        const next = icon(willOpen ? 'ExpandLess' : 'ExpandMore');
        expandIcon.replaceWith(next);
        expandIcon = next;
        if (willOpen) mount(true); else if (col) unmount();
      });
      if (open.has(item)) setTimeout(() => mount(false), 0);
      return frag;
    }

    const nav = h('nav', { class: cx('MuiList-root MuiList-padding', css('navlist')), 'aria-label': 'main navigation' });
    for (const item of MENU) add(nav, listItem(item, 0));
    function syncSelected() {
      for (const l of leafButtons) l.btn.classList.toggle('Mui-selected', l.path === location.pathname);
    }
    const el = h('div', { class: cx('MuiDrawer-root MuiDrawer-docked', 'css-gtm0ny') }, [
      h('div', { class: cx('MuiPaper-root MuiPaper-elevation MuiPaper-elevation0 MuiDrawer-paper MuiDrawer-paperAnchorLeft MuiDrawer-paperAnchorDockedLeft', css('drawerpaper')) }, [
        toolbarSpacer(),
        h('hr', { class: cx('MuiDivider-root MuiDivider-fullWidth', css('divider')) }),
        nav
      ])
    ]);
    return { el: el, syncSelected: syncSelected };
  }

  function teardownLayout() {
    clearTimeout(techTimer);
    techTimer = null;
    layout = null;
  }

  function ensureLayout() {
    if (layout) return layout;
    const page = h('div', { id: 'page-content' });
    const drawer = buildDrawer();
    const logout = button('Logout', { color: 'inherit', startIcon: icon('Logout'), onClick: async () => {
      await api('POST', '/api/auth/logout');
      session = { signedIn: false };
      navigate('/');
    } });
    const who = h('div', { class: 'css-mhc70k' }, [
      typo('span', 'subtitle2', ['GSTIN: ' + session.gstin]),
      typo('span', 'body2', [session.tradeName])
    ]);
    rootEl.replaceChildren(
      h('div', { class: 'MuiBox-root css-k008qs' }, [
        appBar([brand(), who, logout], true),
        drawer.el,
        h('main', { class: 'MuiBox-root css-1fhq6ns' }, [toolbarSpacer(), page])
      ])
    );
    layout = { page: page, drawer: drawer };
    if (session.techContactPending) techTimer = setTimeout(openTechContact, 500);
    return layout;
  }

  function renderSignedIn(path) {
    const l = ensureLayout();
    l.drawer.syncSelected();
    const seq = pageSeq;
    if (path === '/dashboard') return renderDashboard(l.page);
    if (path === '/api-registration/user-credentials/create-api-user') return renderCreateApiUser(l.page, seq);
    const trail = findTrail(MENU, path, []);
    if (!trail) { navigate('/dashboard', true); return; }
    const leaf = trail[trail.length - 1];
    l.page.replaceChildren(
      typo('h1', 'h5', [leaf.label], 'MuiTypography-gutterBottom'),
      alertBox('info', 'standard', 'This service is not available at the moment. Please try again later.')
    );
  }

  function renderDashboard(page) {
    page.replaceChildren(
      typo('h1', 'h4', ['Dash Board'], 'MuiTypography-gutterBottom'),
      typo('p', 'body1', ['Welcome, ' + session.tradeName + ' (' + session.gstin + ')']),
      h('div', { class: 'css-17vdz66' }, [statCard('Generations', '0'), statCard('Cancelled', '0'), statCard('API Users', String(session.apiUsers || 0))])
    );
  }
  function statCard(title, value) {
    return h('div', { class: cx('MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiCard-root', css('card')) }, [
      h('div', { class: cx('MuiCardContent-root', css('cardcontent')) }, [typo('div', 'body2', [title], 'MuiTypography-gutterBottom'), typo('div', 'h4', [value])])
    ]);
  }

  function openTechContact() {
    techTimer = null;
    if (!session.signedIn || !session.techContactPending) return;
    const textId = useId();
    const name = textField({ id: 'tech-name', label: 'Name', required: true });
    const mobile = textField({ id: 'tech-mobile', label: 'Mobile Number', required: true, inputMode: 'numeric', maxLength: 10 });
    const email = textField({ id: 'tech-email', label: 'Email Address', required: true, type: 'email' });
    const done = async (action, data) => {
      session.techContactPending = false;
      d.close();
      await api('POST', '/api/tech-contact', Object.assign({ action: action }, data || {}));
    };
    const update = button('Update', { variant: 'contained', onClick: () => {
      let bad = false;
      if (!name.value.trim()) { name.setError('Name is required'); bad = true; }
      if (!/^[6-9][0-9]{9}$/.test(mobile.value.trim())) { mobile.setError('Enter a valid 10-digit mobile number'); bad = true; }
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.value.trim())) { email.setError('Enter a valid email address'); bad = true; }
      if (!bad) done('update', { name: name.value.trim(), mobile: mobile.value.trim(), email: email.value.trim() });
    } });
    const exit = button('Exit', { variant: 'contained', color: 'error', onClick: () => done('exit') });
    const d = dialog({
      title: 'Contacts of Technical Person', maxWidth: 'sm', fullWidth: true, describedBy: textId, closeIcon: true,
      onClose: (reason) => { if (reason === 'closeButton') done('exit'); },
      body: [
        dialogContent([
          dialogText('Please provide the details of the technical person of your organisation. NIC will use these details to communicate about API integration and system changes.', textId),
          name.el, mobile.el, email.el
        ]),
        dialogActions([update, exit])
      ]
    });
  }

  function sessionExpired() {
    if (expiredDialog) return;
    if (confirmDialog) { confirmDialog.close(); confirmDialog = null; }
    clearTimeout(techTimer);
    const textId = useId();
    const ok = button('OK', { onClick: () => finish() });
    const d = dialog({
      title: 'Session Expired', maxWidth: 'xs', fullWidth: true, describedBy: textId,
      body: [dialogContent([dialogText('Your session has expired. Please login again.', textId)]), dialogActions([ok])],
      autoFocus: ok
    });
    expiredDialog = d;
    const timer = setTimeout(() => finish(), 5000);
    function finish() {
      clearTimeout(timer);
      if (expiredDialog !== d) return;
      expiredDialog = null;
      d.close();
      session = { signedIn: false };
      navigate('/');
    }
  }

  /* ---------- Create API User ---------- */
  function card(title, subheader, kids) {
    return h('div', { class: cx('MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiCard-root', css('card')) }, [
      h('div', { class: cx('MuiCardHeader-root', css('cardheader')) }, [
        h('div', { class: cx('MuiCardHeader-content', css('cardheadercontent')) }, [
          typo('span', 'h5', [title], 'MuiCardHeader-title'),
          subheader ? typo('span', 'body1', [subheader], 'MuiCardHeader-subheader') : null
        ])
      ]),
      h('hr', { class: cx('MuiDivider-root MuiDivider-fullWidth', css('divider')) })
    ].concat(kids));
  }
  function cardContent(kids) { return h('div', { class: cx('MuiCardContent-root', css('cardcontent')) }, kids); }
  function cardActions(kids) { return h('div', { class: cx('MuiCardActions-root MuiCardActions-spacing', css('cardactions')) }, kids); }

  function renderCreateApiUser(page, seq) {
    const live = () => seq === pageSeq && !!layout;
    const sendBtn = button('Send OTP', { variant: 'contained', onClick: () => sendOtp(sendBtn) });
    const otpSlot = h('div', null, [
      cardContent([typo('p', 'body1', ['To create an API user, verify yourself with the OTP sent to the mobile number registered for GSTIN ' + session.gstin + ' (' + session.mobile + ').'])]),
      cardActions([sendBtn])
    ]);
    const formArea = h('div', { class: 'css-1k2z0wm' });
    page.replaceChildren(
      typo('h1', 'h5', ['Create API User'], 'MuiTypography-gutterBottom'),
      h('div', { class: 'css-1k2z0wm' }, [card('API Registration', 'Create API User', [otpSlot])]),
      formArea
    );
    let otpField = null;
    let verifyBtn = null;
    let resendTimer = null;
    function setLabel(b, text) {
      for (const n of Array.from(b.childNodes)) if (n.nodeType === 3) { n.textContent = text; return; }
    }

    async function sendOtp(b) {
      busy(b, true);
      const r = await api('POST', '/api/api-user/otp');
      busy(b, false);
      if (!live()) return;
      if (r.status === 401) { sessionExpired(); return; }
      if (!r.ok) { snackError(r.data.message || 'Could not send the OTP.'); return; }
      otpField = textField({ id: 'api-otp', label: 'Enter OTP', inputMode: 'numeric', maxLength: 6, autoComplete: 'one-time-code', required: true });
      verifyBtn = button('Verify OTP', { variant: 'contained', type: 'submit' });
      const resendBtn = button('Resend OTP', { onClick: () => sendOtp(resendBtn) });
      const form = h('form', { novalidate: true }, [
        cardContent([alertBox('success', 'standard', r.data.message), otpField.el]),
        cardActions([verifyBtn, resendBtn])
      ]);
      form.addEventListener('submit', (e) => { e.preventDefault(); verifyOtp(); });
      otpSlot.replaceChildren(form);
      let left = 30;
      clearInterval(resendTimer);
      setDisabled(resendBtn, true);
      setLabel(resendBtn, 'Resend OTP (' + left + 's)');
      resendTimer = setInterval(() => {
        left -= 1;
        if (!resendBtn.isConnected) { clearInterval(resendTimer); return; }
        if (left <= 0) { clearInterval(resendTimer); setDisabled(resendBtn, false); setLabel(resendBtn, 'Resend OTP'); }
        else setLabel(resendBtn, 'Resend OTP (' + left + 's)');
      }, 1000);
      otpField.input.focus();
    }

    async function verifyOtp() {
      const v = otpField.value.trim();
      if (!/^[0-9]{6}$/.test(v)) { otpField.setError(v ? 'OTP must be 6 digits' : 'Please enter the OTP'); return; }
      busy(verifyBtn, true);
      const r = await api('POST', '/api/api-user/otp/verify', { otp: v });
      busy(verifyBtn, false);
      if (!live()) return;
      if (r.status === 401) { sessionExpired(); return; }
      if (!r.ok) {
        otpField.set('');
        snackError(r.data.message || 'Invalid OTP');
        return;
      }
      clearInterval(resendTimer);
      otpSlot.replaceChildren(cardContent([alertBox('success', 'standard', r.data.message || 'OTP verified successfully.')]));
      renderRegistration(formArea, r.data.rows || [], live);
    }
  }

  function tableOf(rows) {
    const head = ['Sl. No.', 'GSP Name', 'User Name', 'Created On', 'Status'];
    const th = (t) => h('th', { class: cx('MuiTableCell-root MuiTableCell-head MuiTableCell-sizeMedium', css('tablecellhead')), scope: 'col' }, [t]);
    const td = (t) => h('td', { class: cx('MuiTableCell-root MuiTableCell-body MuiTableCell-sizeMedium', css('tablecell')) }, [t]);
    const body = h('tbody', { class: cx('MuiTableBody-root', css('tablebody')) });
    if (!rows.length) {
      const cell = td('No API users registered for this GSTIN.');
      cell.setAttribute('colspan', '5');
      cell.setAttribute('style', 'text-align: center; color: rgba(0, 0, 0, 0.6);');
      body.appendChild(h('tr', { class: cx('MuiTableRow-root', css('tablerow')) }, [cell]));
    }
    rows.forEach((row, i) => {
      body.appendChild(h('tr', { class: cx('MuiTableRow-root MuiTableRow-hover', css('tablerow')) }, [
        td(String(i + 1)), td(row.gsp), td(row.username), td(row.createdOn),
        td(h('div', { class: cx('MuiChip-root MuiChip-filled MuiChip-sizeSmall MuiChip-colorSuccess', css('chip')) }, [h('span', { class: 'MuiChip-label MuiChip-labelSmall' }, [row.status || 'Active'])]))
      ]));
    });
    return h('div', { class: cx('MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation0 MuiTableContainer-root', css('tablecontainer')) }, [
      h('table', { class: cx('MuiTable-root', css('table')), 'aria-label': 'registered GSPs' }, [
        h('thead', { class: cx('MuiTableHead-root', css('tablehead')) }, [h('tr', { class: cx('MuiTableRow-root MuiTableRow-head', css('tablerowhead')) }, head.map(th))]),
        body
      ])
    ]);
  }

  function renderRegistration(area, rows, live) {
    const refusalSlot = h('div');
    const modeInfo = h('div');
    const gspSlot = h('div');
    let gspSelect = null;
    let gspList = [];
    const mode = radioGroup({
      labelId: 'registration-type-label', name: 'registrationType', required: true,
      label: 'Do you wish to Register your GSTIN for',
      options: [
        { value: 'direct', label: 'Directly' },
        { value: 'gsp', label: 'Through GSP' },
        { value: 'erp', label: 'Through ERP' },
        { value: 'client', label: 'Through Client-Id of other' }
      ],
      onChange: (v) => {
        modeInfo.replaceChildren();
        if (v === 'gsp') {
          if (!gspSelect) {
            gspSelect = muiSelect({ id: 'gsp-select', labelId: 'gsp-label', label: 'Select your GSP', name: 'gsp', required: true, options: gspList });
            gspSlot.replaceChildren(gspSelect.el);
          }
        } else {
          gspSelect = null;
          gspSlot.replaceChildren();
          modeInfo.replaceChildren(alertBox('info', 'standard', v === 'direct'
            ? 'Direct integration needs a Client ID and Client Secret and is available only to taxpayers whose aggregate turnover is above the notified limit.'
            : 'Select the ERP or the Client-Id holder registered with NIC for your GSTIN.', { style: 'margin-top: 8px;' }));
        }
      }
    });
    const username = textField({ id: 'api-username', label: 'Username', required: true, start: 'API_', autoComplete: 'off', helper: 'Only letters, digits and underscore; 4 to 20 characters after API_' });
    const password = textField({ id: 'api-password', label: 'Password', type: 'password', password: true, required: true, autoComplete: 'new-password', helper: '8 to 20 characters with upper case, lower case, digit and special character' });
    const confirm = textField({ id: 'api-confirm-password', label: 'Re-enter Password', type: 'password', password: true, required: true, autoComplete: 'new-password' });
    const submit = button('Submit', { variant: 'contained', type: 'submit' });
    const exit = button('Exit', { variant: 'outlined', onClick: () => navigate('/dashboard') });
    const form = h('form', { novalidate: true, autocomplete: 'off' }, [
      cardContent([refusalSlot, mode.el, modeInfo, gspSlot, username.el, password.el, confirm.el]),
      cardActions([submit, exit])
    ]);
    const tableSlot = h('div', null, [tableOf(rows)]);
    area.replaceChildren(
      card('Create API User', 'Register an API user for your GSTIN', [form]),
      card('Registered GSPs', 'GSPs registered for GSTIN ' + session.gstin, [cardContent([tableSlot])])
    );
    api('GET', '/api/master/gsps').then((r) => {
      if (r.status === 401) { if (live()) sessionExpired(); return; }
      gspList = (r.data.gsps || []).map((g) => ({ value: g.id, text: g.name }));
      if (gspSelect) gspSelect.setOptions(gspList);
    });

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      let bad = false;
      if (!mode.value) { mode.setError('Please select an option'); bad = true; }
      if (mode.value === 'gsp' && gspSelect && !gspSelect.value) { gspSelect.setError('Please select your GSP'); bad = true; }
      const u = username.value.trim();
      if (!u) { username.setError('Username is required'); bad = true; }
      else if (!/^[A-Za-z0-9_]{4,20}$/.test(u)) { username.setError('Username must be 4 to 20 characters: letters, digits or underscore'); bad = true; }
      if (!password.value) { password.setError('Password is required'); bad = true; }
      else if (!/^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,20}$/.test(password.value)) { password.setError('Password must be 8 to 20 characters with upper case, lower case, digit and special character'); bad = true; }
      if (!confirm.value) { confirm.setError('Please re-enter the password'); bad = true; }
      else if (confirm.value !== password.value) { confirm.setError('Passwords do not match'); bad = true; }
      if (bad) return;
      openConfirm();
    });

    function openConfirm() {
      const textId = useId();
      const cancel = button('Cancel', { onClick: () => { d.close(); confirmDialog = null; } });
      const ok = button('Confirm', { variant: 'contained', onClick: () => doSubmit() });
      const d = dialog({
        title: 'Confirm registration', maxWidth: 'xs', fullWidth: true, describedBy: textId,
        onClose: () => { if (!ok.disabled) { d.close(); confirmDialog = null; } },
        body: [dialogContent([dialogText('Do you want to register the API user through the selected GSP?', textId)]), dialogActions([cancel, ok])],
        autoFocus: ok
      });
      confirmDialog = d;
      async function doSubmit() {
        busy(ok, true);
        setDisabled(cancel, true);
        const r = await api('POST', '/api/api-user', {
          registrationType: mode.value,
          gspId: gspSelect ? gspSelect.value : '',
          username: username.value.trim(),
          password: password.value,
          confirmPassword: confirm.value
        });
        if (r.status === 401) { if (live()) sessionExpired(); return; }
        d.close();
        confirmDialog = null;
        if (!live()) return;
        if (r.ok) {
          refusalSlot.replaceChildren();
          tableSlot.replaceChildren(tableOf(r.data.rows || []));
          session.apiUsers = (r.data.rows || []).length;
          username.set('');
          password.set('');
          confirm.set('');
          if (gspSelect) gspSelect.set('');
          snackSuccess(r.data.message);
          return;
        }
        if (r.data.errors) {
          const fields = { username: username, password: password, confirmPassword: confirm };
          for (const k of Object.keys(r.data.errors)) {
            if (fields[k]) fields[k].setError(r.data.errors[k]);
            else if (k === 'gspId' && gspSelect) gspSelect.setError(r.data.errors[k]);
            else if (k === 'registrationType') mode.setError(r.data.errors[k]);
          }
          return;
        }
        refusalSlot.replaceChildren(alertBox('error', 'standard', r.data.message || 'The API user could not be created.', { style: 'margin-bottom: 8px;' }));
        refusalSlot.scrollIntoView({ block: 'nearest' });
      }
    }
  }

  /* ---------- Boot ---------- */
  api('GET', '/api/session').then((r) => {
    session = r.ok ? r.data : { signedIn: false };
    route();
  });
})();
`;

function esc(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function shell(config: object): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#1976d2">
<title>e-Invoice System</title>
<style data-emotion="css-global">${CSS}</style>
<script defer src="${BUNDLE}"></script>
</head>
<body>
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div>
<script id="r6-config" type="application/json">${json}</script>
</body>
</html>`;
}

function captchaSvg(text: string): string {
  const r = (min: number, max: number) => min + Math.random() * (max - min);
  const colors = ['#1a237e', '#b71c1c', '#1b5e20', '#4a148c', '#e65100', '#263238'];
  let out =
    '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50">' +
    '<rect width="150" height="50" fill="#eef1f4"/>';
  for (let i = 0; i < 5; i++) {
    out += `<path d="M${r(0, 20).toFixed(1)} ${r(5, 45).toFixed(1)} Q${r(40, 110).toFixed(1)} ${r(0, 50).toFixed(1)} ${r(130, 150).toFixed(1)} ${r(5, 45).toFixed(1)}" stroke="${colors[i % colors.length]}" stroke-opacity="0.45" stroke-width="${r(1, 2).toFixed(1)}" fill="none"/>`;
  }
  [...text].forEach((ch, i) => {
    const x = 14 + i * 26 + r(-2, 2);
    const y = 34 + r(-4, 4);
    out += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${r(-18, 18).toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Verdana, Arial, sans-serif" font-size="27" font-weight="bold" fill="${colors[(i + 2) % colors.length]}">${esc(ch)}</text>`;
  });
  for (let i = 0; i < 30; i++) {
    out += `<circle cx="${r(0, 150).toFixed(1)}" cy="${r(0, 50).toFixed(1)}" r="${r(0.5, 1.5).toFixed(1)}" fill="#555" fill-opacity="0.5"/>`;
  }
  return `${out}</svg>`;
}

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'in';
  apiOtpSent: boolean;
  apiVerified: boolean;
  techPending: boolean;
}

export async function startR6MuiRendition(options: R6MuiOptions = {}): Promise<R6MuiRendition> {
  const state: R6MuiState = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: (options.captcha ?? 'K7Q2M').toUpperCase(),
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const tradeName = options.tradeName ?? 'SAHYADRI AGRO EXPORTS LLP';
  const credentialsLabel = options.credentialsLabel ?? 'User Credentials';
  const techPopup = options.techPopup ?? true;
  const sessions = new Map<string, Session>();
  let pendingExpiry = options.expireOnce;

  function cookieOf(req: IncomingMessage): string | undefined {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const at = part.indexOf('=');
      if (at > 0 && part.slice(0, at).trim() === COOKIE) return part.slice(at + 1).trim();
    }
    return undefined;
  }

  function sessionOf(req: IncomingMessage): Session {
    const id = cookieOf(req);
    const found = id ? sessions.get(id) : undefined;
    if (found) return found;
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      stage: 'anon',
      apiOtpSent: false,
      apiVerified: false,
      techPending: false,
    };
    sessions.set(session.id, session);
    return session;
  }

  function send(res: ServerResponse, status: number, type: string, body: string, session?: Session): void {
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      ...(session ? { 'set-cookie': `${COOKIE}=${session.id}; Path=/; HttpOnly; SameSite=Lax` } : {}),
    });
    res.end(body);
  }
  const json = (res: ServerResponse, session: Session | undefined, status: number, body: object): void =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), session);

  async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    let text = '';
    for await (const chunk of req) text += String(chunk);
    if (!text) return {};
    try {
      const parsed: unknown = JSON.parse(text);
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  const str = (value: unknown): string => (typeof value === 'string' ? value : '');

  function rows(): { gsp: string; username: string; createdOn: string; status: string }[] {
    return state.users
      .filter((user) => user.gstin === state.gstin)
      .map((user) => ({
        gsp: user.gsp,
        username: user.username,
        createdOn: user.createdOn.split('-').reverse().join('/'),
        status: 'Active',
      }));
  }

  function sessionInfo(session: Session): object {
    if (session.stage !== 'in') return { signedIn: false };
    return {
      signedIn: true,
      gstin: state.gstin,
      tradeName,
      mobile: MOBILE,
      techContactPending: session.techPending,
      apiUsers: rows().length,
    };
  }

  /** A call that needs a signed-in session: false (and a 401 sent) when missing or asked to expire here. */
  function signedIn(res: ServerResponse, session: Session, stage?: R6MuiExpiry): boolean {
    if (session.stage === 'in' && stage && pendingExpiry === stage) {
      pendingExpiry = undefined;
      sessions.delete(session.id);
      state.expired.push(stage);
      json(res, undefined, 401, { message: 'Session expired' });
      return false;
    }
    if (session.stage !== 'in') {
      json(res, undefined, 401, { message: 'Session expired' });
      return false;
    }
    return true;
  }

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (method === 'GET' && path === BUNDLE) {
      return send(res, 200, 'text/javascript; charset=utf-8', CLIENT);
    }
    if (method === 'GET' && path === '/api/captcha') {
      return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
    }
    if (path === '/favicon.ico' || path.startsWith('/static/')) {
      return send(res, 404, 'text/plain', 'Not found');
    }
    const session = sessionOf(req);
    if (!path.startsWith('/api/')) {
      if (method !== 'GET') return send(res, 405, 'text/plain', 'Method not allowed', session);
      return send(
        res,
        200,
        'text/html; charset=utf-8',
        shell({ credentialsLabel, build: '5.15.14' }),
        session,
      );
    }

    await sleep(120);
    const body = method === 'POST' ? await readJson(req) : {};

    if (method === 'GET' && path === '/api/session') return json(res, session, 200, sessionInfo(session));

    if (method === 'POST' && path === '/api/auth/login') {
      const captcha = str(body.captcha).trim().toUpperCase();
      if (captcha !== state.captcha) {
        state.refusals.push('captcha');
        return json(res, session, 400, { field: 'captcha', message: TEXT.invalidCaptcha });
      }
      if (str(body.username).trim() !== LOGIN.username || str(body.password) !== LOGIN.password) {
        state.refusals.push('login');
        return json(res, session, 400, { message: TEXT.invalidLogin });
      }
      session.stage = 'otp';
      return json(res, session, 200, { otpRequired: true, mobile: MOBILE });
    }

    if (method === 'POST' && path === '/api/auth/otp') {
      if (session.stage !== 'otp') return json(res, session, 401, { message: 'Please login again.' });
      if (str(body.otp).trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        return json(res, session, 400, { message: TEXT.invalidLoginOtp });
      }
      session.stage = 'in';
      session.techPending = techPopup;
      session.apiOtpSent = false;
      session.apiVerified = false;
      return json(res, session, 200, sessionInfo(session));
    }

    if (method === 'POST' && path === '/api/auth/logout') {
      sessions.delete(session.id);
      return json(res, undefined, 200, { ok: true });
    }

    if (method === 'POST' && path === '/api/tech-contact') {
      if (!signedIn(res, session)) return;
      session.techPending = false;
      return json(res, session, 200, { ok: true });
    }

    if (method === 'GET' && path === '/api/master/gsps') {
      if (!signedIn(res, session)) return;
      return json(res, session, 200, { gsps: GSPS.map(([id, name]) => ({ id, name })) });
    }

    if (method === 'POST' && path === '/api/api-user/otp') {
      if (!signedIn(res, session, 'api-otp-send')) return;
      session.apiOtpSent = true;
      session.apiVerified = false;
      return json(res, session, 200, { message: `OTP sent to your registered mobile number ${MOBILE}.` });
    }

    if (method === 'POST' && path === '/api/api-user/otp/verify') {
      if (!signedIn(res, session, 'api-otp-verify')) return;
      if (!session.apiOtpSent) return json(res, session, 400, { message: TEXT.otpNotSent });
      if (str(body.otp).trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        return json(res, session, 400, { message: TEXT.invalidApiOtp });
      }
      session.apiVerified = true;
      return json(res, session, 200, { message: 'OTP verified successfully.', rows: rows() });
    }

    if (method === 'POST' && path === '/api/api-user') {
      if (!signedIn(res, session, 'submit')) return;
      if (!session.apiVerified) return json(res, session, 403, { message: TEXT.verifyFirst });
      const type = str(body.registrationType);
      const gsp = GSPS.find(([id]) => id === str(body.gspId))?.[1];
      const typed = str(body.username).trim();
      const password = str(body.password);
      const errors: Record<string, string> = {};
      if (!type) errors.registrationType = 'Please select an option';
      if (type === 'gsp' && !gsp) errors.gspId = 'Please select your GSP';
      if (!USERNAME_RULE.test(typed)) errors.username = TEXT.userName;
      if (!PASSWORD_RULE.test(password)) errors.password = TEXT.password;
      if (str(body.confirmPassword) !== password) errors.confirmPassword = TEXT.mismatch;
      if (Object.keys(errors).length) return json(res, session, 400, { errors });
      if (type === 'direct') return json(res, session, 400, { message: TEXT.direct });
      if (type !== 'gsp' || !gsp) return json(res, session, 400, { message: TEXT.erp });
      const username = `API_${typed}`;
      if (state.users.some((user) => user.gstin === state.gstin && user.gsp === gsp)) {
        state.refusals.push('duplicate');
        return json(res, session, 409, {
          message: `GSTIN ${state.gstin} is already registered with the GSP ${gsp}. A GSTIN can have only one API user per GSP.`,
        });
      }
      if (state.users.some((user) => user.username.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        return json(res, session, 409, {
          message: `The username ${username} is already taken. Please choose a different username.`,
        });
      }
      state.users.push({
        gstin: state.gstin,
        gsp,
        username,
        password,
        createdOn: new Date().toISOString().slice(0, 10),
      });
      return json(res, session, 200, {
        message: `API user ${username} has been created successfully for ${gsp}.`,
        rows: rows(),
      });
    }

    return json(res, session, 404, { message: 'Not found' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const R6_MUI_LOGIN = LOGIN;

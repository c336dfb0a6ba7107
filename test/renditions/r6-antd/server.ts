/**
 * Rendition r6-antd: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a server-rendered site whose every page
 * mounts a small React + Ant Design v4 app would draw it: the server sends an empty #root and the
 * page props, and the page script builds the DOM antd v4 produces (Layout, horizontal and inline
 * Menu with rc-overflow and collapse motion, vertical/horizontal Form with Form.Item errors,
 * Input.Password, addonBefore groups, Radio.Group of buttons, a showSearch Select with rc-select's
 * hidden accessibility listbox and an rc-virtual-list, Table, Card, Alert, message, notification,
 * rc-dialog Modals that stay in the DOM after closing, Modal.success/error and Popconfirm) and does
 * every action with fetch(). Every line of markup, style and script is written here; no library files.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a session may be made to expire once: the first API call of that stage answers 401. */
export type R6AntdExpiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R6AntdOptions {
  expireOnce?: R6AntdExpiry;
  gstin?: string;
  tradeName?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
  /** Label of the middle menu level ("User Credentials"; some guides say "Client Credentials"). */
  credentialsLabel?: string;
  /** Whether the technical-contact modal opens on the first dashboard visit of a session (default true). */
  techContact?: boolean;
}

export interface R6AntdUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface R6AntdState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R6AntdUser[];
  /**
   * What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate'
   * (GSTIN already registered with that GSP), 'username-taken'.
   */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R6AntdRendition {
  url: string;
  close(): Promise<void>;
  state: R6AntdState;
}

const LOGIN = { username: 'gstadmin27', password: 'Einv#Portal2025' };
const MOBILE = 'XXXXXX4821';
const CREATE_PATH = '/api-registration/user-credentials/create-api-user';

/**
 * [value, label] of the GSP Select. Values are invented database ids; labels as the public guides
 * spell them. Ordered by id, so DEFMACRO comes last: beyond the eight rows the virtual list shows.
 */
const GSPS: [string, string][] = [
  ['104', 'Tera Software Limited'],
  ['107', 'Adaequare Info Private Limited'],
  ['111', 'Vay Network Services Pvt. Ltd.'],
  ['112', 'BVM IT Consulting Services India Private Limited'],
  ['115', 'Chartered Information Systems Private Limited'],
  ['118', 'Masters India Private Limited'],
  ['121', 'IRIS BUSINESS SERVICES LIMITED'],
  ['123', 'Cygnet Infotech Private Ltd'],
  ['126', 'Tally ( India) Private Ltd'],
  ['130', 'Webtel Electrosoft Private Limited'],
  ['134', 'DEFMACRO SOFTWARE PRIVATE LIMITED'],
];

const USERNAME_RULE = /^[A-Za-z0-9_]{4,20}$/;
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,20}$/;

const TEXT = {
  invalidLogin: 'Invalid Login Credentials. Please check the username and password and try again.',
  invalidCaptcha: 'Invalid Captcha. Please enter the characters shown in the image.',
  invalidLoginOtp: 'Invalid OTP. Please enter the OTP received on your registered mobile number.',
  invalidApiOtp: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
  otpNotSent: 'Please click Send OTP to receive an OTP first.',
  verifyFirst: 'Please verify the OTP before creating an API user.',
  direct:
    'Direct API access can be availed only by taxpayers whose aggregate turnover is above the notified limit.',
  erp: 'No ERP is registered for your GSTIN.',
  other: 'No Client-Id has been shared with your GSTIN by another taxpayer.',
  mode: 'Please select how you wish to register your GSTIN.',
  gsp: 'Please select your GSP.',
  userName: 'Username should be 4 to 20 characters: letters, digits or underscore.',
  password:
    'Password should be 8 to 20 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
  mismatch: 'The two passwords that you entered do not match!',
};

type MenuNode = { key: string; label: string; icon?: string; href?: string; children?: MenuNode[] };

function menuTree(credentialsLabel: string): MenuNode[] {
  return [
    { key: 'dashboard', label: 'Dashboard', icon: 'dashboard', href: '/dashboard' },
    {
      key: 'einvoice',
      label: 'e-Invoice',
      icon: 'file',
      children: [
        { key: 'generate', label: 'Generate', href: '/einvoice/generate' },
        { key: 'bulk-upload', label: 'Bulk Upload', href: '/einvoice/bulk-upload' },
        { key: 'cancel', label: 'Cancel', href: '/einvoice/cancel' },
        { key: 'print', label: 'Print', href: '/einvoice/print' },
      ],
    },
    {
      key: 'api-registration',
      label: 'API Registration',
      icon: 'api',
      children: [
        {
          key: 'user-credentials',
          label: credentialsLabel,
          children: [
            { key: 'create-api-user', label: 'Create API User', href: CREATE_PATH },
            {
              key: 'change-api-password',
              label: 'Change API Password',
              href: '/api-registration/user-credentials/change-password',
            },
            {
              key: 'freeze-api-user',
              label: 'Freeze API User',
              href: '/api-registration/user-credentials/freeze-api-user',
            },
          ],
        },
        { key: 'ip-whitelisting', label: 'IP Whitelisting', href: '/api-registration/ip-whitelisting' },
      ],
    },
    {
      key: 'mis-reports',
      label: 'MIS Reports',
      icon: 'bar-chart',
      children: [
        { key: 'irn-details', label: 'IRN Details', href: '/mis/irn-details' },
        { key: 'summary', label: 'Summary Report', href: '/mis/summary' },
      ],
    },
    {
      key: 'user-management',
      label: 'User Management',
      icon: 'team',
      children: [
        { key: 'create-sub-user', label: 'Create Sub User', href: '/users/create' },
        { key: 'update-profile', label: 'Update Profile', href: '/users/profile' },
      ],
    },
  ];
}

/** Leaf key -> [href, label, ancestor keys]. */
function leaves(
  nodes: MenuNode[],
  trail: string[] = [],
): { key: string; href: string; label: string; open: string[] }[] {
  const out: { key: string; href: string; label: string; open: string[] }[] = [];
  for (const node of nodes) {
    if (node.children) out.push(...leaves(node.children, [...trail, node.key]));
    else if (node.href) out.push({ key: node.key, href: node.href, label: node.label, open: trail });
  }
  return out;
}

const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function captchaSvg(text: string): string {
  const colours = ['#2f4858', '#8e2c48', '#1d5c96', '#3d6b21', '#6b3fa0'];
  const tilt = [-14, 9, -6, 13, -10, 7];
  let noise = '';
  for (let i = 0; i < 7; i++) {
    const y1 = 6 + ((i * 13) % 34);
    const y2 = 40 - ((i * 17) % 32);
    noise += `<line x1="${(i * 19) % 30}" y1="${y1}" x2="${110 + ((i * 7) % 30)}" y2="${y2}" stroke="${colours[i % colours.length]}" stroke-opacity="0.35" stroke-width="1"/>`;
  }
  const chars = [...text]
    .map((c, i) => {
      const x = 16 + i * 24;
      const y = 31 + (i % 2 ? -3 : 2);
      return `<text x="${x}" y="${y}" transform="rotate(${tilt[i % tilt.length]} ${x + 7} ${y - 9})" font-family="Verdana, DejaVu Sans, sans-serif" font-size="24" font-weight="700" fill="${colours[i % colours.length]}">${esc(c)}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="44" viewBox="0 0 150 44"><rect width="150" height="44" rx="2" fill="#eef3f8"/>${noise}${chars}</svg>`;
}

const CSS = `
*,*::before,*::after{box-sizing:border-box}
html,body{margin:0;width:100%;height:100%}
body{font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans',sans-serif;font-size:14px;line-height:1.5715;color:rgba(0,0,0,.85);background:#f0f2f5;font-variant:tabular-nums}
a{color:#1890ff;text-decoration:none;background:transparent;outline:none;cursor:pointer;transition:color .3s}
a:hover{color:#40a9ff}
p{margin:0 0 1em}
h1,h2,h3,h4{margin:0 0 .5em;color:rgba(0,0,0,.85);font-weight:500}
.anticon{display:inline-block;color:inherit;font-style:normal;line-height:0;text-align:center;text-transform:none;vertical-align:-.125em;text-rendering:optimizeLegibility}
.anticon>*{line-height:1}
.anticon svg{display:inline-block}
.anticon-loading svg,.anticon-spin svg{animation:loadingCircle 1s infinite linear}
@keyframes loadingCircle{100%{transform:rotate(360deg)}}
.ant-typography{color:rgba(0,0,0,.85);overflow-wrap:break-word}
h3.ant-typography{font-size:24px;line-height:1.35;font-weight:600;margin-bottom:.5em}
h4.ant-typography{font-size:20px;line-height:1.4;font-weight:600;margin-bottom:.5em}
h5.ant-typography{font-size:16px;line-height:1.5;font-weight:600;margin-bottom:.5em}
.ant-typography-secondary{color:rgba(0,0,0,.45)}
a.ant-typography{color:#1890ff;cursor:pointer}
.ant-divider{box-sizing:border-box;margin:0;padding:0;border-top:1px solid rgba(0,0,0,.06)}
.ant-divider-horizontal{display:flex;clear:both;width:100%;min-width:100%;margin:24px 0}
.ant-divider-vertical{position:relative;top:-.06em;display:inline-block;height:.9em;margin:0 8px;vertical-align:middle;border-top:0;border-left:1px solid rgba(0,0,0,.06)}
.ant-row{display:flex;flex-flow:row wrap;min-width:0}
.ant-col{position:relative;max-width:100%;min-height:1px}
.ant-col-6{display:block;flex:0 0 25%;max-width:25%}
.ant-col-8{display:block;flex:0 0 33.33333333%;max-width:33.33333333%}
.ant-col-12{display:block;flex:0 0 50%;max-width:50%}
.ant-col-16{display:block;flex:0 0 66.66666667%;max-width:66.66666667%}
.ant-col-offset-8{margin-left:33.33333333%}
.ant-space{display:inline-flex;gap:8px;align-items:center}
/* layout */
.ant-layout{display:flex;flex:auto;flex-direction:column;min-height:0;background:#f0f2f5}
.ant-layout.ant-layout-has-sider{flex-direction:row}
.ant-layout.ant-layout-has-sider>.ant-layout{width:0}
.ant-layout-header{flex:0 0 auto;height:64px;padding:0 50px;color:rgba(0,0,0,.85);line-height:64px;background:#001529}
.ant-layout-content{flex:auto;min-height:0}
.ant-layout-footer{flex:0 0 auto;padding:24px 50px;color:rgba(0,0,0,.45);font-size:13px;background:#f0f2f5;text-align:center}
.ant-layout-sider{position:relative;min-width:0;background:#001529;transition:all .2s}
.ant-layout-sider-children{height:100%;margin-top:-.1px;padding-top:.1px}
/* menu */
.ant-menu{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;line-height:0;text-align:left;list-style:none;background:#fff;outline:none;transition:background .3s,width .3s cubic-bezier(.2,0,0,1) 0s}
.ant-menu ul,.ant-menu ol{margin:0;padding:0;list-style:none}
.ant-menu-hidden,.ant-menu-submenu-hidden{display:none}
.ant-menu-item,.ant-menu-submenu-title{position:relative;display:block;margin:0;padding:0 20px;white-space:nowrap;cursor:pointer;transition:border-color .3s,background .3s,padding .3s cubic-bezier(.645,.045,.355,1)}
.ant-menu-item a{color:inherit}
.ant-menu-item a::before{position:absolute;top:0;right:0;bottom:0;left:0;background-color:transparent;content:''}
.ant-menu-item .ant-menu-item-icon+span,.ant-menu-submenu-title .ant-menu-item-icon+span{margin-left:10px;opacity:1;transition:opacity .3s cubic-bezier(.645,.045,.355,1),margin .3s,color .3s}
.ant-menu-item-icon{min-width:14px;font-size:14px}
.ant-menu-title-content{transition:color .3s}
.ant-menu-inline{width:100%}
.ant-menu-inline .ant-menu-item,.ant-menu-inline .ant-menu-submenu-title{height:40px;margin-top:4px;margin-bottom:4px;padding:0 16px;overflow:hidden;line-height:40px;text-overflow:ellipsis;width:calc(100% + 1px)}
.ant-menu-inline .ant-menu-submenu-title{padding-right:34px}
.ant-menu-inline .ant-menu-submenu{padding-bottom:.02px}
.ant-menu-sub.ant-menu-inline{padding:0;border:0;border-radius:0;box-shadow:none}
.ant-menu-submenu-arrow{position:absolute;top:50%;right:16px;width:10px;color:inherit;transform:translateY(-50%);transition:transform .3s cubic-bezier(.645,.045,.355,1)}
.ant-menu-submenu-arrow::before,.ant-menu-submenu-arrow::after{position:absolute;width:6px;height:1.5px;background-color:currentColor;border-radius:2px;transition:background .3s,transform .3s,top .3s,color .3s;content:''}
.ant-menu-submenu-inline>.ant-menu-submenu-title .ant-menu-submenu-arrow::before{transform:rotate(-45deg) translateX(2.5px)}
.ant-menu-submenu-inline>.ant-menu-submenu-title .ant-menu-submenu-arrow::after{transform:rotate(45deg) translateX(-2.5px)}
.ant-menu-submenu-open.ant-menu-submenu-inline>.ant-menu-submenu-title .ant-menu-submenu-arrow{transform:translateY(-2px)}
.ant-menu-submenu-open.ant-menu-submenu-inline>.ant-menu-submenu-title .ant-menu-submenu-arrow::after{transform:rotate(-45deg) translateX(-2.5px)}
.ant-menu-submenu-open.ant-menu-submenu-inline>.ant-menu-submenu-title .ant-menu-submenu-arrow::before{transform:rotate(45deg) translateX(2.5px)}
.ant-motion-collapse{overflow:hidden}
.ant-motion-collapse-enter-active,.ant-motion-collapse-leave-active,.ant-motion-collapse-appear-active{transition:height .2s cubic-bezier(.645,.045,.355,1),opacity .2s cubic-bezier(.645,.045,.355,1)!important}
.ant-menu-dark,.ant-menu-dark .ant-menu-sub{color:rgba(255,255,255,.65);background:#001529}
.ant-menu-dark.ant-menu-inline .ant-menu-sub.ant-menu-inline{background:#000c17}
.ant-menu-dark .ant-menu-item,.ant-menu-dark .ant-menu-submenu-title{color:rgba(255,255,255,.65)}
.ant-menu-dark .ant-menu-item:hover,.ant-menu-dark .ant-menu-submenu-title:hover,.ant-menu-dark .ant-menu-item-active{color:#fff;background:transparent}
.ant-menu-dark .ant-menu-submenu-selected>.ant-menu-submenu-title{color:#fff}
.ant-menu-dark .ant-menu-item-selected,.ant-menu-dark.ant-menu-inline .ant-menu-item-selected{color:#fff;background-color:#1890ff}
.ant-menu-horizontal{line-height:46px;border:0;border-bottom:1px solid #f0f0f0;box-shadow:none}
.ant-menu-overflow{display:flex}
.ant-menu-overflow-item{flex:none}
.ant-menu-horizontal>.ant-menu-item,.ant-menu-horizontal>.ant-menu-submenu{position:relative;top:1px;display:inline-block;vertical-align:bottom;padding:0 20px}
.ant-menu-dark.ant-menu-horizontal{border-bottom:0;line-height:64px;background:transparent}
.ant-menu-dark.ant-menu-horizontal>.ant-menu-item,.ant-menu-dark.ant-menu-horizontal>.ant-menu-submenu{top:0;margin-top:0;padding:0 20px;border-bottom:0}
.ant-menu-dark.ant-menu-horizontal>.ant-menu-item-selected{color:#fff;background-color:#1890ff}
.ant-menu-submenu-popup{position:absolute;z-index:1050;background:transparent;border-radius:2px;box-shadow:none}
.ant-menu-submenu-popup>.ant-menu{min-width:160px;border-radius:2px;box-shadow:0 3px 6px -4px rgba(0,0,0,.12),0 6px 16px 0 rgba(0,0,0,.08),0 9px 28px 8px rgba(0,0,0,.05)}
.ant-menu-vertical .ant-menu-item{height:40px;margin:4px 0;padding:0 16px;line-height:40px}
/* form */
.ant-form{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;list-style:none}
.ant-form-item{box-sizing:border-box;margin:0 0 24px;padding:0;vertical-align:top;transition:margin-bottom .3s linear 17ms}
.ant-form-item-with-help{margin-bottom:0;transition:none}
.ant-form-vertical .ant-form-item{flex-direction:column}
.ant-form-item-label{display:inline-block;flex-grow:0;overflow:hidden;white-space:nowrap;text-align:right;vertical-align:middle}
.ant-form-vertical .ant-form-item-label{padding:0 0 8px;line-height:1.5715;white-space:initial;text-align:left}
.ant-form-item-label>label{position:relative;display:inline-flex;align-items:center;max-width:100%;height:32px;color:rgba(0,0,0,.85);font-size:14px}
.ant-form-vertical .ant-form-item-label>label{height:auto}
.ant-form-item-label>label.ant-form-item-required::before{display:inline-block;margin-right:4px;color:#ff4d4f;font-size:14px;font-family:SimSun,sans-serif;line-height:1;content:'*'}
.ant-form-horizontal .ant-form-item-label>label::after{content:':';position:relative;top:-.5px;margin:0 8px 0 2px}
.ant-form-item-control{display:flex;flex-direction:column;flex-grow:1}
.ant-form-vertical .ant-form-item-control{width:100%}
.ant-form-item-control-input{position:relative;display:flex;align-items:center;min-height:32px}
.ant-form-item-control-input-content{flex:auto;max-width:100%}
.ant-form-item-explain,.ant-form-item-extra{clear:both;color:rgba(0,0,0,.45);font-size:14px;line-height:1.5715;transition:color .3s cubic-bezier(.215,.61,.355,1)}
.ant-form-item-explain-connected{width:100%}
.ant-form-item-explain-error{color:#ff4d4f}
.ant-form-item-extra{min-height:24px}
/* input */
.ant-input{box-sizing:border-box;margin:0;position:relative;display:inline-block;width:100%;min-width:0;padding:4px 11px;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;background-color:#fff;background-image:none;border:1px solid #d9d9d9;border-radius:2px;transition:all .3s;font-family:inherit}
.ant-input::placeholder{color:#bfbfbf}
.ant-input:hover{border-color:#40a9ff}
.ant-input:focus,.ant-input-focused{border-color:#40a9ff;box-shadow:0 0 0 2px rgba(24,144,255,.2);outline:0}
.ant-input-status-error,.ant-input-status-error:hover{border-color:#ff4d4f}
.ant-input-status-error:focus{border-color:#ff7875;box-shadow:0 0 0 2px rgba(255,77,79,.2)}
.ant-input-affix-wrapper{position:relative;display:inline-flex;width:100%;min-width:0;padding:4px 11px;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;background-color:#fff;border:1px solid #d9d9d9;border-radius:2px;transition:all .3s}
.ant-input-affix-wrapper:hover{border-color:#40a9ff}
.ant-input-affix-wrapper-focused{border-color:#40a9ff;box-shadow:0 0 0 2px rgba(24,144,255,.2);outline:0}
.ant-input-affix-wrapper>input.ant-input{padding:0;border:none;outline:none;box-shadow:none}
.ant-input-affix-wrapper-status-error,.ant-input-affix-wrapper-status-error:hover{border-color:#ff4d4f}
.ant-input-suffix{display:flex;flex:none;align-items:center;margin-left:4px}
.ant-input-password-icon{color:rgba(0,0,0,.45);cursor:pointer;transition:all .3s}
.ant-input-password-icon:hover{color:rgba(0,0,0,.85)}
.ant-input-group-wrapper{display:inline-block;width:100%;text-align:start;vertical-align:top}
.ant-input-group{position:relative;display:table;width:100%;border-collapse:separate;border-spacing:0}
.ant-input-group>.ant-input,.ant-input-group-addon{display:table-cell}
.ant-input-group-addon{position:relative;width:1px;padding:0 11px;color:rgba(0,0,0,.85);font-weight:400;font-size:14px;text-align:center;white-space:nowrap;vertical-align:middle;background-color:#fafafa;border:1px solid #d9d9d9;border-radius:2px;transition:all .3s}
.ant-input-group-addon:first-child{border-right:0;border-top-right-radius:0;border-bottom-right-radius:0}
.ant-input-group>.ant-input:last-child{border-top-left-radius:0;border-bottom-left-radius:0}
.ant-input-group-wrapper-status-error .ant-input-group-addon{color:#ff4d4f;border-color:#ff4d4f}
/* button */
.ant-btn{position:relative;display:inline-block;font-weight:400;white-space:nowrap;text-align:center;background-image:none;border:1px solid transparent;box-shadow:0 2px 0 rgba(0,0,0,.015);cursor:pointer;transition:all .3s cubic-bezier(.645,.045,.355,1);user-select:none;touch-action:manipulation;height:32px;padding:4px 15px;font-size:14px;border-radius:2px;color:rgba(0,0,0,.85);border-color:#d9d9d9;background:#fff;line-height:1.5715;font-family:inherit}
.ant-btn>span{display:inline-block}
.ant-btn:hover,.ant-btn:focus{color:#40a9ff;border-color:#40a9ff;background:#fff;outline:0}
.ant-btn-primary{color:#fff;border-color:#1890ff;background:#1890ff;text-shadow:0 -1px 0 rgba(0,0,0,.12);box-shadow:0 2px 0 rgba(0,0,0,.045)}
.ant-btn-primary:hover,.ant-btn-primary:focus{color:#fff;border-color:#40a9ff;background:#40a9ff}
.ant-btn-dangerous{color:#ff4d4f;border-color:#ff4d4f;background:#fff}
.ant-btn-dangerous:hover,.ant-btn-dangerous:focus{color:#ff7875;border-color:#ff7875;background:#fff}
.ant-btn-link{color:#1890ff;border-color:transparent;background:transparent;box-shadow:none}
.ant-btn-sm{height:24px;padding:0 7px;font-size:14px;border-radius:2px}
.ant-btn-block{width:100%}
.ant-btn[disabled],.ant-btn[disabled]:hover{color:rgba(0,0,0,.25);border-color:#d9d9d9;background:#f5f5f5;text-shadow:none;box-shadow:none;cursor:not-allowed}
.ant-btn.ant-btn-loading{position:relative;cursor:default}
.ant-btn.ant-btn-loading::before{position:absolute;top:-1px;right:-1px;bottom:-1px;left:-1px;z-index:1;display:block;background:#fff;border-radius:inherit;opacity:.35;transition:opacity .2s;content:'';pointer-events:none}
.ant-btn>.ant-btn-loading-icon .anticon{padding-right:8px}
.ant-btn+.ant-btn{margin-left:8px}
/* select */
.ant-select{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;position:relative;display:inline-block;cursor:pointer}
.ant-select-single .ant-select-selector{position:relative;display:flex;width:100%;height:32px;padding:0 11px;background-color:#fff;border:1px solid #d9d9d9;border-radius:2px;transition:all .3s cubic-bezier(.645,.045,.355,1)}
.ant-select-show-search.ant-select .ant-select-selector{cursor:text}
.ant-select-show-search.ant-select .ant-select-selector input{cursor:auto}
.ant-select:hover .ant-select-selector{border-color:#40a9ff}
.ant-select-focused .ant-select-selector{border-color:#40a9ff;box-shadow:0 0 0 2px rgba(24,144,255,.2);outline:0}
.ant-select-status-error .ant-select-selector,.ant-select-status-error:hover .ant-select-selector{border-color:#ff4d4f!important}
.ant-select-single .ant-select-selector .ant-select-selection-search{position:absolute;top:0;right:11px;bottom:0;left:11px}
.ant-select-single .ant-select-selector .ant-select-selection-search-input{width:100%;height:30px;margin:0;padding:0;background:transparent;border:none;outline:none;appearance:none;font:inherit;color:inherit}
.ant-select-selection-search-input::-webkit-search-cancel-button{display:none;-webkit-appearance:none}
.ant-select-single .ant-select-selector .ant-select-selection-item,.ant-select-single .ant-select-selector .ant-select-selection-placeholder{flex:1;padding:0 18px 0 0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;line-height:30px;transition:all .3s}
.ant-select-single .ant-select-selector .ant-select-selection-item{position:relative;user-select:none}
.ant-select-selection-placeholder{color:#bfbfbf;pointer-events:none}
.ant-select-single.ant-select-open .ant-select-selection-item{color:#bfbfbf}
.ant-select-arrow{position:absolute;top:50%;right:11px;display:flex;align-items:center;height:12px;margin-top:-6px;color:rgba(0,0,0,.25);font-size:12px;line-height:1;text-align:center;pointer-events:none}
.ant-select-dropdown{box-sizing:border-box;margin:0;padding:4px 0;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;position:absolute;top:-9999px;left:-9999px;z-index:1050;overflow:hidden;background-color:#fff;border-radius:2px;outline:none;box-shadow:0 3px 6px -4px rgba(0,0,0,.12),0 6px 16px 0 rgba(0,0,0,.08),0 9px 28px 8px rgba(0,0,0,.05)}
.ant-select-dropdown-hidden{display:none}
.ant-select-item{position:relative;display:block;min-height:32px;padding:5px 12px;color:rgba(0,0,0,.85);font-weight:400;font-size:14px;line-height:22px;cursor:pointer;transition:background .3s ease}
.ant-select-item-empty{position:relative;display:block;min-height:32px;padding:5px 12px;color:rgba(0,0,0,.25);line-height:22px}
.ant-select-item-option{display:flex}
.ant-select-item-option-content{flex:auto;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.ant-select-item-option-state{flex:none}
.ant-select-item-option-active{background-color:#f5f5f5}
.ant-select-item-option-selected{color:rgba(0,0,0,.85);font-weight:600;background-color:#e6f7ff}
.rc-virtual-list{position:relative}
.ant-slide-up-enter.ant-slide-up-enter-active{animation:antSlideUpIn .2s cubic-bezier(.23,1,.32,1) both}
.ant-slide-up-leave.ant-slide-up-leave-active{animation:antSlideUpOut .2s cubic-bezier(.755,.05,.855,.06) both;pointer-events:none}
@keyframes antSlideUpIn{0%{transform:scaleY(.8);transform-origin:0 0;opacity:0}100%{transform:scaleY(1);transform-origin:0 0;opacity:1}}
@keyframes antSlideUpOut{0%{transform:scaleY(1);transform-origin:0 0;opacity:1}100%{transform:scaleY(.8);transform-origin:0 0;opacity:0}}
/* radio buttons */
.ant-radio-group{box-sizing:border-box;margin:0;padding:0;display:inline-block;font-size:0;line-height:unset}
.ant-radio-button-wrapper{position:relative;display:inline-block;height:32px;margin:0;padding:0 15px;color:rgba(0,0,0,.85);font-size:14px;line-height:30px;background:#fff;border:1px solid #d9d9d9;border-top-width:1.02px;border-left-width:0;cursor:pointer;transition:color .3s,background .3s,border-color .3s,box-shadow .3s}
.ant-radio-button-wrapper:first-child{border-left:1px solid #d9d9d9;border-radius:2px 0 0 2px}
.ant-radio-button-wrapper:last-child{border-radius:0 2px 2px 0}
.ant-radio-button-wrapper:not(:first-child)::before{position:absolute;top:-1px;left:-1px;display:block;box-sizing:content-box;width:1px;height:100%;padding:1px 0;background-color:#d9d9d9;transition:background-color .3s;content:''}
.ant-radio-button{position:absolute;top:0;left:0;z-index:-1;width:100%;height:100%}
.ant-radio-button-wrapper .ant-radio-inner,.ant-radio-button-wrapper input[type='radio']{width:0;height:0;opacity:0;pointer-events:none}
.ant-radio-button-wrapper:hover{position:relative;color:#1890ff}
.ant-radio-button-wrapper-checked{z-index:1;color:#1890ff;background:#fff;border-color:#1890ff}
.ant-radio-button-wrapper-checked::before{background-color:#1890ff!important}
.ant-radio-button-wrapper-checked:first-child{border-color:#1890ff}
/* card */
.ant-card{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;position:relative;background:#fff;border-radius:2px}
.ant-card-bordered{border:1px solid #f0f0f0}
.ant-card-head{min-height:48px;margin-bottom:-1px;padding:0 24px;color:rgba(0,0,0,.85);font-weight:500;font-size:16px;background:transparent;border-bottom:1px solid #f0f0f0;border-radius:2px 2px 0 0}
.ant-card-head-wrapper{display:flex;align-items:center}
.ant-card-head-title{display:inline-block;flex:1;padding:16px 0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.ant-card-body{padding:24px}
.ant-statistic-title{margin-bottom:4px;color:rgba(0,0,0,.45);font-size:14px}
.ant-statistic-content{color:rgba(0,0,0,.85);font-size:24px}
/* alert */
.ant-alert{box-sizing:border-box;margin:0;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;position:relative;display:flex;align-items:center;padding:8px 15px;word-wrap:break-word;border-radius:2px}
.ant-alert-content{flex:1;min-width:0}
.ant-alert-icon{margin-right:8px}
.ant-alert-success{background-color:#f6ffed;border:1px solid #b7eb8f}
.ant-alert-success .ant-alert-icon{color:#52c41a}
.ant-alert-info{background-color:#e6f7ff;border:1px solid #91d5ff}
.ant-alert-info .ant-alert-icon{color:#1890ff}
.ant-alert-warning{background-color:#fffbe6;border:1px solid #ffe58f}
.ant-alert-warning .ant-alert-icon{color:#faad14}
/* table */
.ant-table-wrapper{clear:both;max-width:100%}
.ant-table{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;position:relative;background:#fff;border-radius:2px}
.ant-table table{width:100%;text-align:left;border-radius:2px 2px 0 0;border-collapse:separate;border-spacing:0}
.ant-table-thead>tr>th,.ant-table-tbody>tr>td{position:relative;padding:16px;overflow-wrap:break-word}
.ant-table-thead>tr>th{color:rgba(0,0,0,.85);font-weight:500;text-align:left;background:#fafafa;border-bottom:1px solid #f0f0f0;transition:background .3s ease}
.ant-table-thead>tr>th:not(:last-child)::before{position:absolute;top:50%;right:0;width:1px;height:1.6em;background-color:rgba(0,0,0,.06);transform:translateY(-50%);transition:background-color .3s;content:''}
.ant-table-tbody>tr>td{border-bottom:1px solid #f0f0f0;transition:background .3s}
.ant-table-tbody>tr.ant-table-row:hover>td{background:#fafafa}
.ant-table-tbody>tr.ant-table-placeholder>td{text-align:center;color:rgba(0,0,0,.25)}
.ant-table-tbody>tr.ant-table-placeholder:hover>td{background:#fff}
.ant-pagination{display:flex;flex-wrap:wrap;row-gap:8px;margin:16px 0;padding:0;list-style:none;font-size:14px}
.ant-table-pagination-right{justify-content:flex-end}
.ant-pagination-item,.ant-pagination-prev,.ant-pagination-next{min-width:32px;height:32px;margin-right:8px;line-height:30px;text-align:center;list-style:none;border-radius:2px}
.ant-pagination-item{border:1px solid #d9d9d9;background:#fff}
.ant-pagination-item-active{font-weight:500;border-color:#1890ff}
.ant-pagination-item-link{width:100%;height:100%;padding:0;font-size:12px;background:#fff;border:1px solid #d9d9d9;border-radius:2px;color:rgba(0,0,0,.25)}
.ant-empty{margin:0 8px;font-size:14px;line-height:1.5715;text-align:center}
.ant-empty-normal{margin:32px 0;color:rgba(0,0,0,.25)}
.ant-empty-small{margin:8px 0;color:rgba(0,0,0,.25)}
.ant-empty-normal .ant-empty-image{height:40px;margin-bottom:8px}
.ant-empty-small .ant-empty-image{height:35px}
.ant-empty-image svg{height:100%;margin:auto}
/* message, notification */
.ant-message{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;position:fixed;top:8px;left:0;z-index:1010;width:100%;pointer-events:none}
.ant-message-notice{padding:8px;text-align:center}
.ant-message-notice-content{display:inline-block;padding:10px 16px;background:#fff;border-radius:2px;box-shadow:0 3px 6px -4px rgba(0,0,0,.12),0 6px 16px 0 rgba(0,0,0,.08),0 9px 28px 8px rgba(0,0,0,.05);pointer-events:all}
.ant-message-success .anticon{color:#52c41a}
.ant-message-error .anticon{color:#ff4d4f}
.ant-message-warning .anticon{color:#faad14}
.ant-message-info .anticon{color:#1890ff}
.ant-message .anticon{position:relative;top:1px;margin-right:8px;font-size:16px}
.ant-move-up-enter.ant-move-up-enter-active{animation:antMoveUpIn .3s both}
.ant-move-up-leave.ant-move-up-leave-active{animation:antMoveUpOut .3s both}
@keyframes antMoveUpIn{0%{transform:translateY(-100%);opacity:0}100%{transform:translateY(0);opacity:1}}
@keyframes antMoveUpOut{0%{transform:translateY(0);opacity:1}100%{transform:translateY(-100%);opacity:0}}
.ant-notification{box-sizing:border-box;margin:0 24px 0 0;padding:0;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;position:fixed;z-index:1010}
.ant-notification-notice{position:relative;width:384px;max-width:calc(100vw - 48px);margin-bottom:16px;margin-left:auto;padding:16px 24px;overflow:hidden;line-height:1.5715;word-wrap:break-word;background:#fff;border-radius:2px;box-shadow:0 3px 6px -4px rgba(0,0,0,.12),0 6px 16px 0 rgba(0,0,0,.08),0 9px 28px 8px rgba(0,0,0,.05)}
.ant-notification-notice-message{margin-bottom:8px;color:rgba(0,0,0,.85);font-size:16px;line-height:24px}
.ant-notification-notice-with-icon .ant-notification-notice-message{margin-bottom:4px;margin-left:48px;font-size:16px}
.ant-notification-notice-with-icon .ant-notification-notice-description{margin-left:48px;font-size:14px}
.ant-notification-notice-icon{position:absolute;margin-left:4px;font-size:24px;line-height:24px}
.ant-notification-notice-icon-error{color:#ff4d4f}
.ant-notification-notice-icon-success{color:#52c41a}
.ant-notification-notice-close{position:absolute;top:16px;right:22px;color:rgba(0,0,0,.45);outline:none}
.ant-notification-notice-close:hover{color:rgba(0,0,0,.67)}
.ant-notification-fade-enter.ant-notification-fade-enter-active{animation:antNotificationFadeIn .24s both}
.ant-notification-fade-leave.ant-notification-fade-leave-active{animation:antNotificationFadeOut .2s both}
@keyframes antNotificationFadeIn{0%{left:384px;opacity:0}100%{left:0;opacity:1}}
@keyframes antNotificationFadeOut{0%{max-height:150px;margin-bottom:16px}100%{max-height:0;margin-bottom:0;padding-top:0;padding-bottom:0;opacity:0}}
/* modal */
.ant-modal-mask{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1000;height:100%;background-color:rgba(0,0,0,.45)}
.ant-modal-mask-hidden{display:none}
.ant-modal-wrap{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1000;overflow:auto;outline:0}
.ant-modal{box-sizing:border-box;margin:0 auto;padding:0 0 24px;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;pointer-events:none;position:relative;top:100px;width:auto;max-width:calc(100vw - 32px)}
.ant-modal-content{position:relative;background-color:#fff;background-clip:padding-box;border:0;border-radius:2px;box-shadow:0 3px 6px -4px rgba(0,0,0,.12),0 6px 16px 0 rgba(0,0,0,.08),0 9px 28px 8px rgba(0,0,0,.05);pointer-events:auto}
.ant-modal-close{position:absolute;top:0;right:0;z-index:10;padding:0;color:rgba(0,0,0,.45);font-weight:700;line-height:1;text-decoration:none;background:transparent;border:0;outline:0;cursor:pointer;transition:color .3s}
.ant-modal-close-x{display:block;width:56px;height:56px;font-size:16px;font-style:normal;line-height:56px;text-align:center;text-transform:none}
.ant-modal-close:hover{color:rgba(0,0,0,.75)}
.ant-modal-header{padding:16px 24px;color:rgba(0,0,0,.85);background:#fff;border-bottom:1px solid #f0f0f0;border-radius:2px 2px 0 0}
.ant-modal-title{margin:0;color:rgba(0,0,0,.85);font-weight:500;font-size:16px;line-height:22px;word-wrap:break-word}
.ant-modal-body{padding:24px;font-size:14px;line-height:1.5715;word-wrap:break-word}
.ant-modal-footer{padding:10px 16px;text-align:right;background:transparent;border-top:1px solid #f0f0f0;border-radius:0 0 2px 2px}
.ant-modal-confirm .ant-modal-header{display:none}
.ant-modal-confirm .ant-modal-body{padding:32px 32px 24px}
.ant-modal-confirm-body-wrapper::after{display:table;clear:both;content:''}
.ant-modal-confirm-body .ant-modal-confirm-title{display:block;overflow:hidden;color:rgba(0,0,0,.85);font-weight:500;font-size:16px;line-height:1.4}
.ant-modal-confirm-body .ant-modal-confirm-content{margin-top:8px;color:rgba(0,0,0,.85);font-size:14px}
.ant-modal-confirm-body>.anticon{float:left;margin-right:16px;font-size:22px}
.ant-modal-confirm-body>.anticon+.ant-modal-confirm-title+.ant-modal-confirm-content{margin-left:38px}
.ant-modal-confirm .ant-modal-confirm-btns{float:right;margin-top:24px}
.ant-modal-confirm-error .ant-modal-confirm-body>.anticon{color:#ff4d4f}
.ant-modal-confirm-success .ant-modal-confirm-body>.anticon{color:#52c41a}
.ant-modal-confirm-warning .ant-modal-confirm-body>.anticon{color:#faad14}
.ant-zoom-appear.ant-zoom-appear-active{animation:antZoomIn .3s cubic-bezier(.08,.82,.17,1) both}
.ant-zoom-leave.ant-zoom-leave-active{animation:antZoomOut .2s cubic-bezier(.78,.14,.15,.86) both;pointer-events:none}
.ant-fade-appear.ant-fade-appear-active{animation:antFadeIn .3s linear both}
.ant-fade-leave.ant-fade-leave-active{animation:antFadeOut .2s linear both}
.ant-zoom-big-appear.ant-zoom-big-appear-active{animation:antZoomIn .2s cubic-bezier(.08,.82,.17,1) both}
@keyframes antZoomIn{0%{transform:scale(.2);opacity:0}100%{transform:scale(1);opacity:1}}
@keyframes antZoomOut{0%{transform:scale(1)}100%{transform:scale(.2);opacity:0}}
@keyframes antFadeIn{0%{opacity:0}100%{opacity:1}}
@keyframes antFadeOut{0%{opacity:1}100%{opacity:0}}
/* popover */
.ant-popover{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;position:absolute;top:0;left:0;z-index:1030;font-weight:400;white-space:normal;text-align:left;cursor:auto;user-select:text}
.ant-popover-hidden{display:none}
.ant-popover-placement-top{padding-bottom:15.3px}
.ant-popover-inner{background-color:#fff;background-clip:padding-box;border-radius:2px;box-shadow:0 3px 6px -4px rgba(0,0,0,.12),0 6px 16px 0 rgba(0,0,0,.08),0 9px 28px 8px rgba(0,0,0,.05)}
.ant-popover-inner-content{padding:12px 16px;color:rgba(0,0,0,.85)}
.ant-popover-message{position:relative;padding:4px 0 12px;color:rgba(0,0,0,.85);font-size:14px}
.ant-popover-message>.anticon{position:absolute;top:8px;color:#faad14;font-size:14px}
.ant-popover-message-title{padding-left:22px}
.ant-popover-buttons{margin-bottom:4px;text-align:right}
.ant-popover-arrow{position:absolute;display:block;width:22px;height:22px;overflow:hidden;background:transparent;pointer-events:none}
.ant-popover-placement-top .ant-popover-arrow{bottom:-6.7px;left:50%;transform:translateX(-50%)}
.ant-popover-arrow-content{position:absolute;top:0;right:0;bottom:0;left:0;display:block;width:11.3px;height:11.3px;margin:auto;background-color:#fff;transform:rotate(45deg);box-shadow:3px 3px 7px rgba(0,0,0,.07)}
/* breadcrumb */
.ant-breadcrumb{color:rgba(0,0,0,.45);font-size:14px;margin-bottom:16px}
.ant-breadcrumb-separator{margin:0 8px;color:rgba(0,0,0,.45)}
.ant-breadcrumb>span:last-child{color:rgba(0,0,0,.85)}
/* site */
.app-root{min-height:100vh}
.app-logo{display:flex;align-items:center;gap:10px;height:64px;padding:0 24px;color:#fff;font-weight:600;font-size:16px;line-height:64px;white-space:nowrap;overflow:hidden}
.app-header{display:flex;align-items:center;justify-content:space-between;padding:0 24px;background:#fff;box-shadow:0 1px 4px rgba(0,21,41,.08);line-height:64px}
.app-header-title{font-size:16px;font-weight:600}
.app-header-right{display:flex;align-items:center;gap:4px;white-space:nowrap}
.app-content{padding:24px;margin:0}
.home-header{display:flex;align-items:center;padding:0 24px;gap:24px}
.home-logo{flex:none;display:flex;align-items:center;gap:10px;color:#fff;font-size:18px;font-weight:600}
.home-menu{flex:auto;min-width:0}
.home-hero{padding:48px 50px 24px}
.login-wrap{display:flex;justify-content:center;padding:48px 16px}
.login-card{width:420px;max-width:100%}
.captcha-line{display:flex;align-items:center;gap:12px;margin-bottom:8px}
.captcha-line img{display:block;border:1px solid #d9d9d9;border-radius:2px}
.otp-links{margin-top:12px;text-align:center}
.form-actions{margin-top:8px}
`;

const APP_JS = `
(function () {
  'use strict';
  var d = document;
  var P = window.__PAGE_PROPS__ || {};
  var seq = 0;

  function append(el, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { for (var i = 0; i < c.length; i++) append(el, c[i]); return; }
    el.appendChild(typeof c === 'object' ? c : d.createTextNode(String(c)));
  }
  function h(tag, props) {
    var el = d.createElement(tag);
    if (props) {
      for (var k in props) {
        if (!Object.prototype.hasOwnProperty.call(props, k)) continue;
        var v = props[k];
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') el.className = v;
        else if (k === 'style') el.setAttribute('style', v);
        else if (k === 'value') el.value = v;
        else if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
        else el.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }

  var EYE = '<path d="M512 272C316 272 168 408 96 512c72 104 220 240 416 240s344-136 416-240C856 408 708 272 512 272z" fill="none" stroke="currentColor" stroke-width="64"/><circle cx="512" cy="512" r="112"/>';
  var SVG = {
    close: '<path d="M240 240L784 784M784 240L240 784" stroke="currentColor" stroke-width="90" stroke-linecap="round" fill="none"/>',
    'check-circle': '<circle cx="512" cy="512" r="448"/><path d="M320 520l128 128 256-272" stroke="#fff" stroke-width="80" fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
    'close-circle': '<circle cx="512" cy="512" r="448"/><path d="M368 368l288 288M656 368L368 656" stroke="#fff" stroke-width="80" stroke-linecap="round"/>',
    'exclamation-circle': '<circle cx="512" cy="512" r="448"/><rect x="472" y="272" width="80" height="320" rx="40" fill="#fff"/><circle cx="512" cy="712" r="48" fill="#fff"/>',
    'info-circle': '<circle cx="512" cy="512" r="448"/><rect x="472" y="432" width="80" height="320" rx="40" fill="#fff"/><circle cx="512" cy="312" r="48" fill="#fff"/>',
    eye: EYE,
    'eye-invisible': EYE + '<path d="M176 176L848 848" stroke="currentColor" stroke-width="64" stroke-linecap="round"/>',
    down: '<path d="M192 384l320 320 320-320" stroke="currentColor" stroke-width="96" fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
    left: '<path d="M640 192L320 512l320 320" stroke="currentColor" stroke-width="96" fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
    right: '<path d="M384 192l320 320-320 320" stroke="currentColor" stroke-width="96" fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
    ellipsis: '<circle cx="232" cy="512" r="72"/><circle cx="512" cy="512" r="72"/><circle cx="792" cy="512" r="72"/>',
    loading: '<path d="M512 112a400 400 0 1 1-283 117" stroke="currentColor" stroke-width="80" fill="none" stroke-linecap="round"/>',
    dashboard: '<rect x="128" y="128" width="320" height="416" rx="32"/><rect x="576" y="128" width="320" height="224" rx="32"/><rect x="128" y="672" width="320" height="224" rx="32"/><rect x="576" y="480" width="320" height="416" rx="32"/>',
    file: '<path d="M256 96h352l224 224v576a32 32 0 0 1-32 32H256a32 32 0 0 1-32-32V128a32 32 0 0 1 32-32z" fill="none" stroke="currentColor" stroke-width="64"/><path d="M352 544h320M352 704h320" stroke="currentColor" stroke-width="64"/>',
    api: '<circle cx="320" cy="512" r="128" fill="none" stroke="currentColor" stroke-width="64"/><circle cx="704" cy="512" r="128" fill="none" stroke="currentColor" stroke-width="64"/><path d="M448 512h128M96 512h96M832 512h96" stroke="currentColor" stroke-width="64"/>',
    'bar-chart': '<path d="M128 896h768" stroke="currentColor" stroke-width="64"/><rect x="224" y="512" width="128" height="320"/><rect x="448" y="320" width="128" height="512"/><rect x="672" y="192" width="128" height="640"/>',
    team: '<circle cx="384" cy="352" r="144" fill="none" stroke="currentColor" stroke-width="64"/><path d="M144 864c0-160 112-256 240-256s240 96 240 256" fill="none" stroke="currentColor" stroke-width="64"/><circle cx="704" cy="384" r="112"/>',
    logout: '<path d="M576 192H224v640h352" fill="none" stroke="currentColor" stroke-width="64"/><path d="M448 512h416M736 384l128 128-128 128" stroke="currentColor" stroke-width="64" fill="none"/>',
    safety: '<path d="M512 96l352 128v256c0 224-160 384-352 448-192-64-352-224-352-448V224z" fill="none" stroke="currentColor" stroke-width="64"/>',
  };
  function icon(name, extra) {
    var s = h('span', { role: 'img', 'aria-label': name, class: 'anticon anticon-' + name + (extra ? ' ' + extra : '') });
    s.innerHTML = '<svg viewBox="64 64 896 896" focusable="false" data-icon="' + name + '" width="1em" height="1em" fill="currentColor" aria-hidden="true">' + (SVG[name] || '') + '</svg>';
    return s;
  }
  var EMPTY_SVG = '<svg width="64" height="41" viewBox="0 0 64 41" xmlns="http://www.w3.org/2000/svg"><g transform="translate(0 1)" fill="none" fill-rule="evenodd"><ellipse fill="#f5f5f5" cx="32" cy="33" rx="32" ry="7"></ellipse><g fill-rule="nonzero" stroke="#d9d9d9"><path d="M55 12.76L44.854 1.258C44.367.474 43.656 0 42.907 0H21.093c-.749 0-1.46.474-1.947 1.257L9 12.761V22h46v-9.24z"></path><path d="M41.613 15.931c0-1.605.994-2.93 2.227-2.931H55v18.137C55 33.26 53.68 35 52.05 35h-40.1C10.32 35 9 33.259 9 31.137V13h11.16c1.233 0 2.227 1.323 2.227 2.928v.022c0 1.605 1.005 2.901 2.237 2.901h14.752c1.232 0 2.237-1.308 2.237-2.913v-.007z" fill="#fafafa"></path></g></g></svg>';
  function empty(small) {
    var img = h('div', { class: 'ant-empty-image' });
    img.innerHTML = EMPTY_SVG;
    return h('div', { class: 'ant-empty ant-empty-' + (small ? 'small' : 'normal') }, img, h('div', { class: 'ant-empty-description' }, 'No data'));
  }

  /* rc-motion: name-phase + name-phase-active + name, then cleaned up */
  function motion(el, name, phase, ms, done) {
    var a = name + '-' + phase, b = name + '-' + phase + '-active';
    el.classList.add(a, name);
    void el.offsetWidth;
    el.classList.add(b);
    return setTimeout(function () { el.classList.remove(a, b, name); if (done) done(); }, ms);
  }

  function button(label, o) {
    o = o || {};
    var cls = 'ant-btn ant-btn-' + (o.type || 'default') + (o.size === 'small' ? ' ant-btn-sm' : '') + (o.danger ? ' ant-btn-dangerous' : '') + (o.block ? ' ant-btn-block' : '');
    var b = h('button', { type: o.htmlType || 'button', class: cls }, h('span', null, label));
    b.addEventListener('click', function (e) {
      if (b.classList.contains('ant-btn-loading')) { e.preventDefault(); return; }
      if (o.onClick) o.onClick(e);
    });
    b.setLoading = function (on) {
      var cur = b.querySelector('.ant-btn-loading-icon');
      if (on && !cur) { b.classList.add('ant-btn-loading'); b.insertBefore(h('span', { class: 'ant-btn-loading-icon' }, icon('loading')), b.firstChild); }
      if (!on && cur) { b.classList.remove('ant-btn-loading'); cur.remove(); }
    };
    b.setLabel = function (text) { b.lastChild.textContent = text; };
    return b;
  }

  /* message */
  var msgList = null;
  var MSG_ICON = { success: 'check-circle', error: 'close-circle', warning: 'exclamation-circle', info: 'info-circle' };
  function message(kind, text, seconds) {
    if (!msgList) { msgList = h('div'); d.body.appendChild(h('div', null, h('div', { class: 'ant-message' }, msgList))); }
    var notice = h('div', { class: 'ant-message-notice' }, h('div', { class: 'ant-message-notice-content' }, h('div', { class: 'ant-message-custom-content ant-message-' + kind }, icon(MSG_ICON[kind]), h('span', null, text))));
    msgList.appendChild(notice);
    motion(notice, 'ant-move-up', 'enter', 300);
    setTimeout(function () { motion(notice, 'ant-move-up', 'leave', 300, function () { notice.remove(); }); }, (seconds || 3) * 1000);
  }

  /* notification */
  var noteList = null;
  function notification(kind, title, description, seconds) {
    if (!noteList) { noteList = h('div'); d.body.appendChild(h('div', null, h('div', { class: 'ant-notification ant-notification-topRight', style: 'right: 0px; top: 24px; bottom: auto;' }, noteList))); }
    var closeBtn = h('a', { tabindex: '0', class: 'ant-notification-notice-close' }, h('span', { class: 'ant-notification-close-x' }, icon('close', 'ant-notification-close-icon')));
    var notice = h('div', { class: 'ant-notification-notice ant-notification-notice-closable' },
      h('div', { class: 'ant-notification-notice-content' },
        h('div', { class: 'ant-notification-notice-with-icon', role: 'alert' },
          icon(MSG_ICON[kind], 'ant-notification-notice-icon ant-notification-notice-icon-' + kind),
          h('div', { class: 'ant-notification-notice-message' }, title),
          h('div', { class: 'ant-notification-notice-description' }, description))),
      closeBtn);
    noteList.appendChild(notice);
    motion(notice, 'ant-notification-fade', 'enter', 240);
    var gone = false, timer = null, left = (seconds || 4.5) * 1000, started = 0;
    function dismiss() {
      if (gone) return; gone = true; clearTimeout(timer);
      motion(notice, 'ant-notification-fade', 'leave', 200, function () { notice.remove(); });
    }
    function start() { started = Date.now(); timer = setTimeout(dismiss, left); }
    notice.addEventListener('mouseenter', function () { clearTimeout(timer); left = Math.max(500, left - (Date.now() - started)); });
    notice.addEventListener('mouseleave', start);
    closeBtn.addEventListener('click', dismiss);
    start();
  }

  /* rc-dialog */
  var openDialogs = 0;
  function lockScroll(on) {
    openDialogs += on ? 1 : -1;
    if (openDialogs > 0) d.body.setAttribute('style', 'overflow: hidden; width: calc(100% - 0px);');
    else d.body.removeAttribute('style');
  }
  function dialog(o) {
    var titleId = 'rcDialogTitle' + seq++;
    var content = h('div', { class: 'ant-modal-content' });
    if (o.closable) content.appendChild(h('button', { type: 'button', 'aria-label': 'Close', class: 'ant-modal-close', onClick: function () { close(); } }, h('span', { class: 'ant-modal-close-x' }, icon('close', 'ant-modal-close-icon'))));
    if (o.title) content.appendChild(h('div', { class: 'ant-modal-header' }, h('div', { class: 'ant-modal-title', id: titleId }, o.title)));
    content.appendChild(h('div', { class: 'ant-modal-body' }, o.body));
    if (o.footer) content.appendChild(h('div', { class: 'ant-modal-footer' }, o.footer));
    var sentinel = 'width: 0px; height: 0px; overflow: hidden; outline: none;';
    var modal = h('div', { role: 'document', class: 'ant-modal' + (o.className ? ' ' + o.className : ''), style: 'width: ' + (o.width || 520) + 'px;' },
      h('div', { tabindex: '0', 'aria-hidden': 'true', style: sentinel }), content, h('div', { tabindex: '0', 'aria-hidden': 'true', style: sentinel }));
    var wrap = h('div', { tabindex: '-1', class: 'ant-modal-wrap', role: 'dialog', 'aria-labelledby': o.title ? titleId : null }, modal);
    var mask = h('div', { class: 'ant-modal-mask' });
    var container = h('div', null, h('div', { class: 'ant-modal-root' }, mask, wrap));
    var isOpen = false, downOnWrap = false;
    wrap.addEventListener('mousedown', function (e) { downOnWrap = e.target === wrap; });
    wrap.addEventListener('click', function (e) {
      if (o.maskClosable && downOnWrap && e.target === wrap) close();
      downOnWrap = false;
    });
    wrap.addEventListener('keydown', function (e) { if (e.key === 'Escape') { e.stopPropagation(); close(); } });
    function open() {
      if (isOpen) return;
      isOpen = true;
      if (!container.parentNode) d.body.appendChild(container);
      wrap.style.display = '';
      mask.classList.remove('ant-modal-mask-hidden');
      lockScroll(true);
      motion(mask, 'ant-fade', 'appear', 300);
      motion(modal, 'ant-zoom', 'appear', 300);
      wrap.focus();
    }
    function close() {
      if (!isOpen) return;
      isOpen = false;
      motion(mask, 'ant-fade', 'leave', 200);
      motion(modal, 'ant-zoom', 'leave', 210, function () {
        if (o.destroyOnClose) container.remove();
        else { wrap.style.display = 'none'; mask.classList.add('ant-modal-mask-hidden'); }
        lockScroll(false);
        if (o.afterClose) o.afterClose();
      });
    }
    return { open: open, close: close, wrap: wrap };
  }
  function confirmModal(kind, title, content, onOk) {
    var ok = button('OK', { type: 'primary', onClick: function () { dlg.close(); if (onOk) onOk(); } });
    var dlg = dialog({
      width: 416, className: 'ant-modal-confirm ant-modal-confirm-' + kind, destroyOnClose: true,
      body: h('div', { class: 'ant-modal-confirm-body-wrapper' },
        h('div', { class: 'ant-modal-confirm-body' }, icon(MSG_ICON[kind]), h('span', { class: 'ant-modal-confirm-title' }, title), h('div', { class: 'ant-modal-confirm-content' }, content)),
        h('div', { class: 'ant-modal-confirm-btns' }, ok)),
    });
    dlg.open();
    ok.focus();
  }

  /* popconfirm */
  function popconfirm(trigger, title, onConfirm) {
    var pop = null, isOpen = false;
    function build() {
      var no = button('No', { size: 'small', onClick: hide });
      var yes = button('Yes', { type: 'primary', size: 'small', onClick: function () { hide(); onConfirm(); } });
      pop = h('div', { class: 'ant-popover ant-popconfirm ant-popover-placement-top' },
        h('div', { class: 'ant-popover-content' },
          h('div', { class: 'ant-popover-arrow' }, h('span', { class: 'ant-popover-arrow-content' })),
          h('div', { class: 'ant-popover-inner', role: 'tooltip' },
            h('div', { class: 'ant-popover-inner-content' },
              h('div', { class: 'ant-popover-message' }, icon('exclamation-circle'), h('div', { class: 'ant-popover-message-title' }, title)),
              h('div', { class: 'ant-popover-buttons' }, no, yes)))));
      d.body.appendChild(h('div', { style: 'position: absolute; top: 0px; left: 0px; width: 100%;' }, h('div', null, pop)));
    }
    function place() {
      var r = trigger.getBoundingClientRect();
      var w = pop.offsetWidth, ht = pop.offsetHeight;
      pop.style.left = Math.max(4, r.left + window.scrollX + r.width / 2 - w / 2) + 'px';
      pop.style.top = (r.top + window.scrollY - ht - 4) + 'px';
    }
    function show() {
      if (!pop) build();
      isOpen = true;
      pop.classList.remove('ant-popover-hidden');
      place();
      motion(pop, 'ant-zoom-big', 'appear', 200);
    }
    function hide() {
      if (!isOpen) return;
      isOpen = false;
      pop.classList.add('ant-popover-hidden');
    }
    trigger.addEventListener('click', function () { if (isOpen) hide(); else show(); });
    d.addEventListener('mousedown', function (e) {
      if (isOpen && !pop.contains(e.target) && !trigger.contains(e.target)) hide();
    }, true);
    window.addEventListener('resize', function () { if (isOpen) place(); });
  }

  /* Form.Item */
  function formItem(o) {
    var label = o.label
      ? h('div', { class: 'ant-col' + (o.horizontal ? ' ant-col-8' : '') + ' ant-form-item-label' }, h('label', { for: o.id, class: o.required ? 'ant-form-item-required' : null, title: o.label }, o.label))
      : null;
    var ctrl = h('div', { class: 'ant-col' + (o.horizontal ? (label ? ' ant-col-16' : ' ant-col-16 ant-col-offset-8') : '') + ' ant-form-item-control' },
      h('div', { class: 'ant-form-item-control-input' }, h('div', { class: 'ant-form-item-control-input-content' }, o.control)));
    var extra = o.extra ? h('div', { class: 'ant-form-item-extra' }, o.extra) : null;
    var help = null;
    if (extra) ctrl.appendChild(extra);
    var item = h('div', { class: 'ant-row ant-form-item' }, label, ctrl);
    item.error = '';
    item.setError = function (msg) {
      item.error = msg || '';
      if (help) { help.remove(); help = null; }
      item.classList.remove('ant-form-item-has-error', 'ant-form-item-with-help');
      if (o.status) o.status(msg ? 'error' : '');
      if (!msg) return;
      item.classList.add('ant-form-item-with-help', 'ant-form-item-has-error');
      help = h('div', { style: 'display: flex; flex-wrap: nowrap;' },
        h('div', { id: o.id + '_help', class: 'ant-form-item-explain ant-form-item-explain-connected', role: 'alert' }, h('div', { class: 'ant-form-item-explain-error' }, msg)),
        h('div', { style: 'width: 0px; height: 24px;' }));
      ctrl.insertBefore(help, extra);
    };
    return item;
  }
  function textInput(o) {
    var el = h('input', { id: o.id, type: o.type || 'text', class: 'ant-input', placeholder: o.placeholder, maxlength: o.maxLength, inputmode: o.inputMode, autocomplete: o.autoComplete || 'off', value: '' });
    el.input = el;
    el.setStatus = function (s) {
      el.classList.toggle('ant-input-status-error', s === 'error');
      if (s === 'error') el.setAttribute('aria-invalid', 'true'); else el.removeAttribute('aria-invalid');
    };
    return el;
  }
  function passwordInput(o) {
    var inp = h('input', { id: o.id, type: 'password', class: 'ant-input', action: 'click', placeholder: o.placeholder, autocomplete: o.autoComplete || 'new-password', value: '' });
    var suffix = h('span', { class: 'ant-input-suffix' });
    var wrap = h('span', { class: 'ant-input-affix-wrapper ant-input-password' }, inp, suffix);
    var visible = false;
    function drawEye() {
      clear(suffix);
      var eye = icon(visible ? 'eye' : 'eye-invisible', 'ant-input-password-icon');
      eye.setAttribute('tabindex', '-1');
      eye.addEventListener('mousedown', function (e) { e.preventDefault(); });
      eye.addEventListener('click', function () { visible = !visible; inp.type = visible ? 'text' : 'password'; drawEye(); });
      suffix.appendChild(eye);
    }
    drawEye();
    inp.addEventListener('focus', function () { wrap.classList.add('ant-input-affix-wrapper-focused'); });
    inp.addEventListener('blur', function () { wrap.classList.remove('ant-input-affix-wrapper-focused'); });
    wrap.input = inp;
    wrap.setStatus = function (s) {
      wrap.classList.toggle('ant-input-affix-wrapper-status-error', s === 'error');
      if (s === 'error') inp.setAttribute('aria-invalid', 'true'); else inp.removeAttribute('aria-invalid');
    };
    return wrap;
  }
  function addonInput(o) {
    var inp = h('input', { id: o.id, type: 'text', class: 'ant-input', placeholder: o.placeholder, autocomplete: 'off', value: '' });
    var wrap = h('span', { class: 'ant-input-group-wrapper' }, h('span', { class: 'ant-input-wrapper ant-input-group' }, h('span', { class: 'ant-input-group-addon' }, o.addon), inp));
    wrap.input = inp;
    wrap.setStatus = function (s) {
      wrap.classList.toggle('ant-input-group-wrapper-status-error', s === 'error');
      inp.classList.toggle('ant-input-status-error', s === 'error');
      if (s === 'error') inp.setAttribute('aria-invalid', 'true'); else inp.removeAttribute('aria-invalid');
    };
    return wrap;
  }
  function alertBox(kind, text) {
    return h('div', { 'data-show': 'true', class: 'ant-alert ant-alert-' + kind, role: 'alert' }, icon(MSG_ICON[kind], 'ant-alert-icon'), h('div', { class: 'ant-alert-content' }, h('div', { class: 'ant-alert-message' }, text)));
  }
  function card(title, body, extraClass) {
    return h('div', { class: 'ant-card ant-card-bordered' + (extraClass ? ' ' + extraClass : '') },
      title ? h('div', { class: 'ant-card-head' }, h('div', { class: 'ant-card-head-wrapper' }, h('div', { class: 'ant-card-head-title' }, title))) : null,
      h('div', { class: 'ant-card-body' }, body));
  }
  function breadcrumb(parts) {
    var el = h('div', { class: 'ant-breadcrumb' });
    parts.forEach(function (p, i) {
      el.appendChild(h('span', null, h('span', { class: 'ant-breadcrumb-link' }, p), i < parts.length - 1 ? h('span', { class: 'ant-breadcrumb-separator' }, '/') : null));
    });
    return el;
  }

  /* Radio.Group optionType="button" */
  function radioButtons(o) {
    var grp = h('div', { class: 'ant-radio-group ant-radio-group-outline', id: o.id });
    var parts = [];
    var value = null;
    o.options.forEach(function (opt) {
      var inp = h('input', { type: 'radio', class: 'ant-radio-button-input', value: opt.value });
      var knob = h('span', { class: 'ant-radio-button' }, inp, h('span', { class: 'ant-radio-button-inner' }));
      var lab = h('label', { class: 'ant-radio-button-wrapper' }, knob, h('span', null, opt.label));
      inp.addEventListener('change', function () { if (inp.checked) set(opt.value, true); });
      parts.push({ opt: opt, inp: inp, knob: knob, lab: lab });
      grp.appendChild(lab);
    });
    function set(v, fire) {
      value = v;
      parts.forEach(function (p) {
        var on = p.opt.value === v;
        p.inp.checked = on;
        p.lab.classList.toggle('ant-radio-button-wrapper-checked', on);
        p.knob.classList.toggle('ant-radio-button-checked', on);
      });
      if (fire && o.onChange) o.onChange(v);
    }
    grp.value = function () { return value; };
    return grp;
  }

  /* Select showSearch: rc-select + rc-virtual-list */
  function searchSelect(o) {
    var ITEM = 32, HEIGHT = 256;
    var value = null, isOpen = false, search = '', active = 0, shown = o.options.slice(), leaveTimer = null;
    var listId = o.id + '_list';
    var inp = h('input', { type: 'search', autocomplete: 'off', class: 'ant-select-selection-search-input', role: 'combobox', 'aria-haspopup': 'listbox', 'aria-owns': listId, 'aria-autocomplete': 'list', 'aria-controls': listId, 'aria-expanded': 'false', 'aria-activedescendant': listId + '_0', readonly: true, unselectable: 'on', id: o.id, value: '' });
    var selector = h('div', { class: 'ant-select-selector' }, h('span', { class: 'ant-select-selection-search' }, inp));
    var shownEl = null;
    var root = h('div', { class: 'ant-select ant-select-single ant-select-show-arrow ant-select-show-search', style: 'width: 100%;' },
      selector, h('span', { class: 'ant-select-arrow', unselectable: 'on', 'aria-hidden': 'true', style: 'user-select: none;' }, icon('down', 'ant-select-suffix')));
    var drop = null, a11y = null, listBox = null, holder = null, fill = null, inner = null;

    function labelOf(v) { for (var i = 0; i < o.options.length; i++) if (o.options[i].value === v) return o.options[i].label; return ''; }
    function drawSelection() {
      if (shownEl) { shownEl.remove(); shownEl = null; }
      if (search) return;
      if (value !== null) shownEl = h('span', { class: 'ant-select-selection-item', title: labelOf(value) }, labelOf(value));
      else shownEl = h('span', { class: 'ant-select-selection-placeholder' }, o.placeholder);
      selector.appendChild(shownEl);
    }
    function build() {
      a11y = h('div');
      holder = h('div', { class: 'rc-virtual-list-holder', style: 'max-height: ' + HEIGHT + 'px; overflow-y: auto; overflow-anchor: none;' });
      fill = h('div');
      inner = h('div', { class: 'rc-virtual-list-holder-inner', style: 'display: flex; flex-direction: column;' });
      fill.appendChild(inner);
      holder.appendChild(fill);
      listBox = h('div', { class: 'rc-virtual-list', style: 'position: relative;' }, holder);
      drop = h('div', { class: 'ant-select-dropdown ant-select-dropdown-placement-bottomLeft ant-select-dropdown-hidden' }, h('div', null, a11y, listBox));
      drop.addEventListener('mousedown', function (e) { e.preventDefault(); });
      holder.addEventListener('scroll', drawItems);
      d.body.appendChild(h('div', { style: 'position: absolute; top: 0px; left: 0px; width: 100%;' }, h('div', null, drop)));
    }
    function place() {
      var r = root.getBoundingClientRect();
      drop.style.minWidth = r.width + 'px';
      drop.style.width = r.width + 'px';
      drop.style.left = (r.left + window.scrollX) + 'px';
      drop.style.top = (r.bottom + window.scrollY + 4) + 'px';
    }
    function filter() {
      var q = search.toLowerCase();
      shown = o.options.filter(function (x) { return !q || x.label.toLowerCase().indexOf(q) >= 0; });
    }
    function drawA11y() {
      clear(a11y);
      if (!shown.length) {
        a11y.appendChild(h('div', { role: 'listbox', id: listId, class: 'ant-select-item-empty' }, empty(true)));
        listBox.style.display = 'none';
        return;
      }
      listBox.style.display = '';
      var lb = h('div', { role: 'listbox', id: listId, style: 'height: 0px; width: 0px; overflow: hidden;' });
      for (var i = active - 1; i <= active + 1; i++) {
        var x = shown[i];
        if (!x) continue;
        lb.appendChild(h('div', { 'aria-label': x.label, role: 'option', id: listId + '_' + i, 'aria-selected': String(x.value === value) }, x.value));
      }
      a11y.appendChild(lb);
      inp.setAttribute('aria-activedescendant', listId + '_' + active);
    }
    function drawItems() {
      if (!drop) return;
      clear(inner);
      var virtual = shown.length * ITEM > HEIGHT;
      var start = 0, end = shown.length;
      if (virtual) {
        var top = holder.scrollTop;
        start = Math.max(0, Math.floor(top / ITEM));
        end = Math.min(shown.length, Math.ceil((top + HEIGHT) / ITEM));
        fill.setAttribute('style', 'height: ' + shown.length * ITEM + 'px; position: relative; overflow: hidden;');
        inner.setAttribute('style', 'transform: translateY(' + start * ITEM + 'px); position: absolute; left: 0px; right: 0px; top: 0px; display: flex; flex-direction: column;');
      } else {
        fill.removeAttribute('style');
        inner.setAttribute('style', 'display: flex; flex-direction: column;');
      }
      for (var i = start; i < end; i++) inner.appendChild(row(i));
    }
    function row(i) {
      var x = shown[i];
      var el = h('div', { 'aria-selected': String(x.value === value), class: 'ant-select-item ant-select-item-option' + (i === active ? ' ant-select-item-option-active' : '') + (x.value === value ? ' ant-select-item-option-selected' : ''), title: x.label },
        h('div', { class: 'ant-select-item-option-content' }, x.label),
        h('span', { class: 'ant-select-item-option-state', unselectable: 'on', 'aria-hidden': 'true', style: 'user-select: none;' }));
      el.addEventListener('mousemove', function () { if (active !== i) { active = i; drawA11y(); markActive(); } });
      el.addEventListener('click', function () { choose(x); });
      return el;
    }
    function markActive() {
      var rows = inner.children;
      for (var k = 0; k < rows.length; k++) rows[k].classList.toggle('ant-select-item-option-active', rows[k].getAttribute('title') === (shown[active] || {}).label);
    }
    function scrollToActive() {
      var top = active * ITEM;
      if (top < holder.scrollTop) holder.scrollTop = top;
      else if (top + ITEM > holder.scrollTop + HEIGHT) holder.scrollTop = top + ITEM - HEIGHT;
    }
    function open() {
      if (isOpen) return;
      if (!drop) build();
      clearTimeout(leaveTimer);
      drop.classList.remove('ant-slide-up-leave', 'ant-slide-up-leave-active', 'ant-slide-up');
      isOpen = true;
      root.classList.add('ant-select-open');
      inp.removeAttribute('readonly');
      inp.setAttribute('aria-expanded', 'true');
      filter();
      active = 0;
      for (var i = 0; i < shown.length; i++) if (shown[i].value === value) active = i;
      drop.classList.remove('ant-select-dropdown-hidden');
      place();
      holder.scrollTop = 0;
      drawA11y();
      scrollToActive();
      drawItems();
      motion(drop, 'ant-slide-up', 'enter', 200);
    }
    function close() {
      if (!isOpen) return;
      isOpen = false;
      root.classList.remove('ant-select-open');
      inp.setAttribute('aria-expanded', 'false');
      inp.setAttribute('readonly', '');
      search = '';
      inp.value = '';
      drawSelection();
      leaveTimer = motion(drop, 'ant-slide-up', 'leave', 200, function () { if (!isOpen) drop.classList.add('ant-select-dropdown-hidden'); });
    }
    function choose(x) {
      value = x.value;
      close();
      drawSelection();
      if (o.onChange) o.onChange(value);
    }
    selector.addEventListener('mousedown', function (e) {
      if (e.target !== inp) e.preventDefault();
      if (!isOpen) { open(); inp.focus(); }
      else if (e.target !== inp) close();
    });
    inp.addEventListener('focus', function () { root.classList.add('ant-select-focused'); });
    inp.addEventListener('blur', function () { root.classList.remove('ant-select-focused'); close(); });
    inp.addEventListener('input', function () {
      search = inp.value;
      if (!isOpen) open();
      filter();
      active = 0;
      holder.scrollTop = 0;
      drawSelection();
      drawA11y();
      drawItems();
    });
    inp.addEventListener('keydown', function (e) {
      var k = e.key;
      if (!isOpen) {
        if (k === 'ArrowDown' || k === 'ArrowUp' || k === 'Enter' || k === ' ' || k.length === 1) { open(); if (k !== ' ' && k.length !== 1) e.preventDefault(); }
        return;
      }
      if (k === 'ArrowDown' || k === 'ArrowUp') {
        e.preventDefault();
        if (!shown.length) return;
        active = (active + (k === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
        scrollToActive();
        drawA11y();
        drawItems();
      } else if (k === 'Enter') {
        e.preventDefault();
        if (shown[active]) choose(shown[active]);
      } else if (k === 'Escape' || k === 'Tab') {
        close();
      }
    });
    window.addEventListener('resize', function () { if (isOpen) place(); });
    window.addEventListener('scroll', function () { if (isOpen) place(); }, true);
    drawSelection();
    return {
      root: root,
      input: inp,
      value: function () { return value; },
      reset: function () { value = null; drawSelection(); },
      setStatus: function (s) { root.classList.toggle('ant-select-status-error', s === 'error'); },
    };
  }

  /* Table */
  function table(columns) {
    var tbody = h('tbody', { class: 'ant-table-tbody' });
    var tbl = h('div', { class: 'ant-table' }, h('div', { class: 'ant-table-container' }, h('div', { class: 'ant-table-content' },
      h('table', { style: 'table-layout: auto;' }, h('colgroup'),
        h('thead', { class: 'ant-table-thead' }, h('tr', null, columns.map(function (c) { return h('th', { class: 'ant-table-cell', scope: 'col' }, c.title); }))),
        tbody))));
    var container = h('div', { class: 'ant-spin-container' }, tbl);
    var wrapper = h('div', { class: 'ant-table-wrapper' }, h('div', { class: 'ant-spin-nested-loading' }, container));
    var pager = null;
    wrapper.update = function (rows) {
      clear(tbody);
      if (pager) { pager.remove(); pager = null; }
      tbl.classList.toggle('ant-table-empty', !rows.length);
      if (!rows.length) {
        tbody.appendChild(h('tr', { class: 'ant-table-placeholder' }, h('td', { colspan: String(columns.length), class: 'ant-table-cell' }, empty(false))));
        return;
      }
      rows.forEach(function (r, i) {
        tbody.appendChild(h('tr', { 'data-row-key': r.key, class: 'ant-table-row ant-table-row-level-0' }, columns.map(function (c) {
          return h('td', { class: 'ant-table-cell' }, c.render ? c.render(r, i) : r[c.dataIndex]);
        })));
      });
      pager = h('ul', { class: 'ant-pagination ant-table-pagination ant-table-pagination-right', unselectable: 'on' },
        h('li', { title: 'Previous Page', class: 'ant-pagination-prev ant-pagination-disabled', 'aria-disabled': 'true' }, h('button', { class: 'ant-pagination-item-link', type: 'button', tabindex: '-1', disabled: true }, icon('left'))),
        h('li', { title: '1', class: 'ant-pagination-item ant-pagination-item-1 ant-pagination-item-active', tabindex: '0' }, h('a', { rel: 'nofollow' }, '1')),
        h('li', { title: 'Next Page', class: 'ant-pagination-next ant-pagination-disabled', 'aria-disabled': 'true' }, h('button', { class: 'ant-pagination-item-link', type: 'button', tabindex: '-1', disabled: true }, icon('right'))));
      container.appendChild(pager);
    };
    return wrapper;
  }

  /* Menu: horizontal (rc-overflow) */
  function horizontalMenu(items, selectedKey) {
    var ul = h('ul', { class: 'ant-menu-overflow ant-menu ant-menu-root ant-menu-horizontal ant-menu-dark home-menu', role: 'menu', tabindex: '0', 'data-menu-list': 'true' });
    var lis = items.map(function (it, i) {
      var li = h('li', { class: 'ant-menu-overflow-item ant-menu-item ant-menu-item-only-child' + (it.key === selectedKey ? ' ant-menu-item-selected' : ''), role: 'menuitem', tabindex: '-1', 'data-menu-id': 'rc-menu-uuid-top-' + it.key, style: 'opacity: 1; order: ' + i + ';' },
        h('span', { class: 'ant-menu-title-content' }, h('a', { href: it.href }, it.label)));
      ul.appendChild(li);
      return li;
    });
    var HIDE = 'opacity: 0; height: 0px; overflow-y: hidden; order: 9007199254740991; pointer-events: none; position: absolute;';
    var restTitle = h('div', { role: 'menuitem', class: 'ant-menu-submenu-title', tabindex: '-1', 'aria-expanded': 'false', 'aria-haspopup': 'true' }, icon('ellipsis'), h('i', { class: 'ant-menu-submenu-arrow' }));
    var rest = h('li', { class: 'ant-menu-overflow-item ant-menu-overflow-item-rest ant-menu-submenu ant-menu-submenu-horizontal', 'aria-hidden': 'true', style: HIDE }, restTitle);
    ul.appendChild(rest);
    var popup = null, popupList = null, hiddenFrom = items.length, hideTimer = null;
    function layout() {
      lis.forEach(function (li, i) { li.setAttribute('style', 'opacity: 1; order: ' + i + ';'); li.removeAttribute('aria-hidden'); });
      rest.setAttribute('style', HIDE);
      rest.setAttribute('aria-hidden', 'true');
      hiddenFrom = items.length;
      var avail = ul.clientWidth, total = 0, widths = lis.map(function (li) { return li.offsetWidth; });
      widths.forEach(function (w) { total += w; });
      if (total <= avail) return;
      var used = 0, restW = 56;
      for (var i = 0; i < widths.length; i++) { if (used + widths[i] + restW > avail) break; used += widths[i]; }
      hiddenFrom = i;
      for (var j = i; j < lis.length; j++) { lis[j].setAttribute('style', HIDE); lis[j].setAttribute('aria-hidden', 'true'); }
      rest.setAttribute('style', 'opacity: 1; order: ' + i + ';');
      rest.removeAttribute('aria-hidden');
    }
    function showPopup() {
      clearTimeout(hideTimer);
      if (hiddenFrom >= items.length) return;
      if (!popup) {
        popupList = h('ul', { class: 'ant-menu ant-menu-sub ant-menu-vertical ant-menu-dark', role: 'menu', 'data-menu-list': 'true' });
        popup = h('div', { class: 'ant-menu-submenu ant-menu-submenu-popup ant-menu ant-menu-dark ant-menu-submenu-placement-bottomLeft' }, popupList);
        popup.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
        popup.addEventListener('mouseleave', hideSoon);
        d.body.appendChild(h('div', { style: 'position: absolute; top: 0px; left: 0px; width: 100%;' }, h('div', null, popup)));
      }
      clear(popupList);
      for (var i = hiddenFrom; i < items.length; i++) {
        var it = items[i];
        popupList.appendChild(h('li', { class: 'ant-menu-item ant-menu-item-only-child' + (it.key === selectedKey ? ' ant-menu-item-selected' : ''), role: 'menuitem', tabindex: '-1' }, h('span', { class: 'ant-menu-title-content' }, h('a', { href: it.href }, it.label))));
      }
      var r = rest.getBoundingClientRect();
      popup.style.left = (r.left + window.scrollX) + 'px';
      popup.style.top = (r.bottom + window.scrollY) + 'px';
      popup.classList.remove('ant-menu-submenu-hidden');
      restTitle.setAttribute('aria-expanded', 'true');
      rest.classList.add('ant-menu-submenu-open');
    }
    function hideSoon() {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(function () {
        if (popup) popup.classList.add('ant-menu-submenu-hidden');
        restTitle.setAttribute('aria-expanded', 'false');
        rest.classList.remove('ant-menu-submenu-open');
      }, 100);
    }
    rest.addEventListener('mouseenter', showPopup);
    rest.addEventListener('mouseleave', hideSoon);
    restTitle.addEventListener('click', showPopup);
    window.addEventListener('resize', layout);
    ul.layout = layout;
    return ul;
  }

  /* Menu: inline, with lazily rendered sub menus and collapse motion */
  function inlineMenu(items, selectedKey, openKeys) {
    var uuid = 'rc-menu-uuid-' + Math.floor(10000 + Math.random() * 89999);
    var root = h('ul', { class: 'ant-menu ant-menu-root ant-menu-inline ant-menu-dark', role: 'menu', tabindex: '0', 'data-menu-list': 'true' });
    function holds(node, key) {
      if (node.key === key) return true;
      return !!node.children && node.children.some(function (c) { return holds(c, key); });
    }
    function build(list, parent, level) {
      list.forEach(function (it) {
        var pad = 'padding-left: ' + 24 * level + 'px;';
        if (!it.children) {
          parent.appendChild(h('li', { class: 'ant-menu-item' + (it.icon ? '' : ' ant-menu-item-only-child') + (it.key === selectedKey ? ' ant-menu-item-selected' : ''), role: 'menuitem', tabindex: '-1', 'data-menu-id': uuid + '-' + it.key, style: pad },
            it.icon ? icon(it.icon, 'ant-menu-item-icon') : null,
            h('span', { class: 'ant-menu-title-content' }, h('a', { href: it.href }, it.label))));
          return;
        }
        var isOpen = openKeys.indexOf(it.key) >= 0;
        var popupId = uuid + '-' + it.key + '-popup';
        var title = h('div', { role: 'menuitem', class: 'ant-menu-submenu-title', tabindex: '-1', 'aria-expanded': String(isOpen), 'aria-haspopup': 'true', 'data-menu-id': uuid + '-' + it.key, 'aria-controls': popupId, style: pad },
          it.icon ? icon(it.icon, 'ant-menu-item-icon') : null,
          h('span', { class: 'ant-menu-title-content' }, it.label),
          h('i', { class: 'ant-menu-submenu-arrow' }));
        var li = h('li', { class: 'ant-menu-submenu ant-menu-submenu-inline' + (isOpen ? ' ant-menu-submenu-open' : '') + (holds(it, selectedKey) ? ' ant-menu-submenu-selected' : ''), role: 'none' }, title);
        var sub = null, timer = null;
        function makeSub() {
          sub = h('ul', { id: popupId, class: 'ant-menu ant-menu-sub ant-menu-inline', role: 'menu', 'data-menu-list': 'true' });
          build(it.children, sub, level + 1);
          li.appendChild(sub);
        }
        if (isOpen) makeSub();
        function finish() {
          sub.classList.remove('ant-motion-collapse', 'ant-motion-collapse-enter', 'ant-motion-collapse-enter-active', 'ant-motion-collapse-leave', 'ant-motion-collapse-leave-active');
          sub.style.height = '';
          sub.style.opacity = '';
          if (!isOpen) sub.classList.add('ant-menu-hidden');
        }
        function toggle() {
          isOpen = !isOpen;
          title.setAttribute('aria-expanded', String(isOpen));
          li.classList.toggle('ant-menu-submenu-open', isOpen);
          if (!sub) makeSub();
          clearTimeout(timer);
          finish();
          if (isOpen) {
            sub.classList.remove('ant-menu-hidden');
            var full = sub.scrollHeight;
            sub.classList.add('ant-motion-collapse', 'ant-motion-collapse-enter');
            sub.style.height = '0px';
            sub.style.opacity = '0';
            void sub.offsetHeight;
            sub.classList.add('ant-motion-collapse-enter-active');
            sub.style.height = full + 'px';
            sub.style.opacity = '1';
          } else {
            sub.classList.add('ant-motion-collapse', 'ant-motion-collapse-leave');
            sub.style.height = sub.scrollHeight + 'px';
            void sub.offsetHeight;
            sub.classList.add('ant-motion-collapse-leave-active');
            sub.style.height = '0px';
            sub.style.opacity = '0';
          }
          timer = setTimeout(finish, 220);
        }
        title.addEventListener('click', toggle);
        title.addEventListener('keydown', function (e) { if (e.key === 'Enter') toggle(); });
        parent.appendChild(li);
      });
    }
    build(items, root, 1);
    return root;
  }

  /* fetch */
  var expiring = false;
  function sessionExpired() {
    if (expiring) return;
    expiring = true;
    message('warning', 'Session expired. Please login again.', 3);
    setTimeout(function () { location.href = '/login'; }, 1500);
  }
  function api(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': P.csrf },
      body: JSON.stringify(body || {}),
    }).then(function (res) {
      if (res.status === 401) { sessionExpired(); return new Promise(function () {}); }
      return res.json().then(function (data) { return { ok: res.ok, status: res.status, data: data }; });
    }, function () {
      return { ok: false, status: 0, data: { message: 'Unable to reach the server. Please try again.' } };
    });
  }

  /* page: shared pieces */
  function appLayout(content) {
    var sider = h('aside', { class: 'ant-layout-sider ant-layout-sider-dark', style: 'flex: 0 0 256px; max-width: 256px; min-width: 256px; width: 256px;' },
      h('div', { class: 'ant-layout-sider-children' }, h('div', { class: 'app-logo' }, icon('safety'), h('span', null, 'e-Invoice System')), inlineMenu(P.menu, P.selectedKey, P.openKeys || [])));
    var header = h('header', { class: 'ant-layout-header app-header' },
      h('div', { class: 'app-header-title' }, 'E-Invoice System'),
      h('div', { class: 'app-header-right' },
        h('span', null, 'GSTIN: ', h('strong', null, P.gstin)),
        h('div', { class: 'ant-divider ant-divider-vertical', role: 'separator' }),
        h('span', null, P.tradeName),
        h('div', { class: 'ant-divider ant-divider-vertical', role: 'separator' }),
        h('a', { href: '/logout' }, icon('logout'), ' Logout')));
    return h('section', { class: 'ant-layout ant-layout-has-sider app-root' }, sider,
      h('section', { class: 'ant-layout' }, header, h('main', { class: 'ant-layout-content app-content' }, content),
        h('footer', { class: 'ant-layout-footer' }, 'Designed and developed by National Informatics Centre')));
  }
  var PUBLIC_MENU = [
    { key: 'home', label: 'Home', href: '/' },
    { key: 'about', label: 'About e-Invoice', href: '/#about' },
    { key: 'help', label: 'Help', href: '/#help' },
    { key: 'contact', label: 'Contact Us', href: '/#contact' },
    { key: 'login', label: 'Login', href: '/login' },
  ];
  function publicLayout(selectedKey, content) {
    var menu = horizontalMenu(PUBLIC_MENU, selectedKey);
    var el = h('section', { class: 'ant-layout app-root' },
      h('header', { class: 'ant-layout-header home-header' }, h('div', { class: 'home-logo' }, icon('safety'), h('span', null, 'e-Invoice System')), menu),
      h('main', { class: 'ant-layout-content' }, content),
      h('footer', { class: 'ant-layout-footer' }, 'Goods and Services Tax Network. Designed and developed by National Informatics Centre'));
    return { el: el, after: function () { menu.layout(); } };
  }
  function mount(node, after) {
    var root = d.getElementById('root');
    clear(root);
    root.appendChild(node);
    if (after) after();
  }

  /* page: home */
  function homePage() {
    var content = h('div', { class: 'home-hero' },
      h('h3', { class: 'ant-typography' }, 'e-Invoice System'),
      h('div', { class: 'ant-typography ant-typography-secondary' }, h('p', null, 'Generate Invoice Reference Numbers for your B2B invoices, register API users for your GSP or ERP, and view MIS reports.')),
      h('div', { class: 'ant-row', style: 'margin-left: -8px; margin-right: -8px; row-gap: 16px;' },
        h('div', { class: 'ant-col ant-col-12', style: 'padding: 0 8px;' }, card('Latest Updates', h('div', null,
          h('p', null, 'Two-factor authentication is mandatory for all users from 1 April 2025. Keep your registered mobile number handy.'),
          h('p', null, 'API users can be created for a GSP from API Registration after login.')))),
        h('div', { class: 'ant-col ant-col-12', style: 'padding: 0 8px;', id: 'help' }, card('Help', h('div', null,
          h('p', null, 'Use the Login menu to sign in with your GSTIN credentials.'),
          h('p', null, 'OTPs are sent by SMS, the Sandes app or the NIC-GST-Shield app.'))))));
    var lay = publicLayout('home', content);
    mount(lay.el, lay.after);
  }

  /* page: login */
  function loginPage() {
    var user = textInput({ id: 'login_username', placeholder: 'Username', autoComplete: 'username' });
    var pass = passwordInput({ id: 'login_password', placeholder: 'Password', autoComplete: 'current-password' });
    var img = h('img', { src: '/api/captcha?t=' + Date.now(), alt: 'Captcha', width: '150', height: '44' });
    var refresh = h('a', { class: 'ant-typography' }, 'Refresh');
    var cap = textInput({ id: 'login_captcha', placeholder: 'Enter the characters shown', maxLength: 6 });
    function reload() { img.src = '/api/captcha?t=' + Date.now(); }
    refresh.addEventListener('click', reload);
    var uItem = formItem({ label: 'Username', id: 'login_username', required: true, control: user, status: user.setStatus });
    var pItem = formItem({ label: 'Password', id: 'login_password', required: true, control: pass, status: pass.setStatus });
    var cItem = formItem({ label: 'Captcha', id: 'login_captcha', required: true, control: h('div', null, h('div', { class: 'captcha-line' }, img, refresh), cap), status: cap.setStatus });
    var submit = button('Log in', { type: 'primary', htmlType: 'submit', block: true });
    var form = h('form', { id: 'login', class: 'ant-form ant-form-vertical', autocomplete: 'off' }, uItem, pItem, cItem,
      h('div', { class: 'ant-row ant-form-item' }, h('div', { class: 'ant-col ant-form-item-control' }, h('div', { class: 'ant-form-item-control-input' }, h('div', { class: 'ant-form-item-control-input-content' }, submit)))));
    [[user, uItem, 'Please enter your username'], [pass.input, pItem, 'Please enter your password'], [cap, cItem, 'Please enter the captcha']].forEach(function (f) {
      f[0].addEventListener('input', function () { f[1].setError(f[0].value ? '' : f[2]); });
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var ok = true;
      [[user, uItem, 'Please enter your username'], [pass.input, pItem, 'Please enter your password'], [cap, cItem, 'Please enter the captcha']].forEach(function (f) {
        var bad = !f[0].value.trim();
        f[1].setError(bad ? f[2] : '');
        if (bad) ok = false;
      });
      if (!ok) return;
      submit.setLoading(true);
      api('/api/login', { username: user.value.trim(), password: pass.input.value, captcha: cap.value.trim() }).then(function (r) {
        submit.setLoading(false);
        if (r.ok) { location.href = r.data.redirect; return; }
        message('error', r.data.message, 3);
        cap.value = '';
        reload();
      });
    });
    var lay = publicLayout('login', h('div', { class: 'login-wrap' }, card('Login to e-Invoice System', form, 'login-card')));
    mount(lay.el, lay.after);
  }

  /* page: login OTP */
  function loginOtpPage() {
    var otp = textInput({ id: 'verify_otp', placeholder: 'Enter OTP', maxLength: 6, inputMode: 'numeric', autoComplete: 'one-time-code' });
    var item = formItem({ label: 'OTP', id: 'verify_otp', required: true, control: otp, status: otp.setStatus });
    var verify = button('Verify', { type: 'primary', htmlType: 'submit', block: true });
    var resend = h('a', { href: '#' }, 'Resend OTP');
    var form = h('form', { id: 'verify', class: 'ant-form ant-form-vertical', autocomplete: 'off' },
      h('p', null, 'Two-factor authentication: enter the OTP sent to your registered mobile number ' + P.mobile + ', or the code shown in the Sandes or NIC-GST-Shield app.'),
      item,
      h('div', { class: 'ant-row ant-form-item' }, h('div', { class: 'ant-col ant-form-item-control' }, h('div', { class: 'ant-form-item-control-input' }, h('div', { class: 'ant-form-item-control-input-content' }, verify)))),
      h('div', { class: 'otp-links' }, resend));
    otp.addEventListener('input', function () { item.setError(''); });
    resend.addEventListener('click', function (e) {
      e.preventDefault();
      api('/api/login/otp/resend', {}).then(function (r) { if (r.ok) message('success', r.data.message, 3); else message('error', r.data.message, 3); });
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var v = otp.value.trim();
      if (!v) { item.setError('Please enter the OTP'); return; }
      verify.setLoading(true);
      api('/api/login/otp', { otp: v }).then(function (r) {
        verify.setLoading(false);
        if (r.ok) { location.href = r.data.redirect; return; }
        item.setError(r.data.message);
      });
    });
    var lay = publicLayout('login', h('div', { class: 'login-wrap' }, card('Verify OTP', form, 'login-card')));
    mount(lay.el, lay.after);
  }

  /* page: dashboard */
  function stat(title, value) {
    return h('div', { class: 'ant-statistic' }, h('div', { class: 'ant-statistic-title' }, title),
      h('div', { class: 'ant-statistic-content' }, h('span', { class: 'ant-statistic-content-value' }, h('span', { class: 'ant-statistic-content-value-int' }, String(value)))));
  }
  function techContactModal() {
    var name = textInput({ id: 'tech_name', placeholder: 'Name' });
    var mobile = textInput({ id: 'tech_mobile', placeholder: '10 digit mobile number', maxLength: 10 });
    var mail = textInput({ id: 'tech_email', placeholder: 'E-mail' });
    var fields = [
      [name, formItem({ label: 'Name', id: 'tech_name', required: true, control: name, status: name.setStatus }), function (v) { return v ? '' : 'Please enter the name'; }],
      [mobile, formItem({ label: 'Mobile Number', id: 'tech_mobile', required: true, control: mobile, status: mobile.setStatus }), function (v) { return /^[6-9][0-9]{9}$/.test(v) ? '' : 'Please enter a valid mobile number'; }],
      [mail, formItem({ label: 'E-mail', id: 'tech_email', required: true, control: mail, status: mail.setStatus }), function (v) { return /^[^@ ]+@[^@ ]+[.][^@ ]+$/.test(v) ? '' : 'Please enter a valid e-mail'; }],
    ];
    var form = h('form', { id: 'tech', class: 'ant-form ant-form-vertical', autocomplete: 'off' }, fields.map(function (f) { return f[1]; }));
    var update = button('Update', { type: 'primary', onClick: function () {
      var ok = true;
      fields.forEach(function (f) { var m = f[2](f[0].value.trim()); f[1].setError(m); if (m) ok = false; });
      if (!ok) return;
      update.setLoading(true);
      api('/api/tech-contact', { name: name.value.trim(), mobile: mobile.value.trim(), email: mail.value.trim() }).then(function (r) {
        update.setLoading(false);
        if (r.ok) { dlg.close(); message('success', r.data.message, 3); } else message('error', r.data.message, 3);
      });
    } });
    var exit = button('Exit', { danger: true, onClick: function () { dlg.close(); } });
    var dlg = dialog({
      title: 'Contacts of Technical Person', closable: true, maskClosable: true, width: 560,
      body: h('div', null, h('p', null, 'Please provide the details of the technical person of your organisation who may be contacted for e-invoice and API related matters.'), form),
      footer: [exit, update],
    });
    return dlg;
  }
  function dashboardPage() {
    var content = h('div', null,
      breadcrumb(['Home', 'Dashboard']),
      h('h3', { class: 'ant-typography' }, 'Dash Board'),
      h('div', { class: 'ant-row', style: 'margin-left: -8px; margin-right: -8px; row-gap: 16px;' },
        h('div', { class: 'ant-col ant-col-6', style: 'padding: 0 8px;' }, card('Generations', stat('IRNs generated this month', 0))),
        h('div', { class: 'ant-col ant-col-6', style: 'padding: 0 8px;' }, card('Cancelled', stat('IRNs cancelled this month', 0)))));
    mount(appLayout(content));
    if (P.showTechContact) {
      var dlg = techContactModal();
      setTimeout(function () { dlg.open(); }, 800);
    }
  }

  /* page: anything else in the menu */
  function otherPage() {
    mount(appLayout(h('div', null, breadcrumb(P.crumbs), card(P.title, empty(false)))));
  }

  /* page: Create API User */
  function createApiUserPage() {
    var body = h('div');
    mount(appLayout(h('div', null, breadcrumb(P.crumbs), card('API Registration', body))));
    otpStep();

    function otpStep() {
      var send = button('Send OTP', { type: 'primary', onClick: sendOtp });
      var area = h('div');
      var countdown = null;
      body.appendChild(h('p', null, 'To create an API user, an OTP will be sent to your registered mobile number ' + P.mobile + '.'));
      body.appendChild(h('div', { class: 'ant-space', style: 'margin-bottom: 16px;' }, send));
      body.appendChild(area);
      function sendOtp() {
        send.setLoading(true);
        api('/api/api-user/otp', {}).then(function (r) {
          send.setLoading(false);
          if (!r.ok) { message('error', r.data.message, 3); return; }
          clear(area);
          area.appendChild(alertBox('success', r.data.message));
          area.appendChild(otpForm());
          var left = 30;
          send.disabled = true;
          send.setLabel('Resend OTP (' + left + 's)');
          clearInterval(countdown);
          countdown = setInterval(function () {
            left -= 1;
            if (left > 0) { send.setLabel('Resend OTP (' + left + 's)'); return; }
            clearInterval(countdown);
            send.disabled = false;
            send.setLabel('Resend OTP');
          }, 1000);
        });
      }
      function otpForm() {
        var otp = textInput({ id: 'otp', placeholder: 'Enter 6 digit OTP', maxLength: 6, inputMode: 'numeric', autoComplete: 'one-time-code' });
        var item = formItem({ label: 'Enter OTP', id: 'otp', required: true, control: otp, status: otp.setStatus });
        var verify = button('Verify OTP', { type: 'primary', htmlType: 'submit' });
        var form = h('form', { class: 'ant-form ant-form-vertical', autocomplete: 'off', style: 'max-width: 360px; margin-top: 16px;' }, item,
          h('div', { class: 'ant-row ant-form-item' }, h('div', { class: 'ant-col ant-form-item-control' }, h('div', { class: 'ant-form-item-control-input' }, h('div', { class: 'ant-form-item-control-input-content' }, verify)))));
        otp.addEventListener('input', function () { if (item.error) item.setError(otp.value ? '' : 'Please enter the OTP'); });
        form.addEventListener('submit', function (e) {
          e.preventDefault();
          var v = otp.value.trim();
          if (!v) { item.setError('Please enter the OTP'); return; }
          verify.setLoading(true);
          api('/api/api-user/otp/verify', { otp: v }).then(function (r) {
            verify.setLoading(false);
            if (!r.ok) { notification('error', 'Error', r.data.message, 4.5); return; }
            clearInterval(countdown);
            clear(body);
            registrationStep(r.data.rows || []);
          });
        });
        return form;
      }
    }

    function registrationStep(rows) {
      var mode = null, tried = false;
      var modes = radioButtons({ id: 'mode', options: [
        { value: 'D', label: 'Directly' }, { value: 'G', label: 'Through GSP' }, { value: 'E', label: 'Through ERP' }, { value: 'O', label: 'Through Client-Id of other' },
      ], onChange: function (v) { mode = v; modeItem.setError(''); redraw(); } });
      var modeItem = formItem({ label: 'Do you wish to Register your GSTIN for', id: 'mode', required: true, control: modes, horizontal: true });
      var gsp = searchSelect({ id: 'gsp', placeholder: 'Select GSP', options: P.gsps, onChange: function () { check(gspItem); } });
      var gspItem = formItem({ label: 'Select your GSP', id: 'gsp', required: true, control: gsp.root, horizontal: true, status: gsp.setStatus });
      var user = addonInput({ id: 'username', addon: 'API_', placeholder: 'Username' });
      var userItem = formItem({ label: 'Username', id: 'username', required: true, control: user, horizontal: true, status: user.setStatus, extra: '4 to 20 characters: letters, digits or underscore. Your API username will be API_ followed by what you type.' });
      var pass = passwordInput({ id: 'password', placeholder: 'Password' });
      var passItem = formItem({ label: 'Password', id: 'password', required: true, control: pass, horizontal: true, status: pass.setStatus, extra: '8 to 20 characters with an upper case letter, a lower case letter, a digit and a special character.' });
      var again = passwordInput({ id: 'confirm', placeholder: 'Re-enter Password' });
      var againItem = formItem({ label: 'Re-enter Password', id: 'confirm', required: true, control: again, horizontal: true, status: again.setStatus });
      var notice = h('div', { class: 'ant-row ant-form-item' }, h('div', { class: 'ant-col ant-col-16 ant-col-offset-8' }));
      var submit = button('Submit', { type: 'primary' });
      var exit = button('Exit', { onClick: function () { location.href = '/dashboard'; } });
      var actions = formItem({ id: 'actions', control: h('div', { class: 'form-actions' }, submit, exit), horizontal: true });
      var slot = h('div');
      var form = h('form', { class: 'ant-form ant-form-horizontal', autocomplete: 'off', style: 'max-width: 820px;' }, modeItem, slot, actions);
      form.addEventListener('submit', function (e) { e.preventDefault(); });
      var rules = {
        gsp: function () { return gsp.value() ? '' : ${JSON.stringify(TEXT.gsp)}; },
        username: function () { var v = user.input.value.trim(); return !v ? 'Please enter the username' : /^[A-Za-z0-9_]{4,20}$/.test(v) ? '' : ${JSON.stringify(TEXT.userName)}; },
        password: function () { var v = pass.input.value; return !v ? 'Please enter the password' : /^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,20}$/.test(v) ? '' : ${JSON.stringify(TEXT.password)}; },
        confirm: function () { var v = again.input.value; return !v ? 'Please re-enter the password' : v === pass.input.value ? '' : ${JSON.stringify(TEXT.mismatch)}; },
      };
      var itemFor = { gsp: gspItem, username: userItem, password: passItem, confirm: againItem };
      function check(item) {
        for (var k in itemFor) if (itemFor[k] === item) { var m = rules[k](); if (tried || item.error) item.setError(m); return m; }
        return '';
      }
      user.input.addEventListener('input', function () { check(userItem); });
      pass.input.addEventListener('input', function () { check(passItem); if (again.input.value) check(againItem); });
      again.input.addEventListener('input', function () { check(againItem); });
      function redraw() {
        clear(slot);
        if (mode === 'G') { slot.appendChild(gspItem); slot.appendChild(userItem); slot.appendChild(passItem); slot.appendChild(againItem); return; }
        var text = mode === 'D' ? ${JSON.stringify(TEXT.direct)} : mode === 'E' ? 'API access through an ERP needs the ERP to be registered for your GSTIN first.' : 'Enter the Client-Id shared with you by the other taxpayer after it has been approved.';
        clear(notice.firstChild);
        notice.firstChild.appendChild(alertBox('info', text));
        slot.appendChild(notice);
      }
      popconfirm(submit, 'Are you sure to register the API user?', function () {
        tried = true;
        if (!mode) { modeItem.setError(${JSON.stringify(TEXT.mode)}); return; }
        var ok = true;
        if (mode === 'G') for (var k in itemFor) { var m = rules[k](); itemFor[k].setError(m); if (m) ok = false; }
        if (!ok) return;
        submit.setLoading(true);
        api('/api/api-user', { registrationType: mode, gspId: gsp.value(), username: user.input.value.trim(), password: pass.input.value, confirmPassword: again.input.value }).then(function (r) {
          submit.setLoading(false);
          if (r.ok) {
            list.update(r.data.rows);
            gsp.reset(); user.input.value = ''; pass.input.value = ''; again.input.value = ''; tried = false;
            confirmModal('success', 'Success', r.data.message);
            return;
          }
          if (r.data.errors) { for (var f in r.data.errors) if (itemFor[f]) itemFor[f].setError(r.data.errors[f]); return; }
          confirmModal('error', 'Error', r.data.message);
        });
      });
      var list = table([
        { title: 'Sl. No.', render: function (r, i) { return String(i + 1); } },
        { title: 'GSP Name', dataIndex: 'gsp' },
        { title: 'API User Name', dataIndex: 'username' },
        { title: 'Created On', dataIndex: 'createdOn' },
      ]);
      list.update(rows);
      body.appendChild(form);
      body.appendChild(h('div', { class: 'ant-divider ant-divider-horizontal', role: 'separator' }));
      body.appendChild(h('h5', { class: 'ant-typography' }, 'GSPs registered for GSTIN ' + P.gstin));
      body.appendChild(list);
    }
  }

  var pages = { home: homePage, login: loginPage, 'login-otp': loginOtpPage, dashboard: dashboardPage, 'create-api-user': createApiUserPage, other: otherPage };
  (pages[P.page] || homePage)();
})();
`;

interface Session {
  id: string;
  csrf: string;
  stage: 'anon' | 'otp' | 'in';
  apiOtpSent: boolean;
  apiVerified: boolean;
  techShown: boolean;
}

const COOKIE = 'einv.sid';

export async function startR6AntdRendition(options: R6AntdOptions = {}): Promise<R6AntdRendition> {
  const state: R6AntdState = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: (options.captcha ?? 'K7Q2M').toUpperCase(),
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const tradeName = options.tradeName ?? 'SAI KRUPA ENTERPRISES';
  const tree = menuTree(options.credentialsLabel ?? 'User Credentials');
  const pages = new Map(leaves(tree).map((leaf) => [leaf.href, leaf]));
  const sessions = new Map<string, Session>();
  let pendingExpiry = options.expireOnce;

  function newSession(): Session {
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      csrf: randomBytes(18).toString('base64url'),
      stage: 'anon',
      apiOtpSent: false,
      apiVerified: false,
      techShown: false,
    };
    sessions.set(session.id, session);
    return session;
  }

  function cookieOf(req: IncomingMessage): string | undefined {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const at = part.indexOf('=');
      if (at > 0 && part.slice(0, at).trim() === COOKIE) return part.slice(at + 1).trim();
    }
    return undefined;
  }

  function send(
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    session?: Session,
    extra = {},
  ): void {
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      ...(session ? { 'set-cookie': `${COOKIE}=${session.id}; Path=/; SameSite=Lax; HttpOnly` } : {}),
      ...extra,
    });
    res.end(body);
  }
  const json = (res: ServerResponse, session: Session | undefined, status: number, body: object): void =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), session);
  const redirect = (res: ServerResponse, session: Session, to: string): void =>
    send(res, 302, 'text/plain; charset=utf-8', '', session, { location: to });

  function page(res: ServerResponse, session: Session, title: string, props: Record<string, unknown>): void {
    const all = { ...props, csrf: session.csrf, gstin: state.gstin, tradeName, mobile: MOBILE };
    const data = JSON.stringify(all).replace(/</g, '\\u003c');
    const body = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | e-Invoice System</title>
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div>
<script>window.__PAGE_PROPS__ = ${data};</script>
<script src="/static/js/main.js"></script>
</body>
</html>`;
    send(res, 200, 'text/html; charset=utf-8', body, session);
  }

  async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    let text = '';
    for await (const chunk of req) text += String(chunk);
    try {
      const parsed: unknown = JSON.parse(text || '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  const str = (value: unknown): string => (typeof value === 'string' ? value : '');

  function rows(): { key: string; gsp: string; username: string; createdOn: string }[] {
    return state.users
      .filter((user) => user.gstin === state.gstin)
      .map((user, i) => ({
        key: String(i + 1),
        gsp: user.gsp,
        username: user.username,
        createdOn: user.createdOn.split('-').reverse().join('-'),
      }));
  }

  /** An API call that needs a signed-in session: false (and a 401 sent) when missing or asked to expire here. */
  function signedIn(res: ServerResponse, session: Session, stage?: R6AntdExpiry): boolean {
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

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';

    if (path === '/static/css/main.css') return send(res, 200, 'text/css; charset=utf-8', CSS);
    if (path === '/static/js/main.js') return send(res, 200, 'text/javascript; charset=utf-8', APP_JS);
    if (path === '/favicon.ico') return send(res, 404, 'text/plain', '');

    const sid = cookieOf(req);
    const session = (sid && sessions.get(sid)) || newSession();

    if (method === 'GET') {
      if (path === '/') return page(res, session, 'Home', { page: 'home' });
      if (path === '/api/captcha') return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha), session);
      if (path === '/login') {
        if (session.stage === 'in') return redirect(res, session, '/dashboard');
        session.stage = 'anon';
        return page(res, session, 'Login', { page: 'login' });
      }
      if (path === '/login/otp') {
        if (session.stage === 'in') return redirect(res, session, '/dashboard');
        if (session.stage !== 'otp') return redirect(res, session, '/login');
        return page(res, session, 'Verify OTP', { page: 'login-otp' });
      }
      if (path === '/logout') {
        sessions.delete(session.id);
        return redirect(res, newSession(), '/');
      }
      const leaf = pages.get(path);
      if (leaf) {
        if (session.stage !== 'in') return redirect(res, session, '/login');
        const base = { menu: tree, selectedKey: leaf.key, openKeys: leaf.open };
        const labels = leaf.open.map((key) => findLabel(tree, key));
        if (leaf.key === 'dashboard') {
          const showTechContact = options.techContact !== false && !session.techShown;
          session.techShown = true;
          return page(res, session, 'Dash Board', { ...base, page: 'dashboard', showTechContact });
        }
        if (leaf.key === 'create-api-user') {
          session.apiOtpSent = false;
          session.apiVerified = false;
          return page(res, session, 'Create API User', {
            ...base,
            page: 'create-api-user',
            crumbs: ['Home', ...labels, leaf.label],
            gsps: GSPS.map(([value, label]) => ({ value, label })),
          });
        }
        return page(res, session, leaf.label, {
          ...base,
          page: 'other',
          title: leaf.label,
          crumbs: ['Home', ...labels, leaf.label],
        });
      }
      return send(
        res,
        404,
        'text/html; charset=utf-8',
        '<!DOCTYPE html><title>404</title><h1>404 Not Found</h1>',
        session,
      );
    }

    if (method !== 'POST') return json(res, session, 405, { message: 'Method not allowed' });
    const body = await readJson(req);
    const csrfOk = req.headers['x-xsrf-token'] === session.csrf;

    if (path === '/api/login') {
      if (!csrfOk)
        return json(res, session, 400, { message: 'Your page has expired. Please reload the page.' });
      if (str(body.captcha).trim().toUpperCase() !== state.captcha) {
        state.refusals.push('captcha');
        return json(res, session, 400, { message: TEXT.invalidCaptcha });
      }
      if (
        str(body.username).trim().toLowerCase() !== LOGIN.username.toLowerCase() ||
        str(body.password) !== LOGIN.password
      ) {
        state.refusals.push('login');
        return json(res, session, 400, { message: TEXT.invalidLogin });
      }
      session.stage = 'otp';
      return json(res, session, 200, { redirect: '/login/otp' });
    }
    if (path === '/api/login/otp' || path === '/api/login/otp/resend') {
      if (session.stage !== 'otp' || !csrfOk)
        return json(res, undefined, 401, { message: 'Session expired' });
      if (path.endsWith('/resend')) {
        return json(res, session, 200, {
          message: `OTP has been resent to your registered mobile number ${MOBILE}.`,
        });
      }
      if (str(body.otp).trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        return json(res, session, 400, { message: TEXT.invalidLoginOtp });
      }
      session.stage = 'in';
      return json(res, session, 200, { redirect: '/dashboard' });
    }
    if (path === '/api/tech-contact') {
      if (!signedIn(res, session)) return;
      if (!csrfOk) return json(res, undefined, 401, { message: 'Session expired' });
      return json(res, session, 200, { message: 'Details of the technical person have been updated.' });
    }
    if (path === '/api/api-user/otp') {
      if (!signedIn(res, session, 'api-otp-send')) return;
      if (!csrfOk) return json(res, undefined, 401, { message: 'Session expired' });
      session.apiOtpSent = true;
      session.apiVerified = false;
      return json(res, session, 200, {
        message: `OTP sent to your registered mobile number ${MOBILE}. It is valid for 10 minutes.`,
      });
    }
    if (path === '/api/api-user/otp/verify') {
      if (!signedIn(res, session, 'api-otp-verify')) return;
      if (!csrfOk) return json(res, undefined, 401, { message: 'Session expired' });
      if (!session.apiOtpSent) return json(res, session, 400, { message: TEXT.otpNotSent });
      if (str(body.otp).trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        return json(res, session, 400, { message: TEXT.invalidApiOtp });
      }
      session.apiVerified = true;
      return json(res, session, 200, { rows: rows() });
    }
    if (path === '/api/api-user') {
      if (!signedIn(res, session, 'submit')) return;
      if (!csrfOk) return json(res, undefined, 401, { message: 'Session expired' });
      if (!session.apiVerified) return json(res, session, 403, { message: TEXT.verifyFirst });
      const type = str(body.registrationType);
      if (type === 'D') return json(res, session, 400, { message: TEXT.direct });
      if (type === 'E') return json(res, session, 400, { message: TEXT.erp });
      if (type === 'O') return json(res, session, 400, { message: TEXT.other });
      if (type !== 'G') return json(res, session, 400, { message: TEXT.mode });
      const gsp = GSPS.find(([value]) => value === str(body.gspId))?.[1];
      const typed = str(body.username).trim();
      const password = str(body.password);
      const errors: Record<string, string> = {};
      if (!gsp) errors.gsp = TEXT.gsp;
      if (!USERNAME_RULE.test(typed)) errors.username = TEXT.userName;
      if (!PASSWORD_RULE.test(password)) errors.password = TEXT.password;
      if (password !== str(body.confirmPassword)) errors.confirm = TEXT.mismatch;
      if (!gsp || Object.keys(errors).length) return json(res, session, 400, { errors });
      const username = `API_${typed}`;
      if (state.users.some((user) => user.gstin === state.gstin && user.gsp === gsp)) {
        state.refusals.push('duplicate');
        return json(res, session, 409, {
          message: `Your GSTIN ${state.gstin} is already registered for API access through ${gsp}.`,
        });
      }
      if (state.users.some((user) => user.username.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        return json(res, session, 409, {
          message: `The username ${username} is not available. Please choose a different username.`,
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
        message: `API user ${username} has been created for ${gsp}. Please note the username and password: you will need them for the Authentication API.`,
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

function findLabel(nodes: MenuNode[], key: string): string {
  for (const node of nodes) {
    if (node.key === key) return node.label;
    if (node.children) {
      const found = findLabel(node.children, key);
      if (found) return found;
    }
  }
  return '';
}

export const R6_ANTD_LOGIN = LOGIN;

/**
 * A rendition of the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a team would redesign it with Tailwind and
 * Alpine.js / Headless-UI-like components: server-rendered pages, fetch() for every action, utility
 * classes written by hand. Login is a <div> in the top bar that opens a slide-over from the right (panel
 * plus a separate backdrop), labels are <div>s above the inputs, the captcha is a server-drawn SVG; the
 * login OTP sits in six one-digit boxes that submit themselves; the technical-contact popup is a centred
 * role="dialog" panel after a separate backdrop; the menu is a top navbar of hover-and-click dropdowns
 * whose "API Registration" panel carries a non-clickable "User Credentials" heading; verdicts about the
 * API OTP are toasts at the bottom right; the registration type is a Headless-UI RadioGroup of cards,
 * the GSP a Headless-UI Listbox; Submit asks a custom role="alertdialog" before posting; and a session
 * asked to expire answers 401, after which the page goes home with a yellow banner.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a session may be made to expire once: the first request of that stage answers 401. */
export type R5TailwindExpiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R5TailwindOptions {
  expireOnce?: R5TailwindExpiry;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
  gstin?: string;
}

export interface R5TailwindUser {
  gstin: string;
  gsp: string;
  /** The final API username, prefix included: `API_<typed>`. */
  username: string;
  password: string;
  createdOn: string;
}

export interface R5TailwindState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R5TailwindUser[];
  /**
   * What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate' (GSTIN
   * already registered with that GSP), 'username-taken'.
   */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R5TailwindRendition {
  url: string;
  close(): Promise<void>;
  state: R5TailwindState;
}

const LOGIN = { username: 'twuser01', password: 'Tw@Pass123' };

const GSPS = [
  'Adaequare Info Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'Masters India Private Limited',
  'Tally ( India) Private Ltd',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
];

const USERNAME_RULE = /^[A-Za-z0-9_]{3,20}$/;
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,}$/;

const EXPIRED_HOME = '/?reason=session-expired';

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/* ------------------------------------------------------------------------------------------------ */
/* Hand-written utility classes, in the order Tailwind would emit them (display before `hidden`).    */
/* ------------------------------------------------------------------------------------------------ */
const CSS = `
*,::before,::after{box-sizing:border-box;border:0 solid #e5e7eb}
html{font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.5;-webkit-text-size-adjust:100%}
body{margin:0;color:#111827}
h1,h2,h3,p{margin:0;font-size:inherit;font-weight:inherit}
a{color:inherit;text-decoration:inherit}
button,input{font:inherit;color:inherit;margin:0;padding:0;background:transparent;line-height:inherit}
button{cursor:pointer}
button:disabled{cursor:default}
input::placeholder{color:#9ca3af}
table{border-collapse:collapse;text-indent:0}
img,svg{display:block;vertical-align:middle}
ul{list-style:none;margin:0;padding:0}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border-width:0}
.pointer-events-none{pointer-events:none}
.pointer-events-auto{pointer-events:auto}
.invisible{visibility:hidden}
.fixed{position:fixed}.absolute{position:absolute}.relative{position:relative}.sticky{position:sticky}
.inset-0{inset:0}.inset-y-0{top:0;bottom:0}.right-0{right:0}.left-0{left:0}.top-0{top:0}.top-full{top:100%}
.bottom-4{bottom:1rem}.right-4{right:1rem}
.z-10{z-index:10}.z-30{z-index:30}.z-40{z-index:40}.z-50{z-index:50}.z-60{z-index:60}
.mx-auto{margin-left:auto;margin-right:auto}
.mt-1{margin-top:.25rem}.mt-2{margin-top:.5rem}.mt-3{margin-top:.75rem}.mt-4{margin-top:1rem}.mt-6{margin-top:1.5rem}.mt-8{margin-top:2rem}.mt-10{margin-top:2.5rem}
.mb-1{margin-bottom:.25rem}.mb-4{margin-bottom:1rem}.ml-auto{margin-left:auto}
.block{display:block}.inline-block{display:inline-block}.flex{display:flex}.inline-flex{display:inline-flex}.table{display:table}.grid{display:grid}
.hidden{display:none}
.h-5{height:1.25rem}.h-8{height:2rem}.h-9{height:2.25rem}.h-10{height:2.5rem}.h-12{height:3rem}.h-14{height:3.5rem}.h-16{height:4rem}.h-full{height:100%}
.max-h-60{max-height:15rem}.min-h-screen{min-height:100vh}.min-h-5{min-height:1.25rem}
.w-5{width:1.25rem}.w-8{width:2rem}.w-9{width:2.25rem}.w-10{width:2.5rem}.w-12{width:3rem}.w-48{width:12rem}.w-64{width:16rem}.w-72{width:18rem}.w-full{width:100%}.w-screen{width:100vw}
.min-w-full{min-width:100%}
.max-w-md{max-width:28rem}.max-w-lg{max-width:32rem}.max-w-2xl{max-width:42rem}.max-w-3xl{max-width:48rem}.max-w-7xl{max-width:80rem}.max-w-full{max-width:100%}
.flex-1{flex:1 1 0%}.shrink-0{flex-shrink:0}
.translate-x-0{transform:translateX(0)}.translate-x-full{transform:translateX(100%)}
.cursor-pointer{cursor:pointer}.cursor-default{cursor:default}.cursor-not-allowed{cursor:not-allowed}
.select-none{user-select:none}
.grid-cols-2{grid-template-columns:repeat(2,minmax(0,1fr))}.grid-cols-3{grid-template-columns:repeat(3,minmax(0,1fr))}
.flex-col{flex-direction:column}.flex-wrap{flex-wrap:wrap}
.items-start{align-items:flex-start}.items-center{align-items:center}
.justify-end{justify-content:flex-end}.justify-center{justify-content:center}.justify-between{justify-content:space-between}
.gap-1{gap:.25rem}.gap-2{gap:.5rem}.gap-3{gap:.75rem}.gap-4{gap:1rem}.gap-6{gap:1.5rem}.gap-8{gap:2rem}
.space-y-1>:not(:first-child){margin-top:.25rem}.space-y-4>:not(:first-child){margin-top:1rem}.space-y-5>:not(:first-child){margin-top:1.25rem}.space-y-6>:not(:first-child){margin-top:1.5rem}
.divide-y>:not(:first-child){border-top-width:1px}.divide-gray-200>:not(:first-child){border-color:#e5e7eb}
.overflow-auto{overflow:auto}.overflow-hidden{overflow:hidden}.overflow-y-auto{overflow-y:auto}
.truncate{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.whitespace-nowrap{white-space:nowrap}
.rounded{border-radius:.25rem}.rounded-md{border-radius:.375rem}.rounded-lg{border-radius:.5rem}.rounded-xl{border-radius:.75rem}.rounded-full{border-radius:9999px}
.rounded-l-md{border-top-left-radius:.375rem;border-bottom-left-radius:.375rem}
.border{border-width:1px}.border-0{border-width:0}.border-b{border-bottom-width:1px}.border-t{border-top-width:1px}.border-l-4{border-left-width:4px}
.border-gray-100{border-color:#f3f4f6}.border-gray-200{border-color:#e5e7eb}.border-gray-300{border-color:#d1d5db}
.border-blue-600{border-color:#2563eb}.border-green-300{border-color:#86efac}.border-red-300{border-color:#fca5a5}.border-yellow-300{border-color:#fde047}.border-yellow-400{border-color:#facc15}
.bg-white{background-color:#fff}.bg-gray-50{background-color:#f9fafb}.bg-gray-100{background-color:#f3f4f6}.bg-gray-900{background-color:#111827}
.bg-blue-50{background-color:#eff6ff}.bg-blue-600{background-color:#2563eb}.bg-blue-700{background-color:#1d4ed8}
.bg-green-50{background-color:#f0fdf4}.bg-green-600{background-color:#16a34a}.bg-red-50{background-color:#fef2f2}.bg-red-600{background-color:#dc2626}
.bg-yellow-50{background-color:#fefce8}.bg-yellow-100{background-color:#fef9c3}.bg-indigo-900{background-color:#1e1b4b}
.bg-black\\/40{background-color:rgb(0 0 0 / .4)}.bg-gray-900\\/50{background-color:rgb(17 24 39 / .5)}
.bg-gradient-to-br{background-image:linear-gradient(to bottom right,var(--tw-from),var(--tw-to))}
.from-blue-700{--tw-from:#1d4ed8}.to-indigo-900{--tw-to:#1e1b4b}
.fill-none{fill:none}.stroke-current{stroke:currentColor}
.p-1{padding:.25rem}.p-2{padding:.5rem}.p-4{padding:1rem}.p-6{padding:1.5rem}.p-8{padding:2rem}
.px-1{padding-left:.25rem;padding-right:.25rem}.px-2{padding-left:.5rem;padding-right:.5rem}.px-3{padding-left:.75rem;padding-right:.75rem}.px-4{padding-left:1rem;padding-right:1rem}.px-6{padding-left:1.5rem;padding-right:1.5rem}
.py-1{padding-top:.25rem;padding-bottom:.25rem}.py-1\\.5{padding-top:.375rem;padding-bottom:.375rem}.py-2{padding-top:.5rem;padding-bottom:.5rem}.py-2\\.5{padding-top:.625rem;padding-bottom:.625rem}.py-3{padding-top:.75rem;padding-bottom:.75rem}.py-4{padding-top:1rem;padding-bottom:1rem}.py-6{padding-top:1.5rem;padding-bottom:1.5rem}.py-8{padding-top:2rem;padding-bottom:2rem}.py-20{padding-top:5rem;padding-bottom:5rem}
.pt-2{padding-top:.5rem}.pt-5{padding-top:1.25rem}.pt-6{padding-top:1.5rem}.pb-4{padding-bottom:1rem}
.pl-1{padding-left:.25rem}.pl-3{padding-left:.75rem}.pl-10{padding-left:2.5rem}.pr-2{padding-right:.5rem}.pr-3{padding-right:.75rem}.pr-4{padding-right:1rem}.pr-10{padding-right:2.5rem}
.text-left{text-align:left}.text-center{text-align:center}.text-right{text-align:right}
.text-xs{font-size:.75rem;line-height:1rem}.text-sm{font-size:.875rem;line-height:1.25rem}.text-base{font-size:1rem;line-height:1.5rem}.text-lg{font-size:1.125rem;line-height:1.75rem}.text-xl{font-size:1.25rem;line-height:1.75rem}.text-2xl{font-size:1.5rem;line-height:2rem}.text-3xl{font-size:1.875rem;line-height:2.25rem}.text-5xl{font-size:3rem;line-height:1}
.font-normal{font-weight:400}.font-medium{font-weight:500}.font-semibold{font-weight:600}.font-bold{font-weight:700}
.uppercase{text-transform:uppercase}.tabular-nums{font-variant-numeric:tabular-nums}.tracking-wide{letter-spacing:.025em}.tracking-tight{letter-spacing:-.025em}.tracking-widest{letter-spacing:.1em}
.leading-none{line-height:1}
.text-white{color:#fff}.text-gray-400{color:#9ca3af}.text-gray-500{color:#6b7280}.text-gray-600{color:#4b5563}.text-gray-700{color:#374151}.text-gray-900{color:#111827}
.text-blue-100{color:#dbeafe}.text-blue-600{color:#2563eb}.text-blue-700{color:#1d4ed8}.text-green-600{color:#16a34a}.text-green-800{color:#166534}.text-red-600{color:#dc2626}.text-red-800{color:#991b1b}.text-yellow-600{color:#ca8a04}.text-yellow-800{color:#854d0e}
.opacity-0{opacity:0}.opacity-50{opacity:.5}.opacity-100{opacity:1}
.shadow-sm{box-shadow:0 1px 2px 0 rgb(0 0 0 / .05)}.shadow{box-shadow:0 1px 3px 0 rgb(0 0 0 / .1),0 1px 2px -1px rgb(0 0 0 / .1)}.shadow-lg{box-shadow:0 10px 15px -3px rgb(0 0 0 / .1),0 4px 6px -4px rgb(0 0 0 / .1)}.shadow-xl{box-shadow:0 20px 25px -5px rgb(0 0 0 / .1),0 8px 10px -6px rgb(0 0 0 / .1)}
.ring-1{box-shadow:0 0 0 1px var(--tw-ring,rgb(0 0 0 / .05))}.ring-2{box-shadow:0 0 0 2px var(--tw-ring,#2563eb)}.ring-black\\/5{--tw-ring:rgb(0 0 0 / .05)}.ring-blue-600{--tw-ring:#2563eb}
.shadow-lg.ring-1{box-shadow:0 0 0 1px var(--tw-ring,rgb(0 0 0 / .05)),0 10px 15px -3px rgb(0 0 0 / .1),0 4px 6px -4px rgb(0 0 0 / .1)}
.transition{transition-property:color,background-color,border-color,opacity,box-shadow,transform;transition-timing-function:cubic-bezier(.4,0,.2,1);transition-duration:150ms}
.duration-300{transition-duration:300ms}.ease-in-out{transition-timing-function:cubic-bezier(.4,0,.2,1)}
.outline-none,.focus\\:outline-none:focus{outline:2px solid transparent;outline-offset:2px}
.focus\\:border-blue-600:focus{border-color:#2563eb}.focus\\:ring-2:focus{box-shadow:0 0 0 2px #bfdbfe}
.focus-within\\:border-blue-600:focus-within{border-color:#2563eb}.focus-within\\:ring-2:focus-within{box-shadow:0 0 0 2px #bfdbfe}
.hover\\:bg-gray-50:hover{background-color:#f9fafb}.hover\\:bg-gray-100:hover{background-color:#f3f4f6}.hover\\:bg-blue-700:hover{background-color:#1d4ed8}.hover\\:bg-red-700:hover{background-color:#b91c1c}
.hover\\:text-gray-600:hover{color:#4b5563}.hover\\:text-gray-700:hover{color:#374151}.hover\\:text-gray-900:hover{color:#111827}.hover\\:text-white:hover{color:#fff}.hover\\:underline:hover{text-decoration:underline}
.disabled\\:opacity-50:disabled{opacity:.5}.disabled\\:cursor-not-allowed:disabled{cursor:not-allowed}
@keyframes shake{10%,90%{transform:translateX(-2px)}20%,80%{transform:translateX(4px)}30%,50%,70%{transform:translateX(-8px)}40%,60%{transform:translateX(8px)}}
.animate-shake{animation:shake .5s cubic-bezier(.36,.07,.19,.97) both}
@keyframes toast-in{from{opacity:0;transform:translateY(.5rem)}to{opacity:1;transform:none}}
.animate-toast{animation:toast-in .2s ease-out both}
`;

const ICON_X =
  '<svg class="h-5 w-5 fill-none stroke-current" viewBox="0 0 24 24" stroke-width="2" aria-hidden="true"><path stroke-linecap="round" stroke-linejoin="round" d="M6 18L18 6M6 6l12 12"/></svg>';
const ICON_EYE =
  '<svg class="h-5 w-5 fill-none stroke-current" viewBox="0 0 24 24" stroke-width="1.5" aria-hidden="true"><path stroke-linecap="round" stroke-linejoin="round" d="M2.04 12.32a1 1 0 010-.64C3.42 7.51 7.36 4.5 12 4.5c4.64 0 8.57 3 9.96 7.18a1 1 0 010 .64C20.58 16.49 16.64 19.5 12 19.5c-4.64 0-8.57-3-9.96-7.18z"/><path stroke-linecap="round" stroke-linejoin="round" d="M15 12a3 3 0 11-6 0 3 3 0 016 0z"/></svg>';
const ICON_CHEVRON =
  '<svg class="h-5 w-5 fill-none stroke-current" viewBox="0 0 20 20" stroke-width="1.5" aria-hidden="true"><path stroke-linecap="round" stroke-linejoin="round" d="M6 8l4 4 4-4"/></svg>';
const ICON_UPDOWN =
  '<svg class="h-5 w-5 fill-none stroke-current text-gray-400" viewBox="0 0 20 20" stroke-width="1.5" aria-hidden="true"><path stroke-linecap="round" stroke-linejoin="round" d="M7 7l3-3 3 3M7 13l3 3 3-3"/></svg>';
const ICON_CHECK_CIRCLE =
  '<svg class="check h-5 w-5 text-blue-600 invisible" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path fill-rule="evenodd" d="M10 18a8 8 0 100-16 8 8 0 000 16zm3.86-9.81a.75.75 0 00-1.22-.88l-3.24 4.5-1.62-1.62a.75.75 0 00-1.06 1.06l2.25 2.25a.75.75 0 001.14-.1l3.75-5.2z" clip-rule="evenodd"/></svg>';

/** Shared client helpers: fetch with the 401 rule, and toasts at the bottom right. */
const CLIENT_COMMON = `
window.portal = (function () {
  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'fetch' },
      body: JSON.stringify(body || {})
    }).then(function (res) {
      if (res.status === 401) {
        window.location.href = '${EXPIRED_HOME}';
        return new Promise(function () {});
      }
      return res.json().then(function (data) { return { ok: res.ok, status: res.status, data: data }; });
    });
  }
  function toast(text, kind) {
    var box = document.getElementById('toasts');
    if (!box) return;
    var el = document.createElement('div');
    el.className = 'animate-toast flex items-center gap-3 rounded-lg px-4 py-3 text-sm font-medium text-white shadow-lg transition ' +
      (kind === 'error' ? 'bg-red-600' : 'bg-green-600');
    el.textContent = text;
    box.appendChild(el);
    setTimeout(function () { el.classList.add('opacity-0'); }, 2800);
    setTimeout(function () { el.remove(); }, 3000);
  }
  return { post: post, toast: toast };
})();
`;

/** Hover-and-click dropdowns of the top navbar and the profile chip (Alpine-style). */
const CLIENT_NAV = `
(function () {
  var menus = Array.prototype.slice.call(document.querySelectorAll('[data-dropdown]'));
  var controls = [];
  function canHover() { return window.matchMedia('(hover: hover) and (min-width: 768px)').matches; }
  menus.forEach(function (root) {
    var button = root.querySelector('[data-dropdown-button]');
    var panel = root.querySelector('[data-dropdown-panel]');
    var open = false, by = null, timer = null;
    function set(value, how) {
      open = value; by = value ? how : null;
      panel.classList.toggle('hidden', !value);
      button.setAttribute('aria-expanded', value ? 'true' : 'false');
    }
    function closeOthers() { controls.forEach(function (c) { if (c.root !== root) c.close(); }); }
    controls.push({ root: root, close: function () { clearTimeout(timer); set(false); } });
    if (root.hasAttribute('data-hover')) {
      root.addEventListener('mouseenter', function () {
        if (!canHover()) return;
        clearTimeout(timer);
        if (!open) { closeOthers(); set(true, 'hover'); }
      });
      root.addEventListener('mouseleave', function () {
        if (by !== 'hover') return;
        timer = setTimeout(function () { set(false); }, 200);
      });
    }
    button.addEventListener('click', function (event) {
      event.stopPropagation();
      clearTimeout(timer);
      if (open && by === 'click') set(false);
      else { closeOthers(); set(true, 'click'); }
    });
    document.addEventListener('click', function (event) {
      if (open && !root.contains(event.target)) set(false);
    });
    root.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && open) { set(false); button.focus(); }
    });
  });
})();
`;

interface MenuGroup {
  heading: string;
  links: [string, string][];
}

function dropdown(label: string, groups: MenuGroup[]): string {
  const sections = groups
    .map(
      (group) => `<div class="py-2">
        <div class="px-4 pb-1 text-xs font-semibold uppercase tracking-wide text-gray-400">${esc(group.heading)}</div>
        ${group.links
          .map(
            ([text, href]) =>
              `<a href="${href}" class="block px-4 py-2 text-sm text-gray-700 hover:bg-gray-100 hover:text-gray-900">${esc(text)}</a>`,
          )
          .join('\n        ')}
      </div>`,
    )
    .join('\n      ');
  return `<div class="relative" data-dropdown data-hover>
    <button type="button" data-dropdown-button aria-expanded="false" class="inline-flex items-center gap-1 rounded-md px-3 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100 hover:text-gray-900">
      <span>${esc(label)}</span>${ICON_CHEVRON}
    </button>
    <div data-dropdown-panel class="hidden absolute left-0 top-full z-30 pt-2">
      <div class="w-64 rounded-lg bg-white shadow-lg ring-1 ring-black/5 divide-y divide-gray-200">
      ${sections}
      </div>
    </div>
  </div>`;
}

const NAV_MENUS = [
  dropdown('e-Invoice', [
    {
      heading: 'Generate',
      links: [
        ['Generate IRN', '/e-invoice/generate'],
        ['Bulk Upload', '/e-invoice/bulk-upload'],
      ],
    },
    {
      heading: 'Manage',
      links: [
        ['Cancel IRN', '/e-invoice/cancel'],
        ['Print e-Invoice', '/e-invoice/print'],
      ],
    },
  ]),
  dropdown('MIS Reports', [
    {
      heading: 'Reports',
      links: [
        ['IRN Details', '/mis/irn-details'],
        ['Summary Report', '/mis/summary'],
      ],
    },
  ]),
  dropdown('API Registration', [
    {
      heading: 'User Credentials',
      links: [
        ['Create API User', '/api-registration/create-api-user'],
        ['Change API Password', '/api-registration/change-password'],
        ['Freeze API User', '/api-registration/freeze'],
      ],
    },
    { heading: 'Security', links: [['IP Whitelisting', '/api-registration/ip-whitelisting']] },
  ]),
  dropdown('User Management', [
    {
      heading: 'Sub-users',
      links: [
        ['Create Sub-User', '/users/create'],
        ['Manage Sub-Users', '/users'],
      ],
    },
  ]),
].join('\n');

/** Every link of the menus that is only a placeholder page here. */
const PLACEHOLDERS: Record<string, string> = {
  '/e-invoice/generate': 'Generate IRN',
  '/e-invoice/bulk-upload': 'Bulk Upload',
  '/e-invoice/cancel': 'Cancel IRN',
  '/e-invoice/print': 'Print e-Invoice',
  '/mis/irn-details': 'IRN Details',
  '/mis/summary': 'Summary Report',
  '/api-registration/change-password': 'Change API Password',
  '/api-registration/freeze': 'Freeze API User',
  '/api-registration/ip-whitelisting': 'IP Whitelisting',
  '/users/create': 'Create Sub-User',
  '/users': 'Manage Sub-Users',
  '/profile': 'My Profile',
};

function logo(href: string): string {
  return `<a href="${href}" class="flex items-center gap-3">
    <span class="flex h-9 w-9 items-center justify-center rounded-lg bg-blue-600 text-sm font-bold text-white">e</span>
    <span class="block">
      <span class="block text-base font-semibold text-gray-900 leading-none">e-Invoice System</span>
      <span class="block text-xs text-gray-500">Goods and Services Tax Network</span>
    </span>
  </a>`;
}

function document_(title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | e-Invoice System</title>
<style>${CSS}</style>
</head>
<body class="min-h-screen bg-gray-50">
${body}
<div id="toasts" class="fixed bottom-4 right-4 z-60 flex flex-col gap-2" aria-live="polite"></div>
<script>${CLIENT_COMMON}</script>
${script ? `<script>${script}</script>` : ''}
</body>
</html>`;
}

/** The signed-in shell: top navbar with dropdowns and the GSTIN chip at the top right. */
function appPage(gstin: string, title: string, main: string, script = ''): string {
  const body = `<header class="relative z-30 border-b border-gray-200 bg-white">
  <div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4">
    <div class="flex items-center gap-8">
      ${logo('/dashboard')}
      <nav class="flex items-center gap-1" aria-label="Main">
        <a href="/dashboard" class="rounded-md px-3 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100 hover:text-gray-900">Dashboard</a>
        ${NAV_MENUS}
      </nav>
    </div>
    <div class="relative" data-dropdown>
      <button type="button" data-dropdown-button aria-expanded="false" class="flex items-center gap-2 rounded-full border border-gray-200 py-1 pl-1 pr-3 hover:bg-gray-50">
        <span class="flex h-8 w-8 items-center justify-center rounded-full bg-blue-600 text-xs font-semibold text-white">TP</span>
        <span class="block text-left">
          <span class="block text-xs text-gray-500 leading-none">GSTIN</span>
          <span class="block text-sm font-medium tabular-nums text-gray-900">${esc(gstin)}</span>
        </span>
        ${ICON_CHEVRON}
      </button>
      <div data-dropdown-panel class="hidden absolute right-0 top-full z-30 pt-2">
        <div class="w-48 rounded-lg bg-white py-1 shadow-lg ring-1 ring-black/5">
          <a href="/profile" class="block px-4 py-2 text-sm text-gray-700 hover:bg-gray-100">My Profile</a>
          <a href="/logout" class="block px-4 py-2 text-sm text-gray-700 hover:bg-gray-100">Sign out</a>
        </div>
      </div>
    </div>
  </div>
</header>
${main}`;
  return document_(title, body, CLIENT_NAV + script);
}

/* ------------------------------------------------------------------------------------------------ */
/* Home page with the slide-over login                                                              */
/* ------------------------------------------------------------------------------------------------ */
function homePage(expired: boolean): string {
  const banner = expired
    ? `<div class="border-b border-yellow-300 bg-yellow-50 px-4 py-3 text-center text-sm font-medium text-yellow-800">Session expired, please login again</div>`
    : '';
  const body = `<header class="border-b border-gray-200 bg-white">
  <div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4">
    ${logo('/')}
    <div class="flex items-center gap-6 text-sm text-gray-600">
      <a href="/help" class="hover:text-gray-900">Help</a>
      <a href="/search-gstin" class="hover:text-gray-900">Search GSTIN</a>
      <a href="/contact" class="hover:text-gray-900">Contact Us</a>
      <div id="top-login" class="cursor-pointer select-none rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700">Login</div>
    </div>
  </div>
</header>
${banner}
<main>
  <section class="bg-gradient-to-br from-blue-700 to-indigo-900">
    <div class="mx-auto max-w-7xl px-4 py-20">
      <p class="text-sm font-semibold uppercase tracking-widest text-blue-100">Invoice Registration Portal</p>
      <h1 class="mt-3 max-w-2xl text-5xl font-bold tracking-tight text-white">e-Invoicing for every GST taxpayer</h1>
      <p class="mt-6 max-w-2xl text-lg text-blue-100">Report your B2B invoices to the IRP, get the Invoice Reference Number and the signed QR code, and connect your systems through the APIs.</p>
    </div>
  </section>
  <section class="mx-auto grid max-w-7xl grid-cols-3 gap-6 px-4 py-8">
    <div class="rounded-xl border border-gray-200 bg-white p-6 shadow-sm"><h2 class="text-base font-semibold text-gray-900">Generate IRN</h2><p class="mt-2 text-sm text-gray-600">Register invoices one by one or in bulk.</p></div>
    <div class="rounded-xl border border-gray-200 bg-white p-6 shadow-sm"><h2 class="text-base font-semibold text-gray-900">API Access</h2><p class="mt-2 text-sm text-gray-600">Integrate directly or through your GST Suvidha Provider.</p></div>
    <div class="rounded-xl border border-gray-200 bg-white p-6 shadow-sm"><h2 class="text-base font-semibold text-gray-900">Two-factor authentication</h2><p class="mt-2 text-sm text-gray-600">An OTP is required at every sign-in since 1 April 2025.</p></div>
  </section>
</main>

<div id="login-backdrop" class="hidden fixed inset-0 z-40 bg-gray-900/50 opacity-0 transition duration-300 ease-in-out" aria-hidden="true"></div>
<div id="login-panel" role="dialog" aria-modal="true" aria-labelledby="login-title" class="hidden fixed inset-y-0 right-0 z-50 w-screen max-w-md translate-x-full overflow-y-auto bg-white shadow-xl transition duration-300 ease-in-out">
  <div class="flex items-center justify-between border-b border-gray-200 px-6 py-4">
    <h2 id="login-title" class="text-lg font-semibold text-gray-900">Sign in to e-Invoice System</h2>
    <button type="button" id="login-close" class="rounded-md p-1 text-gray-400 hover:text-gray-600"><span class="sr-only">Close panel</span>${ICON_X}</button>
  </div>
  <form id="login-form" class="space-y-5 px-6 py-6" autocomplete="off" novalidate>
    <div>
      <div class="text-sm font-medium text-gray-700">Username</div>
      <input name="username" type="text" autocomplete="username" class="mt-1 block w-full rounded-md border border-gray-300 px-3 py-2 text-sm focus:border-blue-600 focus:outline-none focus:ring-2">
    </div>
    <div>
      <div class="text-sm font-medium text-gray-700">Password</div>
      <div class="relative mt-1">
        <input name="password" type="password" autocomplete="current-password" class="block w-full rounded-md border border-gray-300 py-2 pl-3 pr-10 text-sm focus:border-blue-600 focus:outline-none focus:ring-2">
        <button type="button" id="toggle-password" aria-label="Show password" class="absolute inset-y-0 right-0 flex items-center px-3 text-gray-400 hover:text-gray-600">${ICON_EYE}</button>
      </div>
    </div>
    <div>
      <div class="text-sm font-medium text-gray-700">Captcha</div>
      <div class="mt-1 flex items-center gap-3">
        <img id="captcha-image" src="/captcha.svg?t=0" alt="Captcha" width="150" height="50" class="rounded-md border border-gray-200">
        <button type="button" id="captcha-refresh" title="Refresh captcha" aria-label="Refresh captcha" class="flex h-10 w-10 items-center justify-center rounded-md border border-gray-300 text-lg text-gray-600 hover:bg-gray-100">↻</button>
      </div>
      <input name="captcha" type="text" autocomplete="off" placeholder="Enter the characters shown" class="mt-2 block w-full rounded-md border border-gray-300 px-3 py-2 text-sm focus:border-blue-600 focus:outline-none focus:ring-2">
    </div>
    <p id="login-error" class="min-h-5 text-sm text-red-600"></p>
    <button type="submit" id="sign-in" class="w-full rounded-md bg-blue-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-blue-700 disabled:opacity-50">Sign in</button>
    <div class="flex justify-between text-sm">
      <a href="/forgot-password" class="text-blue-600 hover:underline">Forgot password?</a>
      <a href="/forgot-username" class="text-blue-600 hover:underline">Forgot username?</a>
    </div>
  </form>
</div>`;
  const script = `
(function () {
  var trigger = document.getElementById('top-login');
  var backdrop = document.getElementById('login-backdrop');
  var panel = document.getElementById('login-panel');
  var form = document.getElementById('login-form');
  var error = document.getElementById('login-error');
  var image = document.getElementById('captcha-image');
  var button = document.getElementById('sign-in');
  function openPanel() {
    backdrop.classList.remove('hidden');
    panel.classList.remove('hidden');
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        backdrop.classList.remove('opacity-0');
        backdrop.classList.add('opacity-100');
        panel.classList.remove('translate-x-full');
        panel.classList.add('translate-x-0');
      });
    });
    setTimeout(function () { form.elements.username.focus(); }, 310);
  }
  function closePanel() {
    backdrop.classList.add('opacity-0');
    backdrop.classList.remove('opacity-100');
    panel.classList.add('translate-x-full');
    panel.classList.remove('translate-x-0');
    setTimeout(function () { backdrop.classList.add('hidden'); panel.classList.add('hidden'); }, 300);
  }
  function refreshCaptcha() {
    image.src = '/captcha.svg?t=' + Date.now();
    form.elements.captcha.value = '';
  }
  trigger.addEventListener('click', openPanel);
  backdrop.addEventListener('click', closePanel);
  document.getElementById('login-close').addEventListener('click', closePanel);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !panel.classList.contains('hidden')) closePanel();
  });
  document.getElementById('captcha-refresh').addEventListener('click', refreshCaptcha);
  document.getElementById('toggle-password').addEventListener('click', function () {
    var input = form.elements.password;
    var show = input.type === 'password';
    input.type = show ? 'text' : 'password';
    this.setAttribute('aria-label', show ? 'Hide password' : 'Show password');
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    error.textContent = '';
    var username = form.elements.username.value.trim();
    var password = form.elements.password.value;
    var captcha = form.elements.captcha.value.trim();
    if (!username || !password) { error.textContent = 'Please enter your username and password.'; return; }
    if (!captcha) { error.textContent = 'Please enter the captcha.'; return; }
    button.disabled = true;
    button.textContent = 'Signing in…';
    window.portal.post('/api/auth/login', { username: username, password: password, captcha: captcha }).then(function (r) {
      if (r.ok) { window.location.href = r.data.next; return; }
      button.disabled = false;
      button.textContent = 'Sign in';
      error.textContent = r.data.message;
      refreshCaptcha();
    }).catch(function () {
      button.disabled = false;
      button.textContent = 'Sign in';
      error.textContent = 'Something went wrong. Please try again.';
    });
  });
})();
`;
  return document_('Home', body, script);
}

/* ------------------------------------------------------------------------------------------------ */
/* Login OTP: six boxes that submit themselves                                                      */
/* ------------------------------------------------------------------------------------------------ */
function loginOtpPage(): string {
  const boxes = [1, 2, 3, 4, 5, 6]
    .map(
      (n) =>
        `<input type="text" inputmode="numeric" maxlength="1" autocomplete="${n === 1 ? 'one-time-code' : 'off'}" aria-label="OTP digit ${n}" class="h-14 w-12 rounded-lg border border-gray-300 text-center text-xl font-semibold tabular-nums focus:border-blue-600 focus:outline-none focus:ring-2">`,
    )
    .join('\n        ');
  const body = `<header class="border-b border-gray-200 bg-white">
  <div class="mx-auto flex h-16 max-w-7xl items-center px-4">${logo('/')}</div>
</header>
<main class="flex justify-center px-4 py-20">
  <div class="w-full max-w-md rounded-xl border border-gray-200 bg-white p-8 shadow">
    <h1 class="text-xl font-semibold text-gray-900">Two-step verification</h1>
    <p class="mt-2 text-sm text-gray-600">Enter OTP sent to your registered mobile <span class="font-medium text-gray-900">******3210</span></p>
    <p class="mt-1 text-xs text-gray-500">You may also use the code shown in the NIC-GST-Shield app.</p>
    <div id="otp-boxes" class="mt-6 flex justify-between gap-2">
        ${boxes}
    </div>
    <p id="otp-message" class="mt-3 min-h-5 text-sm text-red-600"></p>
    <div class="mt-6 flex items-center justify-between text-sm">
      <button type="button" id="otp-resend" class="font-medium text-blue-600 hover:underline">Resend OTP</button>
      <a href="/logout" class="text-gray-500 hover:text-gray-700">Back to login</a>
    </div>
  </div>
</main>`;
  const script = `
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#otp-boxes input'));
  var holder = document.getElementById('otp-boxes');
  var message = document.getElementById('otp-message');
  var busy = false;
  function code() { return boxes.map(function (b) { return b.value; }).join(''); }
  function spread(digits, from) {
    for (var k = 0; k < digits.length && from + k < boxes.length; k++) boxes[from + k].value = digits[k];
    var next = Math.min(from + digits.length, boxes.length - 1);
    boxes[next].focus();
    maybeSubmit();
  }
  function maybeSubmit() {
    var value = code();
    if (busy || !/^\\d{6}$/.test(value)) return;
    busy = true;
    message.textContent = '';
    boxes.forEach(function (b) { b.disabled = true; });
    window.portal.post('/api/auth/otp', { otp: value }).then(function (r) {
      if (r.ok) { window.location.href = r.data.next; return; }
      busy = false;
      boxes.forEach(function (b) { b.disabled = false; b.value = ''; });
      message.textContent = r.data.message;
      holder.classList.remove('animate-shake');
      void holder.offsetWidth;
      holder.classList.add('animate-shake');
      boxes[0].focus();
    });
  }
  holder.addEventListener('animationend', function () { holder.classList.remove('animate-shake'); });
  boxes.forEach(function (box, i) {
    box.addEventListener('input', function () {
      var digits = box.value.replace(/\\D/g, '');
      if (digits.length > 1) { box.value = ''; spread(digits, i); return; }
      box.value = digits;
      if (digits && i < boxes.length - 1) boxes[i + 1].focus();
      maybeSubmit();
    });
    box.addEventListener('keydown', function (event) {
      if (event.key === 'Backspace' && !box.value && i > 0) { event.preventDefault(); boxes[i - 1].value = ''; boxes[i - 1].focus(); }
      else if (event.key === 'ArrowLeft' && i > 0) { event.preventDefault(); boxes[i - 1].focus(); }
      else if (event.key === 'ArrowRight' && i < boxes.length - 1) { event.preventDefault(); boxes[i + 1].focus(); }
    });
    box.addEventListener('paste', function (event) {
      var text = ((event.clipboardData && event.clipboardData.getData('text')) || '').replace(/\\D/g, '');
      if (!text) return;
      event.preventDefault();
      spread(text, i);
    });
    box.addEventListener('focus', function () { box.select(); });
  });
  document.getElementById('otp-resend').addEventListener('click', function () {
    window.portal.post('/api/auth/otp/resend', {}).then(function (r) {
      message.textContent = '';
      window.portal.toast(r.data.message, r.ok ? 'success' : 'error');
    });
  });
  boxes[0].focus();
})();
`;
  return document_('Verify OTP', body, script);
}

/* ------------------------------------------------------------------------------------------------ */
/* Dashboard with the technical-contact dialog                                                      */
/* ------------------------------------------------------------------------------------------------ */
function dashboardPage(gstin: string, showContacts: boolean, apiUsers: number): string {
  const field = (label: string, name: string, type: string) => `<div>
          <div class="text-sm font-medium text-gray-700">${label}</div>
          <input name="${name}" type="${type}" class="mt-1 block w-full rounded-md border border-gray-300 px-3 py-2 text-sm focus:border-blue-600 focus:outline-none focus:ring-2">
        </div>`;
  const card = (
    title: string,
    value: string,
    note: string,
  ) => `<div class="rounded-xl border border-gray-200 bg-white p-6 shadow-sm">
      <div class="text-sm font-medium text-gray-500">${title}</div>
      <div class="mt-2 text-3xl font-semibold tabular-nums text-gray-900">${value}</div>
      <div class="mt-1 text-xs text-gray-500">${note}</div>
    </div>`;
  const main = `<main class="mx-auto max-w-7xl px-4 py-8">
  <h1 class="text-2xl font-semibold text-gray-900">Dash Board</h1>
  <p class="mt-1 text-sm text-gray-500">Overview for GSTIN ${esc(gstin)}</p>
  <div class="mt-6 grid grid-cols-3 gap-6">
    ${card('Generations', '0', 'IRNs generated this month')}
    ${card('Cancelled', '0', 'IRNs cancelled this month')}
    ${card('API Users', String(apiUsers), 'Active API users')}
  </div>
</main>
<div id="contact-backdrop" class="hidden fixed inset-0 z-40 bg-black/40 transition" aria-hidden="true"></div>
<div id="contact-wrap" class="hidden fixed inset-0 z-50 overflow-y-auto">
  <div class="flex min-h-screen items-center justify-center p-4">
    <div id="contact-panel" role="dialog" aria-modal="true" aria-labelledby="contact-title" class="w-full max-w-lg rounded-xl bg-white shadow-xl">
      <div class="flex items-start justify-between px-6 pt-5">
        <h3 id="contact-title" class="text-lg font-semibold text-gray-900">Contacts of Technical Person</h3>
        <button type="button" aria-label="Close" data-close class="text-2xl leading-none text-gray-400 hover:text-gray-600">×</button>
      </div>
      <form id="contact-form" class="space-y-4 px-6 py-4" novalidate>
        <p class="text-sm text-gray-600">Please provide the details of a technical person of your organisation who can be contacted about e-invoice API integration.</p>
        ${field('Name', 'name', 'text')}
        ${field('Mobile Number', 'mobile', 'tel')}
        ${field('Email ID', 'email', 'email')}
        <p id="contact-error" class="min-h-5 text-sm text-red-600"></p>
      </form>
      <div class="flex items-center justify-between border-t border-gray-200 px-6 py-4">
        <button type="button" data-close class="text-sm font-medium text-gray-500 hover:text-gray-700">Skip for now</button>
        <div class="flex gap-3">
          <button type="button" data-close class="rounded-md bg-red-600 px-4 py-2 text-sm font-medium text-white hover:bg-red-700">Exit</button>
          <button type="button" id="contact-save" class="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700">Save</button>
        </div>
      </div>
    </div>
  </div>
</div>`;
  const script = `
(function () {
  var backdrop = document.getElementById('contact-backdrop');
  var wrap = document.getElementById('contact-wrap');
  var form = document.getElementById('contact-form');
  var error = document.getElementById('contact-error');
  var lastFocus = null;
  function open() {
    lastFocus = document.activeElement;
    backdrop.classList.remove('hidden');
    wrap.classList.remove('hidden');
    document.body.style.overflow = 'hidden';
    form.elements.name.focus();
  }
  function close() {
    backdrop.classList.add('hidden');
    wrap.classList.add('hidden');
    document.body.style.overflow = '';
    if (lastFocus && lastFocus.focus) lastFocus.focus();
  }
  Array.prototype.forEach.call(document.querySelectorAll('#contact-panel [data-close]'), function (b) {
    b.addEventListener('click', close);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !wrap.classList.contains('hidden')) close();
  });
  wrap.addEventListener('click', function (event) {
    if (!document.getElementById('contact-panel').contains(event.target)) close();
  });
  document.getElementById('contact-save').addEventListener('click', function () {
    var name = form.elements.name.value.trim(), mobile = form.elements.mobile.value.trim(), email = form.elements.email.value.trim();
    if (!name || !/^\\d{10}$/.test(mobile) || email.indexOf('@') < 1) { error.textContent = 'Please enter a valid name, 10-digit mobile number and email ID.'; return; }
    window.portal.post('/api/technical-contact', { name: name, mobile: mobile, email: email }).then(function (r) {
      close();
      window.portal.toast(r.data.message, r.ok ? 'success' : 'error');
    });
  });
  ${showContacts ? 'setTimeout(open, 1000);' : ''}
})();
`;
  return appPage(gstin, 'Dash Board', main, script);
}

function placeholderPage(gstin: string, title: string): string {
  const main = `<main class="mx-auto max-w-7xl px-4 py-8">
  <h1 class="text-2xl font-semibold text-gray-900">${esc(title)}</h1>
  <div class="mt-6 rounded-xl border border-gray-200 bg-white p-6 text-sm text-gray-600 shadow-sm">This service is temporarily unavailable. Please try again later.</div>
</main>`;
  return appPage(gstin, title, main);
}

function breadcrumb(): string {
  return `<nav aria-label="Breadcrumb" class="flex items-center gap-2 text-sm text-gray-500">
    <span>API Registration</span><span aria-hidden="true">/</span><span>User Credentials</span><span aria-hidden="true">/</span><span class="font-medium text-gray-900">Create API User</span>
  </nav>`;
}

/* ------------------------------------------------------------------------------------------------ */
/* Create API User: Generate OTP, then one OTP box and Verify                                       */
/* ------------------------------------------------------------------------------------------------ */
function createApiUserPage(gstin: string): string {
  const main = `<main class="mx-auto max-w-3xl px-4 py-8">
  ${breadcrumb()}
  <h1 class="mt-2 text-2xl font-semibold text-gray-900">Create API User</h1>
  <div class="mt-6 rounded-xl border border-gray-200 bg-white shadow-sm">
    <div class="border-b border-gray-200 px-6 py-4">
      <h2 class="text-lg font-semibold text-gray-900">API Registration</h2>
      <p class="mt-1 text-sm text-gray-500">GSTIN ${esc(gstin)}</p>
    </div>
    <div class="px-6 py-6">
      <p class="text-sm text-gray-600">To create an API user we first confirm it is you: an OTP will be sent to the mobile number registered with this GSTIN.</p>
      <div class="mt-6 flex items-center gap-3">
        <button type="button" id="generate-otp" class="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50 disabled:cursor-not-allowed">Generate OTP</button>
        <span id="resend-note" class="text-xs text-gray-500"></span>
      </div>
      <div id="verify-step" class="hidden mt-6">
        <div class="flex items-center gap-3">
          <input id="api-otp" type="text" inputmode="numeric" maxlength="6" autocomplete="one-time-code" placeholder="Enter OTP" class="w-48 rounded-md border border-gray-300 px-3 py-2 text-sm tabular-nums focus:border-blue-600 focus:outline-none focus:ring-2">
          <button type="button" id="verify-otp" class="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50">Verify</button>
        </div>
      </div>
    </div>
  </div>
</main>`;
  const script = `
(function () {
  var generate = document.getElementById('generate-otp');
  var note = document.getElementById('resend-note');
  var step = document.getElementById('verify-step');
  var input = document.getElementById('api-otp');
  var verify = document.getElementById('verify-otp');
  var countdown = null;
  function startCountdown() {
    var left = 30;
    generate.disabled = true;
    generate.textContent = 'Resend OTP';
    note.textContent = 'You can resend the OTP in ' + left + 's';
    clearInterval(countdown);
    countdown = setInterval(function () {
      left -= 1;
      if (left <= 0) { clearInterval(countdown); generate.disabled = false; note.textContent = ''; return; }
      note.textContent = 'You can resend the OTP in ' + left + 's';
    }, 1000);
  }
  generate.addEventListener('click', function () {
    generate.disabled = true;
    window.portal.post('/api/api-user/otp', {}).then(function (r) {
      if (!r.ok) { generate.disabled = false; window.portal.toast(r.data.message, 'error'); return; }
      window.portal.toast(r.data.message, 'success');
      step.classList.remove('hidden');
      input.focus();
      startCountdown();
    });
  });
  function submit() {
    var otp = input.value.trim();
    if (!otp) { window.portal.toast('Please enter the OTP.', 'error'); return; }
    verify.disabled = true;
    window.portal.post('/api/api-user/otp/verify', { otp: otp }).then(function (r) {
      verify.disabled = false;
      if (r.ok) { window.location.href = r.data.next; return; }
      input.value = '';
      input.focus();
      window.portal.toast(r.data.message, 'error');
    });
  }
  verify.addEventListener('click', submit);
  input.addEventListener('keydown', function (event) { if (event.key === 'Enter') submit(); });
})();
`;
  return appPage(gstin, 'Create API User', main, script);
}

/* ------------------------------------------------------------------------------------------------ */
/* The registration form                                                                            */
/* ------------------------------------------------------------------------------------------------ */
const MODES: [string, string, string][] = [
  [
    'direct',
    'Directly',
    'Integrate your own system with the IRP using a client ID and secret. Only for taxpayers above the notified turnover.',
  ],
  ['gsp', 'Through GSP', 'Access the e-invoice APIs through a GST Suvidha Provider of your choice.'],
  ['erp', 'Through ERP', 'Access the e-invoice APIs through the solution of your ERP vendor.'],
  [
    'other',
    'Through Client-Id of other',
    'Use the client ID already issued to another GSTIN of the same PAN.',
  ],
];

function rowHtml(index: number, user: R5TailwindUser): string {
  return `<tr>
          <td class="whitespace-nowrap px-6 py-3 text-gray-500">${index}</td>
          <td class="px-6 py-3 text-gray-900">${esc(user.gsp)}</td>
          <td class="whitespace-nowrap px-6 py-3 text-gray-900">${esc(user.username)}</td>
          <td class="whitespace-nowrap px-6 py-3 text-gray-500">${esc(user.createdOn)}</td>
        </tr>`;
}

function registerPage(gstin: string, users: R5TailwindUser[]): string {
  const radios = MODES.map(
    (
      [value, title, description],
      i,
    ) => `<div role="radio" aria-checked="false" tabindex="${i === 0 ? 0 : -1}" data-value="${value}" aria-labelledby="mode-${value}-label" aria-describedby="mode-${value}-description" data-headlessui-state="" class="relative flex cursor-pointer items-start gap-3 rounded-lg border border-gray-300 bg-white p-4 shadow-sm focus:outline-none">
          <span class="flex flex-1 flex-col">
            <span id="mode-${value}-label" class="block text-sm font-medium text-gray-900">${esc(title)}</span>
            <span id="mode-${value}-description" class="mt-1 block text-xs text-gray-500">${esc(description)}</span>
          </span>
          ${ICON_CHECK_CIRCLE}
        </div>`,
  ).join('\n        ');
  const rows = users.length
    ? users.map((user, i) => rowHtml(i + 1, user)).join('\n        ')
    : '<tr data-empty><td colspan="4" class="px-6 py-4 text-center text-gray-500">No GSP has been registered for this GSTIN yet.</td></tr>';
  const inputClass =
    'mt-1 block w-full rounded-md border border-gray-300 px-3 py-2 text-sm font-normal focus:border-blue-600 focus:outline-none focus:ring-2';
  const main = `<main class="mx-auto max-w-3xl px-4 py-8">
  ${breadcrumb()}
  <h1 class="mt-2 text-2xl font-semibold text-gray-900">Create API User</h1>
  <div class="mt-6 rounded-xl border border-gray-200 bg-white shadow-sm">
    <div class="border-b border-gray-200 px-6 py-4">
      <h2 class="text-lg font-semibold text-gray-900">API Registration</h2>
      <p class="mt-1 text-sm text-gray-500">GSTIN ${esc(gstin)}</p>
    </div>
    <form id="register-form" class="space-y-6 px-6 py-6" autocomplete="off" novalidate>
      <div id="form-banner" class="hidden"></div>
      <div role="radiogroup" aria-labelledby="mode-label">
        <div id="mode-label" class="text-sm font-medium text-gray-900">Do you wish to Register your GSTIN for</div>
        <div class="mt-3 grid grid-cols-2 gap-3">
        ${radios}
        </div>
      </div>
      <div id="mode-note" class="hidden rounded-md border border-yellow-300 bg-yellow-50 px-4 py-3 text-sm text-yellow-800"></div>
      <div id="gsp-fields" class="hidden space-y-6">
        <div id="gsp-listbox" class="relative">
          <label id="gsp-label" class="block text-sm font-medium text-gray-900">Select your GSP <span class="text-red-600">*</span></label>
          <button type="button" id="gsp-button" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="gsp-label gsp-button" class="relative mt-1 w-full cursor-default rounded-md border border-gray-300 bg-white py-2 pl-3 pr-10 text-left text-sm shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2">
            <span id="gsp-value" class="block truncate text-gray-400">Select GSP</span>
            <span class="pointer-events-none absolute inset-y-0 right-0 flex items-center pr-2">${ICON_UPDOWN}</span>
          </button>
        </div>
        <div>
          <div class="text-sm font-medium text-gray-900">Username <span class="text-red-600">*</span></div>
          <div class="mt-1 flex rounded-md border border-gray-300 focus-within:border-blue-600 focus-within:ring-2">
            <span class="flex select-none items-center rounded-l-md bg-gray-50 pl-3 pr-2 text-sm text-gray-500">API_</span>
            <input id="api-username" name="username" type="text" autocomplete="off" class="block flex-1 border-0 bg-transparent py-2 pl-1 pr-3 text-sm focus:outline-none">
          </div>
          <p class="mt-1 text-xs text-gray-500">3 to 20 letters, digits or underscores. Your API username will be API_ followed by what you type.</p>
          <p data-error="username" class="mt-1 text-sm text-red-600"></p>
        </div>
        <div class="grid grid-cols-2 gap-6">
          <div>
            <label class="block text-sm font-medium text-gray-900">Password <span class="text-red-600">*</span>
              <input name="password" type="password" autocomplete="new-password" class="${inputClass}">
            </label>
            <p data-error="password" class="mt-1 text-sm text-red-600"></p>
          </div>
          <div>
            <label class="block text-sm font-medium text-gray-900">Re-enter Password <span class="text-red-600">*</span>
              <input name="confirm" type="password" autocomplete="new-password" class="${inputClass}">
            </label>
            <p data-error="confirm" class="mt-1 text-sm text-red-600"></p>
          </div>
        </div>
        <p class="text-xs text-gray-500">The password must have at least 8 characters, with an uppercase letter, a lowercase letter, a digit and a special character.</p>
      </div>
      <div class="flex justify-end gap-3 border-t border-gray-200 pt-6">
        <button type="button" id="register-exit" class="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-medium text-gray-700 hover:bg-gray-50">Exit</button>
        <button type="submit" id="register-submit" disabled class="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50 disabled:cursor-not-allowed">Submit</button>
      </div>
    </form>
  </div>
  <section class="mt-8 overflow-hidden rounded-xl border border-gray-200 bg-white shadow-sm">
    <div class="border-b border-gray-200 px-6 py-4">
      <h2 class="text-base font-semibold text-gray-900">GSPs registered for this GSTIN</h2>
    </div>
    <table class="min-w-full text-sm">
      <thead class="bg-gray-50">
        <tr>
          <th scope="col" class="px-6 py-3 text-left text-xs font-semibold uppercase tracking-wide text-gray-500">Sl. No.</th>
          <th scope="col" class="px-6 py-3 text-left text-xs font-semibold uppercase tracking-wide text-gray-500">GSP Name</th>
          <th scope="col" class="px-6 py-3 text-left text-xs font-semibold uppercase tracking-wide text-gray-500">Username</th>
          <th scope="col" class="px-6 py-3 text-left text-xs font-semibold uppercase tracking-wide text-gray-500">Created On</th>
        </tr>
      </thead>
      <tbody id="registered-rows" class="divide-y divide-gray-200">
        ${rows}
      </tbody>
    </table>
  </section>
</main>
<div id="confirm-backdrop" class="hidden fixed inset-0 z-40 bg-black/40" aria-hidden="true"></div>
<div id="confirm-wrap" class="hidden fixed inset-0 z-50 overflow-y-auto">
  <div class="flex min-h-screen items-center justify-center p-4">
    <div role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-text" class="w-full max-w-md rounded-xl bg-white p-6 shadow-xl">
      <div class="flex items-start gap-4">
        <span class="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-yellow-100 text-lg font-bold text-yellow-600" aria-hidden="true">!</span>
        <div>
          <h3 id="confirm-title" class="text-base font-semibold text-gray-900">Create API user</h3>
          <p id="confirm-text" class="mt-2 text-sm text-gray-600">Do you want to continue?</p>
        </div>
      </div>
      <div class="mt-6 flex justify-end gap-3">
        <button type="button" id="confirm-cancel" class="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-medium text-gray-700 hover:bg-gray-50">Cancel</button>
        <button type="button" id="confirm-ok" class="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50">Confirm</button>
      </div>
    </div>
  </div>
</div>`;
  const script = `
(function () {
  var GSPS = ${JSON.stringify(GSPS)};
  var NOTES = {
    direct: 'Direct integration is available only to taxpayers whose aggregate turnover is above the notified limit. Please contact the helpdesk to apply.',
    erp: 'Registration through ERP is not enabled for this GSTIN.',
    other: 'Registration through the Client-Id of another GSTIN is not enabled for this GSTIN.'
  };
  var CHECK = '<span class="absolute inset-y-0 left-0 flex items-center pl-3 text-blue-600"><svg class="h-5 w-5" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path fill-rule="evenodd" d="M16.7 4.15a.75.75 0 01.15 1.05l-8 10.5a.75.75 0 01-1.13.08l-4.5-4.5a.75.75 0 011.06-1.06l3.9 3.9 7.47-9.82a.75.75 0 011.05-.15z" clip-rule="evenodd"/></svg></span>';
  var form = document.getElementById('register-form');
  var banner = document.getElementById('form-banner');
  var submitButton = document.getElementById('register-submit');
  var gspFields = document.getElementById('gsp-fields');
  var note = document.getElementById('mode-note');
  var mode = null, gsp = null;

  /* RadioGroup */
  var radios = Array.prototype.slice.call(document.querySelectorAll('[role="radio"]'));
  function choose(el, focus) {
    mode = el.getAttribute('data-value');
    radios.forEach(function (r) {
      var on = r === el;
      r.setAttribute('aria-checked', on ? 'true' : 'false');
      r.tabIndex = on ? 0 : -1;
      r.setAttribute('data-headlessui-state', on ? 'checked' : '');
      r.classList.toggle('border-blue-600', on);
      r.classList.toggle('ring-2', on);
      r.classList.toggle('border-gray-300', !on);
      r.querySelector('.check').classList.toggle('invisible', !on);
    });
    if (focus) el.focus();
    gspFields.classList.toggle('hidden', mode !== 'gsp');
    note.textContent = NOTES[mode] || '';
    note.classList.toggle('hidden', !NOTES[mode]);
    update();
  }
  radios.forEach(function (r, i) {
    r.addEventListener('click', function () { choose(r, true); });
    r.addEventListener('keydown', function (event) {
      var n = radios.length;
      if (event.key === ' ') { event.preventDefault(); choose(r, true); }
      else if (event.key === 'ArrowDown' || event.key === 'ArrowRight') { event.preventDefault(); choose(radios[(i + 1) % n], true); }
      else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') { event.preventDefault(); choose(radios[(i + n - 1) % n], true); }
    });
  });

  /* Listbox */
  var lbRoot = document.getElementById('gsp-listbox');
  var lbButton = document.getElementById('gsp-button');
  var lbValue = document.getElementById('gsp-value');
  var list = null, active = -1, typed = '', typedTimer = null;
  function setActive(i, scroll) {
    if (!list) return;
    active = i;
    Array.prototype.forEach.call(list.children, function (li, j) {
      li.classList.toggle('bg-blue-600', j === i);
      li.classList.toggle('text-white', j === i);
      li.classList.toggle('text-gray-900', j !== i);
      li.setAttribute('data-headlessui-state', (j === i ? 'active ' : '') + (GSPS[j] === gsp ? 'selected' : ''));
    });
    list.setAttribute('aria-activedescendant', 'gsp-option-' + i);
    if (scroll) list.children[i].scrollIntoView({ block: 'nearest' });
  }
  function openList() {
    if (list) return;
    list = document.createElement('ul');
    list.id = 'gsp-options';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-labelledby', 'gsp-label');
    list.setAttribute('aria-orientation', 'vertical');
    list.tabIndex = 0;
    list.className = 'absolute z-10 mt-1 max-h-60 w-full overflow-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-black/5 focus:outline-none';
    GSPS.forEach(function (name, i) {
      var li = document.createElement('li');
      li.id = 'gsp-option-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('tabindex', '-1');
      li.setAttribute('aria-selected', name === gsp ? 'true' : 'false');
      li.className = 'relative cursor-default select-none py-2 pl-10 pr-4 text-gray-900';
      var span = document.createElement('span');
      span.className = 'block truncate' + (name === gsp ? ' font-semibold' : ' font-normal');
      span.textContent = name;
      li.appendChild(span);
      if (name === gsp) li.insertAdjacentHTML('beforeend', CHECK);
      li.addEventListener('mouseenter', function () { setActive(i, false); });
      li.addEventListener('click', function () { pick(i); });
      list.appendChild(li);
    });
    list.addEventListener('keydown', onListKey);
    lbRoot.appendChild(list);
    lbButton.setAttribute('aria-expanded', 'true');
    lbButton.setAttribute('aria-controls', list.id);
    setActive(Math.max(0, GSPS.indexOf(gsp)), true);
    list.focus();
  }
  function closeList(focusButton) {
    if (!list) return;
    list.remove();
    list = null;
    lbButton.setAttribute('aria-expanded', 'false');
    lbButton.removeAttribute('aria-controls');
    if (focusButton) lbButton.focus();
  }
  function pick(i) {
    gsp = GSPS[i];
    lbValue.textContent = gsp;
    lbValue.classList.remove('text-gray-400');
    lbValue.classList.add('text-gray-900');
    closeList(true);
    update();
  }
  function onListKey(event) {
    var n = GSPS.length;
    if (event.key === 'ArrowDown') { event.preventDefault(); setActive(Math.min(active + 1, n - 1), true); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); setActive(Math.max(active - 1, 0), true); }
    else if (event.key === 'Home') { event.preventDefault(); setActive(0, true); }
    else if (event.key === 'End') { event.preventDefault(); setActive(n - 1, true); }
    else if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); pick(active); }
    else if (event.key === 'Escape') { event.preventDefault(); closeList(true); }
    else if (event.key === 'Tab') { closeList(false); }
    else if (event.key.length === 1) {
      typed += event.key.toLowerCase();
      clearTimeout(typedTimer);
      typedTimer = setTimeout(function () { typed = ''; }, 350);
      for (var k = 0; k < n; k++) {
        if (GSPS[k].toLowerCase().indexOf(typed) === 0) { setActive(k, true); break; }
      }
    }
  }
  lbButton.addEventListener('click', function () { if (list) closeList(true); else openList(); });
  lbButton.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openList();
    }
  });
  document.getElementById('gsp-label').addEventListener('click', function () { lbButton.focus(); });
  document.addEventListener('mousedown', function (event) {
    if (list && !lbRoot.contains(event.target)) closeList(false);
  });

  /* Fields, validation, submit */
  var username = form.elements.username, password = form.elements.password, confirmField = form.elements.confirm;
  function update() {
    submitButton.disabled = !(mode === 'gsp' && gsp && username.value.trim() && password.value && confirmField.value);
  }
  [username, password, confirmField].forEach(function (input) { input.addEventListener('input', update); });
  function setError(name, text) { form.querySelector('[data-error="' + name + '"]').textContent = text; }
  function showBanner(text, ok) {
    banner.className = 'rounded-md border px-4 py-3 text-sm font-medium ' +
      (ok ? 'border-green-300 bg-green-50 text-green-800' : 'border-red-300 bg-red-50 text-red-800');
    banner.textContent = text;
    banner.scrollIntoView({ block: 'center' });
  }
  document.getElementById('register-exit').addEventListener('click', function () { window.location.href = '/dashboard'; });

  var confirmBackdrop = document.getElementById('confirm-backdrop');
  var confirmWrap = document.getElementById('confirm-wrap');
  var confirmOk = document.getElementById('confirm-ok');
  function openConfirm() {
    confirmBackdrop.classList.remove('hidden');
    confirmWrap.classList.remove('hidden');
    document.getElementById('confirm-cancel').focus();
  }
  function closeConfirm() {
    confirmBackdrop.classList.add('hidden');
    confirmWrap.classList.add('hidden');
  }
  document.getElementById('confirm-cancel').addEventListener('click', closeConfirm);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !confirmWrap.classList.contains('hidden')) closeConfirm();
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (submitButton.disabled) return;
    setError('username', ''); setError('password', ''); setError('confirm', '');
    var bad = false;
    if (!/^[A-Za-z0-9_]{3,20}$/.test(username.value.trim())) { setError('username', 'Use 3 to 20 letters, digits or underscores.'); bad = true; }
    if (!/^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^A-Za-z0-9]).{8,}$/.test(password.value)) { setError('password', 'Password does not meet the requirements.'); bad = true; }
    if (password.value !== confirmField.value) { setError('confirm', 'Passwords do not match.'); bad = true; }
    if (bad) return;
    openConfirm();
  });

  confirmOk.addEventListener('click', function () {
    confirmOk.disabled = true;
    confirmOk.textContent = 'Please wait…';
    window.portal.post('/api/api-user', {
      mode: mode, gsp: gsp, username: username.value.trim(), password: password.value, confirmPassword: confirmField.value
    }).then(function (r) {
      confirmOk.disabled = false;
      confirmOk.textContent = 'Confirm';
      closeConfirm();
      showBanner(r.data.message, r.ok);
      if (!r.ok) return;
      var body = document.getElementById('registered-rows');
      var empty = body.querySelector('[data-empty]');
      if (empty) empty.remove();
      body.insertAdjacentHTML('beforeend', r.data.row);
      gsp = null;
      lbValue.textContent = 'Select GSP';
      lbValue.classList.add('text-gray-400');
      lbValue.classList.remove('text-gray-900');
      username.value = ''; password.value = ''; confirmField.value = '';
      update();
    });
  });
})();
`;
  return appPage(gstin, 'Create API User', main, script);
}

function notFoundPage(): string {
  return document_(
    'Not found',
    `<main class="flex justify-center px-4 py-20"><div class="text-center"><h1 class="text-2xl font-semibold text-gray-900">Page not found</h1><p class="mt-2 text-sm text-gray-600"><a class="text-blue-600 hover:underline" href="/">Go to the home page</a></p></div></main>`,
  );
}

function captchaSvg(text: string, seed: number): string {
  let s = (seed % 233280) + 1;
  const rnd = (): number => {
    s = (s * 9301 + 49297) % 233280;
    return s / 233280;
  };
  const letters = [...text]
    .map((ch, i) => {
      const x = 16 + i * 26;
      const y = 34 + Math.round(rnd() * 8 - 4);
      const r = Math.round(rnd() * 36 - 18);
      return `<text x="${x}" y="${y}" transform="rotate(${r} ${x + 8} ${y - 10})">${esc(ch)}</text>`;
    })
    .join('');
  const lines = [0, 1, 2, 3]
    .map(
      () =>
        `<line x1="0" y1="${Math.round(rnd() * 50)}" x2="150" y2="${Math.round(rnd() * 50)}" stroke="#94a3b8" stroke-width="1.2"/>`,
    )
    .join('');
  const dots = Array.from(
    { length: 40 },
    () => `<circle cx="${Math.round(rnd() * 150)}" cy="${Math.round(rnd() * 50)}" r="1" fill="#64748b"/>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50"><rect width="150" height="50" fill="#f1f5f9"/>${lines}${dots}<g font-family="Georgia, serif" font-size="26" font-weight="bold" fill="#1e293b">${letters}</g></svg>`;
}

/* ------------------------------------------------------------------------------------------------ */
/* Server                                                                                           */
/* ------------------------------------------------------------------------------------------------ */
interface Session {
  stage: 'otp' | 'in';
  contactsShown: boolean;
  apiOtpSent: boolean;
  apiVerified: boolean;
}

export async function startR5TailwindRendition(
  options: R5TailwindOptions = {},
): Promise<R5TailwindRendition> {
  const state: R5TailwindState = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  /** Session ids that ended by expiry, so their pages send the person home with the banner. */
  const endedSids = new Set<string>();
  let pendingExpiry = options.expireOnce;
  let captchaDraws = 0;

  function sidOf(req: IncomingMessage): string | undefined {
    return /(?:^|;\s*)einv_sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  }

  function sessionOf(req: IncomingMessage): Session | undefined {
    const sid = sidOf(req);
    return sid ? sessions.get(sid) : undefined;
  }

  function send(res: ServerResponse, status: number, type: string, body: string, headers = {}): void {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body);
  }

  function html(res: ServerResponse, body: string, status = 200): void {
    send(res, status, 'text/html; charset=utf-8', body);
  }

  function json(res: ServerResponse, status: number, body: object, headers = {}): void {
    send(res, status, 'application/json', JSON.stringify(body), headers);
  }

  function redirect(res: ServerResponse, location: string, headers = {}): void {
    res.writeHead(302, { location, 'cache-control': 'no-store', ...headers });
    res.end();
  }

  async function readJson(req: IncomingMessage): Promise<Record<string, string>> {
    let text = '';
    for await (const chunk of req) text += String(chunk);
    try {
      const parsed = text ? (JSON.parse(text) as unknown) : {};
      if (!parsed || typeof parsed !== 'object') return {};
      return Object.fromEntries(
        Object.entries(parsed as Record<string, unknown>).map(([k, v]) => [
          k,
          typeof v === 'string' ? v : '',
        ]),
      );
    } catch {
      return {};
    }
  }

  /** A signed-in session for an action, or a 401 (and the session ends) when missing or asked to expire here. */
  function signedIn(
    req: IncomingMessage,
    res: ServerResponse,
    stage?: R5TailwindExpiry,
  ): Session | undefined {
    const sid = sidOf(req);
    const session = sid ? sessions.get(sid) : undefined;
    if (!sid || session?.stage !== 'in') {
      json(res, 401, { message: 'Session expired, please login again' });
      return undefined;
    }
    if (stage && pendingExpiry === stage) {
      pendingExpiry = undefined;
      sessions.delete(sid);
      endedSids.add(sid);
      state.expired.push(stage);
      json(res, 401, { message: 'Session expired, please login again' });
      return undefined;
    }
    return session;
  }

  /** A signed-in session for a page, or a redirect home. */
  function signedInPage(req: IncomingMessage, res: ServerResponse): Session | undefined {
    const session = sessionOf(req);
    if (session?.stage === 'in') return session;
    const sid = sidOf(req);
    redirect(res, sid && endedSids.has(sid) ? EXPIRED_HOME : '/');
    return undefined;
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'POST') {
      json(res, 405, { message: 'Method not allowed' });
      return;
    }
    const form = await readJson(req);

    if (path === '/api/auth/login') {
      if ((form.captcha ?? '').trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        json(res, 400, { message: 'Invalid Captcha. Please try again.' });
        return;
      }
      if (form.username !== LOGIN.username || form.password !== LOGIN.password) {
        state.refusals.push('login');
        json(res, 400, { message: 'Invalid Login Credentials. Please check your username and password.' });
        return;
      }
      const old = sidOf(req);
      if (old) sessions.delete(old);
      const sid = randomBytes(12).toString('hex');
      sessions.set(sid, { stage: 'otp', contactsShown: false, apiOtpSent: false, apiVerified: false });
      json(
        res,
        200,
        { next: '/login/verify' },
        { 'set-cookie': `einv_sid=${sid}; Path=/; HttpOnly; SameSite=Lax` },
      );
      return;
    }

    if (path === '/api/auth/otp' || path === '/api/auth/otp/resend') {
      const session = sessionOf(req);
      if (!session) {
        json(res, 401, { message: 'Session expired, please login again' });
        return;
      }
      if (session.stage === 'in') {
        json(res, 200, { next: '/dashboard', message: 'Already verified.' });
        return;
      }
      if (path === '/api/auth/otp/resend') {
        json(res, 200, { message: 'A new OTP has been sent to your registered mobile number.' });
        return;
      }
      if ((form.otp ?? '').trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        json(res, 400, { message: 'Invalid OTP. Please try again.' });
        return;
      }
      session.stage = 'in';
      json(res, 200, { next: '/dashboard' });
      return;
    }

    if (path === '/api/technical-contact') {
      if (!signedIn(req, res)) return;
      json(res, 200, { message: 'Technical contact details saved.' });
      return;
    }

    if (path === '/api/api-user/otp') {
      const session = signedIn(req, res, 'api-otp-send');
      if (!session) return;
      session.apiOtpSent = true;
      session.apiVerified = false;
      json(res, 200, { message: 'OTP has been sent to your registered mobile number' });
      return;
    }

    if (path === '/api/api-user/otp/verify') {
      const session = signedIn(req, res, 'api-otp-verify');
      if (!session) return;
      if (!session.apiOtpSent) {
        state.refusals.push('api-otp');
        json(res, 400, { message: 'Please generate the OTP first.' });
        return;
      }
      if ((form.otp ?? '').trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        json(res, 400, { message: 'Invalid OTP. Please try again.' });
        return;
      }
      session.apiVerified = true;
      json(res, 200, { next: '/api-registration/create-api-user/details' });
      return;
    }

    if (path === '/api/api-user') {
      const session = signedIn(req, res, 'submit');
      if (!session) return;
      if (!session.apiVerified) {
        json(res, 403, { message: 'Please verify the OTP before creating an API user.' });
        return;
      }
      const gsp = form.gsp ?? '';
      const typed = (form.username ?? '').trim();
      const password = form.password ?? '';
      if (form.mode !== 'gsp') {
        json(res, 400, { message: 'Please choose how you wish to register your GSTIN.' });
        return;
      }
      if (!GSPS.includes(gsp)) {
        json(res, 400, { message: 'Please select your GSP.' });
        return;
      }
      if (!USERNAME_RULE.test(typed)) {
        json(res, 400, { message: 'The username may have 3 to 20 letters, digits or underscores.' });
        return;
      }
      if (!PASSWORD_RULE.test(password)) {
        json(res, 400, { message: 'Password does not meet the requirements.' });
        return;
      }
      if (password !== form.confirmPassword) {
        json(res, 400, { message: 'Password and Re-enter Password do not match.' });
        return;
      }
      const username = `API_${typed}`;
      if (state.users.some((user) => user.gstin === state.gstin && user.gsp === gsp)) {
        state.refusals.push('duplicate');
        json(res, 409, { message: 'This GSTIN is already registered with the selected GSP.' });
        return;
      }
      if (state.users.some((user) => user.username.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        json(res, 409, { message: 'Username already exists. Please choose a different username.' });
        return;
      }
      const user: R5TailwindUser = {
        gstin: state.gstin,
        gsp,
        username,
        password,
        createdOn: new Date().toISOString().slice(0, 10),
      };
      state.users.push(user);
      const count = state.users.filter((u) => u.gstin === state.gstin).length;
      json(res, 200, {
        message: `API user ${username} has been created successfully for ${gsp}.`,
        row: rowHtml(count, user),
      });
      return;
    }

    json(res, 404, { message: 'Not found' });
  }

  function handlePage(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain', 'Method not allowed');
      return;
    }
    if (path === '/') {
      if (sessionOf(req)?.stage === 'in') {
        redirect(res, '/dashboard');
        return;
      }
      html(res, homePage(url.searchParams.get('reason') === 'session-expired'));
      return;
    }
    if (path === '/captcha.svg') {
      captchaDraws += 1;
      send(res, 200, 'image/svg+xml', captchaSvg(state.captcha, captchaDraws * 7919));
      return;
    }
    if (path === '/favicon.ico') {
      send(res, 404, 'text/plain', '');
      return;
    }
    if (path === '/logout') {
      const sid = sidOf(req);
      if (sid) sessions.delete(sid);
      redirect(res, '/', { 'set-cookie': 'einv_sid=; Path=/; Max-Age=0' });
      return;
    }
    if (path === '/login/verify') {
      const session = sessionOf(req);
      if (!session) {
        redirect(res, '/');
        return;
      }
      if (session.stage === 'in') {
        redirect(res, '/dashboard');
        return;
      }
      html(res, loginOtpPage());
      return;
    }
    const signedInOnly = [
      '/dashboard',
      '/api-registration/create-api-user',
      '/api-registration/create-api-user/details',
    ];
    if (signedInOnly.includes(path) || path in PLACEHOLDERS) {
      const session = signedInPage(req, res);
      if (!session) return;
      if (path === '/dashboard') {
        const show = !session.contactsShown;
        session.contactsShown = true;
        const count = state.users.filter((user) => user.gstin === state.gstin).length;
        html(res, dashboardPage(state.gstin, show, count));
        return;
      }
      if (path === '/api-registration/create-api-user') {
        session.apiOtpSent = false;
        session.apiVerified = false;
        html(res, createApiUserPage(state.gstin));
        return;
      }
      if (path === '/api-registration/create-api-user/details') {
        if (!session.apiVerified) {
          redirect(res, '/api-registration/create-api-user');
          return;
        }
        html(
          res,
          registerPage(
            state.gstin,
            state.users.filter((user) => user.gstin === state.gstin),
          ),
        );
        return;
      }
      html(res, placeholderPage(state.gstin, PLACEHOLDERS[path] ?? 'Page'));
      return;
    }
    html(res, notFoundPage(), 404);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url.pathname).catch((error: unknown) => {
        if (!res.headersSent) json(res, 500, { message: String(error) });
        else res.end();
      });
      return;
    }
    try {
      handlePage(req, res, url);
    } catch (error) {
      if (!res.headersSent) send(res, 500, 'text/plain', String(error));
      else res.end();
    }
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

export const R5_TAILWIND_LOGIN = LOGIN;

/**
 * Rendition r21-wicket: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and shared/portal/guide.md), drawn as an Apache Wicket 8/9
 * application (wicket-core AJAX, wicket-extensions ModalWindow, NestedTree and DataTable)
 * would draw it. The Wicket client runtime, the ModalWindow script and every style sheet
 * are small hand-written stand-ins served from `/wicket/resource/...` by this file.
 *
 * Choices made where the docs are silent:
 * - URLs: mounted pages `/` (home), `/login`, `/dashboard`, `/apiregistration/createapiuser`;
 *   the 2FA page is not mounted and lives at `/wicket/page?N`. A bookmarkable GET creates a
 *   page instance and redirects to `path?N` (Wicket's redirect-to-buffer); listener URLs are
 *   Wicket 8 style `./dashboard?3-1.0-sidebar-tree-...` (behaviour index after the dot,
 *   empty for a plain Link/form/resource). Markup ids are generated per session (`id1a`).
 * - Every typed value goes in POST bodies (AJAX form serialisation); GET URLs carry only
 *   page/listener ids, `_=` anti-cache stamps and the captcha `antiCache`.
 * - Home: header button "Login" (`button.homepageloginbtn`, an AjaxLink) replaces a hidden
 *   placeholder with the login panel: "Username", "Password", a captcha picture (SVG with
 *   noise from a resource listener) with a refresh link (image alt "Refresh"), "Enter
 *   Captcha", and the IndicatingAjaxButton "Login" (`button.btn.btn-primary.btn-block.btnlogin`).
 *   Input names are Wicket paths: `userName`, `password`, `captchaCode`.
 * - Messages are FeedbackPanels (`ul.feedbackPanel > li.feedbackPanelERROR > span`,
 *   `feedbackPanelINFO` for success). Required fields give Wicket's "'Username' is required.".
 *   Wrong captcha: "Invalid Captcha. Please enter the characters shown in the image." Wrong
 *   login: "Invalid Login Credentials. Please enter the correct Username and Password."
 *   Both re-render the login panel (password and captcha emptied, new captcha noise).
 * - 2FA: page "Two Factor Authentication" with a reusable OTP panel (also used for the API
 *   OTP): label "Enter OTP", input `otpPanel:otp`, button "Verify OTP", AjaxLink "Resend OTP".
 *   Wrong OTP: "Invalid OTP. Please enter the correct OTP." / for the API OTP "Invalid OTP.
 *   Please enter the OTP sent to your registered mobile number."
 * - Post-login popup: on the first dashboard render after login, a domready AJAX behaviour
 *   shows a wicket-extensions ModalWindow titled "Contacts of Technical Person"
 *   (`div.wicket-modal` with role=dialog, `h3.w_captionText` as Wicket 6+ draws it, an empty
 *   `a.w_close`, content moved into `div.w_content_container`, a separate
 *   `div.wicket-mask-dark` appended to body, tab stops outside disabled). Content: Name,
 *   Mobile Number, E-mail ID, buttons "Update" and "Exit" (`.btn-danger`). Shown once per login.
 * - Dashboard: heading "Dash Board", cards "Generations" and "Cancelled", header with the
 *   GSTIN, "Welcome, <user>" and a "Logout" link.
 * - Menu: a wicket-extensions NestedTree (WindowsTheme, `div.tree-branch > div.tree-node >
 *   a.tree-junction-collapsed + span.tree-content > a > span.tree-folder-collapsed`) with
 *   groups "Dash Board", "e-Invoice", "e-Way Bill", "MIS Reports", "API Registration"
 *   (→ "User Credentials" → "Create API User"; "IP Whitelisting", "Freeze API User",
 *   "Change API Password"), "User Management". Groups start collapsed and expand by the
 *   junction or the label (AjaxFallbackLinks re-rendering the branch). Leaves other than
 *   "Dash Board" and "Create API User" only say "This service is not available at present.
 *   Please try again later."
 * - Create API User: opening the page sends the API OTP (note "For creating an API user,
 *   an OTP has been sent to the mobile number 98XXXXXX10 registered for GSTIN ..."). After
 *   "Verify OTP" the form is re-rendered with: "Do you wish to Register your GSTIN for" as a
 *   RadioChoice (Directly / Through GSP / Through ERP / Through Client-Id of other, inputs
 *   then labels separated by `<br/>`, AJAX on change), for "Through GSP" the DropDownChoice
 *   "Select your GSP" ("Choose One" + 24 GSPs) whose change re-renders the credentials
 *   panel below it (emptied): "Username" with an `API_` prefix box, "Password",
 *   "Re-enter Password" (8-15 chars, upper, lower, digit, special). Other options only show
 *   a note and are refused on Submit. Buttons "Submit" (IndicatingAjaxButton whose
 *   AjaxCallListener precondition is `confirm('Do you want to create the API user for the
 *   selected GSP?')`) and "Exit" (a Link back to the dashboard). Below: a DataTable "GSPs
 *   registered for GSTIN ..." (Sl. No., GSP Name, API User Name, Registered On).
 * - Verdicts (FeedbackPanel): success INFO "API user API_x has been created successfully
 *   for GSTIN ... through <GSP>."; the form is replaced by a summary, the registered list
 *   and "Back to Dash Board". Refusals (ERROR): "GSTIN ... is already registered with the
 *   GSP <GSP>. A GSTIN can be registered only once with a GSP." and "User Name API_x is
 *   already taken. Please choose a different User Name." A seeded 2021 registration with
 *   TERA SOFTWARE LIMITED is kept apart from `state.users`.
 * - Sessions: cookie JSESSIONID. A page GET without a live session (or a listener call)
 *   makes a new session carrying "Your session has expired. Please login again." and
 *   redirects to `/login` (302 for plain requests, `<ajax-response><redirect>` for AJAX);
 *   the login page shows that message in its FeedbackPanel. An unknown `/wicket/page?N` in
 *   a live session shows Wicket's "Page Expired" page with "Return to home page".
 * - expireOnce: 'api-otp-send' fires on the GET that opens Create API User (which sends the
 *   OTP) or on "Resend OTP" there; 'api-otp-verify' on the "Verify OTP" AJAX post of the API
 *   OTP; 'submit' on the Submit AJAX post (after the confirm). The session is deleted first,
 *   the stage is pushed to `state.expired`, and the request is answered as a lost session.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { Socket } from 'node:net';

export type WicketR21Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface WicketR21Options {
  expireOnce?: WicketR21Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface WicketR21State {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: { gstin: string; gsp: string; username: string; password: string; createdOn: string }[];
  /** In order: 'login' | 'captcha' | 'login-otp' | 'api-otp' | 'duplicate' | 'username-taken'. */
  refusals: string[];
  /** Stages at which the session was made to expire. */
  expired: string[];
}
export interface WicketR21Rendition {
  url: string;
  close(): Promise<void>;
  state: WicketR21State;
}
export const WICKET_R21_LOGIN: { username: string; password: string } = {
  username: 'punetraders27',
  password: 'Pune@Einv2024',
};

// ---------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------

const MOBILE_MASKED = '98XXXXXX10';
const EXPIRED_TEXT = 'Your session has expired. Please login again.';
const CONFIRM_TEXT = 'Do you want to create the API user for the selected GSP?';

const GSPS: readonly string[] = [
  'ADAEQUARE INFO PRIVATE LIMITED',
  'ALANKIT LIMITED',
  'BODHTREE CONSULTING LIMITED',
  'BVM IT CONSULTING SERVICES INDIA PRIVATE LIMITED',
  'CHARTERED INFORMATION SYSTEMS PRIVATE LIMITED',
  'COMPUTER AGE MANAGEMENT SERVICES LIMITED',
  'CYGNET INFOTECH PRIVATE LIMITED',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'E-CONNECT SOLUTIONS PRIVATE LIMITED',
  'ERNST & YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'MASTEK LIMITED',
  'MASTERS INDIA PRIVATE LIMITED',
  'RELIANCE CORPORATE IT PARK LIMITED',
  'SESHAASAI BUSINESS FORMS PRIVATE LIMITED',
  'Tally (India) Private Limited',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TERA SOFTWARE LIMITED',
  'VAY NETWORK SERVICES PRIVATE LIMITED',
  'WEBTEL ELECTROSOFT PRIVATE LIMITED',
  'WEP SOLUTIONS LIMITED',
  'WIPRO LIMITED',
];

const REG_OPTIONS: readonly string[] = [
  'Directly',
  'Through GSP',
  'Through ERP',
  'Through Client-Id of other',
];
const REG_NOTES: readonly string[] = [
  'Direct API access is allowed only for taxpayers whose aggregate turnover is above Rs. 1000 Crore. Your GSTIN is not eligible for direct API access.',
  '',
  'Registration through ERP is not enabled for your GSTIN. Please register through a GSP.',
  'Registration using the Client-Id of another taxpayer is not enabled for your GSTIN.',
];

interface MenuNode {
  key: string;
  label: string;
  children?: MenuNode[];
  target?: 'dashboard' | 'create';
}

const MENU: MenuNode[] = [
  { key: 'dash', label: 'Dash Board', target: 'dashboard' },
  {
    key: 'einv',
    label: 'e-Invoice',
    children: [
      { key: 'einv-gen', label: 'Generate' },
      { key: 'einv-bulk', label: 'Bulk Upload' },
      { key: 'einv-cancel', label: 'Cancel' },
      { key: 'einv-print', label: 'Print' },
    ],
  },
  {
    key: 'ewb',
    label: 'e-Way Bill',
    children: [
      { key: 'ewb-irn', label: 'Generate by IRN' },
      { key: 'ewb-cancel', label: 'Cancel EWB' },
    ],
  },
  {
    key: 'mis',
    label: 'MIS Reports',
    children: [
      { key: 'mis-irn', label: 'IRN Details' },
      { key: 'mis-sum', label: 'Summary Report' },
    ],
  },
  {
    key: 'api',
    label: 'API Registration',
    children: [
      {
        key: 'api-uc',
        label: 'User Credentials',
        children: [{ key: 'api-uc-create', label: 'Create API User', target: 'create' }],
      },
      { key: 'api-ip', label: 'IP Whitelisting' },
      { key: 'api-freeze', label: 'Freeze API User' },
      { key: 'api-chpwd', label: 'Change API Password' },
    ],
  },
  {
    key: 'um',
    label: 'User Management',
    children: [
      { key: 'um-create', label: 'Create Sub-User' },
      { key: 'um-update', label: 'Update Sub-User' },
    ],
  },
];

interface NodeMeta {
  node: MenuNode;
  path: string;
  last: boolean;
}

const NODE_META = new Map<string, NodeMeta>();
const TREE_BY_PATH = new Map<string, NodeMeta>();
(function index(nodes: MenuNode[], prefix: string): void {
  nodes.forEach((node, i) => {
    const path = `${prefix}:branches:${i + 1}`;
    const meta: NodeMeta = { node, path, last: i === nodes.length - 1 };
    NODE_META.set(node.key, meta);
    TREE_BY_PATH.set(`${path}:node:junction`, meta);
    TREE_BY_PATH.set(`${path}:node:content:link`, meta);
    if (node.children) index(node.children, `${path}:subtree`);
  });
})(MENU, 'sidebar:tree:subtree');

function metaOf(key: string): NodeMeta {
  const m = NODE_META.get(key);
  if (!m) throw new Error(`no menu node ${key}`);
  return m;
}

// ---------------------------------------------------------------------------------------
// Pictures
// ---------------------------------------------------------------------------------------

const svgUri = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

const LOGO_URI = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="52" height="52" viewBox="0 0 52 52"><circle cx="26" cy="26" r="24" fill="#173f75"/><circle cx="26" cy="26" r="18" fill="none" stroke="#f39c12" stroke-width="2"/><path d="M26 12l3 9h9l-7 6 3 9-8-6-8 6 3-9-7-6h9z" fill="#fff"/></svg>',
);
const INDICATOR_URI = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6" fill="none" stroke="#ccc" stroke-width="2"/><path d="M8 2a6 6 0 0 1 6 6" fill="none" stroke="#1f5ea8" stroke-width="2"><animateTransform attributeName="transform" type="rotate" from="0 8 8" to="360 8 8" dur="0.8s" repeatCount="indefinite"/></path></svg>',
);
const REFRESH_URI = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="22" height="22" viewBox="0 0 22 22"><path d="M17 7a7 7 0 1 0 1.5 6" fill="none" stroke="#1f5ea8" stroke-width="2.2"/><path d="M18 2v6h-6" fill="none" stroke="#1f5ea8" stroke-width="2.2"/></svg>',
);
const PLUS_URI = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect x="3.5" y="3.5" width="9" height="9" fill="#fff" stroke="#8c9bb0"/><path d="M5.5 8h5M8 5.5v5" stroke="#223"/></svg>',
);
const MINUS_URI = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect x="3.5" y="3.5" width="9" height="9" fill="#fff" stroke="#8c9bb0"/><path d="M5.5 8h5" stroke="#223"/></svg>',
);
const FOLDER_URI = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M1 4h5l1.5 1.5H15V13H1z" fill="#f3d27a" stroke="#c49a2c"/></svg>',
);
const FOLDER_OPEN_URI = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M1 4h5l1.5 1.5H14V7H4l-3 6z" fill="#f3d27a" stroke="#c49a2c"/><path d="M4 7h11l-3 6H1z" fill="#f8e3a3" stroke="#c49a2c"/></svg>',
);
const PAGE_URI = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M3.5 1.5h6l3 3v10h-9z" fill="#fff" stroke="#7d8ca3"/><path d="M5.5 7h5M5.5 9h5M5.5 11h4" stroke="#9aa7ba"/></svg>',
);
const CLOSE_URI = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18"><rect x="0.5" y="0.5" width="17" height="17" rx="3" fill="#d9534f" stroke="#a94442"/><path d="M5 5l8 8M13 5l-8 8" stroke="#fff" stroke-width="2"/></svg>',
);

function captchaSvg(text: string): string {
  const rnd = (a: number, b: number): number => a + Math.random() * (b - a);
  const colour = (): string =>
    `rgb(${Math.floor(rnd(20, 120))},${Math.floor(rnd(20, 120))},${Math.floor(rnd(40, 140))})`;
  let s =
    '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50"><rect width="150" height="50" fill="#eef3e2"/>';
  for (let i = 0; i < 70; i++) {
    s += `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 50).toFixed(1)}" r="${rnd(0.5, 1.6).toFixed(1)}" fill="${colour()}" opacity="0.6"/>`;
  }
  for (let i = 0; i < 6; i++) {
    s += `<line x1="${rnd(0, 150).toFixed(1)}" y1="${rnd(0, 50).toFixed(1)}" x2="${rnd(0, 150).toFixed(1)}" y2="${rnd(0, 50).toFixed(1)}" stroke="${colour()}" stroke-width="${rnd(0.6, 1.6).toFixed(1)}" opacity="0.7"/>`;
  }
  [...text].forEach((ch, i) => {
    const x = 16 + i * 26 + rnd(-3, 3);
    const y = 34 + rnd(-5, 5);
    s += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rnd(-24, 24).toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Georgia, 'Times New Roman', serif" font-size="${rnd(25, 31).toFixed(0)}" font-weight="bold" fill="${colour()}">${esc(ch)}</text>`;
  });
  s += `<path d="M0 ${rnd(18, 34).toFixed(1)} C 40 ${rnd(0, 50).toFixed(1)}, 100 ${rnd(0, 50).toFixed(1)}, 150 ${rnd(18, 34).toFixed(1)}" fill="none" stroke="#556" stroke-width="1.3"/>`;
  return `${s}</svg>`;
}

// ---------------------------------------------------------------------------------------
// Served resources: the Wicket client runtime, ModalWindow, styles
// ---------------------------------------------------------------------------------------

const VER = '1712044800000';
const RES = {
  ajax: `/wicket/resource/org.apache.wicket.ajax.AbstractDefaultAjaxBehavior/res/js/wicket-ajax-jquery-ver-${VER}.js`,
  modalJs: `/wicket/resource/org.apache.wicket.extensions.ajax.markup.html.modal.ModalWindow/res/modal-ver-${VER}.js`,
  modalCss: `/wicket/resource/org.apache.wicket.extensions.ajax.markup.html.modal.ModalWindow/res/modal-ver-${VER}.css`,
  treeCss: `/wicket/resource/org.apache.wicket.extensions.markup.html.repeater.tree.theme.WindowsTheme/windows/theme-ver-${VER}.css`,
  css: `/wicket/resource/in.gov.nic.einvoice.web.BasePage/css/portal-ver-${VER}.css`,
};

const WICKET_AJAX_JS = `/*
 * Wicket Ajax client (deployment build): events, form serialisation, channels,
 * <ajax-response> processing (component / evaluate / priority-evaluate / redirect), focus.
 */
;(function (window, document) {
	'use strict';
	if (window.Wicket && window.Wicket.Ajax) { return; }
	var Wicket = window.Wicket = window.Wicket || {};
	var isUndef = function (o) { return typeof o === 'undefined' || o === null; };

	Wicket.$ = function (arg) {
		if (isUndef(arg)) { return null; }
		return typeof arg === 'string' ? document.getElementById(arg) : arg;
	};
	Wicket.$$ = function (element) { return !isUndef(element) && element !== '__no_such_element__'; };
	Wicket.Log = {
		enabled: false,
		info: function () {},
		error: function (msg) { if (window.console && window.console.error) { window.console.error('Wicket.Ajax: ' + msg); } }
	};
	Wicket.Browser = {
		isSafari: function () { return false; },
		isGecko: function () { return navigator.userAgent.indexOf('Gecko/') > -1; },
		isIE: function () { return false; }
	};

	var subscriptions = {};
	var readyHandlers = [];
	var isReady = document.readyState !== 'loading';
	if (!isReady) {
		document.addEventListener('DOMContentLoaded', function () {
			isReady = true;
			var list = readyHandlers;
			readyHandlers = [];
			for (var i = 0; i < list.length; i++) {
				try { list[i].call(window, { type: 'domready' }); } catch (e) { Wicket.Log.error(e); }
			}
		}, false);
	}

	Wicket.Event = {
		Topic: {
			DOM_NODE_REMOVING: '/dom/node/removing',
			DOM_NODE_ADDED: '/dom/node/added',
			AJAX_CALL_INIT: '/ajax/call/init',
			AJAX_CALL_BEFORE: '/ajax/call/before',
			AJAX_CALL_PRECONDITION: '/ajax/call/precondition',
			AJAX_CALL_BEFORE_SEND: '/ajax/call/beforeSend',
			AJAX_CALL_SUCCESS: '/ajax/call/success',
			AJAX_CALL_COMPLETE: '/ajax/call/complete',
			AJAX_CALL_FAILURE: '/ajax/call/failure',
			AJAX_CALL_DONE: '/ajax/call/done',
			AJAX_HANDLERS_BOUND: '/ajax/handlers/bound'
		},
		fix: function (evt) { return evt || window.event; },
		stop: function (evt, immediate) {
			evt = Wicket.Event.fix(evt);
			if (immediate) { evt.stopImmediatePropagation(); } else { evt.stopPropagation(); }
			return evt;
		},
		add: function (element, type, fn) {
			if (type === 'domready') {
				if (isReady) { window.setTimeout(function () { fn.call(window, { type: 'domready' }); }, 0); } else { readyHandlers.push(fn); }
				return element;
			}
			var el = element === window ? window : Wicket.$(element);
			if (!el) {
				Wicket.Log.error('Cannot bind a listener for event "' + type + '" on element "' + element + '" because the element is not in the DOM');
				return element;
			}
			el.addEventListener(type, function (e) { return fn.call(el, e); }, false);
			return el;
		},
		subscribe: function (topic, subscriber) {
			if (topic) { (subscriptions[topic] = subscriptions[topic] || []).push(subscriber); }
		},
		unsubscribe: function (topic, subscriber) {
			var list = subscriptions[topic] || [];
			for (var i = list.length - 1; i >= 0; i--) { if (!subscriber || list[i] === subscriber) { list.splice(i, 1); } }
		},
		publish: function (topic) {
			var args = Array.prototype.slice.call(arguments, 1);
			var subs = (subscriptions[topic] || []).concat(subscriptions['*'] || []);
			for (var i = 0; i < subs.length; i++) {
				try { subs[i].apply(window, [{ type: topic }].concat(args)); } catch (e) { Wicket.Log.error(e); }
			}
		}
	};

	Wicket.DOM = {
		get: function (arg) { return Wicket.$(arg); },
		show: function (e, display) { e = Wicket.$(e); if (e) { e.style.display = display || ''; } },
		hide: function (e) { e = Wicket.$(e); if (e) { e.style.display = 'none'; } },
		inDoc: function (e) { return !!e && document.documentElement.contains(e); },
		replace: function (element, text) {
			Wicket.Event.publish(Wicket.Event.Topic.DOM_NODE_REMOVING, element);
			var tpl = document.createElement('template');
			tpl.innerHTML = String(text).trim();
			var first = tpl.content.firstElementChild;
			element.parentNode.replaceChild(tpl.content, element);
			if (first) { Wicket.Event.publish(Wicket.Event.Topic.DOM_NODE_ADDED, first); }
		}
	};

	Wicket.Focus = {
		lastFocusId: '',
		requested: null,
		setFocusOnId: function (id) {
			Wicket.Focus.requested = id;
			var el = Wicket.$(id);
			if (el && el.focus) { el.focus(); }
		},
		getFocusedElement: function () { return document.activeElement; }
	};
	document.addEventListener('focusin', function (e) {
		if (e.target && e.target.id) { Wicket.Focus.lastFocusId = e.target.id; }
	}, true);

	Wicket.Form = {
		serializeInput: function (input) {
			var result = [];
			if (!input || !input.name || input.disabled) { return result; }
			var tag = input.tagName.toLowerCase();
			var type = (input.type || '').toLowerCase();
			if (tag === 'select') {
				for (var i = 0; i < input.options.length; i++) {
					if (input.options[i].selected) { result.push({ name: input.name, value: input.options[i].value }); }
				}
			} else if (type === 'checkbox' || type === 'radio') {
				if (input.checked) { result.push({ name: input.name, value: input.value }); }
			} else if (tag !== 'button' && type !== 'submit' && type !== 'button' && type !== 'reset' && type !== 'image' && type !== 'file') {
				result.push({ name: input.name, value: input.value });
			}
			return result;
		},
		serializeElement: function (element, serializeRecursively) {
			element = Wicket.$(element);
			if (!element) { return []; }
			var tag = element.tagName.toLowerCase();
			if (tag === 'form') { return Wicket.Form.serializeForm(element); }
			if (tag === 'input' || tag === 'select' || tag === 'textarea') { return Wicket.Form.serializeInput(element); }
			var result = [];
			if (serializeRecursively) {
				var els = element.querySelectorAll('input, select, textarea');
				for (var i = 0; i < els.length; i++) { result = result.concat(Wicket.Form.serializeInput(els[i])); }
			}
			return result;
		},
		serializeForm: function (form) {
			var result = [];
			if (!form) { return result; }
			var els = form.querySelectorAll('input, select, textarea');
			for (var i = 0; i < els.length; i++) { result = result.concat(Wicket.Form.serializeInput(els[i])); }
			return result;
		},
		serialize: function (element) { return Wicket.Form.serializeElement(element, true); }
	};

	var channels = {};
	var schedule = function (spec, callback) {
		var parts = String(spec || '0|s').split('|');
		var name = parts[0];
		var type = parts[1] || 's';
		var ch = channels[name] || (channels[name] = { busy: false, queue: [] });
		if (!ch.busy) { ch.busy = true; callback(); return true; }
		if (type === 'a') { Wicket.Log.info('Channel ' + name + ' is busy - ignoring'); return false; }
		if (type === 'd') { ch.queue = [callback]; } else { ch.queue.push(callback); }
		return true;
	};
	var channelDone = function (spec) {
		var ch = channels[String(spec || '0|s').split('|')[0]];
		if (!ch) { return; }
		var next = ch.queue.shift();
		if (next) { window.setTimeout(next, 1); } else { ch.busy = false; }
	};

	var addParams = function (data, ep) {
		if (!ep) { return; }
		if (Array.isArray(ep)) { for (var i = 0; i < ep.length; i++) { data.push(ep[i]); } return; }
		if (typeof ep === 'object') {
			for (var k in ep) { if (Object.prototype.hasOwnProperty.call(ep, k)) { data.push({ name: k, value: ep[k] }); } }
		}
	};
	var collect = function (attrs) {
		var data = [];
		var el = attrs.c && attrs.c !== window ? Wicket.$(attrs.c) : null;
		if (attrs.f) {
			data = data.concat(Wicket.Form.serializeForm(Wicket.$(attrs.f)));
			if (attrs.sc) { data.push({ name: attrs.sc, value: 1 }); }
		} else if (el && (attrs.sr || ['input', 'select', 'textarea'].indexOf(el.tagName.toLowerCase()) > -1)) {
			data = data.concat(Wicket.Form.serializeElement(el, attrs.sr));
		}
		addParams(data, attrs.ep);
		var dep = attrs.dep || [];
		for (var d = 0; d < dep.length; d++) {
			addParams(data, typeof dep[d] === 'function' ? dep[d](attrs) : (new Function('attrs', dep[d]))(attrs));
		}
		return data;
	};
	var encode = function (data) {
		var out = [];
		for (var i = 0; i < data.length; i++) { out.push(encodeURIComponent(data[i].name) + '=' + encodeURIComponent(data[i].value)); }
		return out.join('&');
	};
	var nodeText = function (node) {
		var t = '';
		for (var i = 0; i < node.childNodes.length; i++) { t += node.childNodes[i].nodeValue || ''; }
		return t;
	};
	var evaluate = function (text) {
		try { (new Function(text))(); } catch (e) { Wicket.Log.error('Wicket.Ajax.Call.processEvaluation: Exception evaluating javascript: ' + e); }
	};

	var processResponse = function (attrs, xhr) {
		var doc = new DOMParser().parseFromString(xhr.responseText, 'text/xml');
		var root = doc.documentElement;
		if (!root || root.nodeName !== 'ajax-response') {
			Wicket.Log.error('Wicket.Ajax.Call.failure: Could not find root <ajax-response> element');
			return false;
		}
		var nodes = root.childNodes;
		var i, node;
		for (i = 0; i < nodes.length; i++) {
			node = nodes[i];
			if (node.nodeName === 'redirect') { window.location = nodeText(node); return 'redirect'; }
		}
		for (i = 0; i < nodes.length; i++) {
			if (nodes[i].nodeName === 'priority-evaluate') { evaluate(nodeText(nodes[i])); }
		}
		var focusBefore = Wicket.Focus.lastFocusId;
		Wicket.Focus.requested = null;
		for (i = 0; i < nodes.length; i++) {
			node = nodes[i];
			if (node.nodeName === 'component') {
				var id = node.getAttribute('id');
				var el = Wicket.$(id);
				if (!el) {
					Wicket.Log.error('Wicket.Ajax.Call.processComponent: Component with id [[' + id + ']] was not found while trying to perform markup update. Make sure you called component.setOutputMarkupId(true) on the component whose markup you are trying to update.');
					continue;
				}
				Wicket.DOM.replace(el, nodeText(node));
			} else if (node.nodeName === 'evaluate') {
				evaluate(nodeText(node));
			}
		}
		if (!Wicket.Focus.requested && focusBefore) {
			var active = document.activeElement;
			if (!active || active === document.body || !Wicket.DOM.inDoc(active)) {
				var fb = Wicket.$(focusBefore);
				if (fb && fb.focus) { fb.focus(); }
			}
		}
		return true;
	};

	var send = function (attrs) {
		var method = (attrs.m || 'GET').toUpperCase();
		var qs = encode(collect(attrs));
		var url = attrs.u;
		var body = null;
		if (method === 'POST') {
			body = qs;
		} else {
			url += (url.indexOf('?') > -1 ? '&' : '?') + (qs ? qs + '&' : '') + '_=' + new Date().getTime();
		}
		if (attrs.i) { Wicket.DOM.show(attrs.i); }
		var xhr = new XMLHttpRequest();
		xhr.open(method, url, true);
		xhr.setRequestHeader('Wicket-Ajax', 'true');
		xhr.setRequestHeader('Wicket-Ajax-BaseURL', Wicket.Ajax.baseUrl || '.');
		xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
		xhr.setRequestHeader('Accept', 'text/xml, application/xml');
		if (method === 'POST') { xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8'); }
		xhr.onreadystatechange = function () {
			if (xhr.readyState !== 4) { return; }
			var result = null;
			try {
				if (xhr.status === 200) {
					result = processResponse(attrs, xhr);
					Wicket.Event.publish(Wicket.Event.Topic.AJAX_CALL_SUCCESS, attrs, xhr);
				} else if (xhr.status !== 0) {
					Wicket.Log.error('Wicket.Ajax.Call.failure: Error while parsing response: ' + xhr.status);
					Wicket.Event.publish(Wicket.Event.Topic.AJAX_CALL_FAILURE, attrs, xhr);
				}
			} finally {
				if (result !== 'redirect' && attrs.i) { Wicket.DOM.hide(attrs.i); }
				Wicket.Event.publish(Wicket.Event.Topic.AJAX_CALL_COMPLETE, attrs, xhr);
				Wicket.Event.publish(Wicket.Event.Topic.AJAX_CALL_DONE, attrs);
				channelDone(attrs.ch);
			}
		};
		Wicket.Event.publish(Wicket.Event.Topic.AJAX_CALL_BEFORE_SEND, attrs, xhr);
		xhr.send(body);
	};

	var call = function (attrs) {
		Wicket.Event.publish(Wicket.Event.Topic.AJAX_CALL_INIT, attrs);
		var pre = attrs.pre || [];
		for (var i = 0; i < pre.length; i++) {
			var ok = typeof pre[i] === 'function' ? pre[i](attrs) : (new Function('attrs', pre[i]))(attrs);
			if (ok === false) {
				Wicket.Event.publish(Wicket.Event.Topic.AJAX_CALL_PRECONDITION, attrs);
				return false;
			}
		}
		Wicket.Event.publish(Wicket.Event.Topic.AJAX_CALL_BEFORE, attrs);
		return schedule(attrs.ch, function () { send(attrs); });
	};

	Wicket.Ajax = {
		baseUrl: undefined,
		ajax: function (attrs) {
			attrs.c = attrs.c || window;
			attrs.e = attrs.e || ['domready'];
			var events = Array.isArray(attrs.e) ? attrs.e : [attrs.e];
			for (var i = 0; i < events.length; i++) {
				(function (evt) {
					Wicket.Event.add(attrs.c, evt, function (jqEvent) {
						var copy = {};
						for (var k in attrs) { copy[k] = attrs[k]; }
						copy.event = jqEvent;
						if (attrs.pd && jqEvent && jqEvent.preventDefault) { jqEvent.preventDefault(); }
						if (attrs.sp === 'stop' && jqEvent && jqEvent.stopPropagation) { jqEvent.stopPropagation(); }
						call(copy);
					});
				})(events[i]);
			}
		},
		get: function (attrs) { attrs.m = 'GET'; return call(attrs); },
		post: function (attrs) { attrs.m = 'POST'; return call(attrs); }
	};
})(window, document);
`;

const MODAL_JS = `/*
 * wicket-extensions ModalWindow (modal.js): window markup appended to body, separate mask,
 * caption dragging, close link, tab stops outside the window disabled while it is open.
 */
;(function (window, document) {
	'use strict';
	var Wicket = window.Wicket;
	if (!Wicket || Wicket.Window) { return; }
	var idCounter = 0;

	Wicket.Window = function (settings) {
		var s = {
			minWidth: 200, minHeight: 150, className: 'w_blue', width: 600, height: 300,
			resizable: true, useInitialHeight: true, autoSize: false, title: null, src: null,
			element: null, mask: 'semi-transparent',
			onClose: function () {}, onCloseButton: function () { return true; }
		};
		for (var k in settings) { if (Object.prototype.hasOwnProperty.call(settings, k) && settings[k] !== undefined) { s[k] = settings[k]; } }
		this.settings = s;
	};
	Wicket.Window.current = null;
	Wicket.Window.create = function (settings) { return new Wicket.Window(settings); };
	Wicket.Window.get = function () { return Wicket.Window.current; };
	Wicket.Window.close = function () { if (Wicket.Window.current) { Wicket.Window.current.close(); } };

	Wicket.Window.getMarkup = function (idWindow, idClassElement, idCaption, idContent, idTop, idTopLeft, idTopRight, idLeft, idRight, idBottomLeft, idBottomRight, idBottom, idCaptionText, isFrame) {
		return '<div class="wicket-modal" id="' + idWindow + '" role="dialog" aria-labelledBy="' + idCaptionText + '" style="top: 10px; left: 10px; width: 100px;">' +
			'<form style="background-color:transparent;padding:0px;margin:0px;border-width:0px;position:static">' +
			'<div id="' + idClassElement + '">' +
				'<div class="w_top_1">' +
					'<div class="w_topLeft" id="' + idTopLeft + '"></div>' +
					'<div class="w_topRight" id="' + idTopRight + '"></div>' +
					'<div class="w_top" id="' + idTop + '"></div>' +
				'</div>' +
				'<div class="w_left" id="' + idLeft + '">' +
					'<div class="w_right_1">' +
						'<div class="w_right" id="' + idRight + '">' +
							'<div class="w_content_1">' +
								'<div class="w_caption" id="' + idCaption + '">' +
									'<a class="w_close" style="z-index:1" href="#"></a>' +
									'<h3 id="' + idCaptionText + '" class="w_captionText"></h3>' +
								'</div>' +
								'<div class="w_content_2"><div class="w_content_3"><div class="w_content">' +
								(isFrame
									? '<iframe frameborder="0" id="' + idContent + '" allowtransparency="false" style="height: 200px; width: 100%" class="wicket_modal"></iframe>'
									: '<div class="w_content_container" id="' + idContent + '"></div>') +
								'</div></div></div>' +
							'</div>' +
						'</div>' +
					'</div>' +
				'</div>' +
				'<div class="w_bottom_1" id="' + idBottom + '_1">' +
					'<div class="w_bottomRight" id="' + idBottomRight + '"></div>' +
					'<div class="w_bottomLeft" id="' + idBottomLeft + '"></div>' +
					'<div class="w_bottom" id="' + idBottom + '"></div>' +
				'</div>' +
			'</div>' +
			'</form></div>';
	};

	Wicket.Window.Mask = function (transparent) { this.transparent = transparent; this.tabbed = []; };
	Wicket.Window.Mask.zIndex = 20000;
	Wicket.Window.Mask.prototype = {
		show: function (windowElement) {
			var e = document.createElement('div');
			document.body.appendChild(e);
			e.className = this.transparent ? 'wicket-mask-transparent' : 'wicket-mask-dark';
			e.style.zIndex = Wicket.Window.Mask.zIndex;
			e.style.top = '0px';
			e.style.left = '0px';
			this.element = e;
			this.disableTabs(windowElement);
		},
		hide: function () {
			this.enableTabs();
			if (this.element && this.element.parentNode) { this.element.parentNode.removeChild(this.element); }
			this.element = null;
		},
		disableTabs: function (windowElement) {
			this.tabbed = [];
			var all = document.querySelectorAll('a, input, select, button, textarea, iframe');
			for (var i = 0; i < all.length; i++) {
				var el = all[i];
				if (windowElement && windowElement.contains(el)) { continue; }
				this.tabbed.push([el, el.getAttribute('tabindex')]);
				el.setAttribute('tabindex', '-1');
			}
		},
		enableTabs: function () {
			for (var i = 0; i < this.tabbed.length; i++) {
				var pair = this.tabbed[i];
				if (pair[1] === null) { pair[0].removeAttribute('tabindex'); } else { pair[0].setAttribute('tabindex', pair[1]); }
			}
			this.tabbed = [];
		}
	};

	Wicket.Window.prototype = {
		newId: function () { return '_wicket_window_' + (idCounter++); },
		createDOM: function () {
			var ids = [];
			for (var i = 0; i < 13; i++) { ids.push(this.newId()); }
			var markup = Wicket.Window.getMarkup(ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6], ids[7], ids[8], ids[9], ids[10], ids[11], ids[12], this.settings.src !== null);
			var holder = document.createElement('div');
			holder.innerHTML = markup;
			this.window = holder.firstChild;
			document.body.appendChild(this.window);
			this.classElement = Wicket.$(ids[1]);
			this.caption = Wicket.$(ids[2]);
			this.content = Wicket.$(ids[3]);
			this.captionText = Wicket.$(ids[12]);
			this.closeButton = this.caption.getElementsByTagName('a')[0];
		},
		show: function () {
			this.createDOM();
			this.classElement.className = this.settings.className;
			this.window.style.width = Math.max(parseInt(this.settings.width, 10), this.settings.minWidth) + 'px';
			this.captionText.innerHTML = this.settings.title || '';
			if (this.settings.src !== null) {
				this.content.src = this.settings.src;
			} else if (this.settings.element) {
				this.content.appendChild(this.settings.element);
				this.settings.element.style.display = '';
			}
			if (this.settings.useInitialHeight) {
				this.content.style.height = parseInt(this.settings.height, 10) + 'px';
				this.content.style.overflow = 'auto';
			}
			this.mask = new Wicket.Window.Mask(this.settings.mask === 'transparent');
			this.mask.show(this.window);
			this.previous = Wicket.Window.current;
			Wicket.Window.current = this;
			this.window.style.zIndex = Wicket.Window.Mask.zIndex + 1;
			this.center();
			this.bindInit();
			this.window.style.visibility = 'visible';
		},
		center: function () {
			var scTop = window.pageYOffset || document.documentElement.scrollTop || 0;
			var scLeft = window.pageXOffset || document.documentElement.scrollLeft || 0;
			var left = Math.max(0, Math.round((window.innerWidth - this.window.offsetWidth) / 2)) + scLeft;
			var top = Math.max(0, Math.round((window.innerHeight - this.window.offsetHeight) / 2)) + scTop;
			this.window.style.left = left + 'px';
			this.window.style.top = top + 'px';
		},
		bindInit: function () {
			var self = this;
			this.closeButton.onclick = function () {
				if (self.settings.onCloseButton() !== false) { self.close(); }
				return false;
			};
			this.caption.onmousedown = function (e) {
				if (e.target === self.closeButton) { return; }
				var w = self.window;
				var startX = e.clientX;
				var startY = e.clientY;
				var left = parseInt(w.style.left, 10) || 0;
				var top = parseInt(w.style.top, 10) || 0;
				var move = function (ev) {
					w.style.left = (left + ev.clientX - startX) + 'px';
					w.style.top = Math.max(0, top + ev.clientY - startY) + 'px';
					ev.preventDefault();
				};
				var up = function () {
					document.removeEventListener('mousemove', move, true);
					document.removeEventListener('mouseup', up, true);
				};
				document.addEventListener('mousemove', move, true);
				document.addEventListener('mouseup', up, true);
				e.preventDefault();
			};
		},
		close: function () {
			if (this.closing) { return; }
			this.closing = true;
			this.destroy();
			try { this.settings.onClose(); } catch (e) { Wicket.Log.error(e); }
		},
		destroy: function () {
			if (this.mask) { this.mask.hide(); }
			if (this.window && this.window.parentNode) { this.window.parentNode.removeChild(this.window); }
			Wicket.Window.current = this.previous || null;
			this.window = null;
		}
	};
})(window, document);
`;

const MODAL_CSS = `div.wicket-modal{position:absolute;z-index:20001;visibility:hidden;font-family:Arial,Helvetica,sans-serif}
div.wicket-modal div.w_blue{background:linear-gradient(#7ea3dc,#4f79bd);border:1px solid #2f5597;border-radius:6px;box-shadow:0 6px 24px rgba(0,0,0,.45);padding:0 5px 5px}
div.wicket-modal div.w_top_1,div.wicket-modal div.w_bottom_1{height:0;overflow:hidden}
div.wicket-modal div.w_caption{position:relative;height:30px;cursor:move;user-select:none}
div.wicket-modal .w_captionText{margin:0;padding:0 34px 0 4px;font-size:13px;font-weight:bold;line-height:30px;color:#fff;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
div.wicket-modal a.w_close{position:absolute;top:6px;right:2px;width:18px;height:18px;background:url("${CLOSE_URI}") no-repeat center;cursor:pointer}
div.wicket-modal a.w_close:hover{opacity:.8}
div.wicket-modal div.w_content{background:#fff;border:1px solid #2f5597}
div.wicket-modal div.w_content_container{padding:12px 14px}
div.wicket-mask-dark{position:fixed;top:0;left:0;width:100%;height:100%;background-color:#000;opacity:.5}
div.wicket-mask-transparent{position:fixed;top:0;left:0;width:100%;height:100%;background:transparent}
`;

const TREE_CSS = `.tree-theme-windows{font-size:13px;line-height:22px;color:#1b2f4e}
.tree-theme-windows .tree-subtree{padding-left:16px}
.tree-theme-windows .tree-node{display:flex;align-items:center;white-space:nowrap}
.tree-theme-windows a.tree-junction,.tree-theme-windows a.tree-junction-collapsed,.tree-theme-windows a.tree-junction-expanded{display:inline-block;flex:0 0 16px;width:16px;height:16px;background-repeat:no-repeat;background-position:center}
.tree-theme-windows a.tree-junction-collapsed{background-image:url("${PLUS_URI}");cursor:pointer}
.tree-theme-windows a.tree-junction-expanded{background-image:url("${MINUS_URI}");cursor:pointer}
.tree-theme-windows .tree-content a{color:#1b2f4e;text-decoration:none}
.tree-theme-windows .tree-content span{display:inline-block;padding:0 4px 0 20px;background-repeat:no-repeat;background-position:1px center;border-radius:2px}
.tree-theme-windows span.tree-folder-collapsed{background-image:url("${FOLDER_URI}")}
.tree-theme-windows span.tree-folder-expanded{background-image:url("${FOLDER_OPEN_URI}")}
.tree-theme-windows span.tree-folder-other{background-image:url("${PAGE_URI}")}
.tree-theme-windows .tree-content a:hover span{text-decoration:underline}
.tree-theme-windows span.selected{background-color:#dce7f7;font-weight:bold}
`;

const PORTAL_CSS = `*{box-sizing:border-box}
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222;background:#eef1f5}
a{color:#1a5296}
.header{background:#fff;border-bottom:4px solid #f39c12}
.header-inner{display:flex;align-items:center;gap:12px;padding:8px 20px}
.brand-title{font-size:22px;font-weight:bold;color:#173f75}
.brand-sub{font-size:11px;color:#666}
.header-right{margin-left:auto;display:flex;align-items:center;gap:14px}
.toplink{font-weight:bold;text-decoration:none}
.navstrip{background:#173f75;color:#fff;padding:6px 20px;font-size:12px}
.btn{display:inline-block;padding:6px 14px;border:1px solid #b9c2cf;border-radius:3px;background:#eef0f3;color:#333;font-size:13px;line-height:1.4;cursor:pointer;text-decoration:none}
.btn:hover{filter:brightness(.95)}
.btn-primary{background:#1f5ea8;border-color:#184c89;color:#fff}
.btn-danger{background:#c9302c;border-color:#ac2925;color:#fff}
.btn-block{display:block;width:100%}
.btn-sm{padding:3px 10px;font-size:12px}
.homepageloginbtn{background:#f39c12;border-color:#d7850b;color:#fff;font-weight:bold;padding:7px 22px}
.home-body{display:flex;gap:20px;padding:20px;align-items:flex-start}
.welcome{flex:1;background:#fff;border:1px solid #d6dce5;padding:16px 20px}
.welcome h2{margin-top:0;color:#173f75}
.welcome h3{color:#173f75;border-bottom:1px solid #e3e8ef;padding-bottom:4px}
.login-col{flex:0 0 360px}
.login-box{background:#fff;border:1px solid #c8d2e0;padding:16px 18px;box-shadow:0 2px 6px rgba(0,0,0,.08)}
.login-title{font-size:18px;font-weight:bold;color:#173f75;border-bottom:1px solid #e3e8ef;padding-bottom:6px;margin-bottom:12px}
.form-group{margin-bottom:11px}
.form-group>label{display:block;font-weight:bold;margin-bottom:4px}
.form-control{width:100%;padding:6px 8px;border:1px solid #b7c1cf;border-radius:2px;font-size:13px;background:#fff}
.captcha-group{display:flex;align-items:center;gap:8px}
.captcha-img{border:1px solid #c8d2e0}
.captcha-refresh img{display:block}
ul.feedbackPanel{list-style:none;margin:0 0 12px;padding:0}
li.feedbackPanelERROR,li.feedbackPanelINFO,li.feedbackPanelWARNING{padding:6px 9px;margin-bottom:4px;border:1px solid}
li.feedbackPanelERROR{color:#a00;background:#fdecea;border-color:#f2c2bf}
li.feedbackPanelWARNING{color:#7a5300;background:#fff6df;border-color:#f0dca0}
li.feedbackPanelINFO{color:#1e6b1e;background:#e9f6e9;border-color:#b9deb9}
.wicket-ajax-indicator img{vertical-align:middle;margin:0 4px}
.center-box{max-width:520px;margin:40px auto}
.otp-note{margin:0 0 12px;color:#444}
.otp-input{max-width:200px;letter-spacing:2px}
.resend-link{margin-left:6px}
.app-body{display:flex;align-items:stretch;min-height:calc(100vh - 110px)}
.sidebar{flex:0 0 250px;background:#fff;border-right:1px solid #d6dce5;padding:0 8px 12px}
.sidebar-title{background:#173f75;color:#fff;font-weight:bold;padding:7px 10px;margin:0 -8px 8px}
.main{flex:1;padding:16px 22px;min-width:0}
.page-title{margin:0 0 12px;font-size:20px;color:#173f75}
.cards{display:flex;gap:16px;margin-bottom:16px}
.card{flex:0 0 220px;background:#fff;border:1px solid #d6dce5;border-top:4px solid #2e8b57;padding:12px}
.card-red{border-top-color:#c9302c}
.card-title{font-weight:bold;color:#444}
.card-num{font-size:28px;font-weight:bold;color:#173f75;margin:6px 0}
.card-sub{font-size:11px;color:#777}
.panel{background:#fff;border:1px solid #c8d2e0;margin-bottom:16px}
.panel-heading{background:#e8eef6;border-bottom:1px solid #c8d2e0;padding:8px 12px;font-weight:bold;color:#173f75}
.panel-body{padding:14px 16px}
table.form-table{border-collapse:collapse;margin-bottom:6px}
table.form-table td{padding:6px 8px;vertical-align:top}
table.form-table td.lbl{width:270px;font-weight:bold;padding-top:10px}
table.form-table input.form-control{width:320px}
table.form-table select.form-control{width:430px}
.req{color:#c00;margin-left:2px}
.input-group{display:flex;width:320px}
.input-group-addon{padding:6px 9px;background:#eceff3;border:1px solid #b7c1cf;border-right:0;font-weight:bold}
.input-group input.form-control{flex:1;width:auto}
.hint{font-size:11px;color:#666;margin-top:3px;max-width:430px}
.radio-choice{display:inline-block;line-height:24px}
.radio-choice label{margin-left:5px}
.note{background:#fff6df;border:1px solid #f0dca0;padding:8px 10px;max-width:700px}
.btn-row{display:flex;align-items:center;gap:10px;margin-top:10px}
.registered h4,.result-panel h4{color:#173f75;margin:20px 0 6px}
table.dataview{border-collapse:collapse;width:100%;max-width:900px}
table.dataview th{background:#173f75;color:#fff;text-align:left;padding:6px 8px}
table.dataview td{padding:6px 8px;border-bottom:1px solid #e1e6ee}
table.dataview tr.odd td{background:#f5f8fc}
table.dataview tr.norecords td{text-align:center;color:#777}
.contact-panel p{margin:0 0 10px;color:#444}
.contact-panel table.form-table td.lbl{width:140px}
.contact-panel table.form-table input.form-control{width:280px}
.footer{background:#173f75;color:#cfd8e6;font-size:11px;text-align:center;padding:10px}
.expired{max-width:600px;margin:60px auto;background:#fff;border:1px solid #d6dce5;padding:20px 28px}
`;

const RESOURCES = new Map<string, { type: string; body: string }>([
  [RES.ajax, { type: 'text/javascript;charset=UTF-8', body: WICKET_AJAX_JS }],
  [RES.modalJs, { type: 'text/javascript;charset=UTF-8', body: MODAL_JS }],
  [RES.modalCss, { type: 'text/css;charset=UTF-8', body: MODAL_CSS }],
  [RES.treeCss, { type: 'text/css;charset=UTF-8', body: TREE_CSS }],
  [RES.css, { type: 'text/css;charset=UTF-8', body: PORTAL_CSS }],
]);

// ---------------------------------------------------------------------------------------
// Server-side model: sessions, page instances, AJAX targets
// ---------------------------------------------------------------------------------------

type Kind = 'home' | 'otp' | 'dashboard' | 'create';

const MOUNTS = new Map<string, Kind>([
  ['/', 'home'],
  ['/login', 'home'],
  ['/wicket/page', 'otp'],
  ['/dashboard', 'dashboard'],
  ['/apiregistration/createapiuser', 'create'],
]);

interface Msg {
  level: 'ERROR' | 'INFO' | 'WARNING';
  text: string;
}
const error = (text: string): Msg => ({ level: 'ERROR', text });
const info = (text: string): Msg => ({ level: 'INFO', text });

interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

interface Page {
  id: number;
  kind: Kind;
  mount: string;
  renderCount: number;
  mids: Map<string, string>;
  msgs: Msg[];
  modalMsgs: Msg[];
  loginOpen: boolean;
  userName: string;
  captchaNonce: number;
  expanded: Set<string>;
  selected: string | null;
  apiVerified: boolean;
  regFor: number | null;
  gsp: number | null;
  done: boolean;
  lastUser: string;
  lastGsp: string;
  modalShown: boolean;
  contact: { name: string; mobile: string; email: string };
}

interface Session {
  id: string;
  seq: number;
  nextPageId: number;
  pages: Map<number, Page>;
  pendingLogin: boolean;
  loggedIn: boolean;
  contactsPending: boolean;
  flash: Msg[];
}

interface App {
  cfg: { gstin: string; captcha: string; loginOtp: string; apiOtp: string };
  state: WicketR21State;
  seeded: Registration[];
  sessions: Map<string, Session>;
  expireOnce: WicketR21Expiry | undefined;
  expiredDone: boolean;
}

interface Ctx {
  app: App;
  s: Session;
  page: Page;
  js: string[];
}

class Target {
  readonly parts: string[] = [];
  readonly js: string[] = [];
  redirectTo: string | null = null;
  add(id: string, html: string): void {
    this.parts.push(`<component id="${id}" ><![CDATA[${cdata(html)}]]></component>`);
  }
  xml(): string {
    if (this.redirectTo !== null) return redirectXml(this.redirectTo);
    const evals = this.js.map((j) => `<evaluate><![CDATA[${cdata(j)}]]></evaluate>`).join('');
    return `<?xml version="1.0" encoding="UTF-8"?><ajax-response>${this.parts.join('')}${evals}</ajax-response>`;
  }
}

interface X {
  c: Ctx;
  t: Target;
  body: URLSearchParams;
  res: ServerResponse;
  cp: string;
  behavior: string;
}

type Outcome = 'ok' | 'lost' | 'raw' | 'unknown';

// ---------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;');
}
const cdata = (s: string): string => s.replace(/]]>/g, ']]]]><![CDATA[>');
const redirectXml = (url: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><ajax-response><redirect><![CDATA[${cdata(url)}]]></redirect></ajax-response>`;

/** Relative URL from the page living at `fromPath` to `to` (which may carry a query). */
function relUrl(fromPath: string, to: string): string {
  const q = to.indexOf('?');
  const toPath = q >= 0 ? to.slice(0, q) : to;
  const query = q >= 0 ? to.slice(q) : '';
  const fromDir = fromPath.split('/').slice(1, -1);
  const toSegs = toPath.split('/').slice(1);
  let i = 0;
  while (i < fromDir.length && i < toSegs.length - 1 && fromDir[i] === toSegs[i]) i++;
  const ups = fromDir.length - i;
  return `${ups > 0 ? '../'.repeat(ups) : './'}${toSegs.slice(i).join('/')}${query}`;
}

function fmtDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** Wicket markup id: session-wide sequence, stable per component of a page instance. */
function mid(c: Ctx, path: string): string {
  let v = c.page.mids.get(path);
  if (v === undefined) {
    c.s.seq += 1;
    v = `id${c.s.seq.toString(16)}`;
    c.page.mids.set(path, v);
  }
  return v;
}

/** Wicket 8 listener URL relative to the page: `./dashboard?3-1.0-sidebar-tree`. */
function lurl(c: Ctx, path: string, behavior: number | null): string {
  const seg = c.page.mount.slice(c.page.mount.lastIndexOf('/') + 1);
  return `./${seg}?${c.page.id}-${c.page.renderCount}.${behavior ?? ''}-${path.replace(/:/g, '-')}`;
}

function bind(c: Ctx, attrs: Record<string, unknown>, pre?: string): void {
  let json = JSON.stringify(attrs);
  if (pre) json = `${json.slice(0, -1)},"pre":[function(attrs){${pre}}]}`;
  c.js.push(`Wicket.Ajax.ajax(${json});`);
}

const indicator = (id: string): string =>
  `<span style="display:none;" class="wicket-ajax-indicator" id="${id}--ajax-indicator"><img src="${INDICATOR_URI}" alt=""/></span>`;

const hiddenFields = (formId: string): string =>
  `<div hidden="" class="hidden-fields"><input type="hidden" name="${formId}_hf_0" id="${formId}_hf_0" /></div>`;

const placeholder = (id: string): string =>
  `<div id="${id}" style="display:none" data-wicket-placeholder=""></div>`;

function feedback(c: Ctx, path: string, msgs: Msg[]): string {
  const id = mid(c, path);
  if (msgs.length === 0) return `<div id="${id}" class="feedback"></div>`;
  const items = msgs
    .splice(0)
    .map(
      (m) =>
        `<li class="feedbackPanel${m.level}"><span class="feedbackPanel${m.level}">${esc(m.text)}</span></li>`,
    )
    .join('\n');
  return `<div id="${id}" class="feedback"><ul class="feedbackPanel">\n${items}\n</ul></div>`;
}

// ---------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------

function doc(c: Ctx, title: string, body: string, withTree: boolean, withModal: boolean): string {
  const r = (p: string): string => esc(relUrl(c.page.mount, p));
  const head: string[] = [`<link rel="stylesheet" type="text/css" href="${r(RES.css)}" />`];
  if (withTree) head.push(`<link rel="stylesheet" type="text/css" href="${r(RES.treeCss)}" />`);
  if (withModal) head.push(`<link rel="stylesheet" type="text/css" href="${r(RES.modalCss)}" />`);
  head.push(`<script type="text/javascript" src="${r(RES.ajax)}"></script>`);
  head.push(
    `<script type="text/javascript" id="wicket-ajax-base-url">\n/*<![CDATA[*/\nWicket.Ajax.baseUrl="${c.page.mount.slice(1)}?${c.page.id}";\n/*]]>*/\n</script>`,
  );
  if (withModal) head.push(`<script type="text/javascript" src="${r(RES.modalJs)}"></script>`);
  if (c.js.length > 0) {
    head.push(
      `<script type="text/javascript" >\n/*<![CDATA[*/\nWicket.Event.add(window, "domready", function(event) { \n${c.js.join('\n')}\nWicket.Event.publish(Wicket.Event.Topic.AJAX_HANDLERS_BOUND);\n;});\n/*]]>*/\n</script>`,
    );
  }
  return `<!DOCTYPE html>\n<html xmlns:wicket="http://wicket.apache.org" lang="en">\n<head>\n<meta charset="utf-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1" />\n<title>${esc(title)}</title>\n${head.join('\n')}\n</head>\n<body>\n${body}\n</body>\n</html>`;
}

const FOOTER =
  '<div class="footer">Site owned by Goods and Services Tax Network. Designed, developed and hosted by National Informatics Centre.</div>';

function brand(): string {
  return `<img class="logo" src="${LOGO_URI}" alt="e-Invoice System" width="52" height="52"/><div class="brand"><div class="brand-title">e-Invoice System</div><div class="brand-sub">Goods and Services Tax &middot; Government of India</div></div>`;
}

function publicHeader(c: Ctx, withLogin: boolean): string {
  let btn = '';
  if (withLogin) {
    const id = mid(c, 'header:loginLink');
    bind(c, { u: lurl(c, 'header:loginLink', 0), c: id, e: 'click' });
    btn = `<button type="button" id="${id}" class="btn homepageloginbtn">Login</button>`;
  }
  return `<div class="header"><div class="header-inner">${brand()}<div class="header-right"><a href="${esc(relUrl(c.page.mount, '/'))}" class="toplink">Home</a>${btn}</div></div></div>`;
}

function captchaImg(c: Ctx): string {
  const f = 'loginPanel:loginForm';
  const src = `${lurl(c, `${f}:captchaImage`, null)}&antiCache=${c.page.captchaNonce}`;
  return `<img id="${mid(c, `${f}:captchaImage`)}" class="captcha-img" src="${esc(src)}" alt="Captcha" width="150" height="50"/>`;
}

function loginPanel(c: Ctx): string {
  const p = c.page;
  const id = mid(c, 'loginPanel');
  if (!p.loginOpen) return placeholder(id);
  const f = 'loginPanel:loginForm';
  const fid = mid(c, f);
  const uid = mid(c, `${f}:userName`);
  const pid = mid(c, `${f}:password`);
  const cid = mid(c, `${f}:captchaCode`);
  const rid = mid(c, `${f}:refreshCaptcha`);
  const bid = mid(c, `${f}:login`);
  const fb = feedback(c, 'loginPanel:feedback', p.msgs);
  bind(c, { u: lurl(c, `${f}:refreshCaptcha`, 0), c: rid, e: 'click', pd: true });
  bind(c, {
    f: fid,
    u: lurl(c, `${f}:login`, 0),
    m: 'POST',
    c: bid,
    sc: 'login',
    e: 'click',
    pd: true,
    i: `${bid}--ajax-indicator`,
  });
  return `<div id="${id}" class="login-box"><div class="login-title">Login</div>
${fb}
<form id="${fid}" method="post" action="${esc(lurl(c, f, null))}">${hiddenFields(fid)}
<div class="form-group"><label for="${uid}">Username</label><input type="text" class="form-control" value="${esc(p.userName)}" name="userName" id="${uid}" maxlength="15" autocomplete="off"/></div>
<div class="form-group"><label for="${pid}">Password</label><input type="password" class="form-control" value="" name="password" id="${pid}" maxlength="15"/></div>
<div class="form-group captcha-group">${captchaImg(c)}<a href="javascript:;" id="${rid}" class="captcha-refresh" title="Refresh Captcha"><img src="${REFRESH_URI}" alt="Refresh" width="22" height="22"/></a></div>
<div class="form-group"><label for="${cid}">Enter Captcha</label><input type="text" class="form-control" value="" name="captchaCode" id="${cid}" maxlength="5" autocomplete="off"/></div>
<button type="submit" class="btn btn-primary btn-block btnlogin" name="login" id="${bid}">Login</button>${indicator(bid)}
</form></div>`;
}

function homeHtml(c: Ctx): string {
  const body = `${publicHeader(c, true)}
<div class="navstrip">e-Invoice System &middot; Invoice Registration Portal</div>
<div class="home-body">
<div class="welcome"><h2>Welcome to e-Invoice System</h2>
<p>The e-Invoice System lets taxpayers report their B2B invoices to the Invoice Registration Portal and receive an Invoice Reference Number (IRN) with a signed QR code.</p>
<h3>Latest Updates</h3>
<ul class="news">
<li>Two Factor Authentication is mandatory for all users from 1st April 2025. The OTP is sent by SMS, or can be taken from the Sandes app or the NIC-GST-Shield app.</li>
<li>e-Invoicing is applicable to taxpayers whose aggregate turnover exceeds Rs. 5 Crore from 1st August 2023.</li>
<li>Taxpayers with AATO of Rs. 10 Crore and above cannot report invoices older than 30 days.</li>
</ul></div>
<div class="login-col">${loginPanel(c)}</div>
</div>
${FOOTER}`;
  return doc(c, 'e-Invoice System', body, false, false);
}

function otpPanel(c: Ctx, path: string, formId: string, note: string): string {
  const id = mid(c, path);
  const iid = mid(c, `${path}:otp`);
  const vid = mid(c, `${path}:verify`);
  const rid = mid(c, `${path}:resend`);
  bind(c, {
    f: formId,
    u: lurl(c, `${path}:verify`, 0),
    m: 'POST',
    c: vid,
    sc: 'otpPanel:verify',
    e: 'click',
    pd: true,
    i: `${vid}--ajax-indicator`,
  });
  bind(c, { u: lurl(c, `${path}:resend`, 0), c: rid, e: 'click', pd: true });
  return `<div id="${id}" class="otp-panel"><p class="otp-note">${esc(note)}</p>
<div class="form-group"><label for="${iid}">Enter OTP<span class="req">*</span></label><input type="text" class="form-control otp-input" value="" name="otpPanel:otp" id="${iid}" maxlength="6" autocomplete="off"/></div>
<div class="btn-row"><button type="submit" class="btn btn-primary" name="otpPanel:verify" id="${vid}">Verify OTP</button>${indicator(vid)}<a href="javascript:;" id="${rid}" class="resend-link">Resend OTP</a></div>
</div>`;
}

function otpHtml(c: Ctx): string {
  const fid = mid(c, 'form');
  const fb = feedback(c, 'feedback', c.page.msgs);
  const panel = otpPanel(
    c,
    'form:otpPanel',
    fid,
    `An OTP has been sent to your registered mobile number ${MOBILE_MASKED}. You may also use the OTP shown in the Sandes app or the NIC-GST-Shield app.`,
  );
  const body = `${publicHeader(c, false)}
<div class="center-box"><div class="panel"><div class="panel-heading">Two Factor Authentication</div><div class="panel-body">
${fb}
<form id="${fid}" method="post" action="${esc(lurl(c, 'form', null))}">${hiddenFields(fid)}
${panel}
</form></div></div></div>
${FOOTER}`;
  return doc(c, 'e-Invoice System | Two Factor Authentication', body, false, false);
}

function branch(c: Ctx, n: NodeMeta): string {
  const { node, path } = n;
  const p = c.page;
  const kids = node.children ?? [];
  const open = kids.length > 0 && p.expanded.has(node.key);
  const jPath = `${path}:node:junction`;
  const lPath = `${path}:node:content:link`;
  let junction = '<a class="tree-junction"></a>';
  if (kids.length > 0) {
    const jid = mid(c, jPath);
    bind(c, { u: lurl(c, jPath, 0), c: jid, e: 'click', pd: true });
    junction = `<a class="tree-junction-${open ? 'expanded' : 'collapsed'}" href="${esc(lurl(c, jPath, null))}" id="${jid}"></a>`;
  }
  const lid = mid(c, lPath);
  bind(c, { u: lurl(c, lPath, 0), c: lid, e: 'click', pd: true });
  let cls = kids.length > 0 ? (open ? 'tree-folder-expanded' : 'tree-folder-collapsed') : 'tree-folder-other';
  if (p.selected === node.key) cls += ' selected';
  const sub = open
    ? `<div class="tree-subtree">${kids.map((k) => branch(c, metaOf(k.key))).join('')}</div>`
    : '';
  return `<div class="tree-branch tree-branch-${n.last ? 'last' : 'mid'}" id="${mid(c, path)}"><div class="tree-node">${junction}<span class="tree-content"><a href="${esc(lurl(c, lPath, null))}" id="${lid}"><span class="${cls}">${esc(node.label)}</span></a></span></div>${sub}</div>`;
}

function tree(c: Ctx): string {
  return `<div class="tree-theme-windows" id="${mid(c, 'sidebar:tree')}"><div>${MENU.map((n) => branch(c, metaOf(n.key))).join('')}</div></div>`;
}

function appLayout(c: Ctx, content: string): string {
  const logout = esc(lurl(c, 'header:logout', null));
  return `<div class="header"><div class="header-inner">${brand()}<div class="header-right"><span class="gstin">GSTIN: ${esc(c.app.cfg.gstin)}</span><span class="welcome-user">Welcome, ${esc(WICKET_R21_LOGIN.username)}</span><a href="${logout}" class="btn btn-sm">Logout</a></div></div></div>
<div class="app-body"><div class="sidebar"><div class="sidebar-title">Menu</div>${tree(c)}</div>
<div class="main">${content}</div></div>
${FOOTER}`;
}

function modalContent(c: Ctx): string {
  const base = 'contactsModal:content';
  const fpath = `${base}:form`;
  const fid = mid(c, fpath);
  const nid = mid(c, `${fpath}:name`);
  const mobId = mid(c, `${fpath}:mobile`);
  const eid = mid(c, `${fpath}:email`);
  const uid = mid(c, `${fpath}:update`);
  const xid = mid(c, `${fpath}:exit`);
  const ct = c.page.contact;
  const fb = feedback(c, `${base}:feedback`, c.page.modalMsgs);
  bind(c, {
    f: fid,
    u: lurl(c, `${fpath}:update`, 0),
    m: 'POST',
    c: uid,
    sc: 'update',
    e: 'click',
    pd: true,
  });
  bind(c, { u: lurl(c, `${fpath}:exit`, 0), c: xid, e: 'click' });
  return `<div id="${mid(c, base)}" class="contact-panel">
<p>Please verify the details of the technical person of your organisation. Alerts about API access and e-Invoice services are sent to this contact.</p>
${fb}
<form id="${fid}" method="post" action="${esc(lurl(c, fpath, null))}">${hiddenFields(fid)}
<table class="form-table"><tbody>
<tr><td class="lbl"><label for="${nid}">Name</label></td><td><input type="text" class="form-control" value="${esc(ct.name)}" name="name" id="${nid}" maxlength="50"/></td></tr>
<tr><td class="lbl"><label for="${mobId}">Mobile Number</label></td><td><input type="text" class="form-control" value="${esc(ct.mobile)}" name="mobile" id="${mobId}" maxlength="10"/></td></tr>
<tr><td class="lbl"><label for="${eid}">E-mail ID</label></td><td><input type="text" class="form-control" value="${esc(ct.email)}" name="email" id="${eid}" maxlength="60"/></td></tr>
</tbody></table>
<div class="btn-row"><button type="submit" class="btn btn-primary" name="update" id="${uid}">Update</button><button type="button" class="btn btn-danger" id="${xid}">Exit</button></div>
</form></div>`;
}

function modalComponent(c: Ctx): string {
  const inner = c.page.modalShown ? modalContent(c) : placeholder(mid(c, 'contactsModal:content'));
  return `<div id="${mid(c, 'contactsModal')}" style="display:none">${inner}</div>`;
}

function modalOpenJs(c: Ctx): string {
  return `var settings = new Object();
settings.minWidth=200;
settings.minHeight=150;
settings.className="w_blue";
settings.width="560";
settings.height="320";
settings.resizable=false;
settings.useInitialHeight=false;
settings.autoSize=false;
settings.src=null;
settings.element=document.getElementById("${mid(c, 'contactsModal:content')}");
settings.title="Contacts of Technical Person";
settings.mask="semi-transparent";
settings.onClose = function() { Wicket.Ajax.get({"u":"${lurl(c, 'contactsModal', 0)}"}); };
Wicket.Window.create(settings).show();`;
}

const MODAL_CLOSE_JS = `(function() {
var win;
try { win = window.parent.Wicket.Window; } catch (ignore) {}
if (typeof(win) == "undefined" || typeof(win.current) == "undefined") { try { win = window.Wicket.Window; } catch (ignore) {} }
if (win && win.current) { var close = function(w) { w.setTimeout(function() { win.current.close(); }, 0); }; try { close(window.parent); } catch (ignore) { close(window); } }
})();`;

function dashboardHtml(c: Ctx): string {
  if (c.s.contactsPending) c.js.push(`Wicket.Ajax.ajax({"u":"${lurl(c, '', 0)}"});`);
  const content = `<h2 class="page-title">Dash Board</h2>
${feedback(c, 'feedback', c.page.msgs)}
<div class="cards"><div class="card"><div class="card-title">Generations</div><div class="card-num">0</div><div class="card-sub">IRNs generated today</div></div><div class="card card-red"><div class="card-title">Cancelled</div><div class="card-num">0</div><div class="card-sub">IRNs cancelled today</div></div></div>
<div class="panel"><div class="panel-heading">Notices</div><div class="panel-body"><ul><li>API users are created per GSTIN and per GSP from the API Registration menu.</li><li>Keep the registered mobile number of your GSTIN up to date to receive OTPs.</li></ul></div></div>
${modalComponent(c)}`;
  return doc(c, 'e-Invoice System | Dash Board', appLayout(c, content), true, true);
}

function radioChoice(c: Ctx, path: string, name: string, sel: number | null): string {
  const id = mid(c, path);
  bind(c, { u: lurl(c, path, 0), m: 'POST', c: id, e: 'change', sr: true });
  const items = REG_OPTIONS.map((label, i) => {
    const rid = `${id}-${name.replace(/:/g, '_')}_${i}`;
    return `<input name="${name}" type="radio"${sel === i ? ' checked="checked"' : ''} value="${i}" id="${rid}"/><label for="${rid}">${esc(label)}</label>`;
  }).join('<br/>\n');
  return `<span id="${id}" class="radio-choice">${items}</span>`;
}

function credPanel(c: Ctx): string {
  const base = 'content:apiForm:regPanel:detail:credPanel';
  const id = mid(c, base);
  if (c.page.gsp === null) return placeholder(id);
  const uid = mid(c, `${base}:userName`);
  const pid = mid(c, `${base}:password`);
  const qid = mid(c, `${base}:confirmPassword`);
  const n = 'regPanel:detail:credPanel';
  return `<div id="${id}" class="cred-panel"><table class="form-table"><tbody>
<tr><td class="lbl"><label for="${uid}">Username</label><span class="req">*</span></td><td><div class="input-group"><span class="input-group-addon">API_</span><input type="text" class="form-control" value="" name="${n}:userName" id="${uid}" maxlength="15" autocomplete="off"/></div><div class="hint">4 to 15 letters or digits, typed after the API_ prefix.</div></td></tr>
<tr><td class="lbl"><label for="${pid}">Password</label><span class="req">*</span></td><td><input type="password" class="form-control" value="" name="${n}:password" id="${pid}" maxlength="15"/><div class="hint">8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.</div></td></tr>
<tr><td class="lbl"><label for="${qid}">Re-enter Password</label><span class="req">*</span></td><td><input type="password" class="form-control" value="" name="${n}:confirmPassword" id="${qid}" maxlength="15"/></td></tr>
</tbody></table></div>`;
}

function detail(c: Ctx): string {
  const base = 'content:apiForm:regPanel:detail';
  const id = mid(c, base);
  const rf = c.page.regFor;
  if (rf === null) return `<div id="${id}"></div>`;
  if (rf !== 1) return `<div id="${id}"><p class="note">${esc(REG_NOTES[rf] ?? '')}</p></div>`;
  const gid = mid(c, `${base}:gsp`);
  bind(c, { u: lurl(c, `${base}:gsp`, 0), m: 'POST', c: gid, e: 'change' });
  const sel = c.page.gsp;
  const nullOpt = sel === null ? '<option selected="selected" value="">Choose One</option>' : '';
  const opts = GSPS.map(
    (g, i) => `<option${sel === i ? ' selected="selected"' : ''} value="${i}">${esc(g)}</option>`,
  ).join('\n');
  return `<div id="${id}"><table class="form-table"><tbody><tr><td class="lbl"><label for="${gid}">Select your GSP</label><span class="req">*</span></td><td><select class="form-control" name="regPanel:detail:gsp" id="${gid}">
${nullOpt}${opts}
</select></td></tr></tbody></table>
${credPanel(c)}</div>`;
}

function registrations(app: App): Registration[] {
  return [...app.seeded, ...app.state.users].filter((r) => r.gstin === app.cfg.gstin);
}

function gspTable(c: Ctx, path: string): string {
  const rows = registrations(c.app);
  const head = ['Sl. No.', 'GSP Name', 'API User Name', 'Registered On']
    .map((h) => `<th><span>${h}</span></th>`)
    .join('');
  const body = rows
    .map(
      (r, i) =>
        `<tr class="${i % 2 === 0 ? 'even' : 'odd'}"><td><div>${i + 1}</div></td><td><div>${esc(r.gsp)}</div></td><td><div>${esc(r.username)}</div></td><td><div>${esc(r.createdOn)}</div></td></tr>`,
    )
    .join('\n');
  const foot =
    rows.length === 0
      ? '<tfoot><tr class="norecords"><td colspan="4"><div>No Records Found</div></td></tr></tfoot>'
      : '';
  return `<table class="dataview" id="${mid(c, path)}"><thead><tr class="headers">${head}</tr></thead><tbody>\n${body}\n</tbody>${foot}</table>`;
}

function regPanel(c: Ctx, formId: string): string {
  const base = 'content:apiForm:regPanel';
  const sid = mid(c, `${base}:submit`);
  const xid = mid(c, `${base}:exit`);
  bind(
    c,
    {
      f: formId,
      u: lurl(c, `${base}:submit`, 0),
      m: 'POST',
      c: sid,
      sc: 'regPanel:submit',
      e: 'click',
      pd: true,
      i: `${sid}--ajax-indicator`,
    },
    `return confirm('${CONFIRM_TEXT}');`,
  );
  const exitJs = `var win = this.ownerDocument.defaultView || this.ownerDocument.parentWindow; if (win == window) { window.location.href='${lurl(c, `${base}:exit`, null)}'; } ;return false`;
  return `<div id="${mid(c, base)}" class="reg-panel">
<table class="form-table"><tbody><tr><td class="lbl">Do you wish to Register your GSTIN for<span class="req">*</span></td><td>${radioChoice(c, `${base}:registerFor`, 'regPanel:registerFor', c.page.regFor)}</td></tr></tbody></table>
${detail(c)}
<div class="btn-row"><button type="submit" class="btn btn-primary" name="regPanel:submit" id="${sid}">Submit</button>${indicator(sid)}<button type="button" class="btn btn-danger" id="${xid}" onclick="${esc(exitJs)}">Exit</button></div>
<div class="registered"><h4>GSPs registered for GSTIN ${esc(c.app.cfg.gstin)}</h4>${gspTable(c, `${base}:registered`)}</div>
</div>`;
}

function resultPanel(c: Ctx): string {
  const base = 'content:apiForm:resultPanel';
  const p = c.page;
  return `<div id="${mid(c, base)}" class="result-panel">
<table class="form-table"><tbody>
<tr><td class="lbl">GSTIN</td><td>${esc(c.app.cfg.gstin)}</td></tr>
<tr><td class="lbl">GSP</td><td>${esc(p.lastGsp)}</td></tr>
<tr><td class="lbl">API User Name</td><td>${esc(p.lastUser)}</td></tr>
</tbody></table>
<h4>GSPs registered for GSTIN ${esc(c.app.cfg.gstin)}</h4>${gspTable(c, `${base}:registered`)}
<div class="btn-row"><a href="${esc(lurl(c, `${base}:back`, null))}" class="btn btn-primary">Back to Dash Board</a></div>
</div>`;
}

function apiForm(c: Ctx): string {
  const path = 'content:apiForm';
  const fid = mid(c, path);
  const p = c.page;
  let inner: string;
  if (!p.apiVerified) {
    inner = otpPanel(
      c,
      `${path}:otpPanel`,
      fid,
      `For creating an API user, an OTP has been sent to the mobile number ${MOBILE_MASKED} registered for GSTIN ${c.app.cfg.gstin}.`,
    );
  } else if (!p.done) {
    inner = regPanel(c, fid);
  } else {
    inner = resultPanel(c);
  }
  return `<form id="${fid}" method="post" action="${esc(lurl(c, path, null))}">${hiddenFields(fid)}\n${inner}\n</form>`;
}

function createHtml(c: Ctx): string {
  const content = `<h2 class="page-title">API Registration</h2>
<div class="panel"><div class="panel-heading">Create API User</div><div class="panel-body">
${feedback(c, 'feedback', c.page.msgs)}
${apiForm(c)}
</div></div>`;
  return doc(c, 'e-Invoice System | Create API User', appLayout(c, content), true, false);
}

function renderPage(c: Ctx): string {
  switch (c.page.kind) {
    case 'home':
      return homeHtml(c);
    case 'otp':
      return otpHtml(c);
    case 'dashboard':
      return dashboardHtml(c);
    case 'create':
      return createHtml(c);
  }
}

const PAGE_EXPIRED_HTML = `<!DOCTYPE html>
<html xmlns:wicket="http://wicket.apache.org" lang="en">
<head><meta charset="utf-8" /><title>Page Expired</title><link rel="stylesheet" type="text/css" href="..${RES.css}" /></head>
<body><div class="expired"><h1>Page Expired</h1><p>The page you requested has expired.</p><p><a href="../">Return to home page</a></p></div></body>
</html>`;

// ---------------------------------------------------------------------------------------
// Listeners (what the Java onClick/onSubmit/onUpdate methods would do)
// ---------------------------------------------------------------------------------------

function refuse(app: App, kind: string): void {
  app.state.refusals.push(kind);
}

function expireNow(app: App, stage: WicketR21Expiry, s: Session): boolean {
  if (app.expireOnce !== stage || app.expiredDone) return false;
  app.expiredDone = true;
  app.sessions.delete(s.id);
  app.state.expired.push(stage);
  return true;
}

function onLogin(x: X): void {
  const { c, t, body } = x;
  const { app, page } = c;
  const user = (body.get('userName') ?? '').trim();
  const pwd = body.get('password') ?? '';
  const cap = (body.get('captchaCode') ?? '').trim();
  page.userName = user;
  const errs: string[] = [];
  if (!user) errs.push("'Username' is required.");
  if (!pwd) errs.push("'Password' is required.");
  if (!cap) errs.push("'Captcha' is required.");
  if (errs.length > 0) {
    page.msgs.push(...errs.map(error));
    t.add(mid(c, 'loginPanel:feedback'), feedback(c, 'loginPanel:feedback', page.msgs));
    return;
  }
  if (cap.toUpperCase() !== app.cfg.captcha.toUpperCase()) {
    refuse(app, 'captcha');
    page.msgs.push(error('Invalid Captcha. Please enter the characters shown in the image.'));
    page.captchaNonce += 1;
    t.add(mid(c, 'loginPanel'), loginPanel(c));
    return;
  }
  if (user.toLowerCase() !== WICKET_R21_LOGIN.username.toLowerCase() || pwd !== WICKET_R21_LOGIN.password) {
    refuse(app, 'login');
    page.msgs.push(error('Invalid Login Credentials. Please enter the correct Username and Password.'));
    page.captchaNonce += 1;
    t.add(mid(c, 'loginPanel'), loginPanel(c));
    return;
  }
  c.s.pendingLogin = true;
  const otp = createPage(c.s, 'otp', '/wicket/page');
  t.redirectTo = relUrl(page.mount, `/wicket/page?${otp.id}`);
}

function homeListener(x: X): Outcome {
  const { c, t } = x;
  const page = c.page;
  const f = 'loginPanel:loginForm';
  switch (x.cp) {
    case 'header:loginLink':
      page.loginOpen = true;
      t.add(mid(c, 'loginPanel'), loginPanel(c));
      t.js.push(`Wicket.Focus.setFocusOnId('${mid(c, `${f}:userName`)}');`);
      return 'ok';
    case `${f}:login`:
      if (!page.loginOpen) return 'unknown';
      onLogin(x);
      return 'ok';
    case `${f}:refreshCaptcha`:
      page.captchaNonce += 1;
      t.add(mid(c, `${f}:captchaImage`), captchaImg(c));
      return 'ok';
    case `${f}:captchaImage`:
      x.res.writeHead(200, {
        'Content-Type': 'image/svg+xml',
        'Cache-Control': 'no-cache, no-store, must-revalidate',
        Pragma: 'no-cache',
        Expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
      });
      x.res.end(captchaSvg(c.app.cfg.captcha));
      return 'raw';
    case f:
      return 'ok';
    default:
      return 'unknown';
  }
}

function otpListener(x: X): Outcome {
  const { c, t, body } = x;
  const { app, page, s } = c;
  switch (x.cp) {
    case 'form:otpPanel:verify': {
      const otp = (body.get('otpPanel:otp') ?? '').trim();
      if (!otp) {
        page.msgs.push(error("'OTP' is required."));
      } else if (otp !== app.cfg.loginOtp) {
        refuse(app, 'login-otp');
        page.msgs.push(error('Invalid OTP. Please enter the correct OTP.'));
      } else {
        s.pendingLogin = false;
        s.loggedIn = true;
        s.contactsPending = true;
        t.redirectTo = relUrl(page.mount, '/dashboard');
        return 'ok';
      }
      t.add(mid(c, 'feedback'), feedback(c, 'feedback', page.msgs));
      return 'ok';
    }
    case 'form:otpPanel:resend':
      page.msgs.push(info(`OTP has been resent to your registered mobile number ${MOBILE_MASKED}.`));
      t.add(mid(c, 'feedback'), feedback(c, 'feedback', page.msgs));
      return 'ok';
    case 'form':
      return 'ok';
    default:
      return 'unknown';
  }
}

function onTree(x: X, n: NodeMeta): void {
  const { c, t } = x;
  const page = c.page;
  const node = n.node;
  if (node.children && node.children.length > 0) {
    if (page.expanded.has(node.key)) page.expanded.delete(node.key);
    else page.expanded.add(node.key);
    t.add(mid(c, n.path), branch(c, n));
    return;
  }
  if (node.target === 'dashboard') {
    t.redirectTo = relUrl(page.mount, '/dashboard');
    return;
  }
  if (node.target === 'create') {
    t.redirectTo = relUrl(page.mount, '/apiregistration/createapiuser');
    return;
  }
  page.selected = node.key;
  page.msgs.push(info('This service is not available at present. Please try again later.'));
  t.add(mid(c, 'sidebar:tree'), tree(c));
  t.add(mid(c, 'feedback'), feedback(c, 'feedback', page.msgs));
}

function onContactUpdate(x: X): void {
  const { c, t, body } = x;
  const page = c.page;
  const name = (body.get('name') ?? '').trim();
  const mobile = (body.get('mobile') ?? '').trim();
  const email = (body.get('email') ?? '').trim();
  const errs: string[] = [];
  if (!name) errs.push("'Name' is required.");
  if (!mobile) errs.push("'Mobile Number' is required.");
  else if (!/^[6-9][0-9]{9}$/.test(mobile))
    errs.push('Mobile Number must be a valid 10 digit mobile number.');
  if (!email) errs.push("'E-mail ID' is required.");
  else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    errs.push("The value of 'E-mail ID' is not a valid email address.");
  if (errs.length > 0) page.modalMsgs.push(...errs.map(error));
  else {
    page.contact = { name, mobile, email };
    page.modalMsgs.push(info('Details of the technical person have been updated.'));
  }
  const fp = 'contactsModal:content:feedback';
  t.add(mid(c, fp), feedback(c, fp, page.modalMsgs));
}

function onApiVerify(x: X): Outcome {
  const { c, t, body } = x;
  const { app, page, s } = c;
  if (expireNow(app, 'api-otp-verify', s)) return 'lost';
  const otp = (body.get('otpPanel:otp') ?? '').trim();
  if (!otp) {
    page.msgs.push(error("'OTP' is required."));
  } else if (otp !== app.cfg.apiOtp) {
    refuse(app, 'api-otp');
    page.msgs.push(error('Invalid OTP. Please enter the OTP sent to your registered mobile number.'));
  } else {
    page.apiVerified = true;
    page.msgs.push(info('OTP verified successfully. Please enter the details of the API user.'));
    t.add(mid(c, 'content:apiForm'), apiForm(c));
  }
  t.add(mid(c, 'feedback'), feedback(c, 'feedback', page.msgs));
  return 'ok';
}

const parseIndex = (v: string | null, size: number): number | null => {
  if (v === null || !/^[0-9]+$/.test(v)) return null;
  const n = Number(v);
  return n < size ? n : null;
};

function onSubmit(x: X): Outcome {
  const { c, t, body } = x;
  const { app, page, s } = c;
  if (expireNow(app, 'submit', s)) return 'lost';
  const n = 'regPanel:detail:credPanel';
  const regFor = parseIndex(body.get('regPanel:registerFor'), REG_OPTIONS.length);
  const gsp = parseIndex(body.get('regPanel:detail:gsp'), GSPS.length);
  const user = (body.get(`${n}:userName`) ?? '').trim();
  const pwd = body.get(`${n}:password`) ?? '';
  const pwd2 = body.get(`${n}:confirmPassword`) ?? '';
  const errs: string[] = [];
  if (regFor === null) errs.push("'Register your GSTIN for' is required.");
  else if (regFor !== 1) errs.push(REG_NOTES[regFor] ?? '');
  else {
    if (gsp === null) errs.push("'GSP' is required.");
    if (!user) errs.push("'Username' is required.");
    else if (!/^[A-Za-z0-9]{4,15}$/.test(user))
      errs.push('Username must be 4 to 15 letters or digits, typed after the API_ prefix.');
    let pwdOk = false;
    if (!pwd) errs.push("'Password' is required.");
    else if (!/^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$/.test(pwd))
      errs.push(
        'Password must be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character.',
      );
    else pwdOk = true;
    if (!pwd2) errs.push("'Re-enter Password' is required.");
    else if (pwdOk && pwd !== pwd2) errs.push('Password and Re-enter Password must be equal.');
  }
  if (errs.length > 0 || gsp === null) {
    page.msgs.push(...errs.map(error));
    t.add(mid(c, 'feedback'), feedback(c, 'feedback', page.msgs));
    return 'ok';
  }
  const gspName = GSPS[gsp] ?? '';
  const full = `API_${user}`;
  const all = [...app.seeded, ...app.state.users];
  if (all.some((r) => r.gstin === app.cfg.gstin && r.gsp === gspName)) {
    refuse(app, 'duplicate');
    page.msgs.push(
      error(
        `GSTIN ${app.cfg.gstin} is already registered with the GSP ${gspName}. A GSTIN can be registered only once with a GSP.`,
      ),
    );
  } else if (all.some((r) => r.username.toUpperCase() === full.toUpperCase())) {
    refuse(app, 'username-taken');
    page.msgs.push(error(`User Name ${full} is already taken. Please choose a different User Name.`));
  } else {
    app.state.users.push({
      gstin: app.cfg.gstin,
      gsp: gspName,
      username: full,
      password: pwd,
      createdOn: fmtDate(new Date()),
    });
    page.done = true;
    page.lastUser = full;
    page.lastGsp = gspName;
    page.msgs.push(
      info(`API user ${full} has been created successfully for GSTIN ${app.cfg.gstin} through ${gspName}.`),
    );
    t.add(mid(c, 'content:apiForm'), apiForm(c));
  }
  t.add(mid(c, 'feedback'), feedback(c, 'feedback', page.msgs));
  return 'ok';
}

function appListener(x: X): Outcome {
  const { c, t, body } = x;
  const { app, page, s } = c;
  if (x.cp === 'header:logout') {
    app.sessions.delete(s.id);
    t.redirectTo = relUrl(page.mount, '/');
    return 'ok';
  }
  const node = TREE_BY_PATH.get(x.cp);
  if (node) {
    onTree(x, node);
    return 'ok';
  }
  if (page.kind === 'dashboard') {
    switch (x.cp) {
      case '':
        if (x.behavior === '0' && s.contactsPending) {
          s.contactsPending = false;
          page.modalShown = true;
          t.add(mid(c, 'contactsModal'), modalComponent(c));
          t.js.push(modalOpenJs(c));
        }
        return 'ok';
      case 'contactsModal':
        page.modalShown = false;
        return 'ok';
      case 'contactsModal:content:form:update':
        onContactUpdate(x);
        return 'ok';
      case 'contactsModal:content:form:exit':
        page.modalShown = false;
        t.js.push(MODAL_CLOSE_JS);
        return 'ok';
      case 'contactsModal:content:form':
        return 'ok';
      default:
        return 'unknown';
    }
  }
  const f = 'content:apiForm';
  switch (x.cp) {
    case `${f}:otpPanel:verify`:
      if (page.apiVerified) return 'unknown';
      return onApiVerify(x);
    case `${f}:otpPanel:resend`:
      if (page.apiVerified) return 'unknown';
      if (expireNow(app, 'api-otp-send', s)) return 'lost';
      page.msgs.push(info(`OTP has been resent to your registered mobile number ${MOBILE_MASKED}.`));
      t.add(mid(c, 'feedback'), feedback(c, 'feedback', page.msgs));
      return 'ok';
    case `${f}:regPanel:registerFor`:
      if (!page.apiVerified || page.done) return 'unknown';
      page.regFor = parseIndex(body.get('regPanel:registerFor'), REG_OPTIONS.length);
      t.add(mid(c, `${f}:regPanel:detail`), detail(c));
      return 'ok';
    case `${f}:regPanel:detail:gsp`:
      if (!page.apiVerified || page.done) return 'unknown';
      page.gsp = parseIndex(body.get('regPanel:detail:gsp'), GSPS.length);
      t.add(mid(c, `${f}:regPanel:detail:credPanel`), credPanel(c));
      return 'ok';
    case `${f}:regPanel:submit`:
      if (!page.apiVerified || page.done) return 'unknown';
      return onSubmit(x);
    case `${f}:regPanel:exit`:
    case `${f}:resultPanel:back`:
      t.redirectTo = relUrl(page.mount, '/dashboard');
      return 'ok';
    case f:
      return 'ok';
    default:
      return 'unknown';
  }
}

// ---------------------------------------------------------------------------------------
// HTTP plumbing
// ---------------------------------------------------------------------------------------

function createPage(s: Session, kind: Kind, mount: string): Page {
  const page: Page = {
    id: s.nextPageId,
    kind,
    mount,
    renderCount: 0,
    mids: new Map(),
    msgs: [],
    modalMsgs: [],
    loginOpen: false,
    userName: '',
    captchaNonce: Date.now(),
    expanded: new Set(),
    selected: null,
    apiVerified: false,
    regFor: null,
    gsp: null,
    done: false,
    lastUser: '',
    lastGsp: '',
    modalShown: false,
    contact: { name: 'Rajesh Kulkarni', mobile: '9876543210', email: 'it.support@punetraders.in' },
  };
  s.nextPageId += 1;
  s.pages.set(page.id, page);
  if (s.pages.size > 40) {
    const oldest = s.pages.keys().next().value;
    if (oldest !== undefined) s.pages.delete(oldest);
  }
  return page;
}

function newSession(app: App, res: ServerResponse): Session {
  const s: Session = {
    id: randomBytes(16).toString('hex').toUpperCase(),
    seq: 0,
    nextPageId: 0,
    pages: new Map(),
    pendingLogin: false,
    loggedIn: false,
    contactsPending: false,
    flash: [],
  };
  app.sessions.set(s.id, s);
  res.setHeader('Set-Cookie', `JSESSIONID=${s.id}; Path=/; HttpOnly`);
  return s;
}

const NO_CACHE = {
  'Cache-Control': 'no-cache, no-store',
  Pragma: 'no-cache',
  Expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
};

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { Location: location, ...NO_CACHE });
  res.end();
}

function sendHtml(res: ServerResponse, html: string, status = 200): void {
  res.writeHead(status, { 'Content-Type': 'text/html;charset=UTF-8', ...NO_CACHE });
  res.end(html);
}

function sendAjax(res: ServerResponse, xml: string): void {
  res.writeHead(200, { 'Content-Type': 'text/xml;charset=UTF-8', ...NO_CACHE });
  res.end(xml);
}

function notFound(res: ServerResponse): void {
  sendHtml(
    res,
    '<!DOCTYPE html><html><head><title>Error 404 Not Found</title></head><body><h2>HTTP ERROR 404</h2><p>Not Found</p></body></html>',
    404,
  );
}

/** The session is gone: a new one carries the expiry message to the login page. */
function lostSession(app: App, res: ServerResponse, path: string, isAjax: boolean): void {
  const s = newSession(app, res);
  s.flash.push(error(EXPIRED_TEXT));
  const to = relUrl(path, '/login');
  if (isAjax) sendAjax(res, redirectXml(to));
  else redirect(res, to);
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1_000_000) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Which live page instances a session may see. */
function allowed(s: Session, kind: Kind): boolean {
  if (kind === 'dashboard' || kind === 'create') return s.loggedIn;
  if (kind === 'otp') return s.pendingLogin;
  return true;
}

function bookmarkable(
  app: App,
  res: ServerResponse,
  path: string,
  kind: Kind,
  live: Session | undefined,
): void {
  if (kind === 'otp') {
    notFound(res);
    return;
  }
  if (kind === 'dashboard' || kind === 'create') {
    if (!live) {
      lostSession(app, res, path, false);
      return;
    }
    if (!live.loggedIn) {
      redirect(res, relUrl(path, '/login'));
      return;
    }
    if (kind === 'create' && expireNow(app, 'api-otp-send', live)) {
      lostSession(app, res, path, false);
      return;
    }
  }
  const s = live ?? newSession(app, res);
  const page = createPage(s, kind, path);
  if (kind === 'home' && (path === '/login' || s.flash.length > 0)) {
    page.loginOpen = true;
    page.msgs.push(...s.flash.splice(0));
  }
  if (kind === 'dashboard') page.selected = 'dash';
  if (kind === 'create') {
    page.expanded = new Set(['api', 'api-uc']);
    page.selected = 'api-uc-create';
  }
  redirect(res, `${relUrl(path, path)}?${page.id}`);
}

function renderInstance(
  app: App,
  res: ServerResponse,
  path: string,
  kind: Kind,
  live: Session | undefined,
  pageId: number,
): void {
  if (!live) {
    if (kind === 'home') redirect(res, relUrl(path, path));
    else lostSession(app, res, path, false);
    return;
  }
  const page = live.pages.get(pageId);
  if (!page || page.mount !== path) {
    if (kind === 'otp') sendHtml(res, PAGE_EXPIRED_HTML);
    else redirect(res, relUrl(path, path));
    return;
  }
  if (!allowed(live, kind)) {
    redirect(res, relUrl(path, live.loggedIn ? '/dashboard' : '/login'));
    return;
  }
  page.renderCount += 1;
  sendHtml(res, renderPage({ app, s: live, page, js: [] }));
}

async function handle(app: App, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname;
  const method = req.method ?? 'GET';
  const resource = RESOURCES.get(path);
  if (resource) {
    res.writeHead(200, { 'Content-Type': resource.type, 'Cache-Control': 'max-age=31536000, public' });
    res.end(resource.body);
    return;
  }
  const kind = MOUNTS.get(path);
  if (!kind || (method !== 'GET' && method !== 'POST')) {
    notFound(res);
    return;
  }
  const body = new URLSearchParams(method === 'POST' ? await readBody(req) : '');
  const isAjax = String(req.headers['wicket-ajax'] ?? '') === 'true';
  const first = (url.search.startsWith('?') ? url.search.slice(1) : '').split('&')[0] ?? '';
  const sid = readCookie(req, 'JSESSIONID');
  const live = sid ? app.sessions.get(sid) : undefined;
  const m = /^([0-9]+)(?:-([0-9]+)\.([0-9]*)-(.*))?$/.exec(first);
  if (!m) {
    bookmarkable(app, res, path, kind, live);
    return;
  }
  const pageId = Number(m[1]);
  if (m[2] === undefined) {
    renderInstance(app, res, path, kind, live, pageId);
    return;
  }
  const cp = (m[4] ?? '').replace(/-/g, ':');
  if (!live) {
    if (cp.endsWith('captchaImage')) notFound(res);
    else lostSession(app, res, path, isAjax);
    return;
  }
  const page = live.pages.get(pageId);
  if (!page || page.mount !== path) {
    const to = relUrl(path, kind === 'otp' ? '/' : path);
    if (isAjax) sendAjax(res, redirectXml(to));
    else redirect(res, to);
    return;
  }
  if (!allowed(live, kind)) {
    lostSession(app, res, path, isAjax);
    return;
  }
  const t = new Target();
  const x: X = { c: { app, s: live, page, js: t.js }, t, body, res, cp, behavior: m[3] ?? '' };
  const outcome =
    page.kind === 'home' ? homeListener(x) : page.kind === 'otp' ? otpListener(x) : appListener(x);
  if (outcome === 'raw') return;
  if (outcome === 'lost') {
    lostSession(app, res, path, isAjax);
    return;
  }
  if (isAjax) sendAjax(res, t.xml());
  else redirect(res, t.redirectTo ?? `${relUrl(path, path)}?${page.id}`);
}

export async function startWicketR21Rendition(options: WicketR21Options = {}): Promise<WicketR21Rendition> {
  const cfg = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
  };
  const state: WicketR21State = { ...cfg, users: [], refusals: [], expired: [] };
  const app: App = {
    cfg,
    state,
    seeded: [
      {
        gstin: cfg.gstin,
        gsp: 'TERA SOFTWARE LIMITED',
        username: 'API_punetrader',
        password: 'Tera@2021Pune',
        createdOn: '12/03/2021 11:42:17',
      },
    ],
    sessions: new Map(),
    expireOnce: options.expireOnce,
    expiredDone: false,
  };
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(app, req, res).catch(() => {
      if (!res.headersSent) sendHtml(res, '<h2>HTTP ERROR 500</h2>', 500);
      else res.end();
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}

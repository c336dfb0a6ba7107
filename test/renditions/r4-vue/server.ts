/**
 * Issue 18: a rendition of the E-Invoice portal written from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a Vue 2 + Vuetify single-page app
 * would draw it: one HTML shell, a JSON API, client-side routing with history.pushState, the login
 * in a right-hand navigation drawer, OTPs in six one-character boxes, the registration type as a
 * v-radio-group, the GSP as a v-select whose menu is detached at the end of the app root, popups as
 * v-dialogs over a separate scrim, verdicts in a v-snackbar and in red text, and a session that
 * answers 401 when asked to expire. The markup and scripts are written here; no library files.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a session may be made to expire once: the first API call of that stage answers 401. */
export type R4VueExpiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R4VueOptions {
  expireOnce?: R4VueExpiry;
}

export interface R4VueUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface R4VueState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R4VueUser[];
  /** What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate'. */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R4VueRendition {
  url: string;
  close(): Promise<void>;
  state: R4VueState;
}

const LOGIN = { username: 'vueuser01', password: 'Vue@Pass12' };

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

const STYLE = `
* { box-sizing: border-box; }
html, body { margin: 0; font-family: Roboto, Arial, sans-serif; font-size: 16px; color: rgba(0,0,0,.87); }
.v-application { background: #fafafa; min-height: 100vh; }
.v-application--wrap { min-height: 100vh; display: flex; flex-direction: column; }
.v-app-bar { position: fixed; top: 0; left: 0; right: 0; height: 64px; z-index: 5; background: #1565c0;
  color: #fff; box-shadow: 0 2px 4px rgba(0,0,0,.2); }
.v-toolbar__content { display: flex; align-items: center; height: 64px; padding: 4px 16px; }
.v-toolbar__title { font-size: 1.25rem; }
.spacer { flex-grow: 1; }
.v-btn { display: inline-flex; align-items: center; justify-content: center; height: 36px; min-width: 64px;
  padding: 0 16px; border: 0; border-radius: 4px; background: transparent; color: inherit; font: inherit;
  font-size: .875rem; font-weight: 500; letter-spacing: .0892857em; text-transform: uppercase;
  cursor: pointer; outline: 0; user-select: none; }
.v-btn.primary { background: #1565c0; color: #fff; box-shadow: 0 3px 1px -2px rgba(0,0,0,.2); }
.v-btn.v-btn--text.primary--text { color: #1565c0; background: transparent; box-shadow: none; }
.v-btn--block { display: flex; width: 100%; }
.v-btn[disabled] { background: rgba(0,0,0,.12); color: rgba(0,0,0,.26); cursor: default; }
.v-btn__content { display: flex; align-items: center; gap: 6px; }
.v-icon { display: inline-block; width: 20px; height: 20px; font-style: normal; line-height: 20px;
  text-align: center; }
.mdi-login::before { content: "\\2192"; font-weight: bold; }
.mdi-chevron-down::before, .mdi-menu-down::before { content: "\\25BE"; }
.mdi-account::before { content: "\\263A"; }
.v-main { padding: 64px 0 0 0; flex: 1; }
.v-main.with-drawer { padding-left: 256px; }
.container { padding: 16px 24px; max-width: 960px; }
.v-navigation-drawer { position: fixed; top: 64px; bottom: 0; width: 256px; background: #fff; z-index: 4;
  box-shadow: 0 0 4px rgba(0,0,0,.15); overflow-y: auto; transition: transform .2s; }
.v-navigation-drawer--left { left: 0; }
.v-navigation-drawer--right { right: 0; top: 0; width: 360px; z-index: 7; transform: translateX(100%); }
.v-navigation-drawer--right.v-navigation-drawer--open { transform: translateX(0); }
.v-navigation-drawer__content { padding: 16px; }
.v-list { padding: 8px 0; }
.v-list-item { display: flex; align-items: center; min-height: 40px; padding: 0 16px; color: rgba(0,0,0,.87);
  text-decoration: none; font-size: .9rem; }
.v-list-item--link { cursor: pointer; }
.v-list-item--link:hover { background: rgba(0,0,0,.04); }
.v-list-item__title { flex: 1; }
.v-list-group__items { padding-left: 16px; }
.v-list-group__items[hidden] { display: none; }
.v-overlay { position: fixed; inset: 0; z-index: 6; }
.v-overlay__scrim { position: absolute; inset: 0; background: rgb(33,33,33); opacity: .46; }
.v-dialog__content { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center;
  z-index: 8; pointer-events: none; }
.v-dialog { pointer-events: auto; max-width: 480px; width: 100%; box-shadow: 0 11px 15px -7px rgba(0,0,0,.2); }
.v-card { background: #fff; border-radius: 4px; }
.v-card__title { font-size: 1.25rem; font-weight: 500; padding: 16px 24px 10px; }
.v-card__text { padding: 0 24px 20px; font-size: .875rem; color: rgba(0,0,0,.6); }
.v-card__actions { display: flex; justify-content: flex-end; gap: 8px; padding: 8px; }
.v-input { margin: 4px 0 8px; }
.v-input__slot { position: relative; display: flex; align-items: center; min-height: 40px;
  border-bottom: 1px solid rgba(0,0,0,.42); }
.v-text-field__slot, .v-select__slot { position: relative; display: flex; flex: 1; align-items: center; }
.v-label { position: absolute; left: 0; top: 12px; color: rgba(0,0,0,.6); font-size: 16px;
  pointer-events: none; transform-origin: top left; transition: transform .15s; }
.v-input--is-label-active .v-label, .v-input--is-focused .v-label { transform: translateY(-18px) scale(.75); }
.v-text-field__prefix { padding-top: 8px; padding-right: 2px; color: rgba(0,0,0,.6); }
.v-input input { flex: 1; border: 0; outline: 0; background: transparent; font: inherit; padding: 8px 0 4px;
  margin-top: 8px; min-width: 0; }
.v-select__selections { flex: 1; display: flex; align-items: center; min-height: 40px; padding-top: 12px; }
.v-select__selections input { width: 0; flex: 0 0 0; padding: 0; margin: 0; }
.v-select__selection { font-size: 16px; }
.v-input__append-inner { padding-top: 8px; }
.v-select .v-input__slot { cursor: pointer; }
.v-text-field__details { min-height: 14px; font-size: 12px; }
.error--text { color: #ff5252 !important; caret-color: #ff5252 !important; }
.v-otp-input { display: flex; gap: 8px; margin: 8px 0; }
.v-otp-input .v-input { flex: 1 1 0; min-width: 0; margin: 0; }
.v-otp-input .v-input__slot { border: 1px solid rgba(0,0,0,.38); border-radius: 4px; border-bottom-width: 1px; }
.v-otp-input input { width: 100%; text-align: center; margin: 0; padding: 8px 0; font-size: 20px; }
.v-radio-group legend { font-size: 16px; color: rgba(0,0,0,.6); margin: 8px 0; }
.v-radio { display: flex; align-items: center; height: 32px; margin-right: 16px; cursor: pointer; }
.v-input--selection-controls__input { position: relative; width: 24px; height: 24px; margin-right: 8px; }
.v-input--selection-controls__input input { position: absolute; opacity: 0; width: 100%; height: 100%;
  margin: 0; padding: 0; cursor: pointer; }
.v-radio .v-icon { width: 20px; height: 20px; margin: 2px; border: 2px solid rgba(0,0,0,.54); border-radius: 50%; }
.v-radio.v-item--active .v-icon { border-color: #1565c0; background: radial-gradient(#1565c0 0 4px, #fff 5px); }
.v-radio .v-label { position: static; pointer-events: auto; cursor: pointer; color: rgba(0,0,0,.87); }
.v-menu__content { position: absolute; z-index: 9; background: #fff; overflow-y: auto; max-height: 304px;
  box-shadow: 0 5px 5px -3px rgba(0,0,0,.2), 0 8px 10px 1px rgba(0,0,0,.14); border-radius: 4px; }
.v-select-list .v-list-item { min-height: 48px; }
.v-select-list .v-list-item--highlighted { background: rgba(21,101,192,.12); }
.v-snack { position: fixed; left: 0; right: 0; bottom: 8px; display: flex; justify-content: center; z-index: 10;
  pointer-events: none; }
.v-snack__wrapper { pointer-events: auto; display: flex; align-items: center; min-width: 344px; max-width: 672px;
  border-radius: 4px; background: #333; color: rgba(255,255,255,.87); }
.v-snack__wrapper.success { background: #4caf50; color: #fff; }
.v-snack__wrapper.error { background: #ff5252; color: #fff; }
.v-snack__content { flex: 1; padding: 14px 16px; font-size: .875rem; }
.v-alert { padding: 12px 16px; margin: 8px 0; border-radius: 4px; }
.v-alert.error { background: #ff5252; color: #fff; }
.v-data-table { margin-top: 24px; background: #fff; border-radius: 4px; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
.v-data-table table { width: 100%; border-spacing: 0; font-size: .875rem; }
.v-data-table th { text-align: left; color: rgba(0,0,0,.6); font-size: .75rem; height: 48px; padding: 0 16px;
  border-bottom: 1px solid rgba(0,0,0,.12); }
.v-data-table td { height: 48px; padding: 0 16px; border-bottom: 1px solid rgba(0,0,0,.12); }
.text-h5 { font-size: 1.5rem; margin: 8px 0 16px; }
.caption { font-size: .75rem; color: rgba(0,0,0,.6); }
.row { display: flex; gap: 16px; }
.row > .v-card { flex: 1; padding: 16px; }
`;

/** The app, in the page. Written without backticks or template holes so it sits in this string. */
const CLIENT = `
(function () {
  'use strict';
  var root = document.querySelector('.v-application');
  var uid = 10;
  function nextId(prefix) { uid += 1; return prefix + '-' + uid; }
  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === undefined || value === null || value === false) return;
      if (key === 'class') el.className = value;
      else if (key === 'text') el.textContent = value;
      else if (key.indexOf('on') === 0) el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? '' : value);
    });
    (children || []).forEach(function (child) {
      if (child) el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return el;
  }
  function api(method, path, body) {
    return fetch('/api' + path, {
      method: method,
      headers: { 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'same-origin',
    }).then(function (res) {
      return res.json().then(function (data) {
        if (res.status === 401) { sessionExpired(); throw new Error('expired'); }
        data.ok = res.ok;
        return data;
      });
    });
  }

  // ---- store -------------------------------------------------------------------------------
  var store = { user: null, drawerOpen: false, loginStep: 'form', loginError: '', apiVerified: false };

  // ---- router ------------------------------------------------------------------------------
  var routes = { '/': home, '/dashboard': dashboard, '/api-registration/user-credentials/create': createApiUser };
  function push(path) {
    history.pushState({}, '', path);
    render();
  }
  window.addEventListener('popstate', render);
  function routerLink(path, cls, children) {
    return h('a', { href: path, class: cls, onclick: function (event) { event.preventDefault(); push(path); } },
      children);
  }

  // ---- widgets -----------------------------------------------------------------------------
  function textField(label, options) {
    var id = nextId('input');
    var wrap;
    var input = h('input', { id: id, type: options.type || 'text', autocomplete: 'off' });
    function refresh() {
      wrap.classList.toggle('v-input--is-label-active', input.value !== '' || !!options.prefix);
    }
    input.addEventListener('input', refresh);
    input.addEventListener('focus', function () { wrap.classList.add('v-input--is-focused'); });
    input.addEventListener('blur', function () { wrap.classList.remove('v-input--is-focused'); });
    var messages = h('div', { class: 'v-messages theme--light' });
    wrap = h('div', { class: 'v-input theme--light v-text-field' }, [
      h('div', { class: 'v-input__control' }, [
        h('div', { class: 'v-input__slot' }, [
          options.prefix ? h('div', { class: 'v-text-field__prefix', text: options.prefix }) : null,
          h('div', { class: 'v-text-field__slot' }, [
            h('label', { for: id, class: 'v-label theme--light', text: label }),
            input,
          ]),
        ]),
        h('div', { class: 'v-text-field__details' }, [messages]),
      ]),
    ]);
    refresh();
    return { el: wrap, input: input, messages: messages };
  }

  function otpInput(onFinish) {
    var boxes = [];
    var row = h('div', { class: 'v-otp-input theme--light' });
    function value() { return boxes.map(function (b) { return b.value; }).join(''); }
    function check() { if (value().length === 6) onFinish(value()); }
    for (var i = 0; i < 6; i += 1) {
      (function (index) {
        var box = h('input', { type: 'text', min: '0', maxlength: '1', autocomplete: 'off', 'aria-label': '' });
        box.removeAttribute('aria-label');
        box.addEventListener('input', function () {
          box.value = box.value.slice(-1);
          if (box.value && boxes[index + 1]) boxes[index + 1].focus();
          check();
        });
        box.addEventListener('keydown', function (event) {
          if (event.key === 'Backspace' && !box.value && boxes[index - 1]) boxes[index - 1].focus();
        });
        box.addEventListener('paste', function (event) {
          event.preventDefault();
          var text = (event.clipboardData.getData('text') || '').replace(/\\s/g, '').slice(0, 6 - index);
          for (var j = 0; j < text.length; j += 1) boxes[index + j].value = text[j];
          var last = boxes[Math.min(index + text.length, 5)];
          last.focus();
          check();
        });
        boxes.push(box);
        row.appendChild(h('div', { class: 'v-input theme--light v-text-field v-text-field--outlined' }, [
          h('div', { class: 'v-input__control' }, [h('div', { class: 'v-input__slot' }, [
            h('div', { class: 'v-text-field__slot' }, [box])])])]));
      })(i);
    }
    return {
      el: row,
      value: value,
      clear: function () { boxes.forEach(function (b) { b.value = ''; }); boxes[0].focus(); },
      focus: function () { boxes[0].focus(); },
    };
  }

  function btn(text, cls, onclick, icon) {
    return h('button', { type: 'button', class: 'v-btn theme--light v-size--default ' + (cls || ''), onclick: onclick },
      [h('span', { class: 'v-btn__content' }, [icon ? h('i', { 'aria-hidden': 'true',
        class: 'v-icon notranslate mdi ' + icon }) : null, text])]);
  }

  // Dialogs: the content and the scrim are two separate elements at the end of the app root.
  function dialog(title, text, actions) {
    var scrim = h('div', { class: 'v-overlay v-overlay--active theme--dark' }, [
      h('div', { class: 'v-overlay__scrim' }), h('div', { class: 'v-overlay__content' })]);
    var content = h('div', { class: 'v-dialog__content v-dialog__content--active', tabindex: '0' }, [
      h('div', { class: 'v-dialog v-dialog--active', role: 'document', tabindex: '-1' }, [
        h('div', { class: 'v-card v-sheet theme--light' }, [
          h('div', { class: 'v-card__title', text: title }),
          h('div', { class: 'v-card__text' }, Array.isArray(text) ? text : [text]),
          h('div', { class: 'v-card__actions' }, [h('div', { class: 'spacer' })].concat(actions.map(function (a) {
            return btn(a[0], 'v-btn--text primary--text', function () { close(); a[1](); });
          }))),
        ]),
      ]),
    ]);
    function close() { scrim.remove(); content.remove(); }
    root.appendChild(scrim);
    root.appendChild(content);
    return close;
  }

  var snackTimer = null;
  function snackbar(text, color) {
    var old = root.querySelector('.v-snack');
    if (old) old.remove();
    var snack = h('div', { class: 'v-snack v-snack--active v-snack--bottom v-snack--has-background' }, [
      h('div', { class: 'v-snack__wrapper v-sheet theme--dark ' + (color || ''), role: 'status', 'aria-live': 'polite' }, [
        h('div', { class: 'v-snack__content', text: text })])]);
    root.appendChild(snack);
    clearTimeout(snackTimer);
    snackTimer = setTimeout(function () { snack.remove(); }, 4000);
  }

  var expiredShown = false;
  function sessionExpired() {
    store.user = null;
    store.apiVerified = false;
    if (expiredShown) return;
    expiredShown = true;
    dialog('Session expired', 'Session expired, please login again', [['OK', function () {
      expiredShown = false;
      store.loginStep = 'form';
      push('/');
    }]]);
  }

  // ---- layout ------------------------------------------------------------------------------
  var appBar, drawerRight, main, drawerLeft;
  function layout() {
    var wrap = h('div', { class: 'v-application--wrap' });
    appBar = h('header', { class: 'v-sheet theme--dark v-toolbar v-app-bar v-app-bar--fixed' });
    drawerLeft = h('nav', { class: 'v-navigation-drawer v-navigation-drawer--fixed v-navigation-drawer--open v-navigation-drawer--left theme--light' });
    main = h('main', { class: 'v-main' });
    drawerRight = h('nav', { class: 'v-navigation-drawer v-navigation-drawer--fixed v-navigation-drawer--right v-navigation-drawer--temporary theme--light' });
    wrap.appendChild(appBar);
    wrap.appendChild(drawerLeft);
    wrap.appendChild(main);
    wrap.appendChild(drawerRight);
    root.appendChild(wrap);
  }

  function renderAppBar() {
    appBar.textContent = '';
    var right = store.user
      ? [h('span', { class: 'caption', style: 'color:#fff;margin-right:12px', text: store.user.gstin }),
         btn('Logout', 'v-btn--text', function () { api('POST', '/logout').then(function () {
           store.user = null; push('/'); }); })]
      : [btn('Login', 'v-btn--text', openLogin, 'mdi-login')];
    appBar.appendChild(h('div', { class: 'v-toolbar__content' }, [
      h('div', { class: 'v-toolbar__title', text: 'e-Invoice System' }), h('div', { class: 'spacer' })].concat(right)));
  }

  var loginScrim = null;
  function openLogin() {
    store.drawerOpen = true;
    store.loginStep = 'form';
    store.loginError = '';
    renderLoginDrawer();
  }
  function closeLogin() {
    store.drawerOpen = false;
    renderLoginDrawer();
  }

  function renderLoginDrawer() {
    drawerRight.classList.toggle('v-navigation-drawer--open', store.drawerOpen);
    drawerRight.textContent = '';
    if (loginScrim) { loginScrim.remove(); loginScrim = null; }
    if (!store.drawerOpen) return;
    loginScrim = h('div', { class: 'v-overlay v-overlay--active theme--dark', onclick: closeLogin }, [
      h('div', { class: 'v-overlay__scrim' })]);
    root.appendChild(loginScrim);
    var content = h('div', { class: 'v-navigation-drawer__content' });
    drawerRight.appendChild(content);
    var error = store.loginError ? h('div', { class: 'v-alert v-sheet error', role: 'alert', text: store.loginError }) : null;
    if (store.loginStep === 'form') {
      var user = textField('Username', {});
      var pass = textField('Password', { type: 'password' });
      var captcha = textField('Enter Captcha', {});
      var image = h('img', { src: '/api/captcha?' + Date.now(), alt: 'captcha', width: '150', height: '50' });
      content.appendChild(h('div', { class: 'text-h5', text: 'Login' }));
      if (error) content.appendChild(error);
      content.appendChild(h('form', { onsubmit: function (event) { event.preventDefault(); } }, [
        user.el, pass.el,
        h('div', { style: 'display:flex;align-items:center;gap:8px' }, [image,
          btn('', 'v-btn--icon', function () { image.src = '/api/captcha?' + Date.now(); }, 'mdi-refresh')]),
        captcha.el,
        btn('Login', 'primary v-btn--block', function () {
          api('POST', '/login', { username: user.input.value, password: pass.input.value,
            captcha: captcha.input.value }).then(function (res) {
            if (!res.ok) { store.loginError = res.message; renderLoginDrawer(); return; }
            store.loginStep = 'otp';
            store.loginError = '';
            renderLoginDrawer();
          });
        }),
      ]));
      user.input.focus();
    } else {
      content.appendChild(h('div', { class: 'text-h5', text: 'Two-Factor Authentication' }));
      content.appendChild(h('p', { class: 'caption', text: 'Enter the OTP sent to your registered mobile number' }));
      var errorText = h('div', { class: 'v-messages error--text' });
      var busy = false;
      var otp = otpInput(submit);
      function submit() {
        if (busy) return;
        busy = true;
        api('POST', '/login/otp', { otp: otp.value() }).then(function (res) {
          busy = false;
          if (!res.ok) { errorText.textContent = res.message; otp.clear(); return; }
          store.user = res.user;
          store.drawerOpen = false;
          renderLoginDrawer();
          push('/dashboard');
          showNotice();
        });
      }
      content.appendChild(otp.el);
      content.appendChild(errorText);
      content.appendChild(btn('Verify', 'primary v-btn--block', submit));
      otp.focus();
    }
  }

  function showNotice() {
    dialog('Contacts of Technical Person', [
      h('p', { text: 'Please update the contact details of your technical person.' }),
      h('p', { text: 'Name: Ravi Kumar \\u2003 Mobile: 98XXXXXX21 \\u2003 E-mail: ra***@example.com' })],
      [['Close', function () {}]]);
  }

  function renderMenu() {
    drawerLeft.textContent = '';
    drawerLeft.hidden = !store.user;
    main.classList.toggle('with-drawer', !!store.user);
    if (!store.user) return;
    function group(title, children) {
      var items = h('div', { class: 'v-list-group__items', hidden: true }, children);
      var header = h('div', { class: 'v-list-group__header v-list-item v-list-item--link theme--light', role: 'button',
        'aria-expanded': 'false', tabindex: '0' }, [
        h('div', { class: 'v-list-item__title', text: title }),
        h('div', { class: 'v-list-item__icon v-list-group__header__append-icon' }, [
          h('i', { 'aria-hidden': 'true', class: 'v-icon notranslate mdi mdi-chevron-down' })])]);
      header.addEventListener('click', function () {
        items.hidden = !items.hidden;
        header.setAttribute('aria-expanded', String(!items.hidden));
      });
      return h('div', { class: 'v-list-group' }, [header, items]);
    }
    function leaf(title, path) {
      return routerLink(path, 'v-list-item v-list-item--link theme--light', [
        h('div', { class: 'v-list-item__title', text: title })]);
    }
    function dead(title) {
      return h('div', { class: 'v-list-item v-list-item--link theme--light', tabindex: '0',
        onclick: function () { snackbar('This service is not available in this rendition'); } }, [
        h('div', { class: 'v-list-item__title', text: title })]);
    }
    drawerLeft.appendChild(h('div', { class: 'v-navigation-drawer__content' }, [
      h('div', { class: 'v-list v-list--nav v-list--dense theme--light' }, [
        leaf('Dashboard', '/dashboard'),
        group('e-Invoice', [dead('Generate IRN'), dead('Bulk Upload')]),
        group('API Registration', [
          group('User Credentials', [
            leaf('Create API User', '/api-registration/user-credentials/create'),
            dead('Change API Password'),
          ]),
          dead('IP Whitelisting'),
          dead('Freeze API User'),
        ]),
        group('MIS Reports', [dead('IRN Details')]),
        group('User Management', [dead('Create Sub-User')]),
      ]),
    ]));
  }

  // ---- pages -------------------------------------------------------------------------------
  function home() {
    return h('div', { class: 'container' }, [
      h('div', { class: 'text-h5', text: 'Welcome to e-Invoice System' }),
      h('p', { text: 'Generate Invoice Reference Numbers, register API users and view reports.' }),
      h('p', { class: 'caption', text: 'Login with your GST portal credentials to continue.' }),
    ]);
  }

  function dashboard() {
    return h('div', { class: 'container' }, [
      h('div', { class: 'text-h5', text: 'Dash Board' }),
      h('div', { class: 'row' }, [
        h('div', { class: 'v-card v-sheet' }, [h('div', { class: 'caption', text: 'Generations' }), h('div', { text: '0' })]),
        h('div', { class: 'v-card v-sheet' }, [h('div', { class: 'caption', text: 'Cancelled' }), h('div', { text: '0' })]),
      ]),
    ]);
  }

  function createApiUser() {
    var page = h('div', { class: 'container' }, [h('div', { class: 'text-h5', text: 'API Registration' })]);
    if (store.apiVerified) {
      page.appendChild(registrationForm());
      page.appendChild(registeredTable());
      return page;
    }
    var card = h('div', { class: 'v-card v-sheet', style: 'padding:16px;max-width:480px' });
    page.appendChild(card);
    api('POST', '/api-otp/send').then(function (res) {
      if (!res.ok) { snackbar(res.message, 'error'); return; }
      var errorText = h('div', { class: 'v-messages error--text', style: 'min-height:18px' });
      var busy = false;
      var otp = otpInput(verify);
      function verify() {
        if (busy) return;
        busy = true;
        api('POST', '/api-otp/verify', { otp: otp.value() }).then(function (result) {
          busy = false;
          if (!result.ok) { errorText.textContent = result.message; otp.clear(); return; }
          store.apiVerified = true;
          render();
        }, function () { busy = false; });
      }
      card.appendChild(h('p', { text: 'An OTP has been sent to your registered mobile number ' + res.mobile + '.' }));
      card.appendChild(h('div', { class: 'caption', text: 'Enter OTP' }));
      card.appendChild(otp.el);
      card.appendChild(errorText);
      card.appendChild(btn('Verify', 'primary', verify));
      otp.focus();
    }, function () {});
    return page;
  }

  function radioGroup(legend, options, onChange) {
    var name = nextId('radio');
    var radios = [];
    var group = h('div', { role: 'radiogroup', 'aria-labelledby': name + '-legend',
      class: 'v-input--radio-group__input' });
    options.forEach(function (option) {
      var input = h('input', { id: nextId('input'), role: 'radio', type: 'radio', name: name, value: option[0],
        'aria-checked': 'false' });
      var radio = h('div', { class: 'v-radio theme--light' }, [
        h('div', { class: 'v-input--selection-controls__input' }, [
          h('i', { 'aria-hidden': 'true', class: 'v-icon notranslate mdi mdi-radiobox-blank theme--light' }),
          input,
          h('div', { class: 'v-input--selection-controls__ripple' })]),
        h('label', { class: 'v-label theme--light', text: option[1] })]);
      radio.addEventListener('click', function (event) {
        event.preventDefault();
        radios.forEach(function (r) {
          var on = r.radio === radio;
          r.radio.classList.toggle('v-item--active', on);
          r.input.checked = on;
          r.input.setAttribute('aria-checked', String(on));
        });
        onChange(option[0]);
      });
      radios.push({ radio: radio, input: input });
      group.appendChild(radio);
    });
    return h('div', { class: 'v-input v-input--radio-group v-input--radio-group--row theme--light' }, [
      h('div', { class: 'v-input__control' }, [
        h('div', { class: 'v-input__slot', style: 'border:0;display:block' }, [
          h('legend', { id: name + '-legend', class: 'v-label theme--light', style: 'position:static', text: legend }),
          group])])]);
  }

  function vSelect(label, items, onChange) {
    var listId = nextId('list');
    var selection = h('div', { class: 'v-select__selections' });
    var hidden = h('input', { type: 'hidden', name: 'gsp' });
    var menu = null;
    var wrap;
    var slot = h('div', { role: 'button', 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-owns': listId,
      class: 'v-input__slot' }, [
      h('div', { class: 'v-select__slot' }, [
        h('label', { class: 'v-label theme--light', text: label }),
        selection,
        h('div', { class: 'v-input__append-inner' }, [h('div', { class: 'v-input__icon v-input__icon--append' }, [
          h('i', { 'aria-hidden': 'true', class: 'v-icon notranslate mdi mdi-menu-down theme--light' })])]),
        hidden])]);
    function showSelection() {
      selection.textContent = '';
      if (hidden.value) selection.appendChild(h('div', { class: 'v-select__selection v-select__selection--comma', text: hidden.value }));
      selection.appendChild(h('input', { readonly: true, type: 'text', 'aria-readonly': 'false', autocomplete: 'off' }));
      wrap.classList.toggle('v-input--is-label-active', !!hidden.value);
    }
    function closeMenu() {
      if (!menu) return;
      menu.remove();
      menu = null;
      slot.setAttribute('aria-expanded', 'false');
      wrap.classList.remove('v-input--is-focused');
      document.removeEventListener('mousedown', outside, true);
    }
    function outside(event) {
      if (menu && !menu.contains(event.target) && !slot.contains(event.target)) closeMenu();
    }
    slot.addEventListener('click', function () {
      if (menu) { closeMenu(); return; }
      var box = slot.getBoundingClientRect();
      var rootBox = root.getBoundingClientRect();
      menu = h('div', { class: 'v-menu__content theme--light menuable__content__active v-autocomplete__content',
        style: 'min-width:' + box.width + 'px;top:' + (box.bottom - rootBox.top + 2) + 'px;left:' +
          (box.left - rootBox.left) + 'px;transform-origin:left top;' }, [
        h('div', { role: 'listbox', id: listId, tabindex: '-1', class: 'v-select-list v-card theme--light' }, [
          h('div', { class: 'v-list v-sheet theme--light' }, items.map(function (item) {
            var line = h('div', { tabindex: '0', role: 'option', 'aria-selected': String(item === hidden.value),
              class: 'v-list-item v-list-item--link theme--light' +
                (item === hidden.value ? ' v-list-item--active v-list-item--highlighted' : '') }, [
              h('div', { class: 'v-list-item__content' }, [h('div', { class: 'v-list-item__title', text: item })])]);
            line.addEventListener('click', function () {
              hidden.value = item;
              closeMenu();
              showSelection();
              onChange(item);
            });
            return line;
          }))])]);
      root.appendChild(menu);
      slot.setAttribute('aria-expanded', 'true');
      wrap.classList.add('v-input--is-focused');
      document.addEventListener('mousedown', outside, true);
    });
    wrap = h('div', { class: 'v-input theme--light v-text-field v-select' }, [
      h('div', { class: 'v-input__control' }, [slot, h('div', { class: 'v-text-field__details' })])]);
    showSelection();
    return { el: wrap, value: function () { return hidden.value; } };
  }

  function registrationForm() {
    var form = h('div', { class: 'v-card v-sheet', style: 'padding:16px;max-width:560px' });
    var choice = { mode: '', gsp: '' };
    var details = h('div');
    form.appendChild(radioGroup('Do you wish to Register your GSTIN for', [
      ['direct', 'Directly'], ['gsp', 'Through GSP'], ['erp', 'Through ERP']], function (mode) {
      choice.mode = mode;
      drawDetails();
    }));
    form.appendChild(details);
    function drawDetails() {
      details.textContent = '';
      if (choice.mode !== 'gsp') {
        if (choice.mode) details.appendChild(h('p', { class: 'caption',
          text: 'This option needs a Client ID and Client Secret; choose Through GSP to register with a GSP.' }));
        return;
      }
      var gsp = vSelect('Select your GSP', window.__GSPS__, function () {});
      var username = textField('Username', { prefix: 'API_' });
      var password = textField('Password', { type: 'password' });
      var again = textField('Re-enter Password', { type: 'password' });
      details.appendChild(gsp.el);
      details.appendChild(username.el);
      details.appendChild(password.el);
      details.appendChild(again.el);
      details.appendChild(h('div', { class: 'v-card__actions', style: 'justify-content:flex-start;padding:8px 0' }, [
        btn('Submit', 'primary', function () {
          [username, password, again].forEach(function (f) { f.messages.textContent = ''; });
          var problem = false;
          if (!gsp.value()) { snackbar('Please select your GSP', 'error'); return; }
          if (!/^[A-Za-z0-9]{4,12}$/.test(username.input.value)) {
            username.messages.textContent = 'Username must be 4 to 12 letters or digits';
            username.messages.className = 'v-messages error--text';
            problem = true;
          }
          if (!/^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^A-Za-z0-9]).{8,15}$/.test(password.input.value)) {
            password.messages.textContent = 'Password must have 8 to 15 characters with upper, lower, digit and special';
            password.messages.className = 'v-messages error--text';
            problem = true;
          }
          if (again.input.value !== password.input.value) {
            again.messages.textContent = 'Passwords do not match';
            again.messages.className = 'v-messages error--text';
            problem = true;
          }
          if (problem) return;
          dialog('Create API user?', 'API_' + username.input.value + ' will be created for ' + gsp.value() + '.', [
            ['Cancel', function () {}],
            ['Yes, create', function () {
              api('POST', '/users', { mode: 'gsp', gsp: gsp.value(), username: username.input.value,
                password: password.input.value }).then(function (res) {
                if (!res.ok) { snackbar(res.message, 'error'); return; }
                snackbar(res.message, 'success');
                refreshTable();
              }, function () {});
            }]]);
        }),
        btn('Exit', 'v-btn--text primary--text', function () { store.apiVerified = false; push('/dashboard'); }),
      ]));
    }
    return form;
  }

  var tableBody = null;
  function registeredTable() {
    tableBody = h('tbody');
    refreshTable();
    return h('div', {}, [
      h('div', { class: 'text-h5', style: 'font-size:1.1rem;margin-top:24px', text: 'GSPs registered for this GSTIN' }),
      h('div', { class: 'v-data-table v-data-table--has-top theme--light' }, [
        h('div', { class: 'v-data-table__wrapper' }, [h('table', {}, [
          h('thead', { class: 'v-data-table-header' }, [h('tr', {}, ['Sl. No.', 'GSP Name', 'API Username', 'Created On']
            .map(function (t) { return h('th', { role: 'columnheader', scope: 'col', class: 'text-start' }, [h('span', { text: t })]); }))]),
          tableBody])])])]);
  }
  function refreshTable() {
    api('GET', '/users').then(function (res) {
      if (!tableBody) return;
      tableBody.textContent = '';
      if (!res.users.length) {
        tableBody.appendChild(h('tr', { class: 'v-data-table__empty-wrapper' }, [h('td', { colspan: '4', text: 'No data available' })]));
      }
      res.users.forEach(function (u, i) {
        tableBody.appendChild(h('tr', {}, [String(i + 1), u.gsp, u.username, u.createdOn].map(function (t) {
          return h('td', { class: 'text-start', text: t }); })));
      });
    }, function () {});
  }

  // ---- render ------------------------------------------------------------------------------
  function render() {
    var path = location.pathname;
    var view = routes[path] || home;
    if (view !== home && !store.user) { history.replaceState({}, '', '/'); view = home; }
    if (path === '/' && store.user) { history.replaceState({}, '', '/dashboard'); view = dashboard; }
    tableBody = null;
    renderAppBar();
    renderMenu();
    main.textContent = '';
    main.appendChild(view());
  }

  layout();
  api('GET', '/session').then(function (res) {
    store.user = res.user || null;
    render();
  });
})();
`;

function shell(): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>e-Invoice System</title><style>${STYLE}</style></head>
<body><div id="app"><div class="v-application v-application--is-ltr theme--light" data-app="true"></div></div>
<script>window.__GSPS__ = ${JSON.stringify(GSPS)};</script>
<script>${CLIENT}</script></body></html>`;
}

function captchaSvg(text: string): string {
  const letters = [...text]
    .map(
      (char, i) =>
        `<text x="${14 + i * 26}" y="${34 + (i % 2) * 6}" transform="rotate(${(i % 3) * 6 - 6} ${14 + i * 26} 30)">${char}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50"><rect width="150" height="50" fill="#eef"/>
<line x1="0" y1="12" x2="150" y2="40" stroke="#99a"/><g font-family="monospace" font-size="26" fill="#335">${letters}</g></svg>`;
}

interface Session {
  stage: 'password' | 'in';
  apiOtpSent: boolean;
  apiVerified: boolean;
}

export async function startR4VueRendition(options: R4VueOptions = {}): Promise<R4VueRendition> {
  const state: R4VueState = {
    gstin: '27AAPFU0939F1ZV',
    captcha: 'K7Q2M',
    loginOtp: '314159',
    apiOtp: '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  let pendingExpiry = options.expireOnce;
  let counter = 0;

  function sessionOf(req: IncomingMessage): [string, Session] | undefined {
    const sid = /(?:^|;\s*)sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const session = sid ? sessions.get(sid) : undefined;
    return sid && session ? [sid, session] : undefined;
  }

  function json(res: ServerResponse, status: number, body: object, cookie?: string): void {
    res.writeHead(status, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      ...(cookie ? { 'set-cookie': cookie } : {}),
    });
    res.end(JSON.stringify(body));
  }

  async function body(req: IncomingMessage): Promise<Record<string, string>> {
    let text = '';
    for await (const chunk of req) text += String(chunk);
    try {
      return text ? (JSON.parse(text) as Record<string, string>) : {};
    } catch {
      return {};
    }
  }

  /** A signed-in session, or a 401 (and the session ends) when it is missing or asked to expire here. */
  function signedIn(req: IncomingMessage, res: ServerResponse, stage?: R4VueExpiry): Session | undefined {
    const found = sessionOf(req);
    if (found && found[1].stage === 'in' && stage && pendingExpiry === stage) {
      pendingExpiry = undefined;
      sessions.delete(found[0]);
      state.expired.push(stage);
      json(res, 401, { message: 'Session expired' });
      return undefined;
    }
    if (found?.[1].stage !== 'in') {
      json(res, 401, { message: 'Session expired' });
      return undefined;
    }
    return found[1];
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    if (method === 'GET' && path === '/api/captcha') {
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
      res.end(captchaSvg(state.captcha));
      return;
    }
    if (method === 'GET' && path === '/api/session') {
      const found = sessionOf(req);
      json(res, 200, { user: found?.[1].stage === 'in' ? { gstin: state.gstin } : null });
      return;
    }
    if (method === 'POST' && path === '/api/login') {
      const form = await body(req);
      if ((form.captcha ?? '').toUpperCase() !== state.captcha) {
        state.refusals.push('captcha');
        json(res, 400, { message: 'Invalid Captcha. Please try again.' });
        return;
      }
      if (form.username !== LOGIN.username || form.password !== LOGIN.password) {
        state.refusals.push('login');
        json(res, 400, { message: 'Invalid Login Credentials. Please try again.' });
        return;
      }
      counter += 1;
      const sid = `s${counter}${Math.random().toString(36).slice(2)}`;
      sessions.set(sid, { stage: 'password', apiOtpSent: false, apiVerified: false });
      json(res, 200, { otpRequired: true }, `sid=${sid}; Path=/; HttpOnly; SameSite=Lax`);
      return;
    }
    if (method === 'POST' && path === '/api/login/otp') {
      const found = sessionOf(req);
      const form = await body(req);
      if (found?.[1].stage !== 'password') {
        json(res, 401, { message: 'Session expired' });
        return;
      }
      if (form.otp !== state.loginOtp) {
        state.refusals.push('login-otp');
        json(res, 400, { message: 'Invalid OTP. Please enter the correct OTP.' });
        return;
      }
      found[1].stage = 'in';
      json(res, 200, { user: { gstin: state.gstin } });
      return;
    }
    if (method === 'POST' && path === '/api/logout') {
      const found = sessionOf(req);
      if (found) sessions.delete(found[0]);
      json(res, 200, {}, 'sid=; Path=/; Max-Age=0');
      return;
    }
    if (method === 'POST' && path === '/api/api-otp/send') {
      const session = signedIn(req, res, 'api-otp-send');
      if (!session) return;
      session.apiOtpSent = true;
      session.apiVerified = false;
      json(res, 200, { mobile: '98XXXXXX21' });
      return;
    }
    if (method === 'POST' && path === '/api/api-otp/verify') {
      const session = signedIn(req, res, 'api-otp-verify');
      if (!session) return;
      const form = await body(req);
      if (!session.apiOtpSent || form.otp !== state.apiOtp) {
        state.refusals.push('api-otp');
        json(res, 400, { message: 'Invalid OTP. Please enter the OTP sent to your registered mobile.' });
        return;
      }
      session.apiVerified = true;
      json(res, 200, {});
      return;
    }
    if (method === 'GET' && path === '/api/users') {
      if (!signedIn(req, res)) return;
      json(res, 200, {
        users: state.users
          .filter((user) => user.gstin === state.gstin)
          .map(({ gsp, username, createdOn }) => ({ gsp, username, createdOn })),
      });
      return;
    }
    if (method === 'POST' && path === '/api/users') {
      const session = signedIn(req, res, 'submit');
      if (!session) return;
      const form = await body(req);
      if (!session.apiVerified) {
        json(res, 403, { message: 'Please verify the OTP first.' });
        return;
      }
      const gsp = form.gsp ?? '';
      const username = `API_${form.username ?? ''}`;
      if (form.mode !== 'gsp' || !GSPS.includes(gsp)) {
        json(res, 400, { message: 'Please select your GSP.' });
        return;
      }
      if (state.users.some((user) => user.gstin === state.gstin && user.gsp === gsp)) {
        state.refusals.push('duplicate');
        json(res, 409, { message: 'This GSTIN is already registered with the selected GSP.' });
        return;
      }
      if (state.users.some((user) => user.username === username)) {
        state.refusals.push('username-taken');
        json(res, 409, { message: 'This username is already taken. Please choose another.' });
        return;
      }
      state.users.push({
        gstin: state.gstin,
        gsp,
        username,
        password: form.password ?? '',
        createdOn: new Date().toISOString().slice(0, 10),
      });
      json(res, 200, { message: `API user ${username} created successfully for ${gsp}.` });
      return;
    }
    json(res, 404, { message: 'Not found' });
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/api/')) {
      handleApi(req, res, path).catch((error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(shell());
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

export const R4_VUE_LOGIN = LOGIN;

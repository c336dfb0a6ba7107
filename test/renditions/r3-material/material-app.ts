// The browser side of the Material rendition: a small router and the markup Angular Material
// (MDC-based, v15 and later) renders for its components. This function is sent as source text
// (Function.prototype.toString) and runs in the page, so it uses nothing from outside itself.
export function materialApp(gsps: string[]): void {
  const root = document.querySelector('app-root') as HTMLElement;
  let seq = 0;
  const nextId = (prefix: string): string => `${prefix}-${seq++}`;
  const esc = (s: string): string =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const ICONS: Record<string, string> = {
    menu: 'M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z',
    visibility:
      'M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5zM12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5zm0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3z',
    refresh:
      'M17.65 6.35A7.96 7.96 0 0 0 12 4a8 8 0 1 0 7.73 10h-2.08A6 6 0 1 1 12 6c1.66 0 3.14.69 4.22 1.78L13 11h7V4l-2.35 2.35z',
    account:
      'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6zm0 14.2a7.2 7.2 0 0 1-6-3.22c.03-1.99 4-3.08 6-3.08s5.97 1.09 6 3.08a7.2 7.2 0 0 1-6 3.22z',
    check: 'M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z',
  };
  const icon = (name: string, label?: string): string =>
    `<mat-icon role="img" class="mat-icon notranslate mat-icon-no-color" aria-hidden="${label ? 'false' : 'true'}"${label ? ` aria-label="${label}"` : ''} data-mat-icon-type="svg" data-mat-icon-name="${name}"><svg viewBox="0 0 24 24" width="100%" height="100%" fit="" preserveAspectRatio="xMidYMid meet" focusable="false"><path d="${ICONS[name] ?? ''}"/></svg></mat-icon>`;

  // ---- cdk overlay: one container at the end of <body>, panes and backdrops as siblings ----
  function overlayContainer(): HTMLElement {
    let container = document.querySelector<HTMLElement>('.cdk-overlay-container');
    if (!container) {
      container = document.createElement('div');
      container.className = 'cdk-overlay-container';
      document.body.appendChild(container);
    }
    return container;
  }

  let snackTimer: number | undefined;
  function snack(message: string): void {
    document.querySelector('.snack-wrapper')?.remove();
    if (snackTimer !== undefined) window.clearTimeout(snackTimer);
    const wrapper = document.createElement('div');
    wrapper.className = 'cdk-global-overlay-wrapper snack-wrapper';
    wrapper.setAttribute('dir', 'ltr');
    wrapper.style.justifyContent = 'center';
    wrapper.style.alignItems = 'flex-end';
    wrapper.innerHTML = `<div id="${nextId('cdk-overlay')}" class="cdk-overlay-pane" style="position:static"><mat-snack-bar-container class="mdc-snackbar mat-mdc-snack-bar-container mdc-snackbar--open"><div class="mdc-snackbar__surface" style="display:flex;align-items:center;width:100%"><div class="mat-mdc-snack-bar-label" aria-hidden="true" style="flex:1"><simple-snack-bar class="mat-mdc-simple-snack-bar" style="display:flex;align-items:center"><div matsnackbarlabel="" class="mat-mdc-snack-bar-label mdc-snackbar__label">${esc(message)}</div><div matsnackbaractions="" class="mat-mdc-snack-bar-actions mdc-snackbar__actions"><button mat-button="" class="mdc-button mat-mdc-button"><span class="mdc-button__label">Dismiss</span></button></div></simple-snack-bar></div><div aria-live="assertive" class="cdk-visually-hidden"></div></div></mat-snack-bar-container></div>`;
    overlayContainer().appendChild(wrapper);
    // The live region is filled a tick later, as cdk's LiveAnnouncer does.
    window.setTimeout(() => {
      const live = wrapper.querySelector('[aria-live]');
      if (live) live.textContent = message;
    }, 150);
    wrapper.querySelector('button')?.addEventListener('click', () => wrapper.remove());
    snackTimer = window.setTimeout(() => wrapper.remove(), 4000);
  }

  function dialog(opts: {
    title: string;
    content: string;
    actions: { text: string; result: string; primary?: boolean }[];
  }): Promise<string> {
    const container = overlayContainer();
    const backdrop = document.createElement('div');
    backdrop.className = 'cdk-overlay-backdrop cdk-overlay-dark-backdrop cdk-overlay-backdrop-showing';
    const wrapper = document.createElement('div');
    wrapper.className = 'cdk-global-overlay-wrapper';
    wrapper.setAttribute('dir', 'ltr');
    wrapper.style.justifyContent = 'center';
    wrapper.style.alignItems = 'center';
    const titleId = nextId('mat-mdc-dialog-title');
    wrapper.innerHTML = `<div id="${nextId('cdk-overlay')}" class="cdk-overlay-pane mat-mdc-dialog-panel" style="max-width:80vw;position:static"><mat-dialog-container tabindex="-1" class="mat-mdc-dialog-container mdc-dialog cdk-dialog-container mdc-dialog--open" id="${nextId('mat-mdc-dialog')}" role="dialog" aria-modal="true" aria-labelledby="${titleId}"><div class="mdc-dialog__container"><div class="mat-mdc-dialog-surface mdc-dialog__surface"><h2 mat-dialog-title="" class="mat-mdc-dialog-title mdc-dialog__title" id="${titleId}">${esc(opts.title)}</h2><mat-dialog-content class="mat-mdc-dialog-content mdc-dialog__content">${opts.content}</mat-dialog-content><mat-dialog-actions class="mat-mdc-dialog-actions mdc-dialog__actions">${opts.actions
      .map(
        (a, i) =>
          `<button mat-button="" data-i="${i}" class="mdc-button ${a.primary ? 'mat-mdc-unelevated-button' : 'mat-mdc-button'}"><span class="mdc-button__label">${esc(a.text)}</span></button>`,
      )
      .join('')}</mat-dialog-actions></div></div></mat-dialog-container></div>`;
    container.appendChild(backdrop);
    container.appendChild(wrapper);
    wireFields(wrapper);
    return new Promise((resolve) => {
      for (const button of Array.from(
        wrapper.querySelectorAll<HTMLButtonElement>('mat-dialog-actions button'),
      )) {
        button.addEventListener('click', () => {
          const action = opts.actions[Number(button.dataset.i)];
          backdrop.remove();
          wrapper.remove();
          resolve(action?.result ?? '');
        });
      }
    });
  }

  // ---- form fields: outlined, the label floats above once focused or filled ----
  function field(opts: {
    label: string;
    name: string;
    type?: string;
    prefix?: string;
    required?: boolean;
    toggle?: boolean;
    maxlength?: number;
  }): string {
    const id = nextId('mat-input');
    const labelId = nextId('mat-mdc-form-field-label');
    const prefix = opts.prefix
      ? `<span class="mat-mdc-form-field-text-prefix"><span matTextPrefix="">${esc(opts.prefix)}</span></span>`
      : '';
    const toggle = opts.toggle
      ? `<button mat-icon-button="" type="button" class="mat-mdc-icon-button pw-toggle" aria-label="Hide password" style="color:rgba(0,0,0,.54);width:40px;height:40px">${icon('visibility')}</button>`
      : '';
    return `<mat-form-field class="mat-mdc-form-field mat-mdc-form-field-type-mat-input mat-form-field-appearance-outline" data-name="${opts.name}"><div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined"><div class="mat-mdc-form-field-flex" style="display:flex;align-items:center;width:100%"><div class="mdc-notched-outline"><div class="mdc-notched-outline__notch"><label matformfieldfloatinglabel="" class="mdc-floating-label" id="${labelId}" for="${id}"><mat-label>${esc(opts.label)}</mat-label>${opts.required ? '<span aria-hidden="true" class="mat-mdc-form-field-required-marker mdc-floating-label--required"></span>' : ''}</label></div></div>${prefix}<div class="mat-mdc-form-field-infix" style="flex:1"><input matinput="" class="mat-mdc-input-element mat-mdc-form-field-input-control mdc-text-field__input" id="${id}" name="${opts.name}" type="${opts.type ?? 'text'}"${opts.maxlength ? ` maxlength="${opts.maxlength}"` : ''}${opts.required ? ' required="" aria-required="true"' : ''} autocomplete="off" aria-invalid="false"></div>${toggle}</div></div><div class="mat-mdc-form-field-subscript-wrapper mat-mdc-form-field-bottom-align"><div class="mat-mdc-form-field-hint-wrapper"></div></div></mat-form-field>`;
  }

  function refreshFloat(ff: Element): void {
    const input = ff.querySelector<HTMLInputElement>('input.mat-mdc-input-element');
    const select = ff.querySelector<HTMLElement>('mat-select');
    const focused = ff.classList.contains('mat-focused');
    const filled = input
      ? input.value !== ''
      : select?.dataset.value !== undefined && select.dataset.value !== '';
    ff.querySelector('.mdc-floating-label')?.classList.toggle(
      'mdc-floating-label--float-above',
      focused || filled,
    );
    ff.querySelector('.mdc-text-field')?.classList.toggle('mdc-text-field--has-value', filled);
  }

  function setError(ff: Element, message: string): void {
    const wrap = ff.querySelector('.mat-mdc-form-field-subscript-wrapper');
    ff.classList.toggle('mat-form-field-invalid', message !== '');
    ff.querySelector('input')?.setAttribute('aria-invalid', message ? 'true' : 'false');
    if (wrap)
      wrap.innerHTML = message
        ? `<div class="mat-mdc-form-field-error-wrapper"><mat-error class="mat-mdc-form-field-error" role="alert">${esc(message)}</mat-error></div>`
        : '<div class="mat-mdc-form-field-hint-wrapper"></div>';
  }

  function wireFields(scope: Element): void {
    for (const ff of Array.from(scope.querySelectorAll('mat-form-field'))) {
      const input = ff.querySelector<HTMLInputElement>('input.mat-mdc-input-element');
      if (input) {
        input.addEventListener('focus', () => {
          ff.classList.add('mat-focused');
          refreshFloat(ff);
        });
        input.addEventListener('blur', () => {
          ff.classList.remove('mat-focused');
          refreshFloat(ff);
        });
        input.addEventListener('input', () => {
          refreshFloat(ff);
          if (input.value) setError(ff, '');
        });
        // A click anywhere in the outline focuses the input, as MatFormField does.
        ff.querySelector('.mat-mdc-text-field-wrapper')?.addEventListener('click', (e) => {
          if (!(e.target instanceof HTMLButtonElement) && !(e.target as Element).closest('button'))
            input.focus();
        });
      }
      const toggle = ff.querySelector('.pw-toggle');
      if (toggle && input)
        toggle.addEventListener('click', () => {
          input.type = input.type === 'password' ? 'text' : 'password';
          toggle.setAttribute('aria-label', input.type === 'password' ? 'Hide password' : 'Show password');
        });
      refreshFloat(ff);
    }
  }

  const value = (scope: Element, name: string): string =>
    scope.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value ?? '';

  function requireFields(scope: Element, names: Record<string, string>): boolean {
    let ok = true;
    for (const [name, message] of Object.entries(names)) {
      const ff = scope.querySelector(`mat-form-field[data-name="${name}"]`);
      const select = ff?.querySelector<HTMLElement>('mat-select');
      const v = select ? (select.dataset.value ?? '') : value(scope, name);
      if (ff && !v) {
        setError(ff, message);
        ok = false;
      }
    }
    return ok;
  }

  // ---- mat-select: the trigger is a combobox; its options live in an overlay panel ----
  function selectField(label: string, name: string): string {
    const id = nextId('mat-select');
    const labelId = nextId('mat-mdc-form-field-label');
    return `<mat-form-field class="mat-mdc-form-field mat-mdc-form-field-type-mat-select mat-form-field-appearance-outline" data-name="${name}"><div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined" style="cursor:pointer"><div class="mat-mdc-form-field-flex" style="display:flex;align-items:center;width:100%"><div class="mdc-notched-outline"><div class="mdc-notched-outline__notch"><label matformfieldfloatinglabel="" class="mdc-floating-label" id="${labelId}" for="${id}"><mat-label>${esc(label)}</mat-label><span aria-hidden="true" class="mat-mdc-form-field-required-marker mdc-floating-label--required"></span></label></div></div><div class="mat-mdc-form-field-infix" style="flex:1"><mat-select role="combobox" aria-autocomplete="none" aria-haspopup="listbox" class="mat-mdc-select" id="${id}" tabindex="0" aria-labelledby="${labelId} ${id}-value" aria-required="true" aria-disabled="false" aria-invalid="false" aria-expanded="false" data-value=""><div class="mat-mdc-select-trigger" style="display:flex;width:100%;align-items:center"><div class="mat-mdc-select-value" id="${id}-value"><span class="mat-mdc-select-placeholder mat-mdc-select-min-line"></span></div><div class="mat-mdc-select-arrow-wrapper"><div class="mat-mdc-select-arrow"></div></div></div></mat-select></div></div></div><div class="mat-mdc-form-field-subscript-wrapper mat-mdc-form-field-bottom-align"><div class="mat-mdc-form-field-hint-wrapper"></div></div></mat-form-field>`;
  }

  function wireSelect(scope: Element, name: string, options: string[]): void {
    const ff = scope.querySelector(`mat-form-field[data-name="${name}"]`);
    const trigger = ff?.querySelector<HTMLElement>('mat-select');
    if (!ff || !trigger) return;
    let panel: HTMLElement | null = null;
    let backdrop: HTMLElement | null = null;
    let active = 0;
    const close = (): void => {
      panel?.remove();
      backdrop?.remove();
      panel = null;
      backdrop = null;
      trigger.setAttribute('aria-expanded', 'false');
      trigger.removeAttribute('aria-activedescendant');
      ff.classList.remove('mat-focused');
      refreshFloat(ff);
    };
    const choose = (i: number): void => {
      const chosen = options[i];
      if (chosen === undefined) return;
      trigger.dataset.value = chosen;
      const valueEl = trigger.querySelector('.mat-mdc-select-value');
      if (valueEl)
        valueEl.innerHTML = `<span class="mat-mdc-select-value-text"><span class="mat-mdc-select-min-line">${esc(chosen)}</span></span>`;
      setError(ff, '');
      close();
      trigger.focus();
    };
    const markActive = (): void => {
      if (!panel) return;
      panel.querySelectorAll('mat-option').forEach((o, i) => {
        o.classList.toggle('mat-mdc-option-active', i === active);
      });
      const el = panel.querySelectorAll<HTMLElement>('mat-option')[active];
      el?.scrollIntoView({ block: 'nearest' });
      if (el) trigger.setAttribute('aria-activedescendant', el.id);
    };
    const open = (): void => {
      if (panel) return;
      const rect =
        trigger.closest('.mat-mdc-text-field-wrapper')?.getBoundingClientRect() ??
        trigger.getBoundingClientRect();
      const container = overlayContainer();
      backdrop = document.createElement('div');
      backdrop.className =
        'cdk-overlay-backdrop cdk-overlay-transparent-backdrop cdk-overlay-backdrop-showing';
      backdrop.addEventListener('click', close);
      panel = document.createElement('div');
      panel.className = 'cdk-overlay-connected-position-bounding-box';
      panel.setAttribute('dir', 'ltr');
      panel.style.cssText = `position:absolute;top:0;left:0;width:100%;height:100%;pointer-events:none`;
      const listId = `${trigger.id}-panel`;
      panel.innerHTML = `<div id="${nextId('cdk-overlay')}" class="cdk-overlay-pane" style="top:${rect.bottom}px;left:${rect.left}px;width:${rect.width}px"><div role="listbox" tabindex="-1" class="mat-mdc-select-panel mdc-menu-surface mdc-menu-surface--open" id="${listId}" aria-multiselectable="false" aria-labelledby="${trigger.getAttribute('aria-labelledby')?.split(' ')[0] ?? ''}">${options
        .map(
          (o) =>
            `<mat-option role="option" class="mat-mdc-option mdc-list-item${trigger.dataset.value === o ? ' mdc-list-item--selected' : ''}" id="${nextId('mat-option')}" tabindex="0" aria-selected="${trigger.dataset.value === o}" aria-disabled="false"><span class="mdc-list-item__primary-text">${esc(o)}</span><div mat-ripple="" class="mat-ripple mat-mdc-option-ripple"></div></mat-option>`,
        )
        .join('')}</div></div>`;
      container.appendChild(backdrop);
      container.appendChild(panel);
      trigger.setAttribute('aria-expanded', 'true');
      trigger.setAttribute('aria-controls', listId);
      ff.classList.add('mat-focused');
      refreshFloat(ff);
      panel.querySelectorAll('mat-option').forEach((o, i) => {
        o.addEventListener('click', () => choose(i));
      });
      active = Math.max(0, options.indexOf(trigger.dataset.value ?? ''));
      markActive();
    };
    ff.querySelector('.mat-mdc-text-field-wrapper')?.addEventListener('click', open);
    let typed = '';
    let typedAt = 0;
    trigger.addEventListener('keydown', (e) => {
      if (!panel) {
        if (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown') {
          e.preventDefault();
          open();
        }
        return;
      }
      if (e.key === 'Escape' || e.key === 'Tab') close();
      else if (e.key === 'ArrowDown') active = Math.min(options.length - 1, active + 1);
      else if (e.key === 'ArrowUp') active = Math.max(0, active - 1);
      else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        choose(active);
        return;
      } else if (e.key.length === 1) {
        typed = Date.now() - typedAt > 800 ? e.key : typed + e.key;
        typedAt = Date.now();
        const hit = options.findIndex((o) => o.toLowerCase().startsWith(typed.toLowerCase()));
        if (hit >= 0) active = hit;
      }
      markActive();
    });
    trigger.addEventListener('focus', () => ff.classList.add('mat-focused'));
    trigger.addEventListener('blur', () => {
      if (!panel) {
        ff.classList.remove('mat-focused');
        refreshFloat(ff);
      }
    });
  }

  // ---- the JSON API; a 401 anywhere is a session that has ended ----
  async function api(
    path: string,
    body?: unknown,
  ): Promise<{ status: number; data: Record<string, unknown> & { message?: string } }> {
    const res = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const data = (await res.json()) as Record<string, unknown> & { message?: string };
    if (res.status === 401) {
      snack('Your session has expired. Please log in again.');
      navigate('/login');
      throw new Error('session expired');
    }
    return { status: res.status, data };
  }

  function navigate(path: string): void {
    if (location.pathname !== path) history.pushState(null, '', path);
    void render();
  }
  window.addEventListener('popstate', () => void render());
  document.addEventListener('click', (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a[routerlink]');
    if (link) {
      e.preventDefault();
      navigate(link.getAttribute('routerlink') ?? '/');
    }
  });

  // ---- views ----
  function homeView(): void {
    root.innerHTML = `<mat-toolbar class="mat-toolbar mat-primary mat-toolbar-single-row"><span>e-Invoice System</span><span class="spacer"></span><a routerlink="/" class="mdc-button mat-mdc-button" style="color:#fff;line-height:36px;text-decoration:none">Home</a><a routerlink="/help" class="mdc-button mat-mdc-button" style="color:#fff;line-height:36px;text-decoration:none">Help</a><button mat-flat-button="" class="mdc-button mat-mdc-unelevated-button" id="loginBtn"><span class="mdc-button__label">Login</span></button></mat-toolbar>
<div class="hero"><h1>E-Invoice System</h1><p>Generate Invoice Reference Numbers for B2B invoices under GST.</p></div>
<div class="mat-mdc-card"><div class="mat-mdc-card-title">Latest updates</div><p>Two-factor authentication is mandatory for all users from 1 April 2025.</p></div>`;
    root.querySelector('#loginBtn')?.addEventListener('click', () => navigate('/login'));
  }

  function loginView(): void {
    root.innerHTML = `<mat-toolbar class="mat-toolbar mat-primary mat-toolbar-single-row"><span>e-Invoice System</span></mat-toolbar>
<mat-card class="mat-mdc-card mdc-card" style="max-width:420px"><mat-card-header><div class="mat-mdc-card-title">Login</div></mat-card-header><mat-card-content id="loginContent"><form novalidate="" id="loginForm">
${field({ label: 'Username', name: 'username', required: true, maxlength: 15 })}
${field({ label: 'Password', name: 'password', type: 'password', required: true, toggle: true })}
<div style="display:flex;align-items:center;gap:8px;margin:4px 0"><img id="captchaImg" src="/api/captcha?t=${Date.now()}" alt="captcha" width="140" height="44"><button mat-icon-button="" type="button" id="captchaRefresh" class="mat-mdc-icon-button" aria-label="Refresh captcha" style="color:#3f51b5">${icon('refresh')}</button></div>
${field({ label: 'Enter Captcha', name: 'captcha', required: true, maxlength: 5 })}
<button mat-flat-button="" type="submit" class="mdc-button mat-mdc-unelevated-button" style="width:100%"><span class="mdc-button__label">Login</span></button>
</form></mat-card-content></mat-card>`;
    const form = root.querySelector('#loginForm') as HTMLFormElement;
    wireFields(form);
    root.querySelector('#captchaRefresh')?.addEventListener('click', () => {
      (root.querySelector('#captchaImg') as HTMLImageElement).src = `/api/captcha?t=${Date.now()}`;
    });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (
        !requireFields(form, {
          username: 'Username is required',
          password: 'Password is required',
          captcha: 'Captcha is required',
        })
      )
        return;
      const { status, data } = await api('/api/auth/login', {
        username: value(form, 'username'),
        password: value(form, 'password'),
        captcha: value(form, 'captcha'),
      });
      if (status !== 200) {
        snack(data.message ?? 'Login failed');
        (root.querySelector('#captchaImg') as HTMLImageElement).src = `/api/captcha?t=${Date.now()}`;
        return;
      }
      otpView(String(data.mobile ?? ''));
    });
  }

  function otpView(mobile: string): void {
    const content = root.querySelector('#loginContent') as HTMLElement;
    content.innerHTML = `<form novalidate="" id="otpForm"><p style="color:rgba(0,0,0,.6)">An OTP has been sent to ${esc(mobile)} by SMS and to the Sandes app.</p>
${field({ label: 'OTP', name: 'otp', required: true, maxlength: 6 })}
<div style="display:flex;gap:8px"><button mat-flat-button="" type="submit" class="mdc-button mat-mdc-unelevated-button"><span class="mdc-button__label">Verify OTP</span></button><button mat-button="" type="button" id="resendLoginOtp" class="mdc-button mat-mdc-button"><span class="mdc-button__label">Resend OTP</span></button></div></form>`;
    const form = content.querySelector('#otpForm') as HTMLFormElement;
    wireFields(form);
    content
      .querySelector('#resendLoginOtp')
      ?.addEventListener('click', () => snack(`OTP resent to ${mobile}`));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!requireFields(form, { otp: 'OTP is required' })) return;
      const { status, data } = await api('/api/auth/verify-otp', { otp: value(form, 'otp') });
      if (status !== 200) {
        snack(data.message ?? 'OTP verification failed');
        return;
      }
      sessionStorage.setItem('showTechContact', '1');
      navigate('/dashboard');
    });
  }

  const MENU = `<mat-nav-list class="mat-mdc-nav-list mat-mdc-list-base mdc-list" role="navigation">
<a mat-list-item="" routerlink="/dashboard" href="/dashboard" class="mat-mdc-list-item mdc-list-item"><span class="mdc-list-item__primary-text">Dashboard</span></a>
<mat-accordion class="mat-accordion">
${[
  'e-Invoice|Generate IRN,Bulk Upload',
  'API Registration|*User Credentials,IP Whitelisting,Freeze API User',
  'MIS Reports|IRN Details,Cancelled IRNs',
]
  .map((g) => {
    const [title, items] = g.split('|') as [string, string];
    const body = items
      .split(',')
      .map((item) =>
        item.startsWith('*')
          ? `<mat-expansion-panel class="mat-expansion-panel"><mat-expansion-panel-header role="button" tabindex="0" aria-expanded="false" class="mat-expansion-panel-header"><span class="mat-content"><mat-panel-title class="mat-expansion-panel-header-title">${esc(item.slice(1))}</mat-panel-title></span><span class="mat-expansion-indicator"></span></mat-expansion-panel-header><div role="region" class="mat-expansion-panel-content"><div class="mat-expansion-panel-body"><a mat-list-item="" routerlink="/api-registration/create-user" href="/api-registration/create-user" class="mat-mdc-list-item mdc-list-item"><span class="mdc-list-item__primary-text">Create API User</span></a><a mat-list-item="" routerlink="/api-registration/change-password" href="/api-registration/change-password" class="mat-mdc-list-item mdc-list-item"><span class="mdc-list-item__primary-text">Change API Password</span></a></div></div></mat-expansion-panel>`
          : `<a mat-list-item="" routerlink="/page/${encodeURIComponent(item)}" href="/page/${encodeURIComponent(item)}" class="mat-mdc-list-item mdc-list-item"><span class="mdc-list-item__primary-text">${esc(item)}</span></a>`,
      )
      .join('');
    return `<mat-expansion-panel class="mat-expansion-panel"><mat-expansion-panel-header role="button" tabindex="0" aria-expanded="false" class="mat-expansion-panel-header"><span class="mat-content"><mat-panel-title class="mat-expansion-panel-header-title">${esc(title)}</mat-panel-title></span><span class="mat-expansion-indicator"></span></mat-expansion-panel-header><div role="region" class="mat-expansion-panel-content"><div class="mat-expansion-panel-body">${body}</div></div></mat-expansion-panel>`;
  })
  .join('')}
</mat-accordion>
<a mat-list-item="" routerlink="/page/User%20Management" href="/page/User%20Management" class="mat-mdc-list-item mdc-list-item"><span class="mdc-list-item__primary-text">User Management</span></a>
</mat-nav-list>`;

  async function shell(content: string): Promise<HTMLElement | null> {
    let me: Record<string, unknown>;
    try {
      me = (await api('/api/me')).data;
    } catch {
      return null;
    }
    root.innerHTML = `<mat-toolbar class="mat-toolbar mat-primary mat-toolbar-single-row"><button type="button" aria-label="Toggle sidenav" mat-icon-button="" class="mat-mdc-icon-button" id="navToggle">${icon('menu', 'Side nav toggle icon')}</button><span style="margin-left:8px">e-Invoice System</span><span class="spacer"></span><span style="font-size:14px;margin-right:12px">${esc(String(me.tradeName ?? ''))} · GSTIN ${esc(String(me.gstin ?? ''))}</span><button mat-icon-button="" class="mat-mdc-icon-button" id="logoutBtn" title="Logout">${icon('account')}</button></mat-toolbar>
<mat-sidenav-container class="mat-drawer-container mat-sidenav-container"><div class="mat-drawer-backdrop"></div><mat-sidenav class="mat-drawer mat-sidenav mat-drawer-over" role="navigation" tabindex="-1"><div class="mat-drawer-inner-container"><mat-toolbar class="mat-toolbar" style="background:#fff;color:rgba(0,0,0,.87);font-size:16px;height:48px">Menu</mat-toolbar>${MENU}</div></mat-sidenav><mat-sidenav-content class="mat-drawer-content mat-sidenav-content">${content}</mat-sidenav-content></mat-sidenav-container>`;
    const drawer = root.querySelector('mat-sidenav') as HTMLElement;
    const backdrop = root.querySelector('.mat-drawer-backdrop') as HTMLElement;
    const setOpen = (open: boolean): void => {
      drawer.classList.toggle('mat-drawer-opened', open);
      backdrop.classList.toggle('mat-drawer-shown', open);
    };
    root
      .querySelector('#navToggle')
      ?.addEventListener('click', () => setOpen(!drawer.classList.contains('mat-drawer-opened')));
    backdrop.addEventListener('click', () => setOpen(false));
    for (const header of Array.from(root.querySelectorAll<HTMLElement>('mat-expansion-panel-header'))) {
      header.addEventListener('click', (e) => {
        e.stopPropagation();
        const panel = header.parentElement as HTMLElement;
        const open = !panel.classList.contains('mat-expanded');
        panel.classList.toggle('mat-expanded', open);
        header.setAttribute('aria-expanded', String(open));
      });
    }
    for (const link of Array.from(root.querySelectorAll('mat-sidenav a')))
      link.addEventListener('click', () => setOpen(false));
    root.querySelector('#logoutBtn')?.addEventListener('click', () => navigate('/'));
    return root.querySelector<HTMLElement>('mat-sidenav-content');
  }

  async function dashboardView(): Promise<void> {
    const content = await shell(
      `<h2 style="font-weight:400">Dash Board</h2><div style="display:flex;gap:16px"><mat-card class="mat-mdc-card" style="margin:0;flex:1"><div class="mat-mdc-card-title">Generations</div><div style="font-size:32px;color:#3f51b5">0</div></mat-card><mat-card class="mat-mdc-card" style="margin:0;flex:1"><div class="mat-mdc-card-title">Cancelled</div><div style="font-size:32px;color:#f44336">0</div></mat-card></div>`,
    );
    if (!content || sessionStorage.getItem('showTechContact') !== '1') return;
    sessionStorage.removeItem('showTechContact');
    // The notice opens once the dashboard's data has come in, a moment after the page is drawn.
    window.setTimeout(() => {
      void dialog({
        title: 'Contacts of Technical Person',
        content: `<p>Please update the contact details of your technical person.</p>${field({ label: 'Name', name: 'techName' })}${field({ label: 'Mobile Number', name: 'techMobile', maxlength: 10 })}${field({ label: 'E-mail', name: 'techEmail' })}`,
        actions: [
          { text: 'Exit', result: 'exit' },
          { text: 'Update', result: 'update', primary: true },
        ],
      }).then((r) => {
        if (r === 'update') snack('Contact details updated');
      });
    }, 700);
  }

  let step = 0;
  let regType = '';
  async function createUserView(): Promise<void> {
    step = 0;
    regType = '';
    const radio = (v: string, label: string): string => {
      const id = nextId('mat-radio');
      return `<mat-radio-button class="mat-mdc-radio-button" data-value="${v}"><div class="mdc-form-field"><div class="mdc-radio"><input type="radio" class="mdc-radio__native-control" id="${id}-input" name="regType" value="${v}" tabindex="0"><div class="mdc-radio__background"><div class="mdc-radio__outer-circle"></div><div class="mdc-radio__inner-circle"></div></div></div><label class="mdc-label" for="${id}-input">${esc(label)}</label></div></mat-radio-button>`;
    };
    const stepHtml = (i: number, label: string, body: string): string =>
      `<div class="mat-step"><mat-step-header role="tab" class="mat-step-header mat-vertical-stepper-header" id="cdk-step-label-0-${i}" tabindex="-1" aria-controls="cdk-step-content-0-${i}" aria-selected="false" aria-disabled="true"><div class="mat-step-icon"><span class="mat-step-icon-content">${i + 1}</span></div><div class="mat-step-label"><div class="mat-step-text-label">${esc(label)}</div></div></mat-step-header><div class="mat-vertical-content-container"><div class="mat-vertical-stepper-content" role="tabpanel" id="cdk-step-content-0-${i}" aria-labelledby="cdk-step-label-0-${i}" style="height:0px;visibility:hidden"><div class="mat-vertical-content">${body}</div></div></div></div>`;
    const content =
      await shell(`<mat-card class="mat-mdc-card" style="max-width:720px"><div class="mat-mdc-card-title">API Registration</div>
<mat-stepper class="mat-stepper-vertical" aria-orientation="vertical" role="tablist">
${stepHtml(0, 'Verify OTP', `<p style="color:rgba(0,0,0,.6)" id="otpInfo">Sending an OTP to your registered mobile number…</p><form novalidate="" id="apiOtpForm">${field({ label: 'Enter OTP', name: 'apiOtp', required: true, maxlength: 6 })}<div style="display:flex;gap:8px"><button mat-flat-button="" type="submit" class="mdc-button mat-mdc-unelevated-button"><span class="mdc-button__label">Verify OTP</span></button><button mat-button="" type="button" id="resendApiOtp" class="mdc-button mat-mdc-button"><span class="mdc-button__label">Resend OTP</span></button></div></form>`)}
${stepHtml(1, 'Registration type', `<label id="regTypeLabel" style="color:rgba(0,0,0,.6)">Do you wish to Register your GSTIN for</label><mat-radio-group role="radiogroup" class="mat-mdc-radio-group" aria-labelledby="regTypeLabel">${radio('DIRECT', 'Directly')}${radio('GSP', 'Through GSP')}${radio('ERP', 'Through ERP')}${radio('OTHER', 'Through Client-Id of other')}</mat-radio-group><mat-error class="mat-mdc-form-field-error" id="regTypeError" role="alert" style="display:block;min-height:18px;font-size:12px"></mat-error><div><button mat-flat-button="" type="button" id="regTypeNext" class="mdc-button mat-mdc-unelevated-button"><span class="mdc-button__label">Next</span></button></div>`)}
${stepHtml(2, 'GSP and credentials', `<div id="credentials"></div>`)}
</mat-stepper></mat-card>
<mat-card class="mat-mdc-card" style="max-width:720px"><div class="mat-mdc-card-title">Registered GSPs</div><div id="registered"></div></mat-card>`);
    if (!content) return;
    const showStep = (i: number): void => {
      step = i;
      content.querySelectorAll('.mat-step').forEach((s, n) => {
        const header = s.querySelector('mat-step-header') as HTMLElement;
        const body = s.querySelector('.mat-vertical-stepper-content') as HTMLElement;
        const iconEl = s.querySelector('.mat-step-icon') as HTMLElement;
        header.setAttribute('aria-selected', String(n === i));
        header.setAttribute('aria-disabled', String(n > i));
        iconEl.className = `mat-step-icon${n === i ? ' mat-step-icon-selected' : n < i ? ' mat-step-icon-state-done' : ''}`;
        iconEl.innerHTML =
          n < i
            ? `<span class="mat-step-icon-content" style="width:16px;height:16px">${icon('check')}</span>`
            : `<span class="mat-step-icon-content">${n + 1}</span>`;
        s.querySelector('.mat-step-label')?.classList.toggle('mat-step-label-selected', n === i);
        body.style.height = n === i ? '' : '0px';
        body.style.visibility = n === i ? '' : 'hidden';
      });
    };
    // A finished step's header takes the operator back to it, as a non-linear stepper allows.
    content.querySelectorAll<HTMLElement>('mat-step-header').forEach((h, n) => {
      h.addEventListener('click', () => {
        if (n < step && n > 0) showStep(n);
      });
    });
    showStep(0);
    wireFields(content);
    const loadRegistered = async (): Promise<void> => {
      const rows = (await api('/api/apireg/registered')).data as unknown as {
        gsp: string;
        username: string;
        createdAt: string;
      }[];
      const target = content.querySelector('#registered') as HTMLElement;
      target.innerHTML = rows.length
        ? `<table mat-table="" class="mat-mdc-table mdc-data-table__table cdk-table" role="table"><thead role="rowgroup"><tr role="row" class="mat-mdc-header-row mdc-data-table__header-row"><th role="columnheader" class="mat-mdc-header-cell">GSP Name</th><th role="columnheader" class="mat-mdc-header-cell">API Username</th><th role="columnheader" class="mat-mdc-header-cell">Registered On</th></tr></thead><tbody role="rowgroup">${rows
            .map(
              (r) =>
                `<tr role="row" class="mat-mdc-row mdc-data-table__row"><td role="cell" class="mat-mdc-cell">${esc(r.gsp)}</td><td role="cell" class="mat-mdc-cell">${esc(r.username)}</td><td role="cell" class="mat-mdc-cell">${esc(r.createdAt)}</td></tr>`,
            )
            .join('')}</tbody></table>`
        : '<p style="color:rgba(0,0,0,.6)">No GSP has been registered for this GSTIN yet.</p>';
    };
    const sendOtp = async (): Promise<void> => {
      const { data } = await api('/api/apireg/send-otp', {});
      const info = content.querySelector('#otpInfo');
      if (info)
        info.textContent = `An OTP has been sent to your registered mobile number ${String(data.mobile ?? '')}.`;
      snack('OTP sent successfully');
    };
    try {
      await loadRegistered();
      await sendOtp();
    } catch {
      return;
    }
    content
      .querySelector('#resendApiOtp')
      ?.addEventListener('click', () => void sendOtp().catch(() => undefined));
    const otpForm = content.querySelector('#apiOtpForm') as HTMLFormElement;
    otpForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!requireFields(otpForm, { apiOtp: 'OTP is required' })) return;
      const { status, data } = await api('/api/apireg/verify-otp', { otp: value(otpForm, 'apiOtp') });
      if (status !== 200) {
        snack(data.message ?? 'Could not verify the OTP');
        return;
      }
      snack('OTP verified');
      showStep(1);
    });
    for (const rb of Array.from(content.querySelectorAll<HTMLElement>('mat-radio-button'))) {
      const input = rb.querySelector('input') as HTMLInputElement;
      input.addEventListener('change', () => {
        regType = input.value;
        content.querySelectorAll('mat-radio-button').forEach((other) => {
          other.classList.toggle('mat-mdc-radio-checked', other === rb);
        });
        (content.querySelector('#regTypeError') as HTMLElement).textContent = '';
      });
    }
    const credentials = content.querySelector('#credentials') as HTMLElement;
    content.querySelector('#regTypeNext')?.addEventListener('click', () => {
      if (!regType) {
        (content.querySelector('#regTypeError') as HTMLElement).textContent =
          'Please choose how you wish to register.';
        return;
      }
      if (regType !== 'GSP') {
        credentials.innerHTML = `<p>Registration ${regType === 'DIRECT' ? 'directly' : 'this way'} is available only to taxpayers notified for it. Go back to choose another option.</p><button mat-button="" type="button" class="mdc-button mat-mdc-button back"><span class="mdc-button__label">Back</span></button>`;
      } else {
        credentials.innerHTML = `<form novalidate="" id="credForm">${selectField('Select your GSP', 'gsp')}${field({ label: 'Username', name: 'apiUser', prefix: 'API_', required: true, maxlength: 16 })}${field({ label: 'Password', name: 'apiPwd', type: 'password', required: true, toggle: true, maxlength: 15 })}${field({ label: 'Re-enter Password', name: 'apiPwd2', type: 'password', required: true, maxlength: 15 })}<div style="display:flex;gap:8px"><button mat-button="" type="button" class="mdc-button mat-mdc-button back"><span class="mdc-button__label">Back</span></button><button mat-flat-button="" type="submit" class="mdc-button mat-mdc-unelevated-button"><span class="mdc-button__label">Submit</span></button></div></form>`;
        const form = credentials.querySelector('#credForm') as HTMLFormElement;
        wireFields(form);
        wireSelect(form, 'gsp', gsps);
        form.addEventListener('submit', async (e) => {
          e.preventDefault();
          const ok = requireFields(form, {
            gsp: 'Please select your GSP',
            apiUser: 'Username is required',
            apiPwd: 'Password is required',
            apiPwd2: 'Please re-enter the password',
          });
          if (!ok) return;
          const gsp = form.querySelector<HTMLElement>('mat-select')?.dataset.value ?? '';
          const username = value(form, 'apiUser');
          if (value(form, 'apiPwd') !== value(form, 'apiPwd2')) {
            const ff = form.querySelector('mat-form-field[data-name="apiPwd2"]');
            if (ff) setError(ff, 'Passwords do not match');
            return;
          }
          const answer = await dialog({
            title: 'Confirm',
            content: `<p>Do you want to create the API user <b>API_${esc(username)}</b> for <b>${esc(gsp)}</b>?</p>`,
            actions: [
              { text: 'No', result: 'no' },
              { text: 'Yes', result: 'yes', primary: true },
            ],
          });
          if (answer !== 'yes') return;
          const { status, data } = await api('/api/apireg/create', {
            type: 'GSP',
            gsp,
            username,
            password: value(form, 'apiPwd'),
            confirmPassword: value(form, 'apiPwd2'),
          });
          snack(data.message ?? (status === 200 ? 'Done' : 'Could not create the API user'));
          if (status === 200) {
            form.reset();
            for (const ff of Array.from(form.querySelectorAll('mat-form-field'))) refreshFloat(ff);
            await loadRegistered();
          }
        });
      }
      for (const back of Array.from(credentials.querySelectorAll('.back')))
        back.addEventListener('click', () => showStep(1));
      showStep(2);
    });
  }

  async function render(): Promise<void> {
    document
      .querySelector('.cdk-overlay-container')
      ?.querySelectorAll(
        '.cdk-overlay-backdrop, .cdk-global-overlay-wrapper:not(.snack-wrapper), .cdk-overlay-connected-position-bounding-box',
      )
      .forEach((el) => {
        el.remove();
      });
    const path = location.pathname;
    if (path === '/login') return loginView();
    if (path === '/dashboard') return dashboardView();
    if (path === '/api-registration/create-user') return createUserView();
    if (path.startsWith('/page/') || path === '/api-registration/change-password') {
      await shell(
        `<h2 style="font-weight:400">${esc(decodeURIComponent(path.split('/').pop() ?? ''))}</h2><p>This section is not part of this rendition.</p>`,
      );
      return;
    }
    return homeView();
  }
  void render();
}

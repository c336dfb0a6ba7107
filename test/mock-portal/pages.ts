/**
 * The recorded pages: HTML files in `pages/` with `{{name}}` placeholders (HTML-escaped here)
 * and `{{{name}}}` for fragments built here (option lists, table rows, the alert script). Each
 * builder below takes exactly what its page shows; none of them knows about sessions or HTTP.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GspOption } from './gsps.js';
import type { ApiUser, Faults } from './types.js';

/** Beside this file when run from source; from dist/test/mock-portal/, back in the source tree. */
function pagesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'pages'), join(here, '../../../test/mock-portal/pages')];
  const found = candidates.find((dir) => existsSync(join(dir, 'home.html')));
  if (!found) throw new Error(`mock portal pages not found in ${candidates.join(' or ')}`);
  return found;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A value as a script literal that cannot close the <script> element it sits in. */
function scriptLiteral(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Errors on this portal are alert() dialogs raised by an inline script once the re-rendered
 * page has loaded, never text on the page.
 */
function alertScript(text: string | undefined): string {
  if (!text) return '';
  return `<script>window.addEventListener('load', () => alert(${scriptLiteral(text)}));</script>`;
}

export interface RegisterForm {
  gspId: string;
  suffix: string;
}

export class Pages {
  private readonly dir = pagesDir();

  /** Read at every request, so a page edited while the mock runs shows on the next load. */
  private template(name: string): string {
    return readFileSync(join(this.dir, name), 'utf8');
  }

  private render(name: string, values: Record<string, string>): string {
    return this.template(name)
      .replace(/\{\{\{(\w+)\}\}\}/g, (_, key: string) => values[key] ?? '')
      .replace(/\{\{(\w+)\}\}/g, (_, key: string) => escapeHtml(values[key] ?? ''));
  }

  stylesheet(): string {
    return this.template('portal.css');
  }

  /** The home page; after a failed login the form is already open and the alert is raised. */
  home(page: { token: string; salt: string; alert?: string }): string {
    return this.render('home.html', {
      token: page.token,
      salt: page.salt,
      captchaNonce: nonce(),
      loginHidden: page.alert ? '' : 'hidden',
      alert: alertScript(page.alert),
    });
  }

  twoFactor(page: { token: string; maskedMobile: string; alert?: string }): string {
    return this.render('twofactor.html', {
      token: page.token,
      maskedMobile: page.maskedMobile,
      alert: alertScript(page.alert),
    });
  }

  mainMenu(page: { gstin: string; tradeName: string; menuLabel: string; popup: Faults['popup'] }): string {
    return this.render('mainmenu.html', {
      gstin: page.gstin,
      tradeName: page.tradeName,
      menuLabel: page.menuLabel,
      popup: scriptLiteral(page.popup),
    });
  }

  apiOtp(page: { token: string; gstin: string; alert?: string }): string {
    return this.render('apiotp.html', {
      token: page.token,
      gstin: page.gstin,
      alert: alertScript(page.alert),
    });
  }

  /**
   * The registration form and the GSPs already registered. A refused submit comes back with
   * "Through GSP" chosen and the GSP and username kept (never the passwords).
   */
  register(page: {
    token: string;
    gstin: string;
    gsps: readonly GspOption[];
    registered: readonly ApiUser[];
    kept?: RegisterForm;
    alert?: string;
  }): string {
    const { kept } = page;
    return this.render('register.html', {
      token: page.token,
      gstin: page.gstin,
      gspOptions: gspOptionTags(page.gsps, kept?.gspId),
      registeredRows: registeredRows(page.registered),
      gspChecked: kept ? 'checked' : '',
      gspHidden: kept ? '' : 'hidden',
      userName: kept?.suffix ?? '',
      alert: alertScript(page.alert),
    });
  }

  /** A plain page of the portal: a title and one message, no forms. */
  message(title: string, text: string): string {
    return this.render('message.html', { title, message: text });
  }

  maintenance(): string {
    return this.message(
      'Under Maintenance',
      'The e-Invoice System is under maintenance. Please try again after some time.',
    );
  }

  notFound(): string {
    return this.message('Page Not Found', 'The page you requested could not be found.');
  }

  /** Not the portal's page but the web server's own, as IIS shows an unhandled exception. */
  serverError(): string {
    return this.template('servererror.html');
  }
}

function nonce(): string {
  return Math.random().toString(36).slice(2, 10);
}

function gspOptionTags(gsps: readonly GspOption[], selectedId: string | undefined): string {
  return gsps
    .map((gsp) => {
      const selected = gsp.id === selectedId ? ' selected' : '';
      return `<option value="${escapeHtml(gsp.id)}"${selected}>${escapeHtml(gsp.name)}</option>`;
    })
    .join('\n');
}

function registeredRows(users: readonly ApiUser[]): string {
  if (users.length === 0) return '<tr><td colspan="4">No records found</td></tr>';
  return users
    .map((user, index) =>
      [
        '<tr>',
        `<td>${index + 1}</td>`,
        `<td>${escapeHtml(user.gsp)}</td>`,
        `<td>${escapeHtml(user.username)}</td>`,
        `<td>${escapeHtml(formatDate(user.createdAt))}</td>`,
        '</tr>',
      ].join(''),
    )
    .join('\n');
}

/** dd/mm/yyyy, as Indian government portals print dates. */
function formatDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

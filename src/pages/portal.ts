/**
 * All page objects of the portal, built in one place (n8n's `n8nPage`): a flow asks
 * `portal.login`, not `new LoginPage(...)` everywhere. One map, one finder, one popup closer
 * and one screen watch serve them all, and, when the run has one, one teacher: what an
 * operator shows it changes the map all of them use (see teacher.ts).
 */
import type { Page } from 'playwright';
import type { Logger } from '../log.js';
import type { Masks } from '../masked-screenshot.js';
import { type PortalMap, secretElements } from '../portal-map.js';
import { DashboardPage } from './dashboard-page.js';
import { Finder, toQuery, type UnresolvedElement } from './find-element.js';
import { LoginPage } from './login-page.js';
import { ApiOtpPanel, LoginOtpPage } from './otp-panel.js';
import { Popups } from './popups.js';
import { RegisteredGspTable } from './registered-gsp-table.js';
import { RegistrationFormPage } from './registration-form-page.js';
import { ScreenWatch } from './screens.js';
import type { Teacher } from './teacher.js';

export class Portal {
  readonly finder: Finder;
  readonly popups: Popups;
  readonly screens: ScreenWatch;
  readonly login: LoginPage;
  readonly loginOtp: LoginOtpPage;
  readonly dashboard: DashboardPage;
  readonly apiOtp: ApiOtpPanel;
  readonly registration: RegistrationFormPage;
  readonly registeredGsps: RegisteredGspTable;

  constructor(
    readonly page: Page,
    public map: PortalMap,
    timeout: number,
    log?: Logger,
    teacher?: Teacher,
  ) {
    // What the finder and the popup closer cannot resolve, the operator may show (see teacher.ts).
    const onUnresolved = teacher && ((request: UnresolvedElement) => teacher.show(request));
    this.finder = new Finder(page, map, timeout, { onUnresolved, log });
    this.popups = new Popups(page, map, log, timeout, { onUnresolved });
    this.screens = new ScreenWatch(page, map, this.finder);
    if (teacher) {
      teacher.attach({
        page,
        finder: this.finder,
        currentScreen: () => this.screens.current(),
        useMap: (next) => this.useMap(next),
      });
    }
    this.login = new LoginPage(this.finder, this.popups);
    this.loginOtp = new LoginOtpPage(this.finder, this.popups);
    this.dashboard = new DashboardPage(this.finder, this.popups);
    this.apiOtp = new ApiOtpPanel(this.finder, this.popups);
    this.registration = new RegistrationFormPage(this.finder, this.popups);
    this.registeredGsps = new RegisteredGspTable(this.finder, this.popups);
  }

  /** Every page object, the screen watch and masking use this map from now on. */
  useMap(map: PortalMap): void {
    this.map = map;
    this.finder.map = map;
    this.popups.useMap(map);
    this.screens.useMap(map);
  }

  /** The secret fields of every screen, as the map finds them, for masking screenshots. */
  secretFields(): Masks {
    return { queries: secretElements(this.map).map((entry) => toQuery(entry)) };
  }
}

/**
 * The "Dash Board" after login: the session's GSTIN in the header, and the sidebar whose
 * groups expand on click (a Bootstrap collapse accordion on the real portal: a group's toggle
 * is a link to a fragment, not a page). Popups that cover it are closed by `Popups`.
 */
import type { ElementAddress } from '../portal-map.js';
import { ScreenObject } from './screen-object.js';

const GSTIN_IN_TEXT = /\b([0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z][A-Z0-9][0-9A-Z])\b/;

export class DashboardPage extends ScreenObject {
  readonly screen = 'the "Dash Board" page';

  async waitUntilShown(): Promise<void> {
    await this.finder.find('dashboard.heading', this.screen);
  }

  /** The GSTIN the portal shows for this session, read from the text a person sees. */
  async sessionGstin(): Promise<string | undefined> {
    // biome-ignore lint/performance/useDomNodeTextContent: only the text a person sees counts, not hidden markup
    const text = await this.page.locator('body').innerText();
    const labelled = /GSTIN\s*[:-]?\s*([0-9A-Z]{15})/.exec(text);
    return labelled?.[1] ?? GSTIN_IN_TEXT.exec(text)?.[1];
  }

  /** API Registration → User Credentials → Create API User. Groups already open stay open. */
  async openCreateApiUser(): Promise<void> {
    await this.expand('dashboard.apiRegistration', 'dashboard.userCredentials');
    await this.expand('dashboard.userCredentials', 'dashboard.createApiUser');
    await this.click('dashboard.createApiUser');
  }

  /**
   * Opens the group unless its child shows already (an accordion may also close an open group).
   * The child is waited for by the next click, which looks for it.
   */
  private async expand(group: ElementAddress, child: ElementAddress): Promise<void> {
    if (await this.isShown(child)) return;
    await this.click(group);
  }
}

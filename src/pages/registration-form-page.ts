/**
 * The API registration form: "Do you wish to Register your GSTIN for" Directly / Through GSP /
 * Through ERP / Through Client-Id of other, then "Select your GSP", the username after the
 * fixed `API_` prefix, Password, Re-enter Password, Submit. The bot only ever chooses
 * "Through GSP", found by its visible text alone: "Directly" issues a client id and secret
 * meant for large taxpayers and must never be chosen by accident.
 */
import type { Locator, Request } from 'playwright';
import { PortalChanged, PortalRefused } from '../errors.js';
import { KINDS } from '../in-page/kinds.js';
import { portalSelector, toQuery, where } from './find-element.js';
import { callPortalLib } from './page-lib.js';
import { offeredAt, ScreenObject, TYPED_FOCUS } from './screen-object.js';
import { settle, settleAfterAct } from './settled.js';

/** What a question the portal sends back for Submit asks when it asks to go on with the creation. */
const GOES_ON = /\b(sure|create|confirm|proceed|submit|register)\b/i;
/** Words that tell a verdict, not a question before one. */
const VERDICT_WORDS = /success|created|registered|already|exists|invalid|expired|another/i;

export class RegistrationFormPage extends ScreenObject {
  readonly screen = 'the API registration form';

  /** The typeahead that stands for the GSP list on this form, once `gspNames` has found one. */
  private offering: Locator | undefined;
  /** The box of a GSP list drawn without a native one, once `gspNames` has opened it. */
  private opened: Locator | undefined;

  async waitUntilShown(): Promise<void> {
    this.offering = undefined;
    this.opened = undefined;
    await this.finder.find('registration.throughGsp', this.screen);
  }

  /**
   * "Through GSP" as a radio (checked, through its label when the label draws it), as a control
   * of its own to click (a chip), or as an option of a list (chosen in the list, then read back:
   * never one of the other modes).
   */
  async chooseThroughGsp(): Promise<void> {
    const { locator, form } = await this.finder.findToAct('registration.throughGsp', this.screen, {
      form: true,
    });
    // An option of a list is drawn in none of the radio kind's forms: only then is it read.
    const option =
      form === undefined
        ? await this.evaluateOn(
            'registration.throughGsp',
            (el) => (el instanceof HTMLOptionElement ? (el.textContent ?? '').trim() : null),
            undefined,
            locator,
          )
        : null;
    const clicked = KINDS.radio.forms.find((drawn) => drawn.form === form)?.act === 'click';
    if (option !== null) await this.chooseInOwnList(locator, option);
    else if (clicked) await this.choose('registration.throughGsp');
    else await this.check('registration.throughGsp');
    await this.reacted();
    if (!(await this.isShown('registration.gspSelect'))) {
      // A section still sliding open (folded, what it holds hidden) shows it once still.
      await this.settled();
      if (await this.isShown('registration.gspSelect')) return;
      if (await this.typeahead()) return;
      // A stepper or a wizard shows the list only after its Next (issue 18 §2: toward the goal).
      if (await this.isShown('registration.next')) {
        await this.click('registration.next');
        await this.reacted();
        if (!(await this.isShown('registration.gspSelect')) && (await this.typeahead())) return;
      }
    }
    await this.finder.find('registration.gspSelect', this.screen);
  }

  /**
   * A typeahead in place of the list: a text box named as the list is, which offers names for
   * what is typed rather than the full list. Undefined when there is none (or more than one).
   */
  private async typeahead(): Promise<Locator | undefined> {
    const query = { ...toQuery(this.finder.entry('registration.gspSelect')), kind: 'text-field' as const };
    const field = this.page.locator(portalSelector({ op: 'find', query }));
    if ((await field.count()) !== 1) return undefined;
    const { id, readOnly } = await field.evaluate(
      (box) => ({ id: box.id, readOnly: (box as HTMLInputElement).readOnly }),
      undefined,
      { timeout: this.timeout },
    );
    // A read-only box is no typeahead: it is the face of a list drawn without a native one
    // (Element's el-select), opened by a click.
    if (readOnly) return undefined;
    // Held as found now: what it opens may hold a box its words name too (a search dialog titled
    // "Select your GSP", Oracle APEX's Popup LOV), which is not it.
    const byId = this.page.locator(`[id="${id.replace(/["\\]/g, '\\$&')}"]`);
    return id !== '' && (await byId.count()) === 1 ? byId : field.first();
  }

  /**
   * The options of the list a text box names as its own (`<input list>` with a `<datalist>`, kept
   * in the page or filled as the box is typed into): the browser draws them outside the page,
   * where no look reaches, so they are read from the list. Each as the browser shows it (its
   * label, else its value) with the value choosing it puts in the box. Undefined for a box with
   * no such list.
   */
  private listedFor(field: Locator): Promise<{ text: string; value: string }[] | undefined> {
    return field.evaluate(
      (box) =>
        box instanceof HTMLInputElement && box.list
          ? Array.from(box.list.options, (option) => ({
              text: option.label.trim() || option.value.trim(),
              value: option.value,
            })).filter((option) => option.value !== '')
          : undefined,
      undefined,
      { timeout: this.timeout },
    );
  }

  /**
   * What a typeahead offers for `query`, typed into it: the options it shows, once the page has
   * settled; from the box's own list, each with the value choosing it puts in the box.
   */
  private async offeredFor(field: Locator, query: string): Promise<{ text: string; value?: string }[]> {
    if (await this.listedFor(field)) {
      await field.fill(query, { timeout: this.timeout });
      await this.settled();
      return (await this.listedFor(field)) ?? [];
    }
    const offered = async () =>
      (await offeredAt(field).allInnerTexts())
        .map((text) => text.trim())
        .filter((text) => text !== '')
        .map((text) => ({ text }));
    await field.fill(query, { timeout: this.timeout });
    await this.settled();
    const texts = await offered();
    if (texts.length > 0) return texts;
    // A box that offers on the keys themselves (GWT's SuggestBox reads its text on `keyup`), not
    // on a text put in at once: typed again key by key, as a person types.
    await field.fill('', { timeout: this.timeout });
    await field.pressSequentially(query, { timeout: this.timeout });
    await this.settled();
    return offered();
  }

  private async chooseInOwnList(option: Locator, label: string): Promise<void> {
    const list = option.locator('xpath=ancestor::select[1]');
    await list.selectOption({ label }, { timeout: this.timeout });
    const shown = await this.evaluateOn(
      'registration.throughGsp',
      (option) => (option?.closest('select')?.selectedOptions[0]?.textContent ?? '').trim(),
      undefined,
      option,
    );
    const entry = this.finder.entry('registration.throughGsp');
    if (shown !== label || (entry.never ?? []).some((text) => text.toLowerCase() === shown.toLowerCase())) {
      throw new PortalChanged(
        `${where(entry, this.screen)} shows "${shown}" after choosing "${label}". Stopped before Submit.`,
      );
    }
  }

  /**
   * A choice may post the page back (ASP.NET AutoPostBack, through a \`setTimeout\`): what comes
   * next is done on the page that comes back, once it has settled (see \`settleAfterAct\`).
   */
  private async reacted(): Promise<void> {
    await settleAfterAct(this.page, this.finder.activity, this.timeout);
  }

  /** A typeahead asks for its offers when it likes (often after a pause in the typing): the page settles first. */
  private async settled(): Promise<void> {
    await settle(this.page, this.finder.activity, this.timeout);
  }

  /**
   * The names the portal offers, as shown (the placeholder option excluded): the whole list, or
   * what a typeahead offers for the name wanted, typed into it.
   */
  async gspNames(wanted?: string): Promise<string[]> {
    const typeahead =
      wanted === undefined || (await this.isShown('registration.gspSelect'))
        ? undefined
        : await this.typeahead();
    this.offering = typeahead;
    this.opened = undefined;
    if (typeahead && wanted !== undefined)
      return (await this.offeredFor(typeahead, wanted)).map((option) => option.text);
    // Read where it shows at once ('missing': none yet); else as any entry is waited for, and
    // explained when it does not come.
    const read = (node: Element | null) =>
      node === null
        ? ('missing' as const)
        : node instanceof HTMLSelectElement
          ? Array.from(node.options, (option) => ({
              text: (option.textContent ?? '').trim(),
              value: option.value,
            }))
          : null;
    let options = await this.evaluateOn('registration.gspSelect', read, undefined);
    if (options === 'missing') {
      options = await this.withoutLook('registration.gspSelect', (select, timeout) =>
        select.evaluate(read, undefined, { timeout }),
      );
    }
    if (!options || options === 'missing') {
      // A list drawn by the page's scripts with no native list behind it: opened, as a person does.
      // Whatever form it was found in (a box reading what to choose, an ARIA combobox whose
      // options open in an overlay), its offers show once it is opened.
      const { locator } = await this.finder.findToAct('registration.gspSelect', this.screen);
      this.opened = locator;
      return this.openList('registration.gspSelect', locator, wanted);
    }
    const names = options.filter((o) => o.value !== '' && !/^-*\s*select/i.test(o.text)).map((o) => o.text);
    if (names.length > 0) return names;
    // A native list that holds only what is chosen, its options kept by the box drawn over it
    // (Choices.js): read where that box draws them, opened as a person opens it.
    const { drawer } = await this.listAndDrawer();
    if ((await drawer.count()) === 0) return names;
    this.opened = drawer;
    return this.openList('registration.gspSelect', drawer, wanted);
  }

  /** The GSP list as found to act on, and the box that draws it (none when it is drawn itself). */
  private async listAndDrawer(): Promise<{ locator: Locator; drawer: Locator }> {
    const { locator } = await this.finder.findToAct('registration.gspSelect', this.screen);
    return { locator, drawer: locator.locator(portalSelector({ op: 'drawn-by' })) };
  }

  /** Chosen before anything is typed: a list that posts the page back empties the fields. */
  async chooseGsp(shownName: string): Promise<void> {
    this.refuseNever('registration.gspSelect', shownName);
    // Known from the names read: once names are offered, their list is no list to choose in.
    if (this.offering) return this.chooseOffered(this.offering, shownName);
    if (this.opened) return this.chooseInOpenList('registration.gspSelect', this.opened, shownName);
    const { locator, drawer } = await this.listAndDrawer();
    // A native list the browser can still act on (select2's, 1 px under its box) is chosen
    // through: its change event redraws the box. One hidden outright (Chosen's) by its box.
    if ((await drawer.count()) === 0 || (await locator.isVisible()))
      await this.select('registration.gspSelect', shownName);
    else {
      await this.chooseInDrawnList(drawer, shownName);
      this.finder.chosenIn('registration.gspSelect', shownName);
    }
    await this.reacted();
  }

  /**
   * A typeahead: type the name, click the option offered that reads it exactly, and read the box
   * back (what it keeps behind the box is the page's; the box shows what was chosen).
   */
  private async chooseOffered(field: Locator, name: string): Promise<void> {
    const offered = (await this.offeredFor(field, name)).find((option) => option.text === name);
    if (!offered) {
      throw new PortalChanged(
        `${where(this.finder.entry('registration.gspSelect'), this.screen)} does not offer "${name}" when it is typed.`,
      );
    }
    // A name the browser offers from the box's own list puts that option's value in the box.
    if (offered.value !== undefined) await field.fill(offered.value, { timeout: this.timeout });
    else await offeredAt(field, name).click({ timeout: this.timeout });
    await this.settled();
    const typed = await field.inputValue({ timeout: this.timeout });
    // A box cleared once the choice is made shows it beside the box instead (Naive UI's and
    // Ionic's filterable lists): read in the box around it that holds no other field.
    const shown = typed === (offered.value ?? name) ? typed : await field.evaluate(shownBeside);
    if (shown !== (offered.value ?? name)) {
      throw new PortalChanged(
        `${where(this.finder.entry('registration.gspSelect'), this.screen)} shows "${shown}" after choosing "${name}". Stopped before Submit.`,
      );
    }
  }

  /**
   * A list drawn by a box of its own, its native list hidden (Chosen and its kin): as a person
   * does, open the box, type the name into the search box it gives the focus to, and click the
   * option that reads it exactly. The native list is read back by the next look.
   */
  private async chooseInDrawnList(drawer: Locator, name: string): Promise<void> {
    await drawer.click({ timeout: this.timeout });
    // A search box it gave the focus to (not the box itself, read-only, keeping the focus).
    const search = this.page.locator(TYPED_FOCUS);
    if ((await search.count()) > 0) await search.fill(name, { timeout: this.timeout });
    // The list opens under the box (in it, or at the end of the page): the option offered there,
    // not the box showing an earlier choice nor a link elsewhere that reads the same.
    await offeredAt(drawer, name).click({ timeout: this.timeout });
  }

  /**
   * The portal prefixes `API_` itself: only the part after it is typed. Every value is read back
   * before Submit, in the look that follows the typing (no look of its own); a field found empty
   * then or while typing (a postback the bot did not see coming emptied it, as WebForms does) has
   * every field typed once more, and read back again.
   */
  async fillCredentials(usernameSuffix: string, password: string): Promise<void> {
    // A prefix written into the box itself stays there: the part after it is typed after it.
    const username = (await this.prefixInBox()) + usernameSuffix;
    const type = async () => {
      await this.fill('registration.username', username);
      await this.fill('registration.password', password);
      await this.fill('registration.confirmPassword', password);
    };
    const kept = await this.finder.keptTyping(async () => {
      await type();
      await this.reacted();
    });
    if (kept) return;
    await type();
    await this.confirmTyped();
  }

  /** Whether the fixed `API_` shows, before the username's box or written into it. */
  async prefixShown(): Promise<boolean> {
    return (await this.isShown('registration.usernamePrefix')) || (await this.prefixInBox()) !== '';
  }

  /**
   * The fixed prefix when the username's box holds it and nothing else, as the form drew it (a
   * box that starts with "API_", which its script keeps there), else "".
   */
  private async prefixInBox(): Promise<string> {
    const value = await this.withoutLook('registration.username', (box, timeout) =>
      box.inputValue({ timeout }),
    );
    const prefixes = this.finder.entry('registration.usernamePrefix').texts;
    return prefixes.some((prefix) => prefix.toLowerCase() === value.trim().toLowerCase()) ? value.trim() : '';
  }

  /**
   * Presses Submit, then answers the page's own question about it when one comes instead of a
   * request to the portal: a Yes/No (OK/Cancel, Confirm/Cancel, Proceed) drawn over the page once
   * it has settled with nothing sent, answered by its affirmative control (a `confirm()` is
   * accepted by the run's watch while this step waits). Returns the words of the answer pressed.
   * Whatever the page sends first (a whole page, a script's call) means Submit went: no question
   * is looked for then, and nothing waits for one.
   */
  async submit(): Promise<string | undefined> {
    await this.refusedBeforeSubmit();
    const sent = this.nextCallToThePortal();
    const answered = new AbortController();
    try {
      await this.click('registration.submit');
      const settled = settle(this.page, this.finder.activity, this.timeout, undefined, answered.signal).then(
        () => 'settled' as const,
      );
      // Once Submit went, how the wait for a question ends is nobody's answer.
      settled.catch(() => undefined);
      const first = await Promise.race([sent.promise, settled]);
      // The race's wait ends here: its answer is no longer wanted, and it would go on watching
      // the page beside the question's own wait below.
      answered.abort();
      if (first === 'left') return undefined;
      if (first === 'sent') return await this.askedByThePortal();
    } finally {
      sent.stop();
      answered.abort();
    }
    return this.answerQuestion();
  }

  /**
   * A question the portal itself sends back for Submit (a server-driven page: ZK, whose every
   * click is a request, answers Submit with its Messagebox "Do you want to create the API
   * user?"): once the page has settled on the answer to Submit's script request, a Yes/No over
   * the page that asks to go on with the creation, and tells no verdict, is answered as the
   * page's own question is. A page that left (a form posted) is the portal's answer, never asked.
   * A question asking anything else, or none, leaves the answer to the flow's wait.
   */
  private async askedByThePortal(): Promise<string | undefined> {
    await settle(this.page, this.finder.activity, this.timeout);
    const yes = this.page.locator(portalSelector({ op: 'question-yes' })).first();
    if ((await yes.count()) === 0) return undefined;
    const asked = await yes
      .evaluate((el) => {
        const lib = (
          globalThis as { __einvPortalLib?: { popupAround(el: Element): Element; said(el: Element): string } }
        ).__einvPortalLib;
        // Read as drawn: a web component's dialog draws its words through slots.
        return (lib ? lib.said(lib.popupAround(el)) : (el.parentElement?.textContent ?? '')).replace(
          /\s+/g,
          ' ',
        );
      })
      .catch(() => '');
    // Words of a verdict beside it ("Created. Create another?") say the creation has been answered.
    return GOES_ON.test(asked) && !VERDICT_WORDS.test(asked) ? this.press(yes) : undefined;
  }

  /** Presses the affirmative answer of the question showing over the page, if one does: its words. */
  private async answerQuestion(): Promise<string | undefined> {
    const yes = this.page.locator(portalSelector({ op: 'question-yes' })).first();
    return (await yes.count()) === 0 ? undefined : this.press(yes);
  }

  /** Presses a question's affirmative answer, found: the words it reads. */
  private async press(yes: Locator): Promise<string> {
    const words = (
      await yes.evaluate((el) => (el as HTMLElement).textContent || (el as HTMLInputElement).value || '')
    ).trim();
    await yes.click({ timeout: this.timeout });
    return words;
  }

  /**
   * A Submit the page keeps disabled while it says what is wrong (a username too short for its
   * rule, in red under the field): the portal's refusal, said before anything is sent, rather
   * than a click that waits in vain. A Submit disabled with nothing said is left to the click,
   * which waits for it to be enabled.
   */
  private async refusedBeforeSubmit(): Promise<void> {
    const { locator } = await this.finder.findToAct('registration.submit', this.screen);
    if (await locator.isEnabled().catch(() => true)) return;
    const said = ((await callPortalLib(this.page, '.inlineErrors()').catch(() => [])) as string[]).filter(
      (text) => text.trim() !== '',
    );
    if (said.length === 0) return;
    throw new PortalRefused(
      `The portal keeps Submit disabled and says: ${said.map((text) => `"${text}"`).join('; ')}. Nothing was submitted.`,
      'Change what it names (--api-username, EINV_API_PASSWORD and --password-rule) to meet the rule it states, and run again.',
      said[0],
    );
  }

  /** Resolves with 'sent' when the page next asks the portal for a page or calls it by script. */
  private nextCallToThePortal(): { promise: Promise<'sent' | 'left'>; stop: () => void } {
    let stop = () => {};
    const promise = new Promise<'sent' | 'left'>((resolve) => {
      const seen = (request: Request) => {
        if (request.frame() !== this.page.mainFrame()) return;
        const type = request.resourceType();
        if (type === 'document') resolve('left');
        else if (type === 'xhr' || type === 'fetch') resolve('sent');
      };
      this.page.on('request', seen);
      stop = () => this.page.off('request', seen);
    });
    return { promise, stop };
  }
}

/**
 * What the boxes around a list's text box show, the innermost that shows anything, short of one
 * holding another field (runs in the page: no imports).
 */
function shownBeside(field: Element): string {
  let box: Element | null = field.parentElement ?? (field.getRootNode() as ShadowRoot).host ?? null;
  for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
    if (box.querySelectorAll('input:not([type="hidden"]),select,textarea,button').length > 1) break;
    const text = (box as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
    if (text !== '') return text;
  }
  return '';
}

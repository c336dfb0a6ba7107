/**
 * The part "registration type": "Do you wish to Register your GSTIN for" Directly / Through GSP /
 * Through ERP / Through Client-Id of other, drawn as radios in their `<label>`, radios with bare
 * text beside them, Bootstrap custom-control radios (the label draws the radio, the input under
 * it made transparent), or a `<select>`. Every form tells the page's own script of a change
 * through `regModeChanged(mode)`, which each dialect's page defines (it shows the GSP section for
 * "G", a note for the others).
 */
import { type Form, must, type TraitContext } from './forms.js';
import { escapeHtml } from './pages.js';
import type { Dialect } from './types.js';

export interface RegistrationTypeDraw {
  /** The `name` the dialect's form posts. */
  name: string;
  /** The "Through GSP" option's text (the `throughGspLabel` fault may change it). */
  throughGsp: string;
  /** Kept chosen in the answer to any post of the form (refused, created, a postback). */
  chosen: boolean;
  look: Dialect;
}

export type RegistrationTypeRender = (draw: RegistrationTypeDraw) => string;
export type RegistrationTypeForm = Form<RegistrationTypeRender>;

interface Mode {
  value: string;
  text: string;
}

function modes(draw: RegistrationTypeDraw): Mode[] {
  return [
    { value: 'D', text: 'Directly' },
    { value: 'G', text: draw.throughGsp },
    { value: 'E', text: 'Through ERP' },
    { value: 'O', text: 'Through Client-Id of other' },
  ];
}

const ON_CHANGE = 'onchange="regModeChanged(this.value)"';

/** Each dialect's own ids for the modes (D, G, E, O), as its recording drew them. */
const MODE_IDS: Record<Dialect, Record<string, string>> = {
  accessible: { D: 'rbDirect', G: 'rbGSP', E: 'rbERP', O: 'rbOther' },
  'legacy-table': {
    D: 'MainContent_rblRegMode_0',
    G: 'MainContent_rblRegMode_1',
    E: 'MainContent_rblRegMode_2',
    O: 'MainContent_rblRegMode_3',
  },
  bootstrap: { D: 'RegMode_Direct', G: 'RegMode_Gsp', E: 'RegMode_Erp', O: 'RegMode_Other' },
};

const modeId = (draw: RegistrationTypeDraw, mode: Mode): string =>
  MODE_IDS[draw.look][mode.value] ?? `regMode${mode.value}`;

function radio(draw: RegistrationTypeDraw, mode: Mode, extra = ''): string {
  const checked = draw.chosen && mode.value === 'G' ? ' checked' : '';
  return `<input type="radio" name="${escapeHtml(draw.name)}" id="${modeId(draw, mode)}" value="${mode.value}"${extra} ${ON_CHANGE}${checked}>`;
}

/** Where "Through GSP" is drawn, and what is drawn at the centre of the control a person would click. */
async function throughGsp({ page }: TraitContext) {
  return page.evaluate(() => {
    const fold = (value: string | null | undefined) => (value ?? '').replace(/[\u00a0\s]+/g, ' ').trim();
    const radios = Array.from(document.querySelectorAll('input[type="radio"]')) as HTMLInputElement[];
    const option = Array.from(document.querySelectorAll('option')).find(
      (el) => fold(el.textContent) === 'Through GSP',
    );
    const radio = radios.find((el) => {
      const label = el.labels?.[0];
      const beside =
        fold(el.nextSibling?.textContent) || fold((el.nextElementSibling as HTMLElement | null)?.textContent);
      return (label && fold(label.textContent) === 'Through GSP') || beside === 'Through GSP';
    });
    if (!radio) return { radios: radios.length, option: option !== undefined };
    const rect = radio.getBoundingClientRect();
    const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    const [label] = Array.from(radio.labels ?? []);
    return {
      radios: radios.length,
      option: option !== undefined,
      labelled: label !== undefined,
      labelWraps: label?.contains(radio) ?? false,
      labelHasFor: label?.hasAttribute('for') ?? false,
      opacity: Number(getComputedStyle(radio).opacity),
      onTop: top === radio ? 'itself' : label?.contains(top) ? 'its label' : (top?.tagName ?? 'nothing'),
    };
  });
}

export const REGISTRATION_TYPE_FORMS = {
  'radios-label': {
    description: 'radios, each inside its <label>',
    trait: {
      screen: 'register',
      claim: 'the "Through GSP" radio is drawn itself, inside a <label> without for that reads "Through GSP"',
      check: async (context) => {
        const found = await throughGsp(context);
        must(found.radios === 4 && !found.option, `${found.radios} radios, a list: ${found.option}`);
        must(found.labelWraps === true && !found.labelHasFor, 'the radio is not inside its label');
        must(found.onTop === 'itself', `at the radio's centre: ${found.onTop}`);
      },
    },
    render: (draw) =>
      `<p class="choices">${modes(draw)
        .map((mode) => `<label>${radio(draw, mode)} ${escapeHtml(mode.text)}</label>`)
        .join('\n')}</p>`,
  },
  'bare-text': {
    description: 'radios with bare text beside them, no label tying text and radio',
    trait: {
      screen: 'register',
      claim:
        'the "Through GSP" radio has no label; the text right after it reads "Through GSP"; it is drawn itself',
      check: async (context) => {
        const found = await throughGsp(context);
        must(found.radios === 4 && !found.option, `${found.radios} radios, a list: ${found.option}`);
        must(found.labelled === false, 'the radio has a label');
        must(found.onTop === 'itself', `at the radio's centre: ${found.onTop}`);
      },
    },
    render: (draw) => {
      if (draw.look === 'bootstrap') {
        // Bootstrap's form-check with a label that names no control (no for, not around it).
        return `<div>${modes(draw)
          .map(
            (mode) =>
              `<div class="form-check form-check-inline">${radio(draw, mode, ' class="form-check-input"')}<label class="form-check-label">${escapeHtml(mode.text)}</label></div>`,
          )
          .join('')}</div>`;
      }
      return `<span id="MainContent_rblRegMode" class="regModes">${modes(draw)
        .map((mode) => `${radio(draw, mode)} ${escapeHtml(mode.text)}`)
        .join('&nbsp;&nbsp;\n')}</span>`;
    },
  },
  'custom-radio': {
    description:
      'Bootstrap 4 custom-control radios: the input made transparent under its <label for>, which draws the circle',
    trait: {
      screen: 'register',
      claim: 'the radio is transparent and a click at its centre reaches its own <label for>',
      check: async (context) => {
        const found = await throughGsp(context);
        must(found.radios === 4 && !found.option, `${found.radios} radios, a list: ${found.option}`);
        must(found.labelHasFor === true && !found.labelWraps, 'the radio has no <label for> beside it');
        must(found.opacity === 0, `the radio's opacity is ${found.opacity}`);
        must(found.onTop === 'its label', `at the radio's centre: ${found.onTop}`);
      },
    },
    render: (draw) =>
      `${CUSTOM_CONTROL_STYLE}<div class="rt-custom">${modes(draw)
        .map(
          (mode) =>
            `<div class="custom-control custom-radio custom-control-inline">${radio(draw, mode, ' class="custom-control-input"')}<label class="custom-control-label" for="${modeId(draw, mode)}">${escapeHtml(mode.text)}</label></div>`,
        )
        .join('\n')}</div>`,
  },
  select: {
    description: 'a <select> of the modes, "--Select--" first',
    trait: {
      screen: 'register',
      claim: 'no radio: "Through GSP" is an <option> of a list',
      check: async (context) => {
        const found = await throughGsp(context);
        must(found.radios === 0, `${found.radios} radios`);
        must(found.option, 'no option reads "Through GSP"');
      },
    },
    render: (draw) =>
      `<select name="${escapeHtml(draw.name)}" id="regModeList" ${ON_CHANGE}><option value="">--Select--</option>${modes(
        draw,
      )
        .map(
          (mode) =>
            `<option value="${mode.value}"${draw.chosen && mode.value === 'G' ? ' selected' : ''}>${escapeHtml(mode.text)}</option>`,
        )
        .join('')}</select>`,
  },
} as const satisfies Record<string, RegistrationTypeForm>;

/** Bootstrap 4.6's custom-control rules, as bootstrap.min.css has them (the parts drawn here). */
const CUSTOM_CONTROL_STYLE = `<style>
  .rt-custom { margin: 6px 0; }
  .custom-control { position: relative; z-index: 1; display: block; min-height: 1.5rem; padding-left: 1.5rem; }
  .custom-control-inline { display: inline-flex; margin-right: 1rem; }
  .custom-control-input { position: absolute; left: 0; z-index: -1; width: 1rem; height: 1.25rem; opacity: 0; }
  .custom-control-label { position: relative; margin-bottom: 0; vertical-align: top; cursor: pointer; }
  .custom-control-label::before { position: absolute; top: 0.25rem; left: -1.5rem; display: block; width: 1rem; height: 1rem; pointer-events: none; content: ""; background-color: #fff; border: 1px solid #adb5bd; border-radius: 50%; }
  .custom-control-input:checked ~ .custom-control-label::before { color: #fff; border-color: #007bff; background-color: #007bff; }
  .custom-control-label::after { position: absolute; top: 0.25rem; left: -1.5rem; display: block; width: 1rem; height: 1rem; content: ""; background: 50% / 50% 50% no-repeat; }
</style>`;

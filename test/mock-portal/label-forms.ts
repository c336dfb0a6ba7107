/**
 * The part "labels": how the registration form's fields (the GSP picker, the username after
 * `API_`, Password, Re-enter Password) are named for a person. Each form lays out the same
 * fields and the form's buttons (`actions`) its own way: a `<label for>`, a `<label>` around
 * the field, the neighbouring cell (as each dialect draws its rows: table cells, or a Bootstrap
 * grid's label column), a `<div>` of text above the field in a two-column grid, a placeholder
 * only, an `aria-label` only. Every form brings its own style, so it draws the same in every
 * dialect; only `cell` keeps the dialect's own rows (the dialects' look, as recorded).
 */
import { type Form, must, type TraitContext } from './forms.js';
import { escapeHtml } from './pages.js';
import type { Dialect } from './types.js';

/** How a control is named besides any label: what the field's renderer puts on its focusable element. */
export interface Naming {
  ariaLabel?: string;
  placeholder?: string;
}

/** One field of the registration form, as the dialect draws its control. */
export interface LabelledField {
  /** What a person reads for it: "Password". */
  label: string;
  /** The dialect's own label text in its cells, as HTML ("Password :", `Username&nbsp;<span class="req">*</span>`). */
  cellLabel: string;
  /** The id of the element a person types into or opens (what a `<label for>` points at). */
  labelFor: string;
  /** The control's markup (with whatever the dialect draws around it: a prefix, an error slot). */
  control(naming: Naming): string;
}

export type LabelsRender = (fields: readonly LabelledField[], actions: string, look: Dialect) => string;
export type LabelsForm = Form<LabelsRender>;

/** The dialect's own rows: a label cell beside a control cell (a table, or a Bootstrap grid row). */
function cellRows(fields: readonly LabelledField[], actions: string, look: Dialect): string {
  if (look === 'bootstrap') {
    const rows = fields.map(
      (field) =>
        `<div class="form-group row"><label class="col-sm-3 control-label">${field.cellLabel}</label><div class="col-sm-6">${field.control({})}</div></div>`,
    );
    return `${rows.join('\n')}\n<div class="form-group">${actions}</div>`;
  }
  const labelCell = look === 'legacy-table' ? '<td class="lbl">' : '<td>';
  const rows = fields.map(
    (field) => `<tr>${labelCell}${field.cellLabel}</td><td>${field.control({})}</td></tr>`,
  );
  const open =
    look === 'legacy-table'
      ? '<table class="box boxWide" cellpadding="0" cellspacing="0">'
      : '<table class="form">';
  return `${open}\n${rows.join('\n')}\n<tr>${labelCell}</td><td>${actions}</td></tr>\n</table>`;
}

const ROW_STYLE = `<style>
  .lf-row { margin: 8px 0; display: flex; align-items: center; gap: 8px; }
  .lf-name { display: inline-block; width: 11em; }
  .lf-wrap { display: flex; align-items: center; gap: 8px; }
  .lf-grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 24px; row-gap: 4px; max-width: 760px; }
  .lf-grid .lf-above { margin-top: 10px; font-weight: 600; }
  .lf-actions { margin: 12px 0; }
</style>`;

/** The field's name in the page's own words, escaped. */
const text = (field: LabelledField) => escapeHtml(field.label);

/** The probe every trait reads: the first password field (the form's "Password"). */
async function password(context: TraitContext) {
  await revealGspSection(context);
  return context.page.evaluate(() => {
    const field = Array.from(document.querySelectorAll('input[type="password"]')).find(
      (el) => (el as HTMLElement).offsetParent !== null,
    ) as HTMLInputElement | undefined;
    if (!field) return undefined;
    const rect = field.getBoundingClientRect();
    const fold = (value: string | null | undefined) =>
      (value ?? '')
        .replace(/[\u00a0\s]+/g, ' ')
        .replace(/[\s*:]+$/, '')
        .trim();
    // Elements reading exactly "Password", and where they are drawn.
    const readers = Array.from(document.querySelectorAll('body *'))
      .filter(
        (el) =>
          fold((el as HTMLElement).textContent) === 'Password' && (el as HTMLElement).offsetParent !== null,
      )
      .filter((el, _, all) => !all.some((other) => other !== el && el.contains(other)))
      .map((el) => {
        const box = el.getBoundingClientRect();
        return {
          tag: el.tagName,
          leftOnLine: box.right <= rect.left + 1 && box.bottom > rect.top && box.top < rect.bottom,
          above:
            box.bottom <= rect.top + 1 &&
            rect.top - box.bottom < 40 &&
            box.left < rect.right &&
            box.right > rect.left,
          before: !!(el.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING),
        };
      });
    const labels = Array.from(field.labels ?? []);
    // What stands in the document right before the field's own box (the first box around it with
    // anything before it): the neighbour a walk through the document reads.
    let box: Element = field;
    while (box.parentElement && !box.previousElementSibling) box = box.parentElement;
    return {
      labels: labels.map((label) => ({
        text: fold(label.textContent),
        hasFor: label.hasAttribute('for'),
        wraps: label.contains(field),
      })),
      ariaLabel: field.getAttribute('aria-label'),
      placeholder: field.getAttribute('placeholder'),
      readers,
      previousText: fold((box.previousElementSibling as HTMLElement | null)?.textContent),
    };
  });
}

/** Shows the GSP section as choosing "Through GSP" does (every dialect's page has `regModeChanged`). */
export async function revealGspSection({ page }: TraitContext): Promise<void> {
  // The page may still be loading behind the text the screen was reached by.
  await page.waitForFunction(
    () => typeof (window as unknown as { regModeChanged?: unknown }).regModeChanged === 'function',
  );
  await page.evaluate(() =>
    (window as unknown as { regModeChanged(mode: string): void }).regModeChanged('G'),
  );
}

type Probe = NonNullable<Awaited<ReturnType<typeof password>>>;

async function probe(context: TraitContext): Promise<Probe> {
  const found = await password(context);
  must(found !== undefined, 'no visible password field');
  return found as Probe;
}

function noOtherNaming(found: Probe, except: 'label' | 'aria' | 'placeholder' | 'none') {
  if (except !== 'label')
    must(found.labels.length === 0, `the field has a <label> "${found.labels[0]?.text}"`);
  if (except !== 'aria') must(found.ariaLabel === null, 'the field has an aria-label');
  if (except !== 'placeholder') must(found.placeholder === null, 'the field has a placeholder');
}

export const LABEL_FORMS = {
  for: {
    description: 'a <label for> to the left of each field',
    trait: {
      screen: 'register',
      claim: 'Password is named by a <label for> that does not wrap it, left of it on its line',
      check: async (context) => {
        const found = await probe(context);
        noOtherNaming(found, 'label');
        const [label] = found.labels;
        must(
          found.labels.length === 1 && label?.hasFor === true && !label.wraps,
          'no <label for> outside the field',
        );
        must(label?.text === 'Password', `the label reads "${label?.text}"`);
      },
    },
    render: (fields, actions) =>
      `${ROW_STYLE}<div class="lf-fields">${fields
        .map(
          (field) =>
            `<div class="lf-row"><label class="lf-name" for="${field.labelFor}">${text(field)}</label><span>${field.control({})}</span></div>`,
        )
        .join('\n')}<div class="lf-actions">${actions}</div></div>`,
  },
  wrapping: {
    description: 'a <label> around each field and its name, without for',
    trait: {
      screen: 'register',
      claim: 'Password sits inside a <label> without for that reads "Password"',
      check: async (context) => {
        const found = await probe(context);
        noOtherNaming(found, 'label');
        const [label] = found.labels;
        must(
          found.labels.length === 1 && label?.wraps === true && !label.hasFor,
          'no <label> around the field',
        );
        must(label?.text === 'Password', `the label reads "${label?.text}"`);
      },
    },
    render: (fields, actions) =>
      `${ROW_STYLE}<div class="lf-fields">${fields
        .map(
          (field) =>
            `<div class="lf-row"><label class="lf-wrap"><span class="lf-name">${text(field)}</span> ${field.control({})}</label></div>`,
        )
        .join('\n')}<div class="lf-actions">${actions}</div></div>`,
  },
  cell: {
    description:
      "the name in the neighbouring cell on the field's left (table cells, or a Bootstrap grid's label column)",
    trait: {
      screen: 'register',
      claim:
        "Password's name is the element right before the field's own cell, on its line, left of it; nothing else names it",
      check: async (context) => {
        const found = await probe(context);
        noOtherNaming(found, 'none');
        must(found.previousText === 'Password', `the neighbouring cell reads "${found.previousText}"`);
        must(
          found.readers.some((reader) => reader.leftOnLine),
          'no "Password" left of the field on its line',
        );
      },
    },
    render: cellRows,
  },
  'div-above': {
    description:
      'a two-column grid: a row of <div>s of text, the fields below them (in the document the next name comes before a field)',
    trait: {
      screen: 'register',
      claim:
        'a <div> reading "Password" is drawn right above the field, nothing names it otherwise, and the element before its cell reads something else',
      check: async (context) => {
        const found = await probe(context);
        noOtherNaming(found, 'none');
        const above = found.readers.filter((reader) => reader.above);
        must(above.length === 1 && above[0]?.tag === 'DIV', 'no <div> "Password" above the field');
        must(!found.readers.some((reader) => reader.leftOnLine), 'a "Password" on the field\'s line');
        must(found.previousText !== 'Password', 'the element before the field reads "Password"');
      },
    },
    render: (fields, actions) => {
      // Row by row, two fields a row: their names first, then the fields, as a CSS grid fills.
      const rows: string[] = [];
      for (let index = 0; index < fields.length; index += 2) {
        const pair = fields.slice(index, index + 2);
        rows.push(...pair.map((field) => `<div class="lf-above">${text(field)}</div>`));
        if (pair.length < 2) rows.push('<div></div>');
        rows.push(...pair.map((field) => `<div class="lf-cell">${field.control({})}</div>`));
        if (pair.length < 2) rows.push('<div></div>');
      }
      return `${ROW_STYLE}<div class="lf-grid">${rows.join('\n')}</div><div class="lf-actions">${actions}</div>`;
    },
  },
  placeholder: {
    description:
      "a placeholder only (a list's first option, a combobox's placeholder): no text beside the field",
    trait: {
      screen: 'register',
      claim: 'Password has the placeholder "Password" and nothing on the page reads "Password"',
      check: async (context) => {
        const found = await probe(context);
        noOtherNaming(found, 'placeholder');
        must(found.placeholder === 'Password', `the placeholder is "${found.placeholder}"`);
        must(found.readers.length === 0, 'an element reads "Password"');
      },
    },
    render: (fields, actions) =>
      `${ROW_STYLE}<div class="lf-fields">${fields
        .map((field) => `<div class="lf-row">${field.control({ placeholder: field.label })}</div>`)
        .join('\n')}<div class="lf-actions">${actions}</div></div>`,
  },
  'aria-label': {
    description: 'an aria-label only: nothing drawn names the field',
    trait: {
      screen: 'register',
      claim: 'Password has the aria-label "Password" and nothing on the page reads "Password"',
      check: async (context) => {
        const found = await probe(context);
        noOtherNaming(found, 'aria');
        must(found.ariaLabel === 'Password', `the aria-label is "${found.ariaLabel}"`);
        must(found.readers.length === 0, 'an element reads "Password"');
      },
    },
    render: (fields, actions) =>
      `${ROW_STYLE}<div class="lf-fields">${fields
        .map((field) => `<div class="lf-row">${field.control({ ariaLabel: field.label })}</div>`)
        .join('\n')}<div class="lf-actions">${actions}</div></div>`,
  },
} as const satisfies Record<string, LabelsForm>;

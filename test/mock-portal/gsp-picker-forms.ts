/**
 * The part "GSP picker": how "Select your GSP" lets a person choose. A native `<select>`; select2
 * (its real markup: the native list shrunk to 1 px under a combobox, a dropdown with a search
 * box appended to the body when opened); Chosen (its markup, no ARIA, the native list
 * `display:none`, a search box that matches word starts); a typeahead (a text box that offers at
 * most eight names for what is typed, asked of the portal as it is typed, never the full list,
 * the choice kept in a hidden field); an HTML5 text box with the browser's own list (`<input
 * list>` and a `<datalist>`, drawn by the browser outside the page; filled as typed where the
 * page draws no names); an ASP.NET AutoPostBack `<select>` (its onchange
 * `setTimeout('__doPostBack(...)', 0)` posts the page back, which comes back with the choice
 * kept and the password fields empty, as WebForms does); bootstrap-select 1.12 (a button and its
 * menu first, with a live-search box, the native list `display:none` last in their box).
 *
 * The widgets are written here without jQuery (the mock loads nothing from the network), with the
 * libraries' class names, structure and events (select2 opens on mousedown and picks on mouseup;
 * Chosen the same on its own elements), so what is drawn is what those libraries draw. Each reads
 * the native list when opened and redraws its box when the list changes (the bootstrap dialect
 * fills it from JSON after the page has loaded).
 */
import { type Form, must, type TraitContext } from './forms.js';
import type { GspOption } from './gsps.js';
import type { Naming } from './label-forms.js';
import { revealGspSection } from './label-forms.js';
import { escapeHtml } from './pages.js';
import type { Dialect } from './types.js';

export interface GspPickerDraw {
  /** The id the dialect's scripts read the chosen value by. */
  id: string;
  /** The `name` the form posts the chosen GSP's id under. */
  name: string;
  /** Empty when the page fills the list itself (the bootstrap dialect, from JSON). */
  gsps: readonly GspOption[];
  selectedId?: string;
  /** The list's first, empty option: "--Select--". */
  emptyText: string;
  /** A native list's class in the dialect (`form-control`, `ddl`). */
  listClass?: string;
  naming: Naming;
  look: Dialect;
}

export interface GspPickerRender {
  /** The id of what a person opens or types into: what a `<label for>` points at. */
  focusId(id: string): string;
  control(draw: GspPickerDraw): string;
}

export type GspPickerForm = Form<GspPickerRender>;

/** The route a typeahead asks for the names matching what was typed (POST `q`, JSON `[{value, text}]`). */
export const GSP_SEARCH_ROUTE = '/ApiRegistration/SearchGsp';
/** How many names a typeahead offers at most (bootstrap3-typeahead's `items`). */
export const TYPEAHEAD_ITEMS = 8;

function attribute(name: string, value: string | undefined): string {
  return value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`;
}

/** The native list's options: the empty one first (a placeholder's text when that names the list). */
function options(draw: GspPickerDraw, emptyText = draw.naming.placeholder ?? draw.emptyText): string {
  const first = `<option value="">${escapeHtml(emptyText)}</option>`;
  return [
    first,
    ...draw.gsps.map(
      (gsp) =>
        `<option value="${escapeHtml(gsp.id)}"${gsp.id === draw.selectedId ? ' selected' : ''}>${escapeHtml(gsp.name)}</option>`,
    ),
  ].join('\n');
}

function nativeList(
  draw: GspPickerDraw,
  {
    extra = '',
    listClass = draw.listClass,
    emptyText,
  }: { extra?: string; listClass?: string; emptyText?: string } = {},
): string {
  return `<select id="${escapeHtml(draw.id)}" name="${escapeHtml(draw.name)}"${attribute('class', listClass)}${attribute('aria-label', draw.naming.ariaLabel)}${extra}>${options(draw, emptyText)}</select>`;
}

const SELECT2_STYLE = `<style>
  .select2-container { box-sizing: border-box; display: inline-block; margin: 0; position: relative; vertical-align: middle; }
  .select2-container .select2-selection--single { box-sizing: border-box; cursor: pointer; display: block; height: 28px; user-select: none; }
  .select2-container .select2-selection--single .select2-selection__rendered { display: block; padding-left: 8px; padding-right: 20px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .select2-container--default .select2-selection--single { background-color: #fff; border: 1px solid #aaa; border-radius: 4px; }
  .select2-container--default .select2-selection--single .select2-selection__rendered { color: #444; line-height: 28px; }
  .select2-container--default .select2-selection--single .select2-selection__placeholder { color: #999; }
  .select2-container--default .select2-selection--single .select2-selection__arrow { height: 26px; position: absolute; top: 1px; right: 1px; width: 20px; }
  .select2-container--default .select2-selection--single .select2-selection__arrow b { border-color: #888 transparent transparent transparent; border-style: solid; border-width: 5px 4px 0 4px; height: 0; left: 50%; margin-left: -4px; margin-top: -2px; position: absolute; top: 50%; width: 0; }
  .select2-dropdown { background-color: #fff; border: 1px solid #aaa; border-radius: 4px; box-sizing: border-box; display: block; position: absolute; left: -100000px; width: 100%; z-index: 1051; }
  .select2-container--open .select2-dropdown { left: 0; }
  .select2-results { display: block; }
  .select2-results__options { list-style: none; margin: 0; padding: 0; max-height: 200px; overflow-y: auto; }
  .select2-results__option { padding: 6px; user-select: none; }
  .select2-results__option--highlighted { background-color: #5897fb; color: #fff; }
  .select2-search--dropdown { display: block; padding: 4px; }
  .select2-search__field { padding: 4px; width: 100%; box-sizing: border-box; }
  .select2-hidden-accessible { border: 0 !important; clip: rect(0 0 0 0) !important; height: 1px !important; margin: -1px !important; overflow: hidden !important; padding: 0 !important; position: absolute !important; width: 1px !important; white-space: nowrap !important; }
</style>`;

/** select2 4's single select, as `$('#id').select2()` draws it beside the native list. */
function select2Script(id: string, placeholder: string | undefined): string {
  return `<script>
(function () {
  var list = document.getElementById('${id}');
  var box = list.nextElementSibling;
  var selection = box.querySelector('.select2-selection');
  var rendered = box.querySelector('.select2-selection__rendered');
  var placeholder = ${JSON.stringify(placeholder ?? null)};
  var open = null;
  function choices() {
    return Array.prototype.filter.call(list.options, function (option) { return option.value !== ''; });
  }
  function redraw() {
    var chosen = list.selectedOptions[0];
    rendered.replaceChildren();
    if (chosen && chosen.value !== '') {
      rendered.textContent = chosen.textContent;
      rendered.title = chosen.textContent;
    } else {
      var shown = document.createElement('span');
      shown.classList.add('select2-selection__placeholder');
      shown.textContent = placeholder || (list.options[0] ? list.options[0].textContent : '');
      rendered.appendChild(shown);
      rendered.removeAttribute('title');
    }
  }
  function close() {
    if (!open) return;
    open.remove();
    open = null;
    box.classList.remove('select2-container--open');
    selection.setAttribute('aria-expanded', 'false');
  }
  function pick(option) {
    list.value = option.value;
    list.dispatchEvent(new Event('change', { bubbles: true }));
    close();
    selection.focus();
  }
  function show() {
    var rect = box.getBoundingClientRect();
    open = document.createElement('span');
    open.classList.add('select2-container');
    open.classList.add('select2-container--default');
    open.classList.add('select2-container--open');
    open.style.position = 'absolute';
    open.style.left = rect.left + window.scrollX + 'px';
    open.style.top = rect.bottom + window.scrollY + 'px';
    var drop = document.createElement('span');
    drop.classList.add('select2-dropdown');
    drop.classList.add('select2-dropdown--below');
    drop.style.width = rect.width + 'px';
    var search = document.createElement('span');
    search.classList.add('select2-search');
    search.classList.add('select2-search--dropdown');
    var field = document.createElement('input');
    field.classList.add('select2-search__field');
    field.type = 'search';
    field.autocomplete = 'off';
    field.setAttribute('role', 'searchbox');
    field.setAttribute('aria-autocomplete', 'list');
    search.appendChild(field);
    var results = document.createElement('span');
    results.classList.add('select2-results');
    var ul = document.createElement('ul');
    ul.classList.add('select2-results__options');
    ul.setAttribute('role', 'listbox');
    results.appendChild(ul);
    drop.appendChild(search);
    drop.appendChild(results);
    open.appendChild(drop);
    document.body.appendChild(open);
    function fill() {
      var query = field.value.toLowerCase();
      ul.replaceChildren();
      var shown = choices().filter(function (option) { return option.textContent.toLowerCase().indexOf(query) >= 0; });
      if (shown.length === 0) {
        var none = document.createElement('li');
        none.classList.add('select2-results__option');
        none.classList.add('select2-results__message');
        none.setAttribute('role', 'alert');
        none.textContent = 'No results found';
        ul.appendChild(none);
        return;
      }
      shown.forEach(function (option, index) {
        var li = document.createElement('li');
        li.classList.add('select2-results__option');
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(option.selected));
        if (index === 0) li.classList.add('select2-results__option--highlighted');
        li.textContent = option.textContent;
        li.addEventListener('mouseenter', function () {
          var lit = ul.querySelector('.select2-results__option--highlighted');
          if (lit) lit.classList.remove('select2-results__option--highlighted');
          li.classList.add('select2-results__option--highlighted');
        });
        li.addEventListener('mouseup', function () { pick(option); });
        li.__option = option;
        ul.appendChild(li);
      });
    }
    field.addEventListener('input', fill);
    field.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') close();
      if (event.key !== 'Enter') return;
      event.preventDefault();
      var lit = ul.querySelector('.select2-results__option--highlighted');
      if (lit && lit.__option) pick(lit.__option);
    });
    fill();
    box.classList.add('select2-container--open');
    selection.setAttribute('aria-expanded', 'true');
    field.focus();
  }
  selection.addEventListener('mousedown', function (event) {
    event.preventDefault();
    if (open) close();
    else show();
  });
  selection.addEventListener('keydown', function (event) {
    if ((event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') && !open) {
      event.preventDefault();
      show();
    }
  });
  document.addEventListener('mousedown', function (event) {
    if (open && !open.contains(event.target) && !box.contains(event.target)) close();
  });
  list.addEventListener('change', redraw);
  new MutationObserver(redraw).observe(list, { childList: true });
  redraw();
})();
</script>`;
}

const CHOSEN_STYLE = `<style>
  .chosen-container { position: relative; display: inline-block; vertical-align: middle; font-size: 13px; user-select: none; }
  .chosen-container .chosen-drop { position: absolute; top: 100%; z-index: 1010; width: 100%; box-sizing: border-box; border: 1px solid #aaa; border-top: 0; background: #fff; box-shadow: 0 4px 5px rgba(0,0,0,.15); clip: rect(0,0,0,0); clip-path: inset(100% 100%); }
  .chosen-container.chosen-with-drop .chosen-drop { clip: auto; clip-path: none; }
  .chosen-container-single .chosen-single { position: relative; display: block; overflow: hidden; padding: 0 0 0 8px; height: 25px; border: 1px solid #aaa; border-radius: 5px; background: #fff linear-gradient(#fff 20%, #f6f6f6 50%, #eee 52%, #f4f4f4 100%); color: #444; text-decoration: none; white-space: nowrap; line-height: 24px; cursor: pointer; }
  .chosen-container-single .chosen-default { color: #999; }
  .chosen-container-single .chosen-single span { display: block; overflow: hidden; margin-right: 26px; text-overflow: ellipsis; white-space: nowrap; }
  .chosen-container-single .chosen-single div { position: absolute; top: 0; right: 0; display: block; width: 18px; height: 100%; }
  .chosen-container-single .chosen-single div b { display: block; width: 0; height: 0; margin: 10px auto; border: 4px solid transparent; border-top-color: #888; }
  .chosen-container-single .chosen-search { position: relative; z-index: 1010; margin: 0; padding: 3px 4px; white-space: nowrap; }
  .chosen-container-single .chosen-search input { margin: 1px 0; padding: 4px 20px 4px 5px; width: 100%; height: auto; outline: 0; border: 1px solid #aaa; box-sizing: border-box; }
  .chosen-container .chosen-results { position: relative; overflow-x: hidden; overflow-y: auto; margin: 0 4px 4px 0; padding: 0 0 0 4px; max-height: 240px; }
  .chosen-container .chosen-results li { display: none; margin: 0; padding: 5px 6px; list-style: none; line-height: 15px; }
  .chosen-container .chosen-results li.active-result { display: list-item; cursor: pointer; }
  .chosen-container .chosen-results li.highlighted { background-color: #3875d7; color: #fff; }
  .chosen-container .chosen-results li.no-results { display: list-item; background: #f4f4f4; color: #777; }
</style>`;

/** Chosen 1.8's single select, as `$('#id').chosen()` draws it: the native list hidden, no ARIA. */
function chosenScript(id: string): string {
  return `<script>
(function () {
  var list = document.getElementById('${id}');
  var box = list.nextElementSibling;
  var single = box.querySelector('.chosen-single');
  var shown = single.querySelector('span');
  var field = box.querySelector('.chosen-search input');
  var results = box.querySelector('.chosen-results');
  var placeholder = list.getAttribute('data-placeholder') || 'Select an Option';
  function redraw() {
    var chosen = list.selectedOptions[0];
    var empty = !chosen || chosen.value === '';
    // An empty first option with a text shows that text; without one, the placeholder.
    shown.textContent = chosen && chosen.textContent.trim() ? chosen.textContent : placeholder;
    if (empty) single.classList.add('chosen-default');
    else single.classList.remove('chosen-default');
  }
  // Chosen's default search: the query at the start of any word of the name.
  function matches(name, query) {
    if (!query) return true;
    return name.toLowerCase().split(/[\\s(]+/).some(function (word, index, words) {
      return words.slice(index).join(' ').indexOf(query.toLowerCase()) === 0;
    });
  }
  function fill() {
    results.replaceChildren();
    var query = field.value.trim();
    var found = Array.prototype.filter.call(list.options, function (option) {
      return option.value !== '' && matches(option.textContent, query);
    });
    if (found.length === 0) {
      var none = document.createElement('li');
      none.classList.add('no-results');
      none.textContent = 'No results match "' + query + '"';
      results.appendChild(none);
      return;
    }
    found.forEach(function (option, index) {
      var li = document.createElement('li');
      li.classList.add('active-result');
      if (option.selected) li.classList.add('result-selected');
      if (index === 0) li.classList.add('highlighted');
      li.textContent = option.textContent;
      li.__option = option;
      li.addEventListener('mouseover', function () {
        var lit = results.querySelector('.highlighted');
        if (lit) lit.classList.remove('highlighted');
        li.classList.add('highlighted');
      });
      li.addEventListener('mouseup', function () { pick(option); });
      results.appendChild(li);
    });
  }
  function opened() { return box.classList.contains('chosen-with-drop'); }
  function close() {
    box.classList.remove('chosen-with-drop');
    box.classList.remove('chosen-container-active');
  }
  function show() {
    box.classList.add('chosen-with-drop');
    box.classList.add('chosen-container-active');
    field.value = '';
    fill();
    field.focus();
  }
  function pick(option) {
    list.value = option.value;
    list.dispatchEvent(new Event('change', { bubbles: true }));
    close();
  }
  single.addEventListener('mousedown', function (event) {
    event.preventDefault();
    if (opened()) close();
    else show();
  });
  field.addEventListener('keyup', function (event) {
    if (event.key !== 'Enter' && event.key !== 'ArrowDown' && event.key !== 'ArrowUp') fill();
  });
  field.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') close();
    if (event.key !== 'Enter') return;
    event.preventDefault();
    var lit = results.querySelector('.highlighted');
    if (lit && lit.__option) pick(lit.__option);
  });
  document.addEventListener('mousedown', function (event) {
    if (opened() && !box.contains(event.target)) close();
  });
  list.addEventListener('change', redraw);
  new MutationObserver(redraw).observe(list, { childList: true });
  redraw();
})();
</script>`;
}

const BOOTSTRAP_SELECT_STYLE = `<style>
  .bootstrap-select { position: relative; display: inline-block; vertical-align: middle; width: 360px; }
  .bootstrap-select > .dropdown-toggle { position: relative; width: 100%; padding: 6px 25px 6px 12px; text-align: left; font-size: 14px; line-height: 1.42857; color: #333; background: #fff; border: 1px solid #ccc; border-radius: 4px; cursor: pointer; }
  .bootstrap-select .filter-option { display: inline-block; overflow: hidden; width: 100%; text-overflow: ellipsis; white-space: nowrap; }
  .bootstrap-select .bs-caret .caret { position: absolute; top: 50%; right: 12px; margin-top: -2px; border-top: 4px dashed; border-right: 4px solid transparent; border-left: 4px solid transparent; }
  .bootstrap-select > .dropdown-menu { position: absolute; top: 100%; left: 0; z-index: 1000; display: none; min-width: 100%; padding: 5px 0; margin: 2px 0 0; background: #fff; border: 1px solid rgba(0,0,0,.15); border-radius: 4px; box-shadow: 0 6px 12px rgba(0,0,0,.175); box-sizing: border-box; }
  .bootstrap-select.open > .dropdown-menu { display: block; }
  .bootstrap-select .bs-searchbox { padding: 4px 8px; }
  .bootstrap-select .bs-searchbox input { width: 100%; box-sizing: border-box; padding: 4px 8px; border: 1px solid #ccc; border-radius: 3px; }
  .bootstrap-select .inner { position: static; display: block; max-height: 220px; overflow-y: auto; margin: 0; padding: 0; list-style: none; border: 0; box-shadow: none; }
  .bootstrap-select .inner li a { display: block; padding: 3px 20px; color: #333; white-space: nowrap; text-decoration: none; cursor: pointer; }
  .bootstrap-select .inner li.active a { color: #fff; background: #337ab7; }
  .bootstrap-select .inner li.hidden { display: none; }
</style>`;

/**
 * bootstrap-select 1.12 with `data-live-search`, as `$('#id').selectpicker()` draws it: in one box,
 * its button (showing the choice), its menu (a search box, then the options as `li > a >
 * span.text`), and the native list last, hidden. The options are redrawn from the list when it
 * changes; a click on one chooses it in the list and fires its change.
 */
function bootstrapSelectScript(id: string): string {
  return `<script>
(function () {
  var list = document.getElementById('${id}');
  // Drawn by the script, as the plugin does: the box put where the list was, the list moved into
  // it last. Each class added by name (the mock's scrambled ids and classes follow such calls).
  var box = document.createElement('div');
  box.classList.add('btn-group');
  box.classList.add('bootstrap-select');
  var button = document.createElement('button');
  button.type = 'button';
  button.classList.add('btn');
  button.classList.add('dropdown-toggle');
  button.classList.add('btn-default');
  button.setAttribute('data-toggle', 'dropdown');
  button.setAttribute('role', 'button');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('data-id', list.id);
  var shown = document.createElement('span');
  shown.classList.add('filter-option');
  var caret = document.createElement('span');
  caret.classList.add('bs-caret');
  var caretMark = document.createElement('span');
  caretMark.classList.add('caret');
  caret.appendChild(caretMark);
  button.append(shown, ' ', caret);
  var menu = document.createElement('div');
  menu.classList.add('dropdown-menu');
  menu.classList.add('open');
  menu.setAttribute('role', 'combobox');
  var searchBox = document.createElement('div');
  searchBox.classList.add('bs-searchbox');
  var search = document.createElement('input');
  search.type = 'text';
  search.autocomplete = 'off';
  search.setAttribute('role', 'textbox');
  search.setAttribute('aria-label', 'Search');
  searchBox.appendChild(search);
  var inner = document.createElement('ul');
  inner.classList.add('inner');
  inner.setAttribute('role', 'listbox');
  menu.append(searchBox, inner);
  list.parentNode.insertBefore(box, list);
  box.append(button, menu, list);
  list.setAttribute('tabindex', '-98');
  function redraw() {
    var chosen = list.selectedOptions[0];
    shown.textContent = chosen ? chosen.textContent : '';
    button.setAttribute('title', shown.textContent);
  }
  function fill() {
    inner.replaceChildren();
    Array.prototype.forEach.call(list.options, function (option, index) {
      var li = document.createElement('li');
      li.setAttribute('data-original-index', String(index));
      if (option.selected) li.classList.add('selected');
      var a = document.createElement('a');
      a.setAttribute('tabindex', '0');
      a.setAttribute('role', 'option');
      var text = document.createElement('span');
      text.classList.add('text');
      text.textContent = option.textContent;
      a.appendChild(text);
      li.appendChild(a);
      a.addEventListener('click', function (event) {
        event.preventDefault();
        list.selectedIndex = index;
        list.dispatchEvent(new Event('change', { bubbles: true }));
        close();
        button.focus();
      });
      inner.appendChild(li);
    });
  }
  function filter() {
    var query = search.value.trim().toLowerCase();
    Array.prototype.forEach.call(inner.children, function (li) {
      li.classList.toggle('hidden', query !== '' && li.textContent.toLowerCase().indexOf(query) < 0);
    });
  }
  function close() { box.classList.remove('open'); button.setAttribute('aria-expanded', 'false'); }
  function open() {
    box.classList.add('open');
    button.setAttribute('aria-expanded', 'true');
    search.value = '';
    fill();
    search.focus();
  }
  button.addEventListener('click', function () {
    if (box.classList.contains('open')) close();
    else open();
  });
  search.addEventListener('input', filter);
  document.addEventListener('click', function (event) {
    if (!box.contains(event.target)) close();
  });
  list.addEventListener('change', redraw);
  new MutationObserver(redraw).observe(list, { childList: true });
  redraw();
})();
</script>`;
}

const TYPEAHEAD_STYLE = `<style>
  .typeahead-wrap { position: relative; display: inline-block; }
  .typeahead-menu { position: absolute; top: 100%; left: 0; z-index: 1000; min-width: 100%; padding: 5px 0; margin: 2px 0 0; list-style: none; background: #fff; border: 1px solid rgba(0,0,0,.15); border-radius: 4px; box-shadow: 0 6px 12px rgba(0,0,0,.175); }
  .typeahead-menu[hidden] { display: none; }
  .typeahead-menu li a { display: block; padding: 3px 20px; clear: both; color: #333; white-space: nowrap; text-decoration: none; }
  .typeahead-menu li.active a { color: #fff; background-color: #337ab7; }
</style>`;

/**
 * The page's question for the names matching what was typed, as the typeahead and the text box
 * with the browser's own list ask it: the form's anti-forgery token with it, `[{value, text}]` back.
 */
const ASK_FOR_NAMES = `function askForNames(query) {
    var input = document.querySelector('input[name="__RequestVerificationToken"]');
    return fetch('${GSP_SEARCH_ROUTE}', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
      body: new URLSearchParams({ q: query, __RequestVerificationToken: input ? input.value : '' })
    }).then(function (response) { return response.ok ? response.json() : []; });
  }`;

/**
 * bootstrap3-typeahead with a remote source: the names matching what was typed (two letters at
 * least) are asked of the portal and offered, eight at most; choosing one keeps its id in the
 * hidden field the form posts. Typing again forgets the choice.
 */
function typeaheadScript(id: string): string {
  return `<script>
(function () {
  var kept = document.getElementById('${id}');
  var field = document.getElementById('${id}_text');
  var menu = field.parentElement.querySelector('.typeahead-menu');
  var asked = 0;
  ${ASK_FOR_NAMES}
  function offer(items) {
    menu.replaceChildren();
    items.forEach(function (item, index) {
      var li = document.createElement('li');
      if (index === 0) li.classList.add('active');
      var a = document.createElement('a');
      a.href = '#';
      a.classList.add('dropdown-item');
      a.setAttribute('role', 'option');
      a.textContent = item.text;
      a.addEventListener('click', function (event) {
        event.preventDefault();
        field.value = item.text;
        kept.value = item.value;
        kept.dispatchEvent(new Event('change', { bubbles: true }));
        menu.hidden = true;
      });
      li.appendChild(a);
      menu.appendChild(li);
    });
    menu.hidden = items.length === 0;
  }
  field.addEventListener('input', function () {
    kept.value = '';
    var query = field.value.trim();
    var mine = ++asked;
    if (query.length < 2) return offer([]);
    askForNames(query)
      .then(function (items) { if (mine === asked) offer(items); })
      .catch(function () { if (mine === asked) offer([]); });
  });
  field.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') menu.hidden = true;
    if (event.key !== 'Enter' || menu.hidden) return;
    event.preventDefault();
    var lit = menu.querySelector('.active a');
    if (lit) lit.click();
  });
  field.addEventListener('blur', function () {
    // As the library does: the menu goes a moment after the box loses focus (a click on it lands first).
    setTimeout(function () { menu.hidden = true; }, 150);
  });
})();
</script>`;
}

/**
 * A text box with the browser's own list: the name typed or picked keeps its GSP's id in the
 * hidden field the form posts. A page that drew no names (the bootstrap dialect fills its lists
 * from JSON) asks the portal for those matching what is typed, and fills the list with them.
 */
function datalistScript(id: string): string {
  return `<script>
(function () {
  var kept = document.getElementById('${id}');
  var field = document.getElementById('${id}_text');
  var list = field.list;
  var remote = list.options.length === 0;
  var asked = 0;
  ${ASK_FOR_NAMES}
  function keep() {
    var picked = Array.from(list.options).find(function (option) { return option.value === field.value; });
    kept.value = picked ? picked.getAttribute('data-id') : '';
    kept.dispatchEvent(new Event('change', { bubbles: true }));
  }
  field.addEventListener('input', function () {
    keep();
    var query = field.value.trim();
    if (!remote || query.length < 2) return;
    var mine = ++asked;
    askForNames(query)
      .then(function (items) {
        if (mine !== asked) return;
        list.replaceChildren.apply(list, items.map(function (item) {
          var option = document.createElement('option');
          option.value = item.text;
          option.setAttribute('data-id', item.value);
          return option;
        }));
        keep();
      })
      .catch(function () {});
  });
  field.addEventListener('change', keep);
})();
</script>`;
}

/** The ASP.NET runtime's `__doPostBack`, with the two hidden fields WebForms puts in the form. */
function postBackScript(id: string): string {
  return `<input type="hidden" id="__EVENTTARGET" name="__EVENTTARGET" value=""><input type="hidden" id="__EVENTARGUMENT" name="__EVENTARGUMENT" value="">
<script type="text/javascript">
//<![CDATA[
var theForm = document.getElementById('${id}').form;
if (typeof window.__doPostBack !== 'function') {
  window.__doPostBack = function (eventTarget, eventArgument) {
    if (!theForm.onsubmit || theForm.onsubmit() !== false) {
      document.getElementById('__EVENTTARGET').value = eventTarget;
      document.getElementById('__EVENTARGUMENT').value = eventArgument;
      theForm.method = 'post';
      theForm.action = '/ApiRegistration/Register';
      theForm.submit();
    }
  };
}
//]]>
</script>`;
}

/** The registration form with its lists filled (the bootstrap dialect fills them from JSON, then the table). */
async function formFilled({ page }: TraitContext): Promise<void> {
  await page.waitForFunction(() => !document.body.textContent.includes('Loading...'));
}

/** What the picker is drawn as, read in the browser. */
async function pickerOn(context: TraitContext) {
  await formFilled(context);
  await revealGspSection(context);
  return context.page.evaluate(() => {
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const lists = Array.from(document.querySelectorAll('select')).filter(
      (list) => Array.from(list.options).length > 10,
    );
    const list = lists[0];
    const rect = list?.getBoundingClientRect();
    const style = list ? getComputedStyle(list) : undefined;
    const box = list?.nextElementSibling;
    const textBoxes = Array.from(document.querySelectorAll('input[type="text"],input:not([type])')).filter(
      visible,
    );
    return {
      lists: lists.length,
      display: style?.display ?? '',
      width: rect?.width ?? 0,
      onchange: list?.getAttribute('onchange') ?? '',
      combobox: box?.querySelector('[role="combobox"]') !== null && box !== undefined && box !== null,
      boxTag: box?.tagName ?? '',
      boxHasAria: box
        ? Array.from(box.querySelectorAll('*')).some((el) =>
            el.getAttributeNames().some((n) => n.startsWith('aria-') || n === 'role'),
          )
        : false,
      searchInBox: box?.querySelector('input') !== null && box !== undefined && box !== null,
      hiddenFields: document.querySelectorAll('input[type="hidden"]').length,
      textBoxes: textBoxes.length,
    };
  });
}

/** The GSP names the page offers for a query typed into the visible text box of the typeahead. */
async function offeredFor(context: TraitContext, query: string): Promise<string[]> {
  const { page } = context;
  const field = page.locator('input[autocomplete="off"][type="text"]').filter({ visible: true }).last();
  await field.fill(query);
  const menu = page.locator('[role="option"]').filter({ visible: true });
  await menu.first().waitFor({ timeout: 5000 });
  return menu.allInnerTexts();
}

export const GSP_PICKER_FORMS = {
  select: {
    description: 'a native <select>',
    trait: {
      screen: 'register',
      claim: 'the GSPs are a drawn native list that posts nothing when changed',
      check: async (context) => {
        const found = await pickerOn(context);
        must(found.lists === 1, `${found.lists} native lists of GSPs`);
        must(found.display !== 'none' && found.width > 20, `the native list is ${found.width} px wide`);
        must(found.onchange === '', `the list's onchange is "${found.onchange}"`);
      },
    },
    render: {
      focusId: (id) => id,
      control: (draw) => nativeList(draw),
    },
  },
  select2: {
    description: 'select2: a combobox over the native list shrunk to 1 px, a dropdown with a search box',
    trait: {
      screen: 'register',
      claim:
        'the native list is 1 px wide and followed by a role=combobox box; opening it shows a search box that filters the names',
      check: async (context) => {
        const found = await pickerOn(context);
        must(
          found.lists === 1 && found.width <= 1 && found.display !== 'none',
          `the native list is ${found.width} px wide`,
        );
        must(found.combobox, 'no role=combobox box after the native list');
        const { page } = context;
        await page.locator('[role="combobox"]').filter({ visible: true }).first().click();
        await page.locator('input[type="search"]').fill('vaya');
        const offered = await page.locator('[role="option"]').filter({ visible: true }).allInnerTexts();
        must(offered.length > 0 && offered.length < 5, `${offered.length} names offered for "vaya"`);
      },
    },
    render: {
      focusId: (id) => id,
      control: (draw) =>
        `${SELECT2_STYLE}${nativeList(draw, {
          listClass: 'select2-hidden-accessible',
          extra: ' tabindex="-1" aria-hidden="true"',
        })}<span class="select2 select2-container select2-container--default" dir="ltr" style="width: 360px;"><span class="selection"><span class="select2-selection select2-selection--single" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="0" aria-labelledby="select2-${escapeHtml(draw.id)}-container"><span class="select2-selection__rendered" id="select2-${escapeHtml(draw.id)}-container" role="textbox" aria-readonly="true"></span><span class="select2-selection__arrow" role="presentation"><b role="presentation"></b></span></span></span><span class="dropdown-wrapper" aria-hidden="true"></span></span>${select2Script(draw.id, draw.naming.placeholder)}`,
    },
  },
  chosen: {
    description:
      'Chosen: the native list hidden, an <a> box and a search box that matches word starts, no ARIA',
    trait: {
      screen: 'register',
      claim:
        'the native list is display:none, followed by a box without any role or aria-* that holds a search box',
      check: async (context) => {
        const found = await pickerOn(context);
        must(
          found.lists === 1 && found.display === 'none',
          `the native list's display is "${found.display}"`,
        );
        must(
          found.boxTag === 'DIV' && !found.boxHasAria && found.searchInBox,
          'no Chosen box without ARIA after it',
        );
      },
    },
    render: {
      focusId: (id) => id,
      control: (draw) =>
        `${CHOSEN_STYLE}${nativeList(draw, {
          // Chosen's placeholder is its data-placeholder over an empty first option.
          extra: `${attribute('data-placeholder', draw.naming.placeholder)} style="display: none;"`,
          ...(draw.naming.placeholder ? { emptyText: '' } : {}),
        })}<div class="chosen-container chosen-container-single" id="${escapeHtml(draw.id)}_chosen" title="" style="width: 360px;"><a class="chosen-single chosen-default"><span></span><div><b></b></div></a><div class="chosen-drop"><div class="chosen-search"><input class="chosen-search-input" type="text" autocomplete="off"></div><ul class="chosen-results"></ul></div></div>${chosenScript(draw.id)}`,
    },
  },
  typeahead: {
    description:
      'a typeahead: a text box offering at most eight names for what is typed, the choice in a hidden field',
    trait: {
      screen: 'register',
      claim:
        "no native list of GSPs, nor the browser's own; typing two letters offers at most eight names, all containing them",
      check: async (context) => {
        const found = await pickerOn(context);
        must(found.lists === 0, `${found.lists} native lists of GSPs`);
        const own = await context.page.locator('input[list]').count();
        must(own === 0, `${own} text boxes with the browser's own list`);
        const offered = await offeredFor(context, 'li');
        must(
          offered.length > 0 && offered.length <= 8 && offered.every((name) => /li/i.test(name)),
          `offered for "li": ${offered.join(', ')}`,
        );
      },
    },
    render: {
      focusId: (id) => `${id}_text`,
      control: (draw) => {
        const chosen = draw.gsps.find((gsp) => gsp.id === draw.selectedId);
        return `${TYPEAHEAD_STYLE}<span class="typeahead-wrap"><input type="text" id="${escapeHtml(draw.id)}_text" class="typeahead${draw.listClass === 'form-control' ? ' form-control' : ''}" autocomplete="off" style="width: 360px;"${attribute('value', chosen?.name)}${attribute('aria-label', draw.naming.ariaLabel)}${attribute('placeholder', draw.naming.placeholder)}><ul class="typeahead-menu" role="listbox" hidden></ul></span><input type="hidden" id="${escapeHtml(draw.id)}" name="${escapeHtml(draw.name)}"${attribute('value', draw.selectedId)}>${typeaheadScript(draw.id)}`;
      },
    },
  },
  datalist: {
    description:
      "an HTML5 text box with the browser's own list of names (<input list> and a <datalist>), the choice in a hidden field",
    trait: {
      screen: 'register',
      claim:
        'no native list of GSPs; a text box whose list names a <datalist> holding the names, every one of them or those matching what was typed',
      check: async (context) => {
        const found = await pickerOn(context);
        must(found.lists === 0, `${found.lists} native lists of GSPs`);
        const { page } = context;
        const field = page.locator('input[list]').filter({ visible: true });
        must((await field.count()) === 1, `${await field.count()} text boxes with a list`);
        await field.fill('vaya');
        await page.waitForFunction(() => {
          const box = document.querySelector('input[list]') as HTMLInputElement | null;
          return Array.from(box?.list?.options ?? []).some((option) => /vaya/i.test(option.value));
        });
      },
    },
    render: {
      focusId: (id) => `${id}_text`,
      control: (draw) => {
        const chosen = draw.gsps.find((gsp) => gsp.id === draw.selectedId);
        const names = draw.gsps
          .map((gsp) => `<option value="${escapeHtml(gsp.name)}" data-id="${escapeHtml(gsp.id)}"></option>`)
          .join('');
        return `<input type="text" id="${escapeHtml(draw.id)}_text" list="${escapeHtml(draw.id)}_names"${draw.listClass === 'form-control' ? ' class="form-control"' : ''} autocomplete="off" style="width: 360px;"${attribute('value', chosen?.name)}${attribute('aria-label', draw.naming.ariaLabel)}${attribute('placeholder', draw.naming.placeholder)}><datalist id="${escapeHtml(draw.id)}_names">${names}</datalist><input type="hidden" id="${escapeHtml(draw.id)}" name="${escapeHtml(draw.name)}"${attribute('value', draw.selectedId)}>${datalistScript(draw.id)}`;
      },
    },
  },
  autopostback: {
    description:
      "an ASP.NET AutoPostBack <select>: its onchange setTimeout('__doPostBack(...)') posts the page back, which empties the passwords",
    trait: {
      screen: 'register',
      claim: 'a drawn native list whose change posts the page back: the password typed before is empty after',
      check: async (context) => {
        const found = await pickerOn(context);
        must(found.lists === 1 && found.width > 20, `${found.lists} drawn native lists`);
        must(
          /setTimeout\('__doPostBack\(/.test(found.onchange),
          `the list's onchange is "${found.onchange}"`,
        );
        const { page } = context;
        const password = page.locator('input[type="password"]').first();
        await password.fill('Typed@123');
        const list = page.locator('select').filter({ has: page.locator('option', { hasText: 'Vayana' }) });
        await Promise.all([page.waitForEvent('load'), list.selectOption({ index: 3 })]);
        await formFilled(context);
        await revealGspSection(context);
        must((await password.inputValue()) === '', 'the password is kept after the postback');
        must((await list.inputValue()) !== '', 'the choice is lost after the postback');
      },
    },
    render: {
      focusId: (id) => id,
      control: (draw) =>
        `${nativeList(draw, {
          extra: ` onchange="javascript:setTimeout('__doPostBack(\\'${escapeHtml(draw.name)}\\',\\'\\')', 0)"`,
        })}${postBackScript(draw.id)}`,
    },
  },
  'bootstrap-select': {
    description:
      'bootstrap-select: a button and its menu with a live-search box first, the native list hidden last in their box',
    trait: {
      screen: 'register',
      claim:
        'the native list is display:none and the last in its box, after a button showing the choice; opening it shows a search box that filters the names',
      check: async (context) => {
        const found = await pickerOn(context);
        must(
          found.lists === 1 && found.display === 'none',
          `the native list's display is "${found.display}"`,
        );
        const { page } = context;
        const shape = await page.evaluate(() => {
          const list = Array.from(document.querySelectorAll('select')).find((l) => l.options.length > 10);
          const siblings = list?.parentElement ? Array.from(list.parentElement.children) : [];
          return {
            tags: siblings.map((el) => el.tagName).join(' '),
            last: siblings.at(-1) === list,
            buttonFirst: siblings[0]?.tagName === 'BUTTON',
          };
        });
        must(shape.last && shape.buttonFirst, `the native list's box holds ${shape.tags}`);
        // By structure, not class names (scrambled with the ids).
        const box = page
          .locator('select')
          .filter({ has: page.locator('option', { hasText: 'Vayana' }) })
          .locator('xpath=..');
        await box.locator('button').first().click();
        await box.locator('input[type="text"]').fill('vaya');
        const offered = await box.locator('li').filter({ visible: true }).allInnerTexts();
        must(offered.length > 0 && offered.length < 5, `${offered.length} names offered for "vaya"`);
      },
    },
    render: {
      // The page's label was written for the native list, as it was before the plugin drew it.
      focusId: (id) => id,
      control: (draw) =>
        `${BOOTSTRAP_SELECT_STYLE}${nativeList(draw, {
          listClass: 'selectpicker',
          extra: ' data-live-search="true" style="display: none;"',
        })}${bootstrapSelectScript(draw.id)}`,
    },
  },
} as const satisfies Record<string, GspPickerForm>;

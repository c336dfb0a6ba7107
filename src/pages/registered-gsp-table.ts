/**
 * The table of GSPs registered for this GSTIN, shown with the registration form. Its texts are
 * unpublished, so rows are read by the header cells that mention "GSP" and "User" when there
 * are such headers, and as plain cell texts otherwise.
 */
import { ScreenObject } from './screen-object.js';
import { actStarted } from './settled.js';

export interface RegisteredGsp {
  gsp: string;
  username?: string;
  cells: string[];
}

export class RegisteredGspTable extends ScreenObject {
  readonly screen = 'the table of GSPs registered for this GSTIN';

  /**
   * The rows of the table; none when the page shows no such table. A table the page fills from a
   * call of its own (AJAX), started as the form showed, is read once that call is answered and
   * what it brought is drawn: read at once, it showed no row, and a GSP registered already was
   * registered again.
   */
  async rows(): Promise<RegisteredGsp[]> {
    const { activity } = this.finder;
    if (await actStarted(this.page, activity)) {
      await activity.idle(this.timeout);
      await actStarted(this.page, activity);
    }
    // No table: no rows, in the same call.
    // A grid drawn by a script (Ext JS: its column headers `div`s of role columnheader in a row
    // of their own, each data row a table) is headed by those, as a person reads it.
    const rows = await this.evaluateOn(
      'result.registeredTable',
      (table) => {
        const USERNAME = /\bAPI_[A-Za-z0-9]+/;
        // As drawn: a web component's grid draws its cells' words through slots (vaadin-grid).
        const lib = (
          globalThis as {
            __einvPortalLib?: {
              said(el: Element): string;
              deepAll(root: ParentNode, selector: string): Element[];
            };
          }
        ).__einvPortalLib;
        const text = (cell: Element) =>
          ((lib ? lib.said(cell) : cell.textContent) ?? '').replace(/\s+/g, ' ').trim();
        // A grid drawn in a web component's shadow root holds its rows and cells through slots
        // (UI5's table): they are looked for as drawn.
        const drawnAll = (root: ParentNode, selector: string) =>
          lib ? lib.deepAll(root, selector) : Array.from(root.querySelectorAll(selector));
        // A grid whose header is a table of its own and its rows another after it (ZK's listbox,
        // a header table over a scrolling body): read as the one table a person sees.
        const holdsData = (each: Element) =>
          Array.from(each.querySelectorAll('tr')).some((tr) => tr.querySelector('td') !== null);
        // No table, but a list of the GSPs registered drawn as items (Ionic's ion-list: each
        // ion-item the GSP's name, then "API Username: API_… · Registered on …"): each item whose
        // words name an API_ username is a row, its lines its cells.
        if (!table) {
          const items = drawnAll(document, 'li,[role="listitem"]').filter((item) =>
            USERNAME.test(text(item)),
          );
          return items
            .filter((item) => !items.some((other) => other !== item && item.contains(other)))
            .map((item) => ({
              header: false,
              listed: true,
              // biome-ignore lint/performance/useDomNodeTextContent: its lines as drawn
              cells: (item as HTMLElement).innerText
                .split('\n')
                .map((line) => line.replace(/\s+/g, ' ').trim())
                .filter((line) => line !== ''),
            }));
        }
        const tables = table ? [table] : [];
        let around = table && !holdsData(table) ? table.parentElement : null;
        for (let depth = 0; table && around && depth < 4; depth++, around = around.parentElement) {
          const body = Array.from(around.querySelectorAll('table')).find(
            (each) =>
              each !== table &&
              !each.contains(table) &&
              table.compareDocumentPosition(each) & Node.DOCUMENT_POSITION_FOLLOWING &&
              holdsData(each),
          );
          if (body) {
            tables.push(body);
            break;
          }
        }
        const rows = tables
          .flatMap((each) => Array.from(each.querySelectorAll('tr')))
          .map((tr) => {
            const cells = Array.from(tr.querySelectorAll('th, td'));
            return {
              // Header cells and no data: a row's own header beside its data heads no column.
              header: cells.length > 0 && cells.every((cell) => cell.matches('th,[role="columnheader"]')),
              cells: cells.map(text),
            };
          });
        // Cells a script lays out itself, outside any row of a table (a grid drawn column by
        // column, Webix's): grouped into the rows a person reads, by the row they say they are
        // in, else by the line they are drawn on; each row read left to right.
        const lines = new Map<unknown, Element[]>();
        for (const cell of table ? drawnAll(table, '[role="gridcell"],[role="cell"]') : []) {
          if (cell.closest('tr')) continue;
          const key =
            cell.getAttribute('aria-rowindex') ??
            cell.closest('[role="row"]') ??
            Math.round(cell.getBoundingClientRect().top);
          lines.set(key, [...(lines.get(key) ?? []), cell]);
        }
        const left = (cell: Element) =>
          Number(cell.getAttribute('aria-colindex') ?? cell.getBoundingClientRect().left);
        const drawn = Array.from(lines.values(), (cells) => ({
          header: false,
          cells: cells.sort((a, b) => left(a) - left(b)).map(text),
        }));
        const columns = (table ? drawnAll(table, '[role="columnheader"]') : []).filter(
          (cell) => !cell.closest('tr'),
        );
        const all = [...rows, ...drawn].filter((row) => row.cells.some((cell) => cell !== ''));
        return columns.length > 0 && !all.some((row) => row.header)
          ? [{ header: true, cells: columns.map(text) }, ...all]
          : all;
      },
      undefined,
    );
    // A table without header cells (an older site's) is headed by its row naming a GSP column
    // among its first two that holds no API username, the one with most cells (not a title
    // spanning the table, "GSPs registered for GSTIN …").
    const headed =
      rows.find((row) => row.header) ??
      rows
        .slice(0, 2)
        .filter(
          (row) =>
            !('listed' in row) &&
            row.cells.length >= 3 &&
            row.cells.some((cell) => /gsp/i.test(cell)) &&
            !row.cells.some((cell) => /^API_/i.test(cell)),
        )
        .sort((a, b) => b.cells.length - a.cells.length)[0];
    if (headed) headed.header = true;
    const header = headed?.cells ?? [];
    const gspColumn = header.findIndex((cell) => /gsp/i.test(cell));
    const userColumn = header.findIndex((cell) => /user/i.test(cell));
    return rows
      .filter((row) => !row.header && row.cells.length > 1)
      .map((row) =>
        'listed' in row
          ? {
              gsp: row.cells.find((cell) => !/\bAPI_/i.test(cell)) ?? '',
              username: /\bAPI_[A-Za-z0-9]+/i.exec(row.cells.join(' '))?.[0],
              cells: row.cells,
            }
          : {
              gsp: (gspColumn >= 0 ? row.cells[gspColumn] : undefined) ?? row.cells.join(' '),
              username:
                userColumn >= 0 ? row.cells[userColumn] : row.cells.find((cell) => /^API_/i.test(cell)),
              cells: row.cells,
            },
      );
  }
}

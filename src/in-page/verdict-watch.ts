/**
 * The verdict watcher: runs in every document from its start (an init script; see
 * `PortalWatch.watchShown`) and reports to Node, through a binding, each verdict the page draws
 * as it appears (see messages.ts), so a toast that leaves the page after 3 s is caught all the
 * same; `__einvVerdicts.now()` answers with those showing. Before the load event nothing is
 * reported one by one: the document is looked at whole once it has loaded (its stylesheets too).
 */
import { type DrawnVerdict, drawnVerdicts, verdictsByUnit } from './messages.js';
import { composedContains } from './text.js';

type Shown = DrawnVerdict & { doc: string };

export function verdictWatcher(binding: string): void {
  const holder = globalThis as unknown as Record<string, unknown> & { __einvVerdicts?: unknown };
  if (holder.__einvVerdicts || !/^https?:$/.test(location.protocol)) return;
  const doc = Math.random().toString(36).slice(2);
  /** The elements each reported text was read in: a text is new again only once none of them still reads it. */
  const readIn = new Map<string, Set<Element>>();
  const inDoc = (root: Element): Shown[] =>
    [...verdictsByUnit(root)].map(([unit, shown]) => {
      const units = readIn.get(shown.text) ?? new Set<Element>();
      readIn.set(shown.text, units.add(unit));
      return { ...shown, doc };
    });
  const stillRead = (text: string): boolean =>
    [...(readIn.get(text) ?? [])].some(
      (unit) => unit.isConnected && (unit.textContent ?? '').replace(/\s+/g, ' ').includes(text),
    );
  /** Texts whose words left the page somewhere: forgotten at the next look unless still read where they were. */
  const left = new Set<string>();
  const send = (shown: Shown[]) => {
    const report = holder[binding] as ((shown: Shown[]) => Promise<void>) | undefined;
    if (shown.length > 0) report?.(shown).catch(() => undefined);
  };
  const reported = new Set<string>();
  const pending = new Set<Element>();
  let scheduled = false;
  const look = () => {
    scheduled = false;
    const all = [...pending];
    pending.clear();
    // The same words twice (a refusal cleared under the field while its toast still shows) leave
    // with the one, not the other: the toast stays read, however its box is taken apart later.
    for (const text of left) {
      if (!stillRead(text)) {
        reported.delete(text);
        readIn.delete(text);
      }
    }
    left.clear();
    const roots = all.filter(
      (el) => el.isConnected && !all.some((other) => other !== el && composedContains(other, el)),
    );
    const fresh = roots.flatMap(inDoc).filter((shown) => !reported.has(shown.text));
    for (const shown of fresh) reported.add(shown.text);
    send(fresh);
  };
  const observer = new MutationObserver((records) => {
    if (document.readyState !== 'complete') return;
    for (const record of records) {
      const target =
        record.target.nodeType === Node.ELEMENT_NODE
          ? (record.target as Element)
          : record.target.parentElement;
      if (target) pending.add(target);
      // A verdict that leaves may come back in the same words (the same refusal twice).
      for (const node of Array.from(record.removedNodes)) {
        const gone = node.textContent?.replace(/\s+/g, ' ').trim();
        if (!gone) continue;
        for (const text of reported) if (gone.includes(text) || text.includes(gone)) left.add(text);
      }
    }
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(look);
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['style', 'class', 'hidden', 'open'],
  });
  const whole = () => {
    const shown = document.body ? inDoc(document.body) : [];
    for (const text of shown) reported.add(text.text);
    send(shown);
  };
  if (document.readyState === 'complete') whole();
  else addEventListener('load', whole, { once: true });
  holder.__einvVerdicts = {
    now: () => ({ doc, texts: document.body ? drawnVerdicts(document.body).map((shown) => shown.text) : [] }),
  };
}

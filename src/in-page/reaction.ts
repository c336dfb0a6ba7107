/**
 * What the page does in answer to the bot's own act (a choice, typing): a script may post the
 * page back right after it (ASP.NET AutoPostBack through a `setTimeout`), or send a call (an
 * UpdatePanel). Node sees the calls as they start; a document leaving is told here, by the
 * Navigation API's `navigate` event (a form posted, a location set) or `beforeunload`, watched
 * from the moment the library is installed on the document.
 */

/** Starts watching the document for a navigation away from it; the answer says whether one began. */
export function leavingWatch(): () => boolean {
  let leaving = false;
  const away = () => {
    leaving = true;
  };
  type NavigateEvent = Event & { destination?: { sameDocument?: boolean } };
  const navigation = (globalThis as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigate', (event) => {
    if (!(event as NavigateEvent).destination?.sameDocument) away();
  });
  addEventListener('beforeunload', away);
  return () => leaving;
}

/**
 * Lets the page's scripts run two turns of its event loop (a handler's timer without a delay runs
 * in the first), then says whether the document has begun to leave.
 */
export async function afterTurns(leaving: () => boolean): Promise<boolean> {
  await nextTurn();
  await nextTurn();
  return leaving();
}

/** The next turn of the event loop: after the timers already due (a timer without a delay, no sleep). */
function nextTurn(): Promise<void> {
  let next: () => void = () => undefined;
  const turn = new Promise<void>((resolve) => {
    next = resolve;
  });
  setTimeout(next);
  return turn;
}

/**
 * The entry of the verdict watcher's bundle: its value is `{ watch }`, run as an init script with
 * the binding's name (see `PortalWatch.watchShown`).
 */
import { verdictWatcher } from './verdict-watch.js';

export const lib = { watch: verdictWatcher };

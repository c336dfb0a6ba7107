/**
 * Window or not, settled by `register` and `batch` after their input is checked and before any
 * browser starts: on a machine without a display (SSH, a container) a headed Chromium cannot
 * start, and Playwright's own complaint about it reads like a crash.
 */
import { chooseWindow } from '../browser.js';
import type { RunSettings } from '../config.js';
import type { CliIO } from './context.js';

/** Turns a run without a display headless, saying so; refuses an explicit --headed there (exit 2). */
export function useWindowIfAny(
  settings: RunSettings,
  io: Pick<CliIO, 'env' | 'print'>,
  command: string,
): void {
  const window = chooseWindow(settings, io.env, command);
  settings.headless = window.headless;
  if (window.notice) io.print(window.notice);
}

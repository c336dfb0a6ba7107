/** Files and folders readable by their owner only: run folders hold GSTINs, logs and screenshots. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';

export const OWNER_ONLY_FILE = 0o600;
export const OWNER_ONLY_DIR = 0o700;

/** Writes a file readable by the owner only, atomically (no half-written report after a crash). */
export function writePrivateFile(path: string, data: string | Buffer): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, data, { mode: OWNER_ONLY_FILE });
  renameSync(temporary, path);
}

export function makePrivateDir(path: string): string {
  mkdirSync(path, { recursive: true, mode: OWNER_ONLY_DIR });
  return path;
}

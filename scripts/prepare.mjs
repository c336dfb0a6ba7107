// npm runs `prepare` after `npm ci` in a checkout, and again whenever npx links this folder to run
// its bin (`npx einv-gsp ...` from the checkout, npm 11). A build newer than every source it is
// made from is kept: building again there cost the command half a minute before it started, and
// rewrote dist/ under whatever was running from it. Anything missing or older is built as ever.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** What the build reads (tsconfig.build.json's `include`, the bundler and the configs). */
const SOURCES = [
  'src',
  'flows',
  'test/mock-portal',
  'test/renditions',
  'test/in-process.ts',
  'test/command-host.ts',
  'scripts',
  'bench',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
];
/** Written by every build (tsc emits each file each time). */
const BUILT = 'dist/src/cli.js';

function newest(path) {
  const stat = statSync(join(root, path));
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(join(root, path), { recursive: true, encoding: 'utf8' })
    .map((name) => statSync(join(root, path, name)).mtimeMs)
    .reduce((a, b) => Math.max(a, b), 0);
}

function upToDate() {
  try {
    const built = statSync(join(root, BUILT)).mtimeMs;
    return SOURCES.every((path) => newest(path) <= built);
  } catch {
    return false;
  }
}

if (!upToDate()) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const { status } = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  process.exitCode = status ?? 1;
}

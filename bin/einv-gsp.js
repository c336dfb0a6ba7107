#!/usr/bin/env -S node --
// The installed command: everything lives in the compiled src/cli.ts (npm ci builds it).
// The `--` in the first line ends Node's own options, so the command's `--env-file` is never
// taken for Node's: Node (20 and later) reads `--env-file <file>` anywhere on its command line,
// after the script too, and stops before running anything ("node: prod.env: not found", exit 9).
// For the same reason, run it as `node -- bin/einv-gsp.js ...` when naming node yourself.
import { main, surviveHangUp } from '../dist/src/cli.js';

// A dropped SSH session or a closed window must not end the process before its report is written.
surviveHangUp();

process.exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  stdin: process.stdin,
  print: (line) => process.stdout.write(`${line}\n`),
  printError: (line) => process.stderr.write(`${line}\n`),
});

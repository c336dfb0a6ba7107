#!/usr/bin/env node
// The installed command: everything lives in the compiled src/cli.ts (npm ci builds it).
import { main } from '../dist/src/cli.js';

process.exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  stdin: process.stdin,
  print: (line) => process.stdout.write(`${line}\n`),
  printError: (line) => process.stderr.write(`${line}\n`),
});

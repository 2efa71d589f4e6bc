#!/usr/bin/env node
// The installed command. Runs the bundled CLI (dist/bundle, built by `npm run build`, which `prepare`
// runs on install); falls back to the plain compiled modules in dist/cli if the bundle is absent.
import { existsSync } from 'node:fs';

const bundled = new URL('../dist/bundle/entry.js', import.meta.url);
const { main } = await import(existsSync(bundled) ? bundled.href : '../dist/cli/entry.js');
main();

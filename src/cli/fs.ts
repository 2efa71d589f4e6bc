/**
 * The two file operations a single-article run needs, as promises over Node's callback API: importing
 * node:fs/promises loads its own module graph (file handles, streams, readline), which a one-file run
 * would pay for at start-up and never use.
 */
import { readFile as readFileCallback, stat as statCallback } from 'node:fs';
import { promisify } from 'node:util';

export const readFile = promisify(readFileCallback);
export const stat = promisify(statCallback);

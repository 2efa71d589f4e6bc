/**
 * The two file operations a single-article run needs, as promises over Node's callback API: importing
 * node:fs/promises loads its own module graph (file handles, streams, readline), which a one-file run
 * would pay for at start-up and never use.
 */
import { readFile as readFileCallback, stat as statCallback, type Stats } from 'node:fs';

export function readFile(file: string): Promise<Buffer> {
  return new Promise((resolve, reject) => readFileCallback(file, (err, data) => (err ? reject(err) : resolve(data))));
}

export function stat(file: string): Promise<Stats> {
  return new Promise((resolve, reject) => statCallback(file, (err, info) => (err ? reject(err) : resolve(info))));
}

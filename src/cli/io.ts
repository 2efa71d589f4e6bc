/** What the CLI touches in the outside world, so tests can run it in-process. */
export interface CliIO {
  stdout: { write(chunk: string): boolean | void; isTTY?: boolean; columns?: number };
  stderr: { write(chunk: string): boolean | void; isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

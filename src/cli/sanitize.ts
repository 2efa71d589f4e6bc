/**
 * Terminal safety: an article's bytes must never drive the user's terminal. Removes ANSI/OSC escape
 * sequences, C0/C1 control characters (keeping tab and newline) and bidirectional override/isolate
 * characters. Single-pass regexes with no nested quantifiers: linear time.
 */
// CSI … final byte, OSC … BEL/ST, other two-byte ESC sequences, 8-bit CSI.
const ESCAPES = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]|\u009B[0-?]*[ -/]*[@-~]/gu;
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;
const BIDI_OVERRIDES = /[\u202A-\u202E\u2066-\u2069]/gu;

export function safeForTerminal(s: string): string {
  return s.replace(ESCAPES, '').replace(CONTROLS, '').replace(BIDI_OVERRIDES, '');
}

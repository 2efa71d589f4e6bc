/** Kept in step with package.json (a test checks). Not read from package.json at run time: saves a file read at start-up. */
export const VERSION = '0.1.0';

/** Library entry point: the same engine the CLI uses. */
export { summarise, summariseArticle, buildArticle } from './pipeline.js';
export { toJson } from './output.js';
export type * from './types.js';

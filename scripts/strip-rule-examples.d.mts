export declare const EXAMPLE_PROPERTIES: ReadonlySet<string>;
export declare function stripExampleProperties(source: string, fileName: string, ts: typeof import('typescript')): string;

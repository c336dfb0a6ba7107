/** Types for scripts/bundle-in-page.mjs (run by node before tsc, so plain JavaScript). */
export declare const GENERATED_PATH: string;
export declare function generatedSource(): Promise<string>;
export declare function generatedIsCurrent(): Promise<boolean>;

/** Types of scripts/electron-native.mjs, for the tests that import it. */
export declare const binary: string
export declare function wantedStamp(env?: NodeJS.ProcessEnv): Record<string, string>
export declare function isUpToDate(wanted: Record<string, string>): boolean

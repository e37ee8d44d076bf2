/** The message of anything thrown, for showing or logging. */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

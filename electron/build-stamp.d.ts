export function newestMtime(target: string): number;
export function stampIsFresh(stamp: string, root: string, inputs: readonly string[]): boolean;

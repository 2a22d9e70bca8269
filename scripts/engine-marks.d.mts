// Types of scripts/engine-marks.mjs, for the test that the generated table of marks is current.
export const GENERATED: string;
export function engineMarksSource(): string;

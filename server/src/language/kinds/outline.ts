// Number formatting for the outlines' SVG path data: one decimal is finer than a pixel.
export const n = (value: number): string => String(Math.round(value * 10) / 10);

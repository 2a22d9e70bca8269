// Decoding of string literals: escapes \" \\ \n \t \u{hex}.

export interface DecodedString {
  value: string;
  errors: string[];
}

export function decodeString(image: string): DecodedString {
  const closed = image.length >= 2 && image.endsWith('"') && !image.endsWith('\\"');
  const body = image.slice(1, closed ? -1 : undefined);
  const errors: string[] = [];
  const value = body.replace(/\\(u\{([0-9A-Fa-f]{1,6})\}|.)/g, (whole, escape: string, hex: string | undefined) => {
    if (hex !== undefined) {
      const code = parseInt(hex, 16);
      if (code <= 0x10ffff) return String.fromCodePoint(code);
    }
    switch (escape) {
      case '"': return '"';
      case '\\': return '\\';
      case 'n': return '\n';
      case 't': return '\t';
      default:
        errors.push(`Unknown escape '${whole}' in string: use \\", \\\\, \\n, \\t or \\u{hex}.`);
        return whole;
    }
  });
  return { value, errors };
}

/** The inverse of decodeString, for writing strings back out (formatter, quick fixes). */
export function encodeString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}

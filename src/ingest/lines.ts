/** Splitting text into candidate lines. Each non-blank line is a candidate block. */

export interface Line {
  /** 0-based line number in the body. */
  index: number;
  /** The line exactly as in the file (no line terminator). */
  raw: string;
  /** The line trimmed of surrounding whitespace and invisible marks; internal whitespace kept. */
  text: string;
  /** True when the line starts with whitespace (layout such as caption continuations). */
  indented: boolean;
}

const EDGE = /^[\s\u200B-\u200F\u2060\u202A-\u202E\u2066-\u2069\uFEFF]+|[\s\u200B-\u200F\u2060\u202A-\u202E\u2066-\u2069\uFEFF]+$/gu;

/** Splits on any line terminator (LF, CRLF, CR, U+2028/U+2029). */
export function toLines(body: string): Line[] {
  return body.split(/\r\n|[\n\r\u2028\u2029]/u).map((raw, index) => ({
    index,
    raw,
    text: raw.replace(EDGE, ''),
    indented: /^[ \t\u00A0\u3000]+\S/u.test(raw),
  }));
}

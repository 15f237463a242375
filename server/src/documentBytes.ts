// Turns a file's bytes into article text, refusing binary data with a reason.
const SAMPLE = 8192;

export function decodeDocument(bytes: Uint8Array): { text: string } | { error: string } {
  // UTF-16 with its byte-order mark, as Windows programs save "Unicode text".
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      return { error: `not valid ${utf16.toUpperCase()} text; skipped (save the file as UTF-8)` };
    }
    if (text.slice(0, SAMPLE).includes('\0')) return { error: 'binary file (contains NUL characters); skipped' };
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  const sample = bytes.subarray(0, SAMPLE);
  if (sample.includes(0)) return { error: 'binary file (contains NUL bytes); skipped' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: 'not valid UTF-8 text; skipped (save the file as UTF-8)' };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** True when text from an editor looks binary (NUL or many control characters). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

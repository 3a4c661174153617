// Finds error codes in what people paste, in every spelling: 0x80070422, 0X80070422, 80070422,
// the signed decimal -2147024862, inside sentences and log lines. Returns 0x + 8 upper-case hex.
const HEX = /(?<![0-9A-Za-z_.])(?:0x)?([0-9A-F]{8})(?![0-9A-Za-z_])/gi;
const SIGNED_DECIMAL = /(?<![0-9A-Za-z_.])-(\d{10})(?![0-9])/g;

export function normalizeCode(hex: string): string {
  return `0x${hex.toUpperCase()}`;
}

function fromSignedDecimal(digits: string): string | undefined {
  const n = Number(digits);
  if (n < 1 || n > 2 ** 31) return undefined;
  return normalizeCode((2 ** 32 - n).toString(16).padStart(8, '0'));
}

/** Every code in the text, in order of appearance, each once. */
export function findCodes(text: string): string[] {
  const found: { at: number; code: string }[] = [];
  for (const m of text.matchAll(HEX)) {
    const hex = m[1] ?? '';
    const prefixed = /^0x/i.test(m[0]);
    // A bare 8-digit word is a code only when it reads as a failure HRESULT (8xxxxxxx or Cxxxxxxx)
    // and is not just a word made of the letters A-F.
    if (!prefixed && (!/^[8c]/i.test(hex) || !/\d/.test(hex))) continue;
    found.push({ at: m.index ?? 0, code: normalizeCode(hex) });
  }
  for (const m of text.matchAll(SIGNED_DECIMAL)) {
    const code = fromSignedDecimal(m[1] ?? '');
    if (code) found.push({ at: m.index ?? 0, code });
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.code))];
}

/** Removes the codes from the text, so full-text search is not thrown by them. */
export function stripCodes(text: string): string {
  return text.replace(HEX, ' ').replace(SIGNED_DECIMAL, ' ');
}

/** The Win32 error inside a 0x8007xxxx code, in decimal (0x80070643 -> 1603). */
export function win32Of(code: string): number | undefined {
  return /^0x8007/i.test(code) ? parseInt(code.slice(6), 16) : undefined;
}

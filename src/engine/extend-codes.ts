// Windows Setup reports a result code with an extend code ("0xC1900101 - 0x4000D"): the extend code's
// first digit is the phase Setup was in, its last two the operation. The code table that documents them
// (knowledge/tables/setup.yaml, extend_codes) is read here, so an answer can say where an upgrade failed
// without guessing.
import type { CodeTable } from '../knowledge/schema.ts';
import { normalizeCode } from './codes.ts';

type ExtendCodes = NonNullable<CodeTable['extend_codes']>;

/** A result code and its extend code as Setup writes them, dash between: "0xC1900101-0x20017", "0x80070003 - 0x2000D". */
const WITH_EXTEND = /(?<![0-9A-Za-z])0x([0-9a-f]{8})\s*[-–—]\s*0x([0-9a-f]{5})(?![0-9A-Za-z])/gi;

/** Each code in the text said with an extend code, and that extend code (the first one said for it). */
export function extendCodesIn(text: string): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  // Most questions have no code at all, and few of those with one give an extend code.
  if (!/0x[0-9a-f]{8}\s*[-–—]/i.test(text)) return found;
  for (const m of text.matchAll(WITH_EXTEND)) {
    const code = normalizeCode(m[1]!);
    if (!found.has(code)) found.set(code, normalizeCode(m[2]!));
  }
  return found;
}

/** The extend codes a table documents, read once: phase and operation by their hex value. */
export class ExtendCodeReader {
  private readonly phases: ReadonlyMap<string, ExtendCodes['phases'][number]>;
  private readonly operations: ReadonlyMap<string, ExtendCodes['operations'][number]>;

  constructor(private readonly doc: ExtendCodes) {
    this.phases = new Map(doc.phases.map((p) => [p.value, p]));
    this.operations = new Map(doc.operations.map((o) => [o.value, o]));
  }

  /** The first table that documents extend codes, if any does. */
  static from(tables: readonly CodeTable[]): ExtendCodeReader | undefined {
    const doc = tables.find((t) => t.extend_codes)?.extend_codes;
    return doc ? new ExtendCodeReader(doc) : undefined;
  }

  /**
   * What an extend code (0x4000D) says: its phase and operation, each by the documented name, or that the
   * documentation does not list it. Undefined when the value does not read as phase and operation.
   */
  describe(extend: string): string | undefined {
    const digits = extend.replace(/^0x/i, '').toUpperCase();
    if (!/^[0-9A-F]{5}$/.test(digits)) return undefined;
    const phaseValue = digits[0]!;
    const operationValue = Number.parseInt(digits.slice(3), 16).toString(16).toUpperCase();
    const parts = [
      said('Phase', phaseValue, this.phases.get(phaseValue), 'phases'),
      said('Operation', operationValue, this.operations.get(operationValue), 'operations'),
    ];
    if (this.doc.note) parts.push(this.doc.note);
    return parts.join(' ');
  }
}

/** One part of an extend code by its documented name and meaning, or that Microsoft's list does not have it. */
function said(part: string, value: string, item: { name: string; meaning?: string } | undefined, list: string): string {
  if (!item) return `${part} ${value} is not in Microsoft's list of ${list}.`;
  return `${part} ${value}: ${item.name}${item.meaning ? ` (${item.meaning.replace(/\.$/, '')})` : ''}.`;
}

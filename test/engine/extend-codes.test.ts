// Setup's extend codes, read from the code table that documents them (knowledge/tables/setup.yaml).
import { describe, expect, it } from 'vitest';
import { ExtendCodeReader, extendCodesIn } from '../../src/engine/extend-codes.ts';
import { Engine } from '../../src/engine/answer.ts';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';

const kb = loadKnowledgeOrThrow('knowledge');
const reader = ExtendCodeReader.from(kb.tables)!;

describe('extendCodesIn', () => {
  it.each([
    ['0xC1900101 - 0x4000D', '0xC1900101', '0x4000D'],
    ['upgrade failed with 0xc1900101-0x20017 again', '0xC1900101', '0x20017'],
    ['0x80070003 – 0x2000d during setup', '0x80070003', '0x2000D'],
  ])('reads the extend code said with its result code: %j', (text, code, extend) => {
    expect(extendCodesIn(text).get(code)).toBe(extend);
  });

  it('reads none where a code stands alone, or beside something that is no extend code', () => {
    expect(extendCodesIn('0xC1900101 again').size).toBe(0);
    expect(extendCodesIn('0x80070005 - 0x80070422').size).toBe(0);
    expect(extendCodesIn('{C3B2F1A3-1D2E-4F5A-9B8C-0123456789AB}').size).toBe(0);
  });
});

describe('ExtendCodeReader', () => {
  it('names the phase and the operation as Microsoft documents them', () => {
    const said = reader.describe('0x4000D')!;
    expect(said).toMatch(/Phase 4: SP_EXECUTION_OOBE_BOOT/);
    expect(said).toMatch(/second boot phase/);
    expect(said).toMatch(/Operation D: SP_EXECUTION_OP_MIGRATE_DATA/);
    // An operation of two hex digits.
    expect(reader.describe('0x30018')).toMatch(/Operation 18: SP_EXECUTION_OP_SYSPREP/);
  });

  it('says when a phase or an operation is not in the list, rather than guessing', () => {
    expect(reader.describe('0x900FF')).toMatch(
      /Phase 9 is not in Microsoft's list.*Operation FF is not in Microsoft's list/,
    );
    expect(reader.describe('0x4D')).toBeUndefined();
  });
});

describe('an answer to a code with its extend code', () => {
  const engine = new Engine(kb);

  it("leads with the code's entry and says where Setup failed", () => {
    const a = engine.ask('feature update rolled back with 0xC1900101 - 0x4000D');
    expect(a.entry?.id).toBe('error-0xc1900101');
    const field = a.card.lead.find((f) => f.name === 'Extend code: 0x4000D');
    expect(field?.value).toMatch(/SP_EXECUTION_OOBE_BOOT/);
  });

  it("keeps a code of any family with Setup's extend code as Windows Setup's, beside a device", () => {
    const upgrade = engine.ask(
      'the upgrade to 11 keeps failing with 0x80070003 - 0x2000D, I have an old printer plugged in, could that be it?',
    );
    expect(upgrade.entry?.id).toBe('error-0x80070003');
    // The same code alone beside a broken printer is the printer's.
    expect(engine.ask('printer stopped working, error 0x80070003').status).toBe('decline');
  });

  it('says it for /wu error too, and says nothing of an extend code not given', () => {
    expect(engine.error('0xC1900101-0x20017').card.lead.some((f) => /SP_EXECUTION_SAFE_OS/.test(f.value))).toBe(true);
    expect(engine.ask('0xC1900101').card.lead.some((f) => f.name.startsWith('Extend code'))).toBe(false);
  });
});

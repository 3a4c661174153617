import { describe, expect, it } from 'vitest';
import {
  findCodes,
  findShortCodes,
  locateCodes,
  locateWin32,
  orderCodes,
  stripCodes,
  win32Of,
} from '../../src/engine/codes.ts';

describe('findCodes', () => {
  it.each([
    ['0x80070422', '0x80070422'],
    ['0X80070422', '0x80070422'],
    ['80070422', '0x80070422'],
    ['0x8024a10a', '0x8024A10A'],
    ['c1900101', '0xC1900101'],
    // 0x80070422 as a signed 32-bit integer, as .NET and PowerShell print HRESULTs
    ['-2147023838', '0x80070422'],
    ['-2147024891', '0x80070005'],
  ])('reads %s as %s', (input, code) => {
    expect(findCodes(input)).toEqual([code]);
  });

  it('finds a code inside a sentence and inside a log line', () => {
    expect(findCodes('Install error - 0x80070643 while updating Defender')).toEqual(['0x80070643']);
    expect(findCodes('2026/11/27 10:00:01 Agent * FATAL: hr=0x8024402C, retrying')).toEqual(['0x8024402C']);
    expect(findCodes('(Error 0x800F0922).')).toEqual(['0x800F0922']);
    // A localized update history joins the date and the code with a dash; a bare number after a dash
    // stays a number.
    expect(findCodes('2023/1/14-0x800f081f')).toEqual(['0x800F081F']);
    expect(findCodes('ticket 2023-80070422')).toEqual([]);
    // The last part of a name joined by an underscore (a docs page's or a log's name for the code).
    expect(findCodes('Content: Get-WindowsUpdateLog (WindowsUpdate) WindowsUpdate_80072EFE')).toEqual(['0x80072EFE']);
    expect(findCodes('build_80070422abc')).toEqual([]);
    // Between underscores, or a hash or an id outside Windows Update's code families, it is not one.
    expect(findCodes('setup_80070422_x64.log')).toEqual([]);
    expect(findCodes('build_8d4b2e1f.log shows failure, order_80012345 not shipped')).toEqual([]);
  });

  it('reads a code typed off the screen in two groups of four, or with the letter O for a zero', () => {
    expect(findCodes('0x8007 0005 when installing')).toEqual(['0x80070005']);
    expect(findCodes('got 0x800f-0922 again')).toEqual(['0x800F0922']);
    // ...with a space after the 0x too, and the text as long as it was.
    expect(findCodes("Getting '0x 8007 0422' from windows update")).toEqual(['0x80070422']);
    expect(stripCodes('0x 8024 401c on scan').trim()).toBe('on scan');
    expect(findCodes('upgrade fails 0xC19001O1')).toEqual(['0xC1900101']);
    // ...even its first zero ("Ox8007..."), but not an O inside a word ("box80070005").
    expect(findCodes('windows update says Ox80070005')).toEqual(['0x80070005']);
    expect(findCodes('the box80070005 label')).toEqual([]);
    // After 0x8007, four decimal digits are the Win32 error as people know it: 1058 is 0x422.
    expect(findCodes('0x8007 1058 windows update')).toEqual(['0x80070422']);
    // The second group goes with the first: nothing of it is left for the search to read as a number.
    expect(stripCodes('0x8007 0005 access denied').trim()).toBe('access denied');
    // Only four hex digits after the first half of a family's code: a year is not part of it.
    expect(findCodes('0x8007 in 2024, then 0x8007 20245')).toEqual([]);
  });

  it('reads a code typed one digit short, the zero after its family dropped, as the code it would be', () => {
    expect(findShortCodes('keeps failing w 0x800f983 on 24h2')).toEqual(['0x800F0983']);
    expect(findShortCodes('error 0x8007422')).toEqual(['0x80070422']);
    // Only where the text speaks of an error or of updating: elsewhere it is more often an address.
    expect(findShortCodes('the bootloader jumps to 0x800f983 and hard faults')).toEqual([]);
    // Only after a family of Windows Update's parts, and only seven digits.
    expect(findShortCodes('0x1234567 and 0x80070422')).toEqual([]);
    expect(stripCodes('failing w 0x800f983 on 24h2').replace(/\s+/g, ' ')).toBe('failing w on 24h2');
  });

  it('reads a code read aloud, as phone dictation writes it, after "zero x"', () => {
    expect(findCodes('error code zero x eight zero zero F zero nine two two what does that mean')).toEqual([
      '0x800F0922',
    ]);
    expect(findCodes('zero x eight oh oh seven oh four two two')).toEqual(['0x80070422']);
    // Letters said by name.
    expect(findCodes('zero x eight zero zero eff zero nine two two on the cumulative update')).toEqual(['0x800F0922']);
    // The words go with the code, so the search does not read them as the question's.
    expect(stripCodes('what does zero x eight zero two four zero zero one e mean').replace(/\s+/g, ' ')).toBe(
      'what does mean',
    );
    // Not without "zero x", nor with too few or too many digits after it.
    expect(findCodes('error eight zero zero seven zero four two two')).toEqual([]);
    expect(findCodes('I have zero x interest in that')).toEqual([]);
    expect(findCodes('zero x eight zero zero seven zero four two two one')).toEqual([]);
  });

  it('reads an HRESULT printed as an unsigned decimal, only where the text calls it an error or a tool returns it', () => {
    expect(findCodes('the installer returned error 2147942405 and stopped')).toEqual(['0x80070005']);
    expect(findCodes('HResult: 2149842967 in the agent log')).toEqual(['0x80240017']);
    expect(findCodes('the installer failed with 2147942402 again')).toEqual(['0x80070002']);
    expect(findCodes('setup.exe exit code 2147942405')).toEqual(['0x80070005']);
    // A management tool returning or reporting it, as ConfigMgr's console does.
    expect(findCodes('ConfigMgr is reporting 2149859372 for the scan')).toEqual(['0x8024402C']);
    expect(findCodes('the deployment script returns 2147942405')).toEqual(['0x80070005']);
    expect(findCodes('the disk reported 2147942405 bytes free')).toEqual([]);
    // A size is not a code, whatever word stands before it.
    expect(findCodes('the download failed with 2147942405 bytes left')).toEqual([]);
    expect(findCodes('downloaded 2147942402 bytes, order 2147942405 shipped')).toEqual([]);
    // Below 0x80000000 it is no failure code.
    expect(findCodes('error 1234567890')).toEqual([]);
    expect(stripCodes('with error 2147942405 today').replace(/\s+/g, ' ')).toBe('with error today');
  });

  it('reads ten digits sent alone as an HRESULT, but not ten digits among other words or below the failure range', () => {
    expect(findCodes(' 2147942402\n')).toEqual(['0x80070002']);
    expect(findCodes('#2147942402?')).toEqual(['0x80070002']);
    expect(findCodes('ticket 2147942402 is closed')).toEqual([]);
    expect(findCodes('1234567890')).toEqual([]);
  });

  it('reads a paste with long runs of blanks as quickly as any other (it once took seconds)', () => {
    const blanks = `error 1${' '.repeat(4000)}fails`;
    expect(findCodes(blanks)).toEqual([]);
    expect(stripCodes(blanks)).toBe(blanks);
    expect(findCodes(`exit code${' '.repeat(4)}2147942405${' '.repeat(4000)}`)).toEqual(['0x80070005']);
  });

  it('finds every code in one question, in order, once each', () => {
    expect(findCodes('Failed to install updates 0x80070005, 0x800f081f, 0x8024001e and 0x80070005 again')).toEqual([
      '0x80070005',
      '0x800F081F',
      '0x8024001E',
    ]);
  });

  it('puts a code the error no longer is after the one it is now', () => {
    expect(findCodes('now instead of 0x80070005 it says 0x80070002')).toEqual(['0x80070002', '0x80070005']);
    expect(findCodes('the error changed from 0x80070005 to 0x80070002')).toEqual(['0x80070002', '0x80070005']);
    // ...and the one said as what it is now comes first.
    expect(findCodes('it was 0x800f081f yesterday but now it is 0x800f0991')).toEqual(['0x800F0991', '0x800F081F']);
    // Said one after the other, they stay in order.
    expect(findCodes('0x80070005 and then 0x80070002')).toEqual(['0x80070005', '0x80070002']);
  });

  it.each([
    // Past: fixed, gone, no longer seen, before a step; the one after a step, the next problem, the new one is current.
    ['we fixed 0x80070422 last week. next issue: 0x800f081f', ['0x800F081F', '0x80070422']],
    ['0x8024402c is gone after the proxy change, the install fails with 0x80070643', ['0x80070643', '0x8024402C']],
    ['before the DISM run: 0x800f0922. after the DISM run: 0x80073712', ['0x80073712', '0x800F0922']],
    ['it gave 0x80070002 this morning and this afternoon 0x80070003', ['0x80070002', '0x80070003']],
    ['the old code was 0x8024a105; the new one is 0x80070643', ['0x80070643', '0x8024A105']],
    ['0x80240034 became 0x80070005 once I cleared the cache', ['0x80070005', '0x80240034']],
    // Words of time or order that tell no change leave the order as said.
    ['the first error is 0x80070005 and the second is 0x80070002', ['0x80070005', '0x80070002']],
    ['fails with 0x80070005 before the download starts, and with 0x80070002 later', ['0x80070005', '0x80070002']],
    ['0x80070005 keeps appearing. Earlier today: 0x80070002', ['0x80070005', '0x80070002']],
  ])('reads which code is past by the words around it: %j', (text, codes) => {
    expect(findCodes(text)).toEqual(codes);
  });

  it('orders codes of every spelling together, a Win32 number among them', () => {
    const text = 'I fixed 0x80070005, now net start wuauserv says System error 1058';
    const found = [...locateCodes(text).found, ...locateWin32(text)];
    expect(orderCodes(text, found)).toEqual(['0x80070422', '0x80070005']);
    // A pasted log read from its end, the Win32 number last in it.
    const log = 'my log:\nInstall failed 0x80240016 at step 2\nnet start wuauserv\nSystem error 1058 has occurred.';
    expect(orderCodes(log, [...locateCodes(log).found, ...locateWin32(log)], true)).toEqual([
      '0x80070422',
      '0x80240016',
    ]);
  });

  it('reads a log by its lines: a code on an error line before one on an information line', () => {
    const cbs = [
      '2026-01-05 10:00:01, Info                  CBS    Failed to query flag [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]',
      '2026-01-05 10:04:13, Error                 CBS    Failed to perform operation. [HRESULT = 0x800f0983]',
    ].join(' ');
    expect(findCodes(cbs)).toEqual(['0x800F0983', '0x80070002']);
    // ...in any case, as a paste may have been lowercased on the way.
    expect(findCodes(cbs.toLowerCase())).toEqual(['0x800F0983', '0x80070002']);
    // WindowsUpdate.log marks its failures with *FAILED*; a pasted log read from its end keeps that mark first.
    const wu = [
      '2026/01/05 08:00:01.1 1180 6012 Handler *FAILED* [80070005] CBS called Error',
      '2026/01/05 08:00:02.2 1180 6012 Agent Exit code = 0x80240016',
    ].join('\n');
    expect(findCodes(wu, true)).toEqual(['0x80070005', '0x80240016']);
    // ...and so it does read from its start, the failure line after another.
    const later = [
      '2026/01/05 08:00:01.1 1180 6012 Agent Exit code = 0x80240016',
      '2026/01/05 08:00:02.2 1180 6012 Handler *FAILED* [80070005] CBS called Error',
    ].join(' ');
    expect(findCodes(later)).toEqual(['0x80070005', '0x80240016']);
    // Without level marks a pasted log is read from its end.
    expect(findCodes('line one\nresult 0x80070002\nresult 0x800f0922', true)).toEqual(['0x800F0922', '0x80070002']);
  });

  it('leaves alone what is not a code: KB numbers, builds, dates, hex-looking words, extend codes', () => {
    expect(findCodes('KB5051987 on build 20150.1000, 12345678, 20261127, deadbeef, facade12')).toEqual([]);
    expect(findCodes('0xC1900101 - 0x4000D')).toEqual(['0xC1900101']);
  });

  it('strips codes for full-text search and reads the Win32 error inside 0x8007 codes', () => {
    expect(stripCodes('error 0x80070643 on update').replace(/\s+/g, ' ')).toBe('error on update');
    expect(win32Of('0x80070643')).toBe(1603);
    expect(win32Of('0x8024402C')).toBeUndefined();
  });
});

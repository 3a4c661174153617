// Which attachments are read, and from where: text only, and only from Discord's file hosts.
import { describe, expect, it } from 'vitest';
import { allowedHost, isTextAttachment } from '../../src/discord/attachments.ts';

describe('attachments', () => {
  it('reads text files and logs, not pictures or programs', () => {
    expect(isTextAttachment({ name: 'message.txt', contentType: 'text/plain; charset=utf-8', size: 10 })).toBe(true);
    expect(isTextAttachment({ name: 'CBS.log', contentType: null, size: 10 })).toBe(true);
    expect(isTextAttachment({ name: 'screenshot.png', contentType: 'image/png', size: 10 })).toBe(false);
    expect(isTextAttachment({ name: 'fix.exe', contentType: 'application/octet-stream', size: 10 })).toBe(false);
  });

  it("fetches only from Discord's file hosts or the configured API host", () => {
    expect(allowedHost('https://cdn.discordapp.com/attachments/1/2/message.txt')).toBe(true);
    expect(allowedHost('http://169.254.169.254/latest/meta-data')).toBe(false);
    expect(allowedHost('http://127.0.0.1:5555/attachments/x.txt', 'http://127.0.0.1:5555/api')).toBe(true);
    expect(allowedHost('not a url')).toBe(false);
  });
});

// Text a message carries as an attachment: a long paste Discord turned into message.txt, or an
// attached CBS.log or WindowsUpdate.log excerpt. Read as text only (never run, never echoed back),
// capped in size, fetched within a time limit that leaves the reply inside Discord's 3 seconds,
// and only from Discord's own file hosts (or the configured API host, for a proxy or a test).
import type { Attachment, Collection } from 'discord.js';

export const MAX_ATTACHMENT_BYTES = 256 * 1024;
export const ATTACHMENT_TIMEOUT_MS = 1500;
const TEXT_NAME = /\.(?:txt|log|csv|xml|json|ini|cfg|md)$/i;
const DISCORD_FILE_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'];

export function isTextAttachment(a: Pick<Attachment, 'name' | 'contentType' | 'size'>): boolean {
  return (a.contentType?.startsWith('text/') ?? false) || TEXT_NAME.test(a.name);
}

export function allowedHost(url: string, apiUrl?: string): boolean {
  try {
    const host = new URL(url).host;
    const api = apiUrl ? new URL(apiUrl).host : undefined;
    return DISCORD_FILE_HOSTS.includes(host) || host === api;
  } catch {
    return false;
  }
}

/** Reads up to `max` bytes of one text file; undefined when it cannot within the time limit. */
export async function readText(url: string, max = MAX_ATTACHMENT_BYTES, timeoutMs = ATTACHMENT_TIMEOUT_MS) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    if (!res.ok || !res.body) return undefined;
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = res.body.getReader();
    while (size < max) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
    await reader.cancel().catch(() => undefined);
    const bytes = Buffer.concat(chunks).subarray(0, max);
    // Windows writes some logs as UTF-16; a byte-order mark says so.
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
    return bytes.toString(utf16 ? 'utf16le' : 'utf8');
  } catch {
    return undefined;
  }
}

/** The text of a message's text attachments, read in parallel; unreadable ones are skipped. */
export async function attachmentText(attachments: Collection<string, Attachment>, apiUrl?: string): Promise<string> {
  const texts = await Promise.all(
    [...attachments.values()]
      .filter((a) => isTextAttachment(a) && allowedHost(a.url, apiUrl))
      .slice(0, 3)
      .map((a) => readText(a.url)),
  );
  return texts.filter((t): t is string => Boolean(t)).join('\n');
}

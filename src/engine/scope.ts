// Is a question about Windows Update at all? A question must either name something the knowledge
// knows (a service, process, alias, KB number, "Windows"), or match one entry's own words closely.
// Questions about other systems, or about services the knowledge does not cover, are declined.
import type { Hit, SearchIndex } from './search.ts';
import { terms, words } from './terms.ts';

// Words that put a question on a Windows PC.
const WINDOWS_CONTEXT = new Set(terms('windows microsoft pc computer laptop desktop win10 win11 wu wsus intune'));

// Other systems and products whose "update" is not Windows Update.
const OTHER_SYSTEMS = new Set(
  terms(
    `iphone ipad ios android macos osx macbook linux ubuntu debian fedora centos redhat rhel apt apt-get yum dnf
    brew homebrew chromebook chromeos playstation ps4 ps5 nintendo xbox steam discord minecraft roblox
    whatsapp instagram facebook tiktok spotify netflix chrome firefox opera brave zoom slack adobe acrobat photoshop vlc wordpress joomla drupal episerver npm pip docker kubernetes`,
  ),
);

export interface Scope {
  inScope: boolean;
  reason: string;
}

const IN: Scope = { inScope: true, reason: '' };

export function assessScope(text: string, ranked: Hit[], namesKnown: boolean, index: SearchIndex): Scope {
  const qTerms = [...new Set(terms(text))];
  if (qTerms.length === 0) return { inScope: false, reason: 'I did not find a question in that.' };
  const best = ranked[0];
  if (!best) return { inScope: false, reason: 'I could not match that to anything I know.' };

  const raw = words(text);
  const other = raw.find((w) => OTHER_SYSTEMS.has(w) || OTHER_SYSTEMS.has(terms(w)[0] ?? ''));
  if (other && !namesKnown) return { inScope: false, reason: `That sounds like a question about ${other}, not Windows Update.` };

  // A service or process the knowledge does not know (CDPUserSvc, spoolsv.exe): another topic.
  // "svchost.exe -k group -s Name" names the service inside svchost: it must be one of ours.
  const hosted = /svchost(?:\.exe)?\b[^\n]*?\s-s\s+([A-Za-z0-9_]+)/i.exec(text)?.[1];
  const foreignName =
    (hosted && !index.knowsName(hosted) ? hosted : undefined) ??
    raw.find((w) => /^[a-z0-9]{3,}(svc|\.exe)$/.test(w) && !index.docFrequency.has(terms(w)[0] ?? w));
  if (foreignName && !namesKnown) return { inScope: false, reason: `${foreignName} is not part of Windows Update.` };

  const anchored = namesKnown || qTerms.some((t) => WINDOWS_CONTEXT.has(t) || index.anchorTerms.has(t)) || /\bkb\d{6,7}\b/i.test(text);
  if (anchored && (best.phrase >= 0.3 || best.coverage >= 0.34)) return IN;
  if (!anchored && best.phrase >= 0.6) return IN;
  return { inScope: false, reason: 'I could not connect that to Windows Update.' };
}

/**
 * The receiver guide's shape (public pages /docs/webhooks and /en/docs/webhooks). Each language
 * is a typed content module (./es.ts, ./en.ts) built from the delivery engine's real numbers
 * (./facts.ts) and real signed examples (./samples.ts); test/receiver-guide.test.ts fails when
 * the two languages stop having the same sections.
 */
import type { Locale } from '../../i18n/locale';

/** Text with a small inline markup: `code`, **bold**, *emphasis* and [text](href). Nothing else is interpreted. */
export type Inline = string;

export type Block =
  | { kind: 'p'; text: Inline }
  | { kind: 'ul' | 'ol'; items: Inline[] }
  /** A callout: something the reader must not miss. */
  | { kind: 'note'; text: Inline }
  | { kind: 'table'; caption: string; head: Inline[]; rows: Inline[][] }
  | { kind: 'code'; language: 'json' | 'http' | 'text' | 'shell'; label: string; code: string }
  /** Terms and what they mean: the troubleshooting entries. `id` is an anchor. */
  | { kind: 'dl'; items: { id: string; term: Inline; details: Inline[] }[] }
  /** One verification program from examples/verify/, shown verbatim with how it is tested. */
  | { kind: 'snippet'; snippet: SnippetId };

export interface Subsection {
  id: string;
  title: Inline;
  blocks: Block[];
}

export interface Section {
  id: SectionId;
  title: Inline;
  blocks: Block[];
  subsections: Subsection[];
}

/** Every section, in page order: both languages have each one (the type and a test say so). */
export const SECTION_IDS = ['summary', 'delivery', 'headers', 'events', 'verify', 'signing', 'token', 'troubleshooting'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SNIPPET_IDS = ['node', 'python', 'csharp', 'php', 'java', 'powershell'] as const;
export type SnippetId = (typeof SNIPPET_IDS)[number];

/** How the test suite checks a snippet: run for real, or only its algorithm against the published test vector. */
export type SnippetTesting = 'executed' | 'vector';

export interface SnippetInfo {
  id: SnippetId;
  /** The file under examples/verify/. */
  file: string;
  /** The language's name, the same in Spanish and English. */
  name: string;
  testing: SnippetTesting;
  /** The runtime the suite runs it on, when executed ("Mono 6.8", "OpenJDK 17"…). */
  runtime?: string;
}

export interface WebhookGuide {
  locale: Locale;
  /** <title> (the site name is appended by the root layout's template). */
  metaTitle: string;
  metaDescription: string;
  title: string;
  intro: Inline[];
  /** "Read this guide in English": a link to the other language's page. */
  otherLanguage: { locale: Locale; href: string; label: string };
  tocLabel: string;
  sections: Section[];
  /** Words for the code blocks. */
  code: { copy: string; copied: string; copyFailed: string; file: string; run: string };
  /** What a snippet's testing means, said next to it. */
  snippetTesting: (info: SnippetInfo) => Inline;
}

import { CopyCodeButton } from './copy-code-button';

export interface CodeWords {
  copy: string;
  copied: string;
  copyFailed: string;
}

/** A labelled, scrollable code block with a copy button. `id` must be unique on the page. */
export function CodeBlock({ id, label, code, words, language }: { id: string; label: string; code: string; words: CodeWords; language: string }) {
  return (
    <figure className="my-4 overflow-hidden rounded-md border border-slate-800 bg-slate-900" data-language={language}>
      <figcaption className="on-dark flex flex-wrap items-center justify-between gap-3 bg-slate-800 px-3 py-1.5 text-sm text-slate-100">
        <span className="font-semibold">{label}</span>
        <CopyCodeButton targetId={id} label={words.copy} copied={words.copied} failed={words.copyFailed} name={label} />
      </figcaption>
      {/* Focusable so a keyboard can scroll it sideways; named by its caption. */}
      <pre tabIndex={0} role="region" aria-label={label} className="overflow-x-auto p-3 text-sm leading-relaxed text-slate-50">
        <code id={id} translate="no">
          {code}
        </code>
      </pre>
    </figure>
  );
}

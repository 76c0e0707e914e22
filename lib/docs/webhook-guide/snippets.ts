/**
 * The six verification programs under examples/verify/, read from disk when the page renders,
 * so the guide shows byte for byte the files that test/receiver-snippets.test.ts runs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SNIPPET_IDS, type SnippetId, type SnippetInfo } from './types';

export const SNIPPETS: Record<SnippetId, SnippetInfo> = {
  node: { id: 'node', file: 'verify.mjs', name: 'Node.js', testing: 'executed', runtime: 'Node.js 20' },
  python: { id: 'python', file: 'verify.py', name: 'Python', testing: 'executed', runtime: 'Python 3.11' },
  csharp: { id: 'csharp', file: 'Verify.cs', name: 'C# (.NET)', testing: 'executed', runtime: 'Mono 6.8' },
  php: { id: 'php', file: 'verify.php', name: 'PHP', testing: 'executed', runtime: 'PHP 8.2' },
  java: { id: 'java', file: 'Verify.java', name: 'Java', testing: 'executed', runtime: 'OpenJDK 17' },
  powershell: { id: 'powershell', file: 'Verify.ps1', name: 'PowerShell', testing: 'vector' },
};

/** The command that runs each program under the shared contract (body file, three headers, secrets in the environment). */
export const SNIPPET_COMMANDS: Record<SnippetId, string> = {
  node: 'node verify.mjs body.json "$ID" "$TS" "$SIG"',
  python: 'python3 verify.py body.json "$ID" "$TS" "$SIG"',
  csharp: 'dotnet run -- body.json "$ID" "$TS" "$SIG"',
  php: 'php verify.php body.json "$ID" "$TS" "$SIG"',
  java: 'java Verify.java body.json "$ID" "$TS" "$SIG"',
  powershell: '.\\Verify.ps1 body.json $ID $TS $SIG',
};

export const EXAMPLES_DIR = path.join(process.cwd(), 'examples', 'verify');

export function snippetPath(id: SnippetId): string {
  return path.join(EXAMPLES_DIR, SNIPPETS[id].file);
}

export async function readSnippets(): Promise<Record<SnippetId, string>> {
  const entries = await Promise.all(SNIPPET_IDS.map(async (id) => [id, await readFile(snippetPath(id), 'utf8')] as const));
  return Object.fromEntries(entries) as Record<SnippetId, string>;
}

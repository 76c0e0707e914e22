/**
 * The benchmark's IPC between the orchestrator (scripts/bench-delivery.ts) and its children:
 * wait for one message type, or ask a question and wait for its answer, never forever and
 * never past the child's exit.
 */
import type { ChildProcess } from 'node:child_process';

interface Message {
  type: string;
  seq?: number;
}

/** The next message of `type` from the child; rejects if the child exits first or after `timeoutMs`. */
export function waitFor<T>(c: ChildProcess, type: string, timeoutMs: number, seq?: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      c.off('message', onMessage);
      c.off('exit', onExit);
    };
    const onMessage = (m: Message) => {
      if (m?.type !== type || (seq !== undefined && m.seq !== undefined && m.seq !== seq)) return;
      done();
      resolve(m as T);
    };
    const onExit = (code: number | null, signal: string | null) => {
      done();
      reject(new Error(`${label(c)} exited (${signal ?? code}) while the benchmark waited for '${type}'`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`${label(c)} did not send '${type}' within ${timeoutMs} ms`));
    }, timeoutMs);
    c.on('message', onMessage);
    c.on('exit', onExit);
  });
}

let nextSeq = 0;

/** Sends `msg` and waits for the reply of the same type (and sequence number, if the child echoes it). */
export function ask<T>(c: ChildProcess, msg: Message & Record<string, unknown>, timeoutMs = 10_000): Promise<T> {
  const seq = ++nextSeq;
  const reply = waitFor<T>(c, msg.type, timeoutMs, seq);
  c.send({ ...msg, seq });
  return reply;
}

function label(c: ChildProcess): string {
  return `child process ${c.pid ?? '?'} (${c.spawnargs.find((a) => a.endsWith('.ts')) ?? c.spawnfile})`;
}

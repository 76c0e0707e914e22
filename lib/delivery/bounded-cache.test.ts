import { describe, expect, it } from 'vitest';
import { boundedCache } from './bounded-cache';

describe('boundedCache', () => {
  it('makes a value once per key, and drops the oldest key past its size', () => {
    const made: string[] = [];
    const cache = boundedCache<string, string>(2);
    const get = (k: string) => cache.get(k, () => (made.push(k), k.toUpperCase()));
    expect([get('a'), get('a'), get('b')]).toEqual(['A', 'A', 'B']);
    expect(made).toEqual(['a', 'b']);
    get('c'); // evicts 'a'
    get('b');
    get('a');
    expect(made).toEqual(['a', 'b', 'c', 'a']);
  });

  it('keeps a falsy value instead of making it again', () => {
    let calls = 0;
    const cache = boundedCache<string, string>(5);
    cache.get('empty', () => (calls++, ''));
    cache.get('empty', () => (calls++, ''));
    expect(calls).toBe(1);
  });
});

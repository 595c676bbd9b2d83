import { describe, expect, it } from 'vitest';
import { memoise } from '../../../api/services/memo';

describe('memoise (answers kept from the immutable build)', () => {
  it('computes once per key and never holds more than its capacity, dropping the oldest first', () => {
    const computed: string[] = [];
    const square = memoise(
      (n: number) => {
        computed.push(String(n));
        return n * n;
      },
      (n) => String(n),
      2,
    );
    expect([square(2), square(2), square(3)]).toEqual([4, 4, 9]);
    expect(computed).toEqual(['2', '3']);
    square(4); // evicts 2, the oldest
    square(3);
    square(2);
    expect(computed).toEqual(['2', '3', '4', '2']);
  });

  it('does not remember a computation that threw (an unknown id stays a 404, and costs no memory)', () => {
    let calls = 0;
    const lookup = memoise(
      (id: string) => {
        calls += 1;
        if (id === 'nope') throw new Error('unknown');
        return id;
      },
      (id) => id,
      1,
    );
    expect(() => lookup('nope')).toThrow('unknown');
    expect(() => lookup('nope')).toThrow('unknown');
    expect(calls).toBe(2);
    expect(lookup('ok')).toBe('ok');
  });
});

import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { memoise, once, oncePromised, sliced, warmInTurns } from '../../../api/services/memo';

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

describe('answers prepared in turns of the event loop after a build swap', () => {
  const slicedSum = (log: string[]) =>
    sliced(function* () {
      let sum = 0;
      for (const n of [1, 2, 3]) {
        log.push(`slice ${n}`);
        sum += n;
        yield;
      }
      return sum;
    });

  it('a sliced value is built one slice per step, and a request before it is ready finishes the rest', () => {
    const log: string[] = [];
    const sum = slicedSum(log);
    expect(sum.step()).toBe(false);
    expect(log).toEqual(['slice 1']);
    expect(sum()).toBe(6);
    expect(log).toEqual(['slice 1', 'slice 2', 'slice 3']);
    expect(sum.step()).toBe(true);
    expect(sum()).toBe(6);
    expect(log).toHaveLength(3);
  });

  it('warmInTurns takes one slice per turn, value after value, so no turn does it all', async () => {
    const log: string[] = [];
    const whole = once(() => log.push('whole'));
    warmInTurns([slicedSum(log), whole]);
    expect(log).toEqual([]);
    const seen: number[] = [];
    for (let turn = 0; turn < 6; turn++) {
      await nextTurn();
      seen.push(log.length);
    }
    // One slice per turn (the generator's last step returns the sum), then the whole value in a turn of its own.
    expect(log).toEqual(['slice 1', 'slice 2', 'slice 3', 'whole']);
    expect(seen.slice(0, 3)).toEqual([1, 2, 3]);
  });

  it('a slice that throws is not remembered: the next call starts the work again', () => {
    let attempts = 0;
    const value = sliced(function* () {
      attempts += 1;
      yield;
      if (attempts === 1) throw new Error('broken build');
      return 'ready';
    });
    expect(() => value()).toThrow('broken build');
    expect(value()).toBe('ready');
    expect(attempts).toBe(2);
  });
});

describe('oncePromised (answers compressed in the thread pool)', () => {
  it('shares one pending promise, keeps a fulfilled one, and drops a rejected one so the next call retries', async () => {
    let calls = 0;
    const answer = oncePromised(async () => {
      calls += 1;
      if (calls === 1) throw new Error('compression thread exited');
      return `answer ${calls}`;
    });
    const [a, b] = [answer(), answer()];
    expect(a).toBe(b);
    await expect(a).rejects.toThrow('compression thread exited');
    expect(await answer()).toBe('answer 2');
    expect(await answer()).toBe('answer 2');
    expect(calls).toBe(2);
  });

  it('a warm-up step that fails leaves no unhandled rejection and no kept failure', async () => {
    let calls = 0;
    const answer = oncePromised(async () => {
      calls += 1;
      if (calls === 1) throw new Error('first attempt fails');
      return 'ready';
    });
    expect(answer.step()).toBe(true);
    await nextTurn();
    expect(await answer()).toBe('ready');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { RETIRE_GRACE_MS, retireBuild } from '../../../api/build/retire-build';

const kolada = () => ({ warm: vi.fn<() => void>(), close: vi.fn<() => void>() });

describe('retireBuild (what happens to the DuckDB readers when a rebuild is swapped in)', () => {
  afterEach(() => vi.useRealTimers());

  it("opens the new build's reader at once and closes the previous one only after the grace period", () => {
    vi.useFakeTimers();
    const previous = { kolada: kolada() };
    const next = { kolada: kolada() };
    retireBuild(previous, next);
    expect(next.kolada.warm).toHaveBeenCalledOnce();
    expect(previous.kolada.close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(RETIRE_GRACE_MS - 1);
    expect(previous.kolada.close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(previous.kolada.close).toHaveBeenCalledOnce();
    expect(next.kolada.close).not.toHaveBeenCalled();
  });

  it('never closes the reader it serves from (the same build swapped in again)', () => {
    vi.useFakeTimers();
    const same = { kolada: kolada() };
    retireBuild(same, same);
    vi.runAllTimers();
    expect(same.kolada.close).not.toHaveBeenCalled();
  });
});

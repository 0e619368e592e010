import { describe, expect, it } from 'vitest';
import { DeadlineError, Deadlines } from '../../crawler/fetch/deadlines.ts';

const aborted = (signal: AbortSignal) =>
  new Promise<unknown>((resolve) => signal.addEventListener('abort', () => resolve(signal.reason)));
const nextLoopTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Deadlines', () => {
  it('aborts with a timeout reason once the time has passed', async () => {
    const deadline = new Deadlines(20).start(50);
    const reason = await aborted(deadline.signal);
    expect(reason).toBeInstanceOf(DeadlineError);
    expect((reason as Error).message).toBe('no complete response within 50 ms');
  });

  it('does not count time the event loop was blocked', async () => {
    const deadline = new Deadlines(20).start(50);
    for (const end = performance.now() + 300; performance.now() < end; );
    await nextLoopTurn();
    // AbortSignal.timeout(50) would have fired here; the stalled time is not charged to the request.
    expect(deadline.signal.aborted).toBe(false);
    await aborted(deadline.signal);
  });

  it('forgets a cleared deadline', async () => {
    const deadlines = new Deadlines(10);
    const cleared = deadlines.start(20);
    cleared.clear();
    await aborted(deadlines.start(40).signal);
    expect(cleared.signal.aborted).toBe(false);
  });
});

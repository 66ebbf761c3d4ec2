import { nextTurn } from '../src/middlewares/read-turns';

describe('reads taking turns on the event loop', () => {
  it('gives each waiting read a loop turn of its own, in the order they asked', async () => {
    const happened: { read: number; turn: number }[] = [];
    // Stands for the loop's other work (accepting a connection, reading a socket): one step a turn.
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const reads = [1, 2, 3, 4].map((n) => nextTurn().then(() => happened.push({ read: n, turn: turns })));
    await Promise.all(reads);
    ticking = false;
    expect(happened.map(({ read }) => read)).toEqual([1, 2, 3, 4]);
    expect(new Set(happened.map(({ turn }) => turn)).size).toBe(4);
  });
});

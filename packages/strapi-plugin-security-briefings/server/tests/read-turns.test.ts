import { nextTurn } from '../src/middlewares/read-turns';

describe('reads taking turns on the event loop', () => {
  it('gives each waiting read a loop turn of its own, in the order they asked', async () => {
    const happened: string[] = [];
    // Stands for the loop's other work (accepting a connection, reading a socket): one step a turn.
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const reads = [1, 2, 3, 4].map((n) => nextTurn().then(() => happened.push(`read ${n} at turn ${turns}`)));
    await Promise.all(reads);
    ticking = false;
    expect(happened.map((line) => line.split(' at ')[0])).toEqual(['read 1', 'read 2', 'read 3', 'read 4']);
    const atTurn = happened.map((line) => Number(line.split('turn ')[1]));
    expect(new Set(atTurn).size).toBe(4);
  });
});

/**
 * A clock set back, for a child process: `node --import=<this file>` with FAKE_CLOCK=YYYY-MM-DD
 * makes `Date.now()`, `new Date()` and `Date()` read that day (at noon UTC when the process
 * starts) and run on from there; dates built from a value are untouched. It stands in for a
 * machine whose clock reads earlier (tests/build/today.test.ts, tests/build/reproducible.test.ts).
 */
const day = process.env.FAKE_CLOCK;
if (day) {
  const RealDate = Date;
  const start = RealDate.parse(`${day}T12:00:00Z`);
  if (Number.isNaN(start)) throw new Error(`FAKE_CLOCK is "${day}": write a day as YYYY-MM-DD`);
  const offset = start - RealDate.now();
  const now = () => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
  });
}

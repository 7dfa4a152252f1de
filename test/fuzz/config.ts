/**
 * Shared settings of the fuzz suites: a fixed seed (override with `FUZZ_SEED=<integer>`) so that a run
 * is reproducible, and a wrapper around `fc.assert` that names the seed in the failure, so that a
 * failing run can be replayed with `FUZZ_SEED=<seed> npx mocha --no-config -n import=tsx 'test/fuzz/*.test.ts'`.
 */
import fc from "fast-check";

const DEFAULT_SEED = 20260715;

function readSeed(): number {
  const raw = process.env.FUZZ_SEED;
  if (raw === undefined || raw === "") return DEFAULT_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer (got ${JSON.stringify(raw)})`);
  return seed;
}

/** The seed of this run. */
export const FUZZ_SEED = readSeed();

/** A seed per property, derived from the run's seed, so that properties do not share their random streams. */
export function seedFor(label: string): number {
  let h = FUZZ_SEED | 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x5bd1e995) ^ (h >>> 15);
  return h | 0;
}

function replayHint(label: string, seed: number): string {
  return `fuzz property "${label}" failed with seed ${seed} (FUZZ_SEED=${FUZZ_SEED}); replay with FUZZ_SEED=${FUZZ_SEED}`;
}

/** `fc.assert` of a synchronous property with this run's seed; the failure names the seed. */
export function check<Ts extends [unknown, ...unknown[]]>(label: string, property: fc.IProperty<Ts>, params: fc.Parameters<Ts>): void {
  const seed = seedFor(label);
  try {
    fc.assert(property, { ...params, seed });
  } catch (e) {
    console.error(replayHint(label, seed));
    (e as Error).message = `${replayHint(label, seed)}\n${(e as Error).message}`;
    throw e;
  }
}

/** `fc.assert` of an asynchronous property with this run's seed; the failure names the seed. */
export async function checkAsync<Ts extends [unknown, ...unknown[]]>(label: string, property: fc.IAsyncProperty<Ts>, params: fc.Parameters<Ts>): Promise<void> {
  const seed = seedFor(label);
  try {
    await fc.assert(property, { ...params, seed });
  } catch (e) {
    console.error(replayHint(label, seed));
    (e as Error).message = `${replayHint(label, seed)}\n${(e as Error).message}`;
    throw e;
  }
}

/** Deterministic samples of an arbitrary for this run's seed (for suites that need a fixed list of inputs). */
export function samples<T>(label: string, arb: fc.Arbitrary<T>, count: number): T[] {
  return fc.sample(arb, { numRuns: count, seed: seedFor(label) });
}

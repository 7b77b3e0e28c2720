/**
 * Long pure computations (parsing and validating a 20 MB CSV) written once as generators that
 * `yield` between slices of work, then run either at once (the browser, small inputs) or with a
 * pause between slices so one request never keeps the server from answering the others.
 */

export function runSlices<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Runs `work`, letting the event loop handle other requests between its slices. */
export async function runSlicesYielding<T>(work: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

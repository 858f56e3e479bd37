/**
 * Groups the calls made while the shared store is busy into one `run(items)`: under load many
 * requests share one database statement (group commit) instead of each paying a round trip;
 * a lone call still goes out on the next turn of the event loop. Results come back per item,
 * in order; when `run` fails, every call in its group fails with that error.
 */
export function createBatcher<I, O>(
  run: (items: I[]) => Promise<O[]>,
  options: { maxItems?: number; maxInFlight?: number } = {},
): (item: I) => Promise<O> {
  const maxItems = options.maxItems ?? 256;
  const maxInFlight = options.maxInFlight ?? 2;
  let pending: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  let scheduled = false;
  let inFlight = 0;

  const flush = () => {
    scheduled = false;
    while (pending.length > 0 && inFlight < maxInFlight) {
      const group = pending.slice(0, maxItems);
      pending = pending.slice(group.length);
      inFlight += 1;
      run(group.map((p) => p.item))
        .then(
          (results) => group.forEach((p, i) => p.resolve(results[i]!)),
          (error: unknown) => group.forEach((p) => p.reject(error)),
        )
        .finally(() => {
          inFlight -= 1;
          schedule();
        });
    }
  };
  const schedule = () => {
    if (scheduled || pending.length === 0 || inFlight >= maxInFlight) return;
    scheduled = true;
    setImmediate(flush);
  };

  return (item) =>
    new Promise<O>((resolve, reject) => {
      pending.push({ item, resolve, reject });
      schedule();
    });
}

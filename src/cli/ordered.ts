/**
 * Run an async function over a stream with at most `window` calls in flight, yielding results strictly
 * in input order. The queue of pending promises is the reorder buffer: a fast later result waits for the
 * slow one before it, and no more than `window` inputs are ever pulled ahead, so memory stays bounded
 * however long the stream is.
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T) => Promise<R>,
  window: number,
  shouldStop: () => boolean = () => false,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  const limit = Math.max(1, window);
  for await (const item of source) {
    if (shouldStop()) break;
    pending.push(fn(item));
    if (pending.length >= limit) yield await (pending.shift() as Promise<R>);
  }
  // Stopping (Ctrl-C, a closed pipe) still delivers what is already in flight.
  while (pending.length > 0) yield await (pending.shift() as Promise<R>);
}

/**
 * Run an async function over a stream with at most `window` calls in flight, yielding results strictly
 * in input order. The queue of pending promises is the reorder buffer: a fast later result waits for the
 * slow one before it, and no more than `window` inputs are ever pulled ahead, so memory stays bounded
 * however long the stream is. A result is yielded as soon as it and every result before it are ready, even
 * while the source is waiting for its next item (a streaming mapper must not hold finished lines back
 * until more input comes).
 */
interface Pending<R> {
  promise: Promise<R>;
  settled: boolean;
}

type Wake<T> = { kind: 'item'; next: IteratorResult<T> } | { kind: 'head' } | { kind: 'stop' };

export async function* mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T) => Promise<R>,
  window: number,
  shouldStop: () => boolean = () => false,
  /** Settles when the caller asks to stop: an idle source is then not waited for. */
  stopRequested?: Promise<unknown>,
): AsyncGenerator<R> {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  const pending: Pending<R>[] = [];
  const limit = Math.max(1, window);
  const stop = stopRequested?.then((): Wake<T> => ({ kind: 'stop' }));
  let nextItem: Promise<Wake<T>> | null = null;
  while (!shouldStop()) {
    while (pending.length > 0 && pending[0].settled) yield await (pending.shift() as Pending<R>).promise;
    if (pending.length >= limit) {
      yield await (pending.shift() as Pending<R>).promise;
      continue;
    }
    nextItem ??= Promise.resolve(iterator.next()).then((next): Wake<T> => ({ kind: 'item', next }));
    const racers: Promise<Wake<T>>[] = [nextItem];
    if (pending.length > 0) racers.push(pending[0].promise.then(headReady<T>, headReady<T>));
    if (stop) racers.push(stop);
    const woken = await Promise.race(racers);
    if (woken.kind === 'stop') break;
    if (woken.kind === 'head') continue; // the oldest result is ready: the loop's head yields it
    nextItem = null;
    if (woken.next.done) break;
    const entry: Pending<R> = { promise: fn(woken.next.value), settled: false };
    entry.promise.then(settle(entry), settle(entry));
    pending.push(entry);
  }
  // Stopping (Ctrl-C, a closed pipe) still delivers what is already in flight.
  while (pending.length > 0) yield await (pending.shift() as Pending<R>).promise;
}

function headReady<T>(): Wake<T> {
  return { kind: 'head' };
}
const settle = (entry: { settled: boolean }) => () => {
  entry.settled = true;
};

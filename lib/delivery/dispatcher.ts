/**
 * The embedded engine's dispatcher: claims due deliveries from the work list in fair batches
 * (claimDueDeliveries) and runs attemptDelivery on each, with up to `capacity` requests in
 * flight in this process. Requests are plain async I/O, so hundreds in flight cost a few
 * sockets, not Postgres connections; each webhook's own cap and circuit breaker are enforced by
 * the claim, so a hung endpoint holds at most its cap of slots and never another webhook's.
 *
 * It looks for work when: a NOTIFY on `puente_work` says rows were added (a lead committed, a
 * redeliver), an attempt of its own finished, the next scheduled row comes due, or, failing
 * all of those, every `pollMs` (another worker's finished attempts, a lease that ran out).
 */
import { rawSql } from '../../db/client';
import { attemptDelivery, claimDueDeliveries, leaseOf, type AttemptOptions, type AttemptOutcome } from './attempt-delivery';

export interface DispatcherOptions {
  /** Requests in flight in this process, across all webhooks. */
  capacity: number;
  /** At most this many deliveries per claim statement. */
  maxBatch?: number;
  /** Look for work at least this often when nothing else wakes the dispatcher. */
  pollMs?: number;
  /**
   * Under load, claims are at least this far apart unless the last one came back full: the
   * attempts that finish meanwhile are replaced by one claim statement instead of one each.
   */
  minClaimIntervalMs?: number;
  attempt?: AttemptOptions;
  /** Called after every attempt (tests and the benchmark watch outcomes here). */
  onOutcome?: (deliveryId: string, outcome: AttemptOutcome) => void;
  log?: (line: string) => void;
}

export interface DispatcherStats {
  claims: number;
  claimed: number;
  attempts: number;
  inFlight: number;
}

export interface Dispatcher {
  /** Counters since start (claim statements, deliveries claimed, attempts finished), and requests in flight now. */
  stats(): DispatcherStats;
  /** Look for due work now. */
  poke(): void;
  /** Stops claiming; waits up to `drainMs` for the attempts in flight, whose leases cover the rest. */
  stop(drainMs?: number): Promise<void>;
}

export async function startDispatcher(opts: DispatcherOptions): Promise<Dispatcher> {
  const capacity = opts.capacity;
  const maxBatch = opts.maxBatch ?? 200;
  const pollMs = opts.pollMs ?? 1_000;
  const log = opts.log ?? ((line: string) => console.warn(line));
  const minClaimIntervalMs = opts.minClaimIntervalMs ?? 2;
  const counters = { claims: 0, claimed: 0, attempts: 0 };
  let lastClaimAt = 0;
  let lastClaimFull = false;

  let inFlight = 0;
  let stopped = false;
  let claiming = false;
  let again = false;
  let pokeQueued = false;
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Number.POSITIVE_INFINITY;
  let dbFailures = 0;
  const running = new Set<Promise<void>>();

  const wakeAt = (at: number) => {
    if (stopped || at >= timerAt) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timer = undefined;
      timerAt = Number.POSITIVE_INFINITY;
      void pump();
    }, Math.max(0, at - Date.now()));
  };

  // Calls in the same turn of the event loop (a batch of attempts recorded by one statement)
  // become one claim.
  const poke = () => {
    if (pokeQueued || stopped) return;
    pokeQueued = true;
    setImmediate(() => {
      pokeQueued = false;
      void pump();
    });
  };

  const run = (c: Awaited<ReturnType<typeof claimDueDeliveries>>['claimed'][number]) => {
    inFlight++;
    const p: Promise<void> = attemptDelivery(c.id, { ...opts.attempt, claimed: c })
      .then((r) => {
        counters.attempts++;
        // (An ordered webhook's next delivery was made due by attemptDelivery itself; the poke
        // below claims it.)
        opts.onOutcome?.(c.id, r);
      })
      .catch((e: unknown) => {
        // Nothing is lost: the lease runs out and the delivery comes due again.
        log(`delivery ${c.id}: attempt failed inside Puente (${e instanceof Error ? e.message : String(e)}); it will be retried when its lease ends`);
      })
      .finally(() => {
        inFlight--;
        running.delete(p);
        poke();
      });
    running.add(p);
  };

  async function pump(): Promise<void> {
    if (stopped) return;
    if (claiming) {
      again = true;
      return;
    }
    const free = capacity - inFlight;
    if (free <= 0) return; // a finishing attempt pokes again
    const sinceLast = Date.now() - lastClaimAt;
    if (!lastClaimFull && sinceLast < minClaimIntervalMs) {
      wakeAt(lastClaimAt + minClaimIntervalMs);
      return;
    }
    claiming = true;
    const want = Math.min(free, maxBatch);
    try {
      lastClaimAt = Date.now();
      const { claimed, nextRunAt } = await claimDueDeliveries(want, { leaseMs: leaseOf(opts.attempt), now: opts.attempt?.clock?.() });
      counters.claims++;
      counters.claimed += claimed.length;
      if (dbFailures > 0) log(`delivery dispatcher: database reachable again after ${dbFailures} failed claim(s)`);
      dbFailures = 0;
      for (const c of claimed) run(c);
      lastClaimFull = claimed.length >= want;
      if (lastClaimFull) again = true;
      const idle = Date.now() + pollMs;
      wakeAt(nextRunAt ? Math.min(Math.max(nextRunAt.getTime(), Date.now()), idle) : idle);
    } catch (e) {
      // Postgres restarting or unreachable: back off (to 5 s) and try again; nothing is lost.
      dbFailures++;
      if (dbFailures === 1 || dbFailures % 20 === 0) {
        log(`delivery dispatcher: claim failed (${e instanceof Error ? e.message : String(e)}); retrying`);
      }
      wakeAt(Date.now() + Math.min(5_000, 50 * 2 ** Math.min(dbFailures, 7)));
    } finally {
      claiming = false;
      if (again) {
        again = false;
        poke();
      }
    }
  }

  const listener = await rawSql().listen('puente_work', () => poke(), () => poke());

  poke();
  return {
    stats: () => ({ ...counters, inFlight }),
    poke,
    stop: async (drainMs = 10_000) => {
      stopped = true;
      clearTimeout(timer);
      await listener.unlisten().catch(() => {});
      if (running.size > 0) {
        await Promise.race([Promise.allSettled([...running]), new Promise((r) => setTimeout(r, drainMs).unref())]);
      }
    },
  };
}

// Stands in for a browser killed mid-import: at a chosen IndexedDB call or file read, every open transaction is
// aborted and every connection closed, and from then on no call of the killed code reaches storage.
//
// Why this is faithful to a crash: when a renderer dies, IndexedDB keeps what was committed and aborts every
// transaction not yet committed, and no more of the page's JavaScript runs. Here the abort and close happen at the
// exact await the kill lands on. The aborted requests and transactions never report back (their events are stopped
// before idb sees them), so the killed code waits forever, as a dead page would; code that was not waiting on storage
// may still run, but every storage call throws, so it can write nothing more. The test then drops the app's modules
// (vi.resetModules: no cached connection or state survives) and opens the same database afresh, as a restarted page.

export class Killed extends Error {
  constructor() {
    super('killed');
  }
}

const STORE_CALLS = ['put', 'add', 'get', 'getKey', 'getAll', 'getAllKeys', 'delete', 'count', 'openCursor', 'clear'];

export class KillSwitch {
  /** IndexedDB calls and file reads since the last `arm`. */
  steps = 0;
  killed = false;
  private killAt = Infinity;
  /** Each `arm` starts a new life; a killed life's requests and transactions stay silent even after the next arm. */
  private life = 0;
  private readonly deadLives = new Set<number>();
  private announceKill: () => void = () => undefined;
  /** Settles when the kill happens: the killed code itself may never settle. */
  whenKilled: Promise<void> = Promise.resolve();
  private readonly live = new Set<IDBTransaction>();
  private readonly connections = new Set<IDBDatabase>();

  /** Patches the global IndexedDB classes (fake-indexeddb's) once; every call then counts as a step. */
  install(): this {
    const step = () => this.step();
    const track = (db: IDBDatabase, tx: IDBTransaction) => {
      // Registered before idb's own listeners: once killed, nothing hears of the abort.
      this.silenceAfterKill(tx);
      this.connections.add(db);
      this.live.add(tx);
      const done = () => this.live.delete(tx);
      tx.addEventListener('complete', done);
      tx.addEventListener('abort', done);
    };
    const silence = (request: unknown) => {
      if (request instanceof IDBRequest) this.silenceAfterKill(request);
    };
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
      step();
      const tx = transaction.apply(this, args);
      track(this, tx);
      return tx;
    };
    const store = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of STORE_CALLS) {
      const original = store[name]!;
      store[name] = function (this: unknown, ...args: unknown[]) {
        step();
        const request = original.apply(this, args);
        silence(request);
        return request;
      };
    }
    return this;
  }

  /** Kills at the `at`-th step from now (Infinity: never). */
  arm(at: number) {
    this.steps = 0;
    this.killAt = at;
    this.killed = false;
    this.life++;
    this.whenKilled = new Promise((resolve) => (this.announceKill = resolve));
  }

  private silenceAfterKill(target: EventTarget) {
    const life = this.life;
    const stop = (event: Event) => {
      if (this.deadLives.has(life)) event.stopImmediatePropagation();
    };
    for (const type of ['success', 'error', 'abort', 'complete']) target.addEventListener(type, stop);
  }

  /** One await point of the code under test; throws once it is killed. */
  step() {
    if (this.killed) throw new Killed();
    if (++this.steps < this.killAt) return;
    this.killed = true;
    this.deadLives.add(this.life);
    for (const tx of this.live) {
      try {
        tx.abort();
      } catch {
        // Already finishing: a committed transaction stays committed, as in a real crash.
      }
    }
    this.live.clear();
    for (const db of this.connections) db.close();
    this.connections.clear();
    this.announceKill();
    throw new Killed();
  }
}

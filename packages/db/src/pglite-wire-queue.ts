/**
 * pglite-socket 0.2.17 queues wire-protocol messages from all connections into one PGlite, one MESSAGE at a
 * time. It keeps a connection's turn only while a transaction is open, so outside transactions the extended
 * query protocol (Parse/Bind/Describe/Execute … Sync, which node-postgres uses for every parameterised query)
 * from two connections can interleave: "portal "" does not exist", or one client reading another's rows.
 *
 * This replaces the queue's scheduler so a connection also keeps its turn from its first extended-protocol
 * message until its Sync (or a simple Query), i.e. one whole protocol exchange at a time. The queue object
 * is private in pglite-socket; we patch it at run time and check the shape we rely on, failing loudly if an
 * upgrade changes it.
 */
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (n: number) => void;
  reject: (e: unknown) => void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: {
    isInTransaction(): boolean;
    runExclusive<T>(fn: () => Promise<T>): Promise<T>;
    execProtocolRawStream(m: Uint8Array, o: { onRawData: (d: Uint8Array) => void }): Promise<unknown>;
  };
  processQueue(): Promise<void>;
  clearQueueForHandler(id: number): void;
}

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

export function keepProtocolExchangesTogether(server: unknown): void {
  const q = (server as { queryQueue?: QueryQueue }).queryQueue;
  if (!q || !Array.isArray(q.queue) || typeof q.processQueue !== "function" || !q.db) {
    throw new Error("pglite-socket internals changed: review packages/db/src/pglite-wire-queue.ts");
  }
  let owner: number | null = null; // connection in the middle of an extended-protocol exchange

  q.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const holder = owner ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        let item: QueuedMessage | undefined;
        if (holder !== null) {
          const i = this.queue.findIndex((m) => m.handlerId === holder);
          if (i === -1) break; // wait for the holder's next message
          item = this.queue.splice(i, 1)[0];
        } else {
          item = this.queue.shift();
        }
        if (!item) break;
        const type = item.message[0];
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (d) => {
                bytes += d.length;
                item.onData(d);
              },
            }),
          );
        } catch (e) {
          owner = null;
          item.reject(e);
          continue;
        }
        // Startup packets have no type byte; a length-prefixed startup begins with 0x00.
        if (type === SYNC || type === QUERY || type === TERMINATE || type === 0) owner = null;
        else owner = item.handlerId;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clear = q.clearQueueForHandler.bind(q);
  q.clearQueueForHandler = (id: number) => {
    if (owner === id) owner = null;
    clear(id);
    void q.processQueue();
  };
}

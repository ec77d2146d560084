import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The plumbing both provider fakes share: a node:http server on a free loopback port that hands each request
 * and its whole body to `handle`. A handler that never answers is how a fake "hangs"; `close()` cuts those
 * connections so a test never waits on them.
 */
export interface FakeHttpServer {
  url: string;
  close(): Promise<void>;
}

export type FakeHandler = (req: IncomingMessage, body: string, res: ServerResponse) => void | Promise<void>;

export async function listenFake(handle: FakeHandler): Promise<FakeHttpServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      Promise.resolve(handle(req, Buffer.concat(chunks).toString("utf8"), res)).catch((e) =>
        sendJson(res, 500, { fakeError: String(e) }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

export function parseJson(body: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(body);
    return v && typeof v === "object" && !Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

/** What a fake is told to do with the next calls: answer a provider error, an HTTP error, or nothing at all. */
export type FakeFailure =
  | { kind: "provider"; code?: string | number; message?: string }
  | { kind: "http"; status: number }
  | { kind: "hang" };

/** A queue of failures for the next N calls, consumed one per call. */
export function failureQueue() {
  const queue: FakeFailure[] = [];
  return {
    push(n: number, failure: FakeFailure) {
      for (let i = 0; i < n; i++) queue.push(failure);
    },
    next: (): FakeFailure | undefined => queue.shift(),
  };
}

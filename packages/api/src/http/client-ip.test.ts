import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { CLIENT_IP_HEADER } from "@cho-phien/auth/client-ip";
import { describe, expect, it } from "vitest";
import { createAppServer } from "./app-server";
import { parseTrustProxy, resolveClientIp } from "./client-ip";

describe("client IP", () => {
  const none = parseTrustProxy(undefined);
  const loopback = parseTrustProxy("loopback");

  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientIp("203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    expect(resolveClientIp("::ffff:127.0.0.1", "1.2.3.4, 5.6.7.8", none)).toBe("127.0.0.1");
  });

  it("is the hop our trusted proxy saw, never what the client typed further left", () => {
    // nginx on loopback appended the real peer (198.51.100.7); the client forged 1.2.3.4 itself.
    expect(resolveClientIp("127.0.0.1", "1.2.3.4, 198.51.100.7", loopback)).toBe("198.51.100.7");
    // Two trusted hops (a load balancer on a private address, then nginx on loopback).
    const both = parseTrustProxy("loopback, 10.0.0.0/8");
    expect(resolveClientIp("127.0.0.1", "1.2.3.4, 198.51.100.7, 10.1.2.3", both)).toBe("198.51.100.7");
    // A request straight from the trusted proxy with no header is the proxy's own.
    expect(resolveClientIp("127.0.0.1", undefined, loopback)).toBe("127.0.0.1");
    // Junk in the header is skipped, not trusted.
    expect(resolveClientIp("127.0.0.1", "not-an-ip, 198.51.100.7", loopback)).toBe("198.51.100.7");
  });

  it("refuses a TRUST_PROXY entry it cannot read", () => {
    expect(() => parseTrustProxy("everyone")).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy("192.168.0.0/16, ::1, private")).not.toThrow();
  });

  it("is stamped by the production server on every request, replacing a forged header", async () => {
    const server = createAppServer({
      next: (req, res) => res.end(String(req.headers[CLIENT_IP_HEADER])),
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    try {
      const seen = new Set<string>();
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`http://127.0.0.1:${port}/`, {
          headers: { "x-forwarded-for": `10.9.8.${i}`, [CLIENT_IP_HEADER]: `1.1.1.${i}` },
        });
        seen.add(await res.text());
      }
      // Rotating both headers changed nothing: one client, the socket's address.
      expect([...seen]).toEqual(["127.0.0.1"]);
    } finally {
      server.close();
    }
  });
});

import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";
import { CLIENT_IP_HEADER } from "@cho-phien/auth/client-ip";

/**
 * Which hops may tell us the client's address, from TRUST_PROXY: unset = nobody (the socket's address is the
 * client), else a comma list of addresses, CIDR ranges, and the words `loopback` (127.0.0.0/8, ::1) and
 * `private` (10/8, 172.16/12, 192.168/16, fc00::/7) — e.g. `TRUST_PROXY=loopback` behind nginx on the same host.
 */
export function parseTrustProxy(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (value ?? "").split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    if (entry === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
    } else if (entry === "private") {
      list.addSubnet("10.0.0.0", 8, "ipv4");
      list.addSubnet("172.16.0.0", 12, "ipv4");
      list.addSubnet("192.168.0.0", 16, "ipv4");
      list.addSubnet("fc00::", 7, "ipv6");
    } else {
      const [address, bits] = entry.split("/");
      const family = isIP(address);
      if (!family)
        throw new Error(`TRUST_PROXY: "${entry}" is not an address, a CIDR range, loopback or private`);
      const type = family === 4 ? "ipv4" : "ipv6";
      if (bits === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(bits), type);
    }
  }
  return list;
}

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) → "127.0.0.1". */
function plain(address: string): string {
  return address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

function isTrusted(trusted: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the socket's, unless the socket is a trusted proxy; then X-Forwarded-For is read from
 * the right (the hop our proxy added) leftwards, skipping trusted proxies, and the first other address is the
 * client. Entries a client typed themselves (further left) are never reached past an untrusted hop.
 */
export function resolveClientIp(
  socketAddress: string,
  forwardedFor: string | undefined,
  trusted: BlockList,
): string {
  const socket = plain(socketAddress);
  if (!isTrusted(trusted, socket)) return socket;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((h) => plain(h.trim()))
    .filter((h) => isIP(h) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) if (!isTrusted(trusted, hops[i])) return hops[i];
  return hops[0] ?? socket;
}

/** Sets CLIENT_IP_HEADER on an incoming request, replacing any value the client sent. */
export function stampClientIp(req: IncomingMessage, trusted: BlockList): void {
  const forwarded = req.headers["x-forwarded-for"];
  const xff = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
  req.headers[CLIENT_IP_HEADER] = resolveClientIp(req.socket.remoteAddress ?? "unknown", xff, trusted);
}

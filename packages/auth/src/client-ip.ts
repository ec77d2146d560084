/**
 * The one header every limit reads the client's address from. The production server (packages/api
 * http/app-server.ts) sets it on every request from the socket, or from X-Forwarded-For only when the socket
 * is a proxy named in TRUST_PROXY, and overwrites whatever a client sent. Never read X-Forwarded-For anywhere
 * else: rotating it would reset every per-IP limit. Without the header (`next dev`), limits fall back to one
 * shared bucket, which is strict but cannot be dodged.
 */
export const CLIENT_IP_HEADER = "x-chophien-client-ip";

/** The request's client address as the server established it, or null when it was not (development). */
export function clientIpOf(headers: Headers): string | null {
  return headers.get(CLIENT_IP_HEADER);
}

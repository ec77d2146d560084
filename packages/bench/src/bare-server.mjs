// The HTTP baseline: a bare Node server that answers every request with one fixed JSON body (given in
// BARE_BODY), so the comparison measures what Next.js + tRPC + Prisma + Postgres add per request.
// Runs in its own process, like the storefront, so it never shares an event loop with the load generator.
import http from "node:http";

const body = Buffer.from(process.env.BARE_BODY ?? '{"ok":true}');
const server = http.createServer((req, res) => {
  req.resume();
  res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
  res.end(body);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  process.stdout.write(`${server.address().port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));

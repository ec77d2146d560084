/**
 * Options for the interactive transactions of orders, payments and stock. Prisma's default 5 s timeout is
 * too short for embedded PGlite on 2 cores, where the socket server runs one transaction at a time and a
 * transaction may queue behind others; on a real server they finish in milliseconds.
 */
export const ORDER_TX = { maxWait: 20_000, timeout: 30_000 } as const;

/** Who did something: a person (id + role) or the system (id null, role "system" / "stripe"). */
export const SYSTEM_ACTOR = { id: null, role: "system" } as const;
export const STRIPE_ACTOR = { id: null, role: "stripe" } as const;

/**
 * Runs in the browser before any page module (Next.js loads this file first).
 *
 * The page policy has no 'unsafe-eval' (packages/api/src/http/security-headers.ts), and the forms that import
 * constants from @cho-phien/validators build zod schemas in the browser; zod then probes `new Function("")`
 * to decide whether to compile its parsers. The probe is caught, but the browser still reports it as a CSP
 * violation on every form page. Under `jitless` zod skips the probe and parses interpreted. zod keeps its
 * settings on globalThis.__zod_globalConfig (shared by every copy of the library), so setting it here needs
 * no import and adds no weight; the server keeps the compiled parsers.
 */
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
// Mutated, not replaced: a zod already loaded holds a reference to this object.
scope.__zod_globalConfig ??= {};
scope.__zod_globalConfig.jitless = true;

import type { TestProject } from "vitest/node";
import { ensureBrowser } from "../../../scripts/find-browser.mjs";
import { startStack } from "./harness";

/**
 * One started stack per `vitest run`: every browser test file shares the database, both apps and Chromium.
 * Test files read the addresses with the helpers in ./fixtures.
 */
export default async function setup(project: TestProject) {
  // Before the minute of building: no browser stops the run here with one line naming the command that installs
  // one (as root on Debian/Ubuntu it is installed with apt). `pnpm test` did this already and exported the path.
  ensureBrowser({ log: (m) => console.log(`[e2e] ${m}`) });
  const started = Date.now();
  // Card checkout runs against the fake Stripe (the storefront then offers "Thẻ" next to COD and VietQR).
  const stack = await startStack({ fakeStripe: true });
  console.log(`[e2e] stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide("e2eStack", {
    databaseUrl: stack.databaseUrl,
    dbTarget: stack.dbTarget,
    storefrontUrl: stack.storefrontUrl,
    dashboardUrl: stack.dashboardUrl,
    browserWsEndpoint: stack.browserWsEndpoint ?? "",
    fakeStripeUrl: stack.fakeStripeUrl ?? "",
  });
  return async () => {
    await stack.stop();
  };
}

export interface StackInfo {
  databaseUrl: string;
  dbTarget: "server" | "pglite";
  storefrontUrl: string;
  dashboardUrl: string;
  browserWsEndpoint: string;
  /** The fake Stripe's base URL (its hosted payment page is /pay/:sessionId). */
  fakeStripeUrl: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    e2eStack: StackInfo;
  }
}

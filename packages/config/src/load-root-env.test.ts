import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findWorkspaceRoot, loadRootEnv } from "./load-root-env";

describe("loadRootEnv", () => {
  const touched = ["CP_TEST_FROM_FILE", "CP_TEST_ALREADY_SET"];
  afterEach(() => {
    for (const k of touched) delete process.env[k];
  });

  function workspace(envFile?: string): string {
    const root = mkdtempSync(path.join(tmpdir(), "cp-root-"));
    writeFileSync(path.join(root, "pnpm-workspace.yaml"), "packages: []\n");
    if (envFile !== undefined) writeFileSync(path.join(root, ".env"), envFile);
    const app = path.join(root, "apps", "storefront");
    mkdirSync(app, { recursive: true });
    return app;
  }

  it("loads the root .env from any folder below it, without overriding what the environment set", () => {
    const app = workspace("CP_TEST_FROM_FILE=from-file\nCP_TEST_ALREADY_SET=from-file\n");
    process.env.CP_TEST_ALREADY_SET = "from-shell";
    expect(loadRootEnv(app)).toBe(path.join(path.dirname(path.dirname(app)), ".env"));
    expect(process.env.CP_TEST_FROM_FILE).toBe("from-file");
    expect(process.env.CP_TEST_ALREADY_SET).toBe("from-shell");
  });

  it("does nothing without a .env, or outside a workspace", () => {
    expect(loadRootEnv(workspace())).toBeNull();
    expect(findWorkspaceRoot(tmpdir())).toBeNull();
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { logNotificationSender } from "./notification-sender";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function captureLog(): string[] {
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
  return lines;
}

const message = {
  id: "m1",
  topic: "order.status_changed",
  recipient: "+84912345678",
  payload: { orderCode: "CP1-1", to: "shipped" },
};

describe("the log notification sender", () => {
  it("masks the phone number in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const lines = captureLog();
    await logNotificationSender.send(message);
    expect(lines.join("\n")).toContain("09•• ••• 678");
    expect(lines.join("\n")).not.toMatch(/912345678|912 345 678/);
  });

  it("shows the whole number in development", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const lines = captureLog();
    await logNotificationSender.send(message);
    expect(lines.join("\n")).toContain("0912 345 678");
  });
});

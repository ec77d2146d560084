import { describe, expect, it } from "vitest";
import { adminBackPath } from "./back-path";

describe("adminBackPath", () => {
  it("goes back to the admin page the form was on, with the new outcome word", () => {
    expect(adminBackPath("/admin/shops?q=ch%C3%A8&page=2", "suspended")).toBe(
      "/admin/shops?q=ch%C3%A8&page=2&ket-qua=suspended",
    );
    expect(adminBackPath("/admin?ket-qua=banned&q=a", "unbanned")).toBe("/admin?ket-qua=unbanned&q=a");
  });

  it("never leaves /admin, whatever the back field says", () => {
    for (const back of [
      undefined,
      "",
      "https://evil.example/admin",
      "//evil.example/admin",
      "/\\evil.example",
      "/seller",
      "/administrator",
      "/admin/../seller",
      "/admin/%2e%2e/seller",
    ]) {
      expect(adminBackPath(back, "error"), String(back)).toMatch(/^\/admin(\/[^?]*)?\?ket-qua=error$/);
    }
  });
});

/**
 * One JSON POST to better-auth's HTTP endpoints, the way the sign-in form needs it: no client library
 * (a few hundred bytes instead of tens of KB on a village connection), and the server's Vietnamese
 * message when something is refused.
 */
export type AuthResult = { ok: true } | { ok: false; message: string };

export async function postAuth(
  path: string,
  body: Record<string, unknown>,
  offlineMessage: string,
): Promise<AuthResult> {
  let res: Response;
  try {
    res = await fetch(`/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, message: offlineMessage };
  }
  if (res.ok) return { ok: true };
  const data = (await res.json().catch(() => null)) as { message?: unknown } | null;
  return {
    ok: false,
    message: typeof data?.message === "string" && data.message ? data.message : offlineMessage,
  };
}

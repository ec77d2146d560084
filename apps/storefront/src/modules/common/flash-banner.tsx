import { cookies } from "next/headers";
import { FLASH_COOKIE, readFlash } from "~/server/flash";

/** The message left by the last form post (see flash.ts), announced to screen readers. */
export async function FlashBanner({ id }: { id: string | string[] | undefined }) {
  const flash = readFlash((await cookies()).get(FLASH_COOKIE)?.value, id);
  if (!flash) return null;
  return (
    <p
      role={flash.kind === "error" ? "alert" : "status"}
      className={
        flash.kind === "error"
          ? "rounded-xl border border-red-300 bg-red-50 p-3 font-medium text-red-800"
          : "rounded-xl border border-brand-600 bg-brand-50 p-3 font-medium text-brand-800"
      }
    >
      {flash.message}
    </p>
  );
}

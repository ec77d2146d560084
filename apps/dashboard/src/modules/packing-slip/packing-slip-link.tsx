import Link from "next/link";
import { getLocale } from "~/i18n/get-locale";
import { packingSlipMessages } from "./messages";
import { packingSlipHref } from "./packing-slip-href";

/** "In phiếu" on an order card: opens the printable packing slip (reads the language itself). */
export async function PackingSlipLink({ code }: { code: string }) {
  const t = packingSlipMessages(await getLocale());
  return (
    <Link
      href={packingSlipHref(code)}
      aria-label={t.printLinkLabel(code)}
      className="inline-flex min-h-12 items-center gap-2 rounded-lg border border-stone-300 bg-white px-4 text-base font-medium hover:bg-stone-100"
    >
      <span aria-hidden="true">🖨</span> {t.printLink}
    </Link>
  );
}

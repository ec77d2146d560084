import { formatVnd } from "@cho-phien/validators/money";

/** "50.000 ₫ / kg": whole đồng, formatted the Vietnamese way whatever the interface language. */
export function Price({
  amount,
  unit,
  className = "",
}: {
  amount: number;
  unit?: string;
  className?: string;
}) {
  return (
    <span className={className}>
      <span className="font-semibold text-brand-700">{formatVnd(amount)}</span>
      {unit ? <span className="text-sm font-normal text-stone-600"> / {unit}</span> : null}
    </span>
  );
}

/** ★★★★☆ with the number spelled out for screen readers. */
export function Stars({ value, label }: { value: number; label: string }) {
  const full = Math.round(value);
  return (
    <span role="img" aria-label={label} className="whitespace-nowrap text-amber-500">
      {"★".repeat(full)}
      <span className="text-stone-300">{"★".repeat(Math.max(0, 5 - full))}</span>
    </span>
  );
}

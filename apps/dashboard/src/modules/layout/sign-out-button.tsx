/** A plain form post (app/dang-xuat/route.ts): signs out with or without JavaScript. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form method="post" action="/dang-xuat">
      <button
        type="submit"
        className="min-h-12 rounded-lg border whitespace-nowrap border-green-200 px-3 text-base font-semibold hover:bg-green-900"
      >
        {label}
      </button>
    </form>
  );
}

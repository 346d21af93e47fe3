import { AccessFallback } from "@/app/_components/access-fallback";

/** 403 outside the signed-in layout; pages inside it use app/(app)/forbidden.tsx. */
export default function ForbiddenPage() {
  return (
    <main className="narrow">
      <AccessFallback kind="forbidden" />
    </main>
  );
}

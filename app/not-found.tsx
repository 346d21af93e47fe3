import { AccessFallback } from "@/app/_components/access-fallback";

/** 404 for an unknown address, rendered in the root layout alone; pages of the signed-in layout use app/(app)/not-found.tsx. */
export default function NotFound() {
  return (
    <main className="narrow">
      <AccessFallback kind="notFound" />
    </main>
  );
}

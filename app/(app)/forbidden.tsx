import { AccessFallback } from "@/app/_components/access-fallback";

/** 403 of a signed-in page: inside the layout's <main>, so not a second one. */
export default function ForbiddenPage() {
  return (
    <div className="narrow">
      <AccessFallback kind="forbidden" />
    </div>
  );
}

import { AccessFallback } from "@/app/_components/access-fallback";

/** 404 of a signed-in page (notFound()): inside the layout's <main>, so not a second one. */
export default function NotFound() {
  return (
    <div className="narrow">
      <AccessFallback kind="notFound" />
    </div>
  );
}

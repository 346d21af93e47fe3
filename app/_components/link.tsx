import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link without prefetching, for every link of the app (eslint.config.mjs refuses
 * next/link elsewhere). Each page here is rendered per request, for its actor: a prefetch
 * keeps nothing the click could use, yet each link in view made the browser ask the server
 * for a render of the layouts — 67 requests for one view of the request list.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}

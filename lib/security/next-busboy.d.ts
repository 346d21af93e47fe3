// The multipart parser Next.js itself reads server actions with (next/dist/compiled/busboy),
// typed for the little lib/security/action-body.ts uses of it.
declare module "next/dist/compiled/busboy" {
  import type { Writable, Readable } from "node:stream";
  interface BusboyConfig {
    headers: Record<string, string>;
    preservePath?: boolean;
    defParamCharset?: string;
    limits?: { fieldSize?: number };
  }
  interface Busboy extends Writable {
    on(event: "file", listener: (name: string, stream: Readable, info: { filename: string }) => void): this;
    on(event: "field", listener: (name: string, value: string) => void): this;
    on(event: "error", listener: (error: Error) => void): this;
    on(event: string | symbol, listener: (...args: never[]) => void): this;
  }
  function busboy(config: BusboyConfig): Busboy;
  export = busboy;
}

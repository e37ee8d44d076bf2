// Types for the readerable check on its own: importing it by path keeps the rest of Readability
// out of boot.js, which runs on every page of an auto-clean site.
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}

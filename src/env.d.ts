declare namespace App {
  interface Locals {
    /** The page's edition, language, base, embed-or-not and words: see src/lib/page.ts. */
    page: import('./lib/page').PageContext;
  }
}

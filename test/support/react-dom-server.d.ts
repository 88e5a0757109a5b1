/**
 * The one function of react-dom's server renderer the unit tests use (to
 * render prism-react-renderer's highlighter outside a browser), typed here
 * because the project does not install @types/react-dom.
 */
declare module 'react-dom/server' {
  import type { ReactNode } from 'react';

  export function renderToStaticMarkup(node: ReactNode): string;
}

// avsc's entry point for browser builds that need its types only (no files, streams or services), typed as the package's types.
declare module 'avsc/etc/browser/avsc-types' {
  export { Type, types } from 'avsc';
}

/**
 * `lilconfig`'s search, as a named export of an ES module, so that `config.ts`
 * can load it lazily with `import()` whether it runs from `tsc` output or from
 * the bundled CLI (a bundler gives a CommonJS package loaded with `import()`
 * only a `default` export).
 */
export { lilconfig } from 'lilconfig'

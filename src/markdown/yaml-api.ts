/**
 * The parts of `yaml` that front matter needs, as named exports of an ES
 * module, so that `remark-deck-config` can load them lazily with `import()`
 * whether it runs from `tsc` output or from the bundled CLI (a bundler gives a
 * CommonJS package loaded with `import()` only a `default` export).
 */
export { LineCounter, isMap, isScalar, parseDocument, visit } from 'yaml'

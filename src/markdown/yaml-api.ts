/**
 * The parts of `yaml` that front matter and the config file need, as named exports of an ES
 * module, so that `remark-deck-config` and `cli/config.ts` can load them lazily with `import()`
 * whether it runs from `tsc` output or from the bundled CLI (a bundler gives a
 * CommonJS package loaded with `import()` only a `default` export).
 */
export { LineCounter, YAMLParseError, isMap, isScalar, parse, parseDocument, visit } from 'yaml'

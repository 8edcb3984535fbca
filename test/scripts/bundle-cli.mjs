/**
 * Bundle the compiled CLI (`build/src/cli/bin.js`, from `tsc`) with esbuild
 * into `build/cli/lectern.js` and its lazily loaded chunks, the `lectern`
 * executable of the package. Loading one file per command instead of ~550
 * modules from ~100 packages is most of the CLI's start-up. The library
 * (`lectern`, `lectern/web`…) stays `tsc` output.
 *
 * The chunks sit two folders below the package root, as `build/src/*.js`
 * do, so `package-paths.js` finds the root the same way. puppeteer-core is
 * bundled too, in chunks only printing loads; pdf-lib (a fallback) is loaded
 * by Node as installed.
 *
 * Usage: `node test/scripts/bundle-cli.mjs [OUT_DIR]` (default `build/cli`).
 */
import { copyFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * rehype-highlight registers lowlight's `common` grammars (37 of them, some
 * 200 kB) unless it is given its own; Lectern always gives the grammars a
 * deck's code needs (`src/html/highlight-grammars.ts`), so the bundle leaves
 * the set out: rehype-highlight's `lowlight` is lowlight without it.
 */
const lowlightWithoutCommon = {
  name: 'lowlight-without-common',
  setup(build) {
    const rehypeHighlight = `${path.sep}node_modules${path.sep}rehype-highlight${path.sep}`
    build.onResolve({ filter: /^lowlight$/ }, (args) =>
      args.importer.includes(rehypeHighlight) ? { path: 'lowlight', namespace: 'lowlight-without-common', pluginData: args.resolveDir } : undefined
    )
    // `lowlight` resolved from rehype-highlight's folder, as its own import would be.
    build.onLoad({ filter: /.*/, namespace: 'lowlight-without-common' }, (args) => ({
      contents: "export { createLowlight } from 'lowlight'\nexport const common = undefined\n",
      resolveDir: args.pluginData
    }))
  }
}

/**
 * Bundle the CLI.
 *
 * @param {string} outDir Output folder; must be two levels below the package root.
 * @returns {Promise<string>} Path of the entry file.
 */
export async function bundleCli(outDir = path.join(root, 'build', 'cli')) {
  const { build } = await import('esbuild')
  await rm(outDir, { recursive: true, force: true })
  await build({
    entryPoints: { lectern: path.join(root, 'build', 'src', 'cli', 'bin.js') },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['pdf-lib'],
    plugins: [lowlightWithoutCommon],
    // Bundled CommonJS modules call `require`; ES modules have none.
    banner: { js: "import { createRequire as __lecternRequire } from 'node:module'; const require = __lecternRequire(import.meta.url);" },
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'eof',
    logLevel: 'warning'
  })
  // Data a module reads beside itself (`new URL('./…', import.meta.url)`) goes beside the chunks too.
  await copyFile(path.join(root, 'build', 'src', 'article', 'measured-themes.json'), path.join(outDir, 'measured-themes.json'))
  return path.join(outDir, 'lectern.js')
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundleCli(process.argv[2] ? path.resolve(process.argv[2]) : undefined)
}

/**
 * The bundled CLI that a test run's spawned-CLI tests start
 * (`LECTERN_TEST_CLI`): made by `test/scripts/bundle-cli.mjs` from this
 * build, and kept in `build/cli-test-KEY/` for the next run while nothing it
 * is made from changes. Bundling takes esbuild some 4–5 CPU-seconds and holds
 * up the start of every run, also of one test file; `tsc` rewrites only the
 * files an edit changes, so most runs find their bundle made.
 *
 * The key covers every file of `build/src` (path, size, modification time),
 * the bundling script, and the installed packages (`node_modules/.package-lock.json`,
 * which npm rewrites on every install).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** How long a bundle of another build is kept (another run may still be using it). */
const keepOthersMs = 60 * 60_000

/** A key for what the bundle of `root`'s build is made from. */
function bundleKey(root: string): string {
  const hash = createHash('sha256')
  const buildSrc = path.join(root, 'build', 'src')
  const files = readdirSync(buildSrc, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
  for (const file of files) {
    const stat = statSync(file)
    hash.update(`${path.relative(buildSrc, file)}\0${stat.size}\0${stat.mtimeMs}\n`)
  }
  hash.update(readFileSync(path.join(root, 'test', 'scripts', 'bundle-cli.mjs')))
  const installed = path.join(root, 'node_modules', '.package-lock.json')
  hash.update(existsSync(installed) ? `${statSync(installed).mtimeMs}` : 'no lock')
  return hash.digest('hex').slice(0, 16)
}

/**
 * The bundled CLI of `root`'s build: the one made for this build by an
 * earlier run, or a new one.
 *
 * @param root The package root (the bundle goes two folders below it, as `build/cli` does).
 * @returns The entry file, and whether it was made now.
 */
export async function testCli(root: string): Promise<{ path: string; made: boolean }> {
  const buildDir = path.join(root, 'build')
  const dir = path.join(buildDir, `cli-test-${bundleKey(root)}`)
  const entry = path.join(dir, 'lectern.js')
  let made = false
  if (!existsSync(entry)) {
    // Made aside and renamed into place, so a run beside this one never sees half a bundle.
    const making = path.join(buildDir, `cli-test-making-${process.pid}`)
    const { bundleCli } = (await import(pathToFileURL(path.join(root, 'test', 'scripts', 'bundle-cli.mjs')).href)) as { bundleCli(outDir: string): Promise<string> }
    await bundleCli(making)
    try {
      renameSync(making, dir)
      made = true
    } catch {
      // Another run made it first.
      rmSync(making, { recursive: true, force: true })
    }
  }
  // Bundles of earlier builds go once no run can still be using them.
  for (const name of readdirSync(buildDir)) {
    const other = path.join(buildDir, name)
    if (!name.startsWith('cli-test-') || other === dir) continue
    if (Date.now() - statSync(other).mtimeMs > keepOthersMs) rmSync(other, { recursive: true, force: true })
  }
  return { path: entry, made }
}

/**
 * The bench's peers (`npm run bench -- --peers`): Marp CLI, reveal-md and
 * decktape installed from npm into a cache folder outside the project, with
 * no browser download (they print with the same Chromium as Lectern), and
 * Debian's `pandoc` when it is installed.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The versions installed (majors that run on Node 20). */
export const peerPackages = ['@marp-team/marp-cli@4', 'reveal-md@6', 'decktape@3'] as const

/** Where the peers are, and how to run them. */
export interface Peers {
  /** The cache folder (`LECTERN_BENCH_CACHE`, else `~/.cache/lectern-bench`). */
  folder: string
  /** Executables by name; a peer that could not be found is missing. */
  marp?: string | undefined
  revealMd?: string | undefined
  decktape?: string | undefined
  pandoc?: string | undefined
  /** Versions by name, for the table's header. */
  versions: Record<string, string>
  /** Environment for the peers: no browser downloads, Debian's Chromium. */
  env: NodeJS.ProcessEnv
}

async function version(file: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout, stderr } = await run(file, [...args], { env, timeout: 60_000 })
    return (/\d+\.\d+(\.\d+)?/.exec(`${stdout}\n${stderr}`)?.[0]) ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

async function which(name: string): Promise<string | undefined> {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(folder, name)
    if (folder && existsSync(candidate)) return candidate
  }
  return undefined
}

/**
 * Install the npm peers into the cache folder unless they are there, and
 * find `pandoc`.
 *
 * @param chromiumPath The browser the peers print with.
 * @param log Progress lines.
 */
export async function preparePeers(chromiumPath: string, log: (line: string) => void): Promise<Peers> {
  const folder = process.env.LECTERN_BENCH_CACHE || path.join(homedir(), '.cache', 'lectern-bench')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PUPPETEER_SKIP_DOWNLOAD: '1',
    PUPPETEER_SKIP_CHROMIUM_DOWNLOAD: '1',
    PUPPETEER_EXECUTABLE_PATH: chromiumPath,
    CHROME_PATH: chromiumPath,
    // Marp's update notice and telemetry-free runs.
    NO_UPDATE_NOTIFIER: '1'
  }
  const bin = (name: string): string => path.join(folder, 'node_modules', '.bin', name)
  if (!existsSync(bin('marp')) || !existsSync(bin('reveal-md')) || !existsSync(bin('decktape'))) {
    log(`installing ${peerPackages.join(', ')} into ${folder} (no browser download)`)
    await mkdir(folder, { recursive: true })
    if (!existsSync(path.join(folder, 'package.json'))) await writeFile(path.join(folder, 'package.json'), '{ "private": true }\n')
    await run('npm', ['install', '--prefix', folder, '--no-audit', '--no-fund', ...peerPackages], { env, timeout: 600_000, maxBuffer: 64 * 2 ** 20 })
  }
  const peers: Peers = { folder, versions: {}, env }
  if (existsSync(bin('marp'))) peers.marp = bin('marp')
  if (existsSync(bin('reveal-md'))) peers.revealMd = bin('reveal-md')
  if (existsSync(bin('decktape'))) peers.decktape = bin('decktape')
  peers.pandoc = await which('pandoc')
  if (!peers.pandoc) log('pandoc not found: its column stays empty (Debian: apt-get install -y pandoc)')
  if (peers.marp) peers.versions.marp = await version(peers.marp, ['--version'], env)
  if (peers.revealMd) peers.versions.revealMd = await version(peers.revealMd, ['--version'], env)
  if (peers.decktape) peers.versions.decktape = await version(peers.decktape, ['version'], env)
  if (peers.pandoc) peers.versions.pandoc = await version(peers.pandoc, ['--version'], env)
  return peers
}

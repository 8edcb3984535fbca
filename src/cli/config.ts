/**
 * The project's config file: `lectern.config.json`, `.yaml`/`.yml` or `.mjs`,
 * or a `"lectern"` key in `package.json`, found from the working folder
 * upwards (with `lilconfig`). Its keys are the command-line options in
 * camelCase (`outDir`, `slideLevel`, `handout`…); an option given on the
 * command line wins. An unknown key is a warning with a "did you mean"; a
 * file that cannot be read or a value of the wrong type is a usage error
 * naming the file.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { LecternError } from '../errors.js'
import { didYouMean } from '../markdown/suggest.js'
import { configKeys, optionSpecs, settleValue, type CliOptions, type CommandName } from './options.js'

/** File names searched in each folder, in this order. */
export const configFileNames = ['package.json', 'lectern.config.json', 'lectern.config.yaml', 'lectern.config.yml', 'lectern.config.mjs'] as const

/** A config file that was found and read. */
export interface LoadedConfig {
  /** Absolute path of the file. */
  filepath: string
  /** Its settings, checked: only keys the command takes. */
  options: CliOptions
  /** Its unknown keys, one message each (with a "did you mean"). */
  warnings: ConfigWarning[]
}

/** A problem in a config file that does not stop the run. */
export interface ConfigWarning {
  /** The file, relative to the working folder. */
  file: string
  /** What is wrong. */
  message: string
  /** `config-unknown-key`. */
  rule: string
}

/**
 * Find and read the config file that applies in `cwd`, keeping the
 * settings `command` takes.
 *
 * @param cwd The working folder; the search goes up from here to the home folder (or the root).
 * @param command The command being run.
 * @returns The config, or undefined when there is none.
 * @throws {LecternError} `usage`, naming the file, when it cannot be read or a value is wrong.
 */
export async function loadConfig(cwd: string, command: CommandName): Promise<LoadedConfig | undefined> {
  const { lilconfig } = await import('./lilconfig-api.js')
  const explorer = lilconfig('lectern', {
    searchPlaces: [...configFileNames],
    loaders: {
      '.json': (file, content) => parseJson(file, content, cwd),
      '.yaml': (file, content) => parseYaml(file, content, cwd),
      '.yml': (file, content) => parseYaml(file, content, cwd),
      '.mjs': (file) => importModule(file, cwd)
    }
  })
  let found
  try {
    found = await explorer.search(cwd)
  } catch (error) {
    if (error instanceof LecternError) throw error
    throw new LecternError(`Cannot read the config file: ${(error as Error).message}`, { code: 'usage', cause: error })
  }
  if (!found || found.isEmpty) return undefined
  return settleConfig(found.config, found.filepath, cwd, command)
}

/**
 * Check a config object: every key known (else a warning), every value of
 * its option's type (else an error), and keep what `command` takes.
 *
 * @param config The parsed file.
 * @param filepath Its absolute path.
 * @param cwd The working folder (messages name the file relative to it).
 * @param command The command being run.
 */
export function settleConfig(config: unknown, filepath: string, cwd: string, command: CommandName): LoadedConfig {
  const file = shown(filepath, cwd)
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new LecternError(`${file}: expected an object of settings (like {"outDir": "public"}), found ${Array.isArray(config) ? 'a list' : config === null ? 'null' : typeof config}`, { code: 'usage' })
  }
  const options: Record<string, unknown> = {}
  const warnings: ConfigWarning[] = []
  for (const [key, value] of Object.entries(config)) {
    if (!configKeys.includes(key)) {
      const cliOnly = optionSpecs.find((spec) => spec.key === key && spec.cliOnly)
      warnings.push({
        file,
        rule: 'config-unknown-key',
        message: cliOnly
          ? `\`${key}\` is not a setting: pass --${kebab(key)} on the command line`
          : `Unknown key \`${key}\`${didYouMean(key, configKeys)}; expected an option's name in camelCase (${configKeys.slice(0, 4).join(', ')}…)`
      })
      continue
    }
    const specs = optionSpecs.filter((spec) => spec.key === key)
    const spec = specs.find((candidate) => candidate.commands.includes(command))
    // A value is checked whatever the command, so a mistake shows on the first run.
    settleValue(spec ?? specs[0]!, value, `${file}: \`${key}\``)
    if (spec && value !== undefined) {
      // `handout: false` in a file turns it off, like leaving it out.
      if (key === 'handout' && value === false) continue
      options[key] = settleValue(spec, value, `${file}: \`${key}\``)
    }
  }
  return { filepath, options: options as CliOptions, warnings }
}

function parseJson(file: string, content: string, cwd: string): unknown {
  try {
    return JSON.parse(content) as unknown
  } catch (error) {
    throw new LecternError(`${shown(file, cwd)}: invalid JSON: ${(error as Error).message}`, { code: 'usage', cause: error })
  }
}

async function parseYaml(file: string, content: string, cwd: string): Promise<unknown> {
  const { parse, YAMLParseError } = await import('../markdown/yaml-api.js')
  try {
    return parse(content, { maxAliasCount: 100 }) ?? {}
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? `:${error.linePos[0].line}:${error.linePos[0].col}` : ''
    throw new LecternError(`${shown(file, cwd)}${where}: invalid YAML: ${String((error as Error).message).split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, { code: 'usage', cause: error })
  }
}

async function importModule(file: string, cwd: string): Promise<unknown> {
  try {
    const module = (await import(pathToFileURL(file).href)) as { default?: unknown }
    return module.default
  } catch (error) {
    throw new LecternError(`${shown(file, cwd)}: cannot load it: ${String((error as Error)?.message ?? error).split('\n')[0]}`, { code: 'usage', cause: error })
  }
}

function shown(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative === '' ? file : relative
}

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
}

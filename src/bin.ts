#!/usr/bin/env node
/**
 * The `lectern` executable: a shim around {@link main}.
 */
import { cleanUp, main } from './cli.js'

process.on('SIGINT', () => {
  void cleanUp().finally(() => {
    process.stderr.write('lectern: interrupted\n')
    process.exit(130)
  })
})

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr })

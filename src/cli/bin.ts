#!/usr/bin/env node
/**
 * The `lectern` executable: a shim around {@link main}.
 */
import { interrupt, main } from './cli.js'

process.on('SIGINT', () => {
  void interrupt().then((code) => {
    if (code !== 0) process.stderr.write('lectern: interrupted\n')
    process.exit(code)
  })
})

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin })

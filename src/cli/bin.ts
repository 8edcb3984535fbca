#!/usr/bin/env node
/**
 * The `lectern` executable: a shim around {@link main}.
 */
import { interrupt, main } from './cli.js'

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    void interrupt(signal).then((code) => {
      if (code !== 0) process.stderr.write(`lectern: ${signal === 'SIGINT' ? 'interrupted' : 'terminated'}\n`)
      process.exit(code)
    })
  })
}

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin })

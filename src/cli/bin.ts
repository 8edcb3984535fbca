#!/usr/bin/env node
/**
 * The `lectern` executable: a shim around {@link main}.
 */
import './regexp-tier.js'
import { watchPendingFiles } from '../write/write-file.js'
import { interrupt, main } from './cli.js'

/** Milliseconds a finished command may take to let its process end by itself. */
const exitGraceMs = 2_000

const handlers = {
  SIGINT: () => stop('SIGINT'),
  SIGTERM: () => stop('SIGTERM'),
  SIGHUP: () => stop('SIGHUP')
} as const

function stop(signal: keyof typeof handlers): void {
  void interrupt(signal).then((code) => {
    if (code !== 0) process.stderr.write(`lectern: ${signal === 'SIGINT' ? 'interrupted' : 'terminated'}\n`)
    process.exit(code)
  })
}

process.on('SIGINT', handlers.SIGINT)
// A reader that stops early (`lectern build --help | head`) closes the pipe: that ends the output, not in a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}
// SIGTERM and SIGHUP are caught only while half-written files wait to be removed: a handler
// cannot run while a script is stuck in a loop, and otherwise their default (end at once) is right.
watchPendingFiles((active) => {
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    if (active) process.on(signal, handlers[signal])
    else process.off(signal, handlers[signal])
  }
})

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin })
// The work is done: a library's timer left behind must not hold the process. (A run that failed while Chromium was still
// opening its first page waited 30 s more under load: puppeteer's wait for that page outlived the browser it closed.)
// Unreferenced, the timer ends nothing that ends by itself sooner.
setTimeout(() => process.exit(), exitGraceMs).unref()

import assert from 'node:assert/strict'
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { LecternError } from '../../src/errors.js'
import { describeBrowserSearch, findBrowser, systemBrowserPaths } from '../../src/print/find-browser.js'
import { tempDir } from '../helpers.js'

let folder: string
let executable: string
let plainFile: string
let binFolder: string

before(async () => {
  folder = await tempDir('lectern-find-browser-')
  executable = path.join(folder, 'my-chrome')
  plainFile = path.join(folder, 'not-executable')
  binFolder = path.join(folder, 'bin')
  await writeFile(executable, '#!/bin/sh\n')
  await chmod(executable, 0o755)
  await writeFile(plainFile, 'text')
  await chmod(plainFile, 0o644)
  await mkdir(binFolder)
  await writeFile(path.join(binFolder, 'google-chrome'), '#!/bin/sh\n')
  await chmod(path.join(binFolder, 'google-chrome'), 0o755)
})

after(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** Assert `promise` rejects with a `browser-not-found` LecternError and return its message. */
async function notFoundMessage(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    assert.ok(error instanceof LecternError, 'expected a LecternError')
    assert.equal(error.code, 'browser-not-found')
    return error.message
  }
  assert.fail('expected the search to fail')
}

describe('findBrowser', () => {
  it('should use the explicit path first', async () => {
    const found = await findBrowser({ executablePath: executable, env: { CHROME_PATH: '/usr/bin/chromium' } })
    assert.deepEqual(found, { path: executable, source: 'option' })
  })

  it('should use CHROME_PATH, then PUPPETEER_EXECUTABLE_PATH', async () => {
    assert.deepEqual(await findBrowser({ env: { CHROME_PATH: executable, PUPPETEER_EXECUTABLE_PATH: plainFile } }), {
      path: executable,
      source: 'CHROME_PATH'
    })
    assert.deepEqual(await findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: executable } }), {
      path: executable,
      source: 'PUPPETEER_EXECUTABLE_PATH'
    })
  })

  it('should say clearly that an explicit path is not executable, not fall through', async () => {
    const message = await notFoundMessage(findBrowser({ executablePath: plainFile }))
    assert.match(message, /^--browser is .*not-executable, but it cannot be used as a browser: the file is not executable/)
    assert.match(message, /apt-get install -y chromium/)
  })

  it('should say clearly that CHROME_PATH does not exist', async () => {
    const message = await notFoundMessage(findBrowser({ env: { CHROME_PATH: path.join(folder, 'missing') } }))
    assert.match(message, /^CHROME_PATH is .*missing, but it cannot be used as a browser: no such file/)
  })

  it('should reject a folder', async () => {
    const message = await notFoundMessage(findBrowser({ executablePath: folder }))
    assert.match(message, /it is not a file/)
  })

  it('should try the platform install locations, then PATH', async () => {
    assert.deepEqual(await findBrowser({ env: { PATH: '' }, systemPaths: ['/nonexistent/chrome', executable] }), {
      path: executable,
      source: 'system'
    })
    assert.deepEqual(await findBrowser({ env: { PATH: `/nonexistent:${binFolder}` }, systemPaths: [] }), {
      path: path.join(binFolder, 'google-chrome'),
      source: 'PATH'
    })
  })

  it('should explain how to get a browser when none is found', async () => {
    const message = await notFoundMessage(findBrowser({ env: { PATH: '' }, systemPaths: ['/nonexistent/chromium'] }))
    assert.match(message, /No Chrome or Chromium found/)
    assert.match(message, /apt-get install -y chromium/)
    assert.match(message, /npx @puppeteer\/browsers install chrome@stable/)
    assert.match(message, /CHROME_PATH/)
    assert.match(message, /--browser PATH/)
  })

  it('should find the Chromium installed on this machine', async () => {
    const found = await findBrowser({ env: { PATH: process.env.PATH } })
    assert.match(found.path, /chrom/i)
  })
})

describe('describeBrowserSearch', () => {
  it('should list what was checked and what was found', async () => {
    const report = await describeBrowserSearch({
      env: { PATH: binFolder },
      systemPaths: ['/nonexistent/chromium', plainFile]
    })
    assert.deepEqual(report.checked, [
      { source: 'system', path: '/nonexistent/chromium', status: 'missing' },
      { source: 'system', path: plainFile, status: 'not-executable' },
      { source: 'PATH', path: path.join(binFolder, 'google-chrome'), status: 'found' }
    ])
    assert.deepEqual(report.found, { path: path.join(binFolder, 'google-chrome'), source: 'PATH' })
    assert.equal(report.error, undefined)
  })

  it('should report the failure instead of throwing', async () => {
    const report = await describeBrowserSearch({ env: { PATH: '' }, systemPaths: [] })
    assert.equal(report.found, undefined)
    assert.equal(report.error?.code, 'browser-not-found')
  })
})

describe('systemBrowserPaths', () => {
  it('should know the usual places on each platform', () => {
    assert.ok(systemBrowserPaths('linux').includes('/usr/bin/chromium'))
    assert.ok(systemBrowserPaths('darwin', {}).includes('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))
    assert.ok(
      systemBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files' }).includes(
        'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
      )
    )
  })
})

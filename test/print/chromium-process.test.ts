import assert from 'node:assert/strict'
import { PassThrough } from 'node:stream'
import { describe, it } from 'node:test'
import puppeteer from 'puppeteer-core'
import { chromiumArgs, withBrowser } from '../../src/print/browser.js'
import { chromiumCommandLine, lecternDisabledFeatures, PipeTransport } from '../../src/print/chromium-process.js'
import { offlineArgs } from '../../src/print/print-guard.js'

/** `--disable-features=A,B` and `--enable-features=C` as sorted lists, the rest as given. */
function parse(args: readonly string[]): { features: Record<string, string[]>; rest: string[] } {
  const features: Record<string, string[]> = {}
  const rest: string[] = []
  for (const arg of args) {
    const match = /^--(disable|enable)-features=(.*)$/.exec(arg)
    if (match) features[match[1]!] = match[2]!.split(',').sort()
    else rest.push(arg)
  }
  return { features, rest: rest.sort() }
}

describe('chromiumCommandLine', () => {
  it("should hold Puppeteer's own default flags, Lectern's, a pipe and no start-up window", () => {
    const extra = [...chromiumArgs, ...offlineArgs]
    const ours = parse(chromiumCommandLine('/tmp/profile', extra))
    // What puppeteer.launch would run, with the features Lectern turns off.
    const theirs = parse(
      puppeteer
        .defaultArgs({ headless: true, userDataDir: '/tmp/profile', args: [...extra, `--disable-features=${lecternDisabledFeatures.join(',')}`] })
        .filter((arg) => arg !== 'about:blank')
    )
    assert.deepEqual(ours.features, theirs.features)
    assert.deepEqual(ours.rest, [...theirs.rest, '--no-startup-window', '--remote-debugging-pipe'].sort())
  })
})

describe('PipeTransport', () => {
  it('should split messages at NUL bytes across chunks, and end them with one', async () => {
    const toChromium = new PassThrough()
    const fromChromium = new PassThrough()
    const transport = new PipeTransport(toChromium, fromChromium)
    const received: string[] = []
    // Wait for the third message rather than for a fixed time: a busy machine can run a short timer before the messages' own tasks.
    const third = new Promise<void>((resolve) => {
      transport.onmessage = (message) => {
        received.push(message)
        if (received.length === 3) resolve()
      }
    })
    fromChromium.write('{"id":1}\0{"id"')
    fromChromium.write(':2,"text":"é')
    fromChromium.write('"}\0{"id":3}\0')
    let timer: NodeJS.Timeout | undefined
    await Promise.race([third, new Promise((resolve) => (timer = setTimeout(resolve, 5000)))])
    clearTimeout(timer)
    assert.deepEqual(received, ['{"id":1}', '{"id":2,"text":"é"}', '{"id":3}'])
    transport.send('{"method":"Browser.close"}')
    assert.equal(String(toChromium.read()), '{"method":"Browser.close"}\0')
  })

  it('should tell a listener set after the pipe closed that it has closed', async () => {
    const fromChromium = new PassThrough()
    const transport = new PipeTransport(new PassThrough(), fromChromium)
    fromChromium.destroy()
    await new Promise((resolve) => setImmediate(resolve))
    const closed = await new Promise<boolean>((resolve) => {
      transport.onclose = () => resolve(true)
      setTimeout(() => resolve(false), 1000)
    })
    assert.equal(closed, true)
  })
})

describe('launched Chromium', () => {
  it("should have no page but the ones Lectern opens, and none of the address bar's", async () => {
    await withBrowser({}, async ({ browser }) => {
      const page = await browser.newPage()
      await page.goto('data:text/html,<h1>Hello</h1>')
      assert.equal(await page.$eval('h1', (heading) => heading.textContent), 'Hello')
      const urls = browser.targets().map((target) => target.url())
      assert.deepEqual(
        urls.filter((url) => url !== ''),
        ['data:text/html,<h1>Hello</h1>']
      )
    })
  })
})

import { layoutNames } from '../../src/article/layout-names.js'
import assert from 'node:assert/strict'
import { existsSync, readdirSync } from 'node:fs'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { PNG } from 'pngjs'
import puppeteer, { type Browser } from 'puppeteer-core'
import { isLecternError } from '../../src/errors.js'
import { executablePath, needsBrowser } from '../helpers/browser.js'
import { cssReferences, withoutRemoteImports } from '../../src/theme/theme-css.js'
import { tempDir } from '../helpers.js'
import {
  contrastRatio,
  isCssColor,
  lecternThemesDir,
  listThemes,
  parseColor,
  parseThemeVariables,
  resolveTheme,
  revealThemesDir,
  scaffoldTheme,
  themeVariablesToCss,
  type FoundTheme
} from '../../src/theme/themes.js'

/** The stylesheets reveal.js ships in `dist/theme/` (the fourteen built-in themes), as installed. */
const revealBuiltins = (): string[] => readdirSync(revealThemesDir()).filter((file) => file.endsWith('.css')).map((file) => file.slice(0, -'.css'.length))
const lecternThemes = ['lectern', 'lectern-night', 'lectern-paper']

let projectDir = ''

before(async () => {
  projectDir = await tempDir('lectern-themes-')
})

after(async () => {
  await rm(projectDir, { recursive: true, force: true })
})

/** Whether `fn` rejects with a LecternError of code `theme` whose message matches. */
async function rejectsTheme(fn: () => Promise<unknown>, message: RegExp): Promise<void> {
  await assert.rejects(fn, (error: unknown) => {
    assert.ok(isLecternError(error), `expected a LecternError, got ${String(error)}`)
    assert.equal(error.code, 'theme')
    assert.match(error.message, message)
    return true
  })
}

/** Every stylesheet text a resolved theme puts in a deck. */
async function stylesheetsOf(theme: FoundTheme): Promise<Array<{ to: string; css: string }>> {
  const sheets = theme.generated.map((g) => ({ to: g.to, css: g.content }))
  for (const file of theme.files) {
    if (file.to.endsWith('.css')) sheets.push({ to: file.to, css: await readFile(file.from, 'utf8') })
  }
  return sheets
}

describe('resolveTheme', () => {
  it('should resolve the default Lectern theme with its bundled fonts', async () => {
    const theme = await resolveTheme('lectern', { projectDir })
    assert.equal(theme.source, 'lectern')
    assert.deepEqual(theme.stylesheets, ['assets/themes/lectern/theme.css'])
    assert.equal(theme.dark, false)
    const fonts = theme.files.filter((f) => f.to.startsWith('assets/fonts/'))
    assert.ok(fonts.some((f) => f.to === 'assets/fonts/inter/inter-latin-400-normal.woff2'))
    assert.ok(fonts.some((f) => f.to === 'assets/fonts/jetbrains-mono/jetbrains-mono-latin-ext-400-normal.woff2'))
    for (const file of theme.files) assert.ok(existsSync(file.from), `missing ${file.from}`)
    assert.equal(theme.variables['--r-background-color'], '#fbfaf8')
  })

  it('should give the dark theme a light handout stylesheet', async () => {
    const theme = await resolveTheme('lectern-night', { projectDir })
    assert.equal(theme.dark, true)
    assert.deepEqual(theme.handoutStylesheets, ['assets/themes/lectern-night/handout.css'])
    assert.ok(theme.files.some((f) => f.to === 'assets/themes/lectern-night/handout.css'))
  })

  it('should copy a reveal.js theme that needs no network as is', async () => {
    const theme = await resolveTheme('black', { projectDir })
    assert.equal(theme.source, 'reveal')
    assert.deepEqual(theme.stylesheets, ['assets/reveal/theme/black.css'])
    assert.deepEqual(theme.files, [{ from: path.join(revealThemesDir(), 'black.css'), to: 'assets/reveal/theme/black.css' }])
    assert.deepEqual(theme.generated, [])
    assert.equal(theme.dark, true)
  })

  it('should give a reveal.js theme whose link colour does not read on its background an accent that does', async () => {
    // blood: #a23 on #222 is 2.3:1; its hover red #d63347 is 3.3:1, enough for the large text the accent colours.
    const theme = await resolveTheme('blood', { projectDir })
    assert.equal(theme.variables['--lectern-accent'], '#d63347')
    assert.match(theme.generated[0]?.content ?? '', /:root \{ --lectern-accent: #d63347; \}\s*$/)
    assert.ok(contrastRatio(theme.variables['--lectern-accent']!, theme.variables['--r-background-color']!) >= 3)
    // Every other shipped reveal.js theme's link colour reads as it is.
    for (const name of ['beige', 'black', 'black-contrast', 'dracula', 'league', 'moon', 'night', 'serif', 'simple', 'sky', 'solarized', 'white', 'white-contrast']) {
      assert.equal((await resolveTheme(name, { projectDir })).variables['--lectern-accent'], undefined, name)
    }
  })

  it('should keep captions and attributions readable in a reveal.js theme whose text colour is faint already', async () => {
    // solarized's text is 4.1:1 on its cream: no fainter at all; moon's 5.6:1: no fainter than 0.9 (0.75 would be 3.8:1).
    const floors: Record<string, string> = {}
    for (const name of ['beige', 'black', 'black-contrast', 'blood', 'dracula', 'league', 'moon', 'night', 'serif', 'simple', 'sky', 'solarized', 'white', 'white-contrast']) {
      const floor = /--lectern-muted-floor: ([\d.]+);/.exec((await resolveTheme(name, { projectDir })).generated[0]?.content ?? '')?.[1]
      if (floor) floors[name] = floor
    }
    assert.deepEqual(floors, { moon: '0.9', solarized: '1' })
  })

  it('should rewrite a reveal.js theme that imports web fonts, bundling the fonts', async () => {
    const theme = await resolveTheme('night', { projectDir })
    assert.equal(theme.generated.length, 1)
    const [sheet] = theme.generated
    assert.equal(sheet?.to, 'assets/reveal/theme/night.css')
    assert.doesNotMatch(sheet?.content ?? '', /@import|googleapis/)
    assert.match(sheet?.content ?? '', /font-family:\s*'?Montserrat'?/)
    assert.match(sheet?.content ?? '', /font-family:\s*'?Open Sans'?/)
    assert.ok(theme.files.some((f) => f.to === 'assets/fonts/montserrat/montserrat-latin-700-normal.woff2'))
    assert.ok(theme.files.some((f) => f.to === 'assets/fonts/open-sans/open-sans-latin-400-italic.woff2'))
  })

  it('should prefer a project theme over a Lectern theme of the same name', async () => {
    const dir = path.join(projectDir, 'shadow')
    await mkdir(path.join(dir, 'themes', 'lectern'), { recursive: true })
    await writeFile(path.join(dir, 'themes', 'lectern', 'theme.css'), ':root { --r-background-color: #000; }')
    const theme = await resolveTheme('lectern', { projectDir: dir })
    assert.equal(theme.source, 'project')
    assert.deepEqual(theme.stylesheets, ['assets/themes/project-lectern/theme.css'])
    assert.equal(theme.dark, true)
  })

  it('should resolve a path to a CSS file and copy the files it refers to', async () => {
    const dir = path.join(projectDir, 'by-path')
    await mkdir(path.join(dir, 'styles'), { recursive: true })
    await writeFile(path.join(dir, 'styles', 'bg.png'), 'png')
    await writeFile(path.join(dir, 'styles', 'brand.css'), '.reveal { background: url("bg.png"); }')
    const theme = await resolveTheme('./styles/brand.css', { projectDir: dir })
    assert.equal(theme.source, 'file')
    assert.equal(theme.name, 'brand')
    assert.deepEqual(theme.stylesheets, ['assets/themes/file-brand/theme.css'])
    // Files the document named carry the rule they are read under when copied (read-policy.ts).
    assert.deepEqual(theme.files, [
      { from: path.join(dir, 'styles', 'brand.css'), to: 'assets/themes/file-brand/theme.css', rule: { kind: 'stylesheet', roots: [dir] } },
      { from: path.join(dir, 'styles', 'bg.png'), to: 'assets/themes/file-brand/bg.png', rule: { kind: 'themeAsset', roots: [dir] } }
    ])
  })

  it('should name the path of a theme file that does not exist', async () => {
    await rejectsTheme(() => resolveTheme('./missing.css', { projectDir }), /`\.\/missing\.css` does not exist .*missing\.css/)
  })

  it('should refuse a theme stylesheet that loads a remote URL', async () => {
    const dir = path.join(projectDir, 'remote')
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, 'remote.css'), '@import url("https://example.com/font.css");')
    await rejectsTheme(() => resolveTheme('remote.css', { projectDir: dir }), /https:\/\/example\.com.*offline/)
  })

  it('should list the available themes and suggest a close name for an unknown one', async () => {
    await rejectsTheme(
      () => resolveTheme('lectren', { projectDir, file: 'talk.md' }),
      /Unknown theme `lectren` \(did you mean `lectern`\?\); available: .*lectern-paper.*dracula/
    )
    await rejectsTheme(() => resolveTheme('nigth', { projectDir }), /did you mean `night`/)
  })
})

describe('reading theme CSS', () => {
  it('should read the custom properties of :root rules, not those inside @media or @supports, later ones winning', () => {
    const css = `/* :root { --r-main-color: comment; } */
:root { --r-background-color: #fff; --r-main-color: #111 }
@media (prefers-color-scheme: dark) { :root { --r-background-color: #000; } }
@supports (color: oklch(0 0 0)) { :root { --r-main-color: oklch(20% 0 0); } }
html:root, .reveal { --lectern-accent: url("a;b.png") ; --r-main-color: #222; }
.reveal { --not-root: 1; }`
    assert.deepEqual(parseThemeVariables(css), { '--r-background-color': '#fff', '--r-main-color': '#222', '--lectern-accent': 'url("a;b.png")' })
  })

  it('should list url() and @import targets, quoted or bare, and none from comments', () => {
    const css = `@import "base.css";
@import url(more.css) screen;
/* url(commented.png) */
@font-face { font-family: X; src: url("fonts/x.woff2") format("woff2"), url('fonts/x.woff') format("woff"); }
.a { background: url( img/bg.png ) no-repeat, url(data:image/png;base64,AAAA); }`
    assert.deepEqual(cssReferences(css), ['more.css', 'fonts/x.woff2', 'fonts/x.woff', 'img/bg.png', 'data:image/png;base64,AAAA', 'base.css'])
  })

  it('should remove a font service @import, quoted or in url(), and read its families', () => {
    const css = `@import url(https://fonts.googleapis.com/css?family=Lato:400,700,400italic);\n@import "//fonts.googleapis.com/css?family=News+Cycle:400,700";\n@import "local.css";\n.reveal { color: red; }\n`
    const { css: cleaned, specs } = withoutRemoteImports(css)
    assert.doesNotMatch(cleaned, /googleapis/)
    assert.match(cleaned, /@import "local\.css";/)
    assert.match(cleaned, /\.reveal \{ color: red; \}/)
    assert.deepEqual(specs.map((spec) => `${spec.pkg} ${spec.weight} ${spec.style}`), ['lato 400 normal', 'lato 700 normal', 'lato 400 italic', 'news-cycle 400 normal', 'news-cycle 700 normal'])
  })

  it('should refuse a stylesheet it cannot read with the file, line and column', async () => {
    const dir = await tempDir('lectern-css-')
    try {
      await writeFile(path.join(dir, 'broken.css'), ':root {\n  --r-main-color: #111;\n\n.reveal { color: red;\n')
      await assert.rejects(resolveTheme('./broken.css', { projectDir: dir }), (error: unknown) => {
        assert.ok(isLecternError(error) && error.code === 'theme', String(error))
        assert.match(error.toString(), /broken\.css:4:1: Cannot read theme stylesheet broken\.css line 4, column 1: Unclosed block/)
        return true
      })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('listThemes', () => {
  it('should list reveal.js built-ins, Lectern themes and project themes', async () => {
    const dir = path.join(projectDir, 'listing')
    await mkdir(path.join(dir, 'themes', 'brand'), { recursive: true })
    await writeFile(path.join(dir, 'themes', 'brand', 'theme.css'), ':root { --r-background-color: #fff; }')
    const themes = await listThemes({ projectDir: dir })
    const names = (source: string) => themes.filter((t) => t.source === source).map((t) => t.name)
    assert.deepEqual(names('project'), ['brand'])
    assert.deepEqual(names('lectern'), lecternThemes)
    assert.equal(revealBuiltins().length, 14)
    assert.deepEqual(names('reveal').sort(), revealBuiltins().sort())
    assert.equal(themes.find((t) => t.name === 'dracula')?.dark, true)
    assert.equal(themes.find((t) => t.name === 'white')?.dark, false)
  })
})

describe('offline themes', () => {
  it('should have no remote URL in any CSS of any theme', async () => {
    for (const info of await listThemes({ projectDir })) {
      const theme = await resolveTheme(info.name, { projectDir })
      for (const sheet of await stylesheetsOf(theme)) {
        const remote = cssReferences(sheet.css).filter((ref) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref) && !ref.startsWith('data:'))
        assert.deepEqual(remote, [], `${info.name}: ${sheet.to}`)
        assert.doesNotMatch(sheet.css, /@import\s+(?:url\()?["']?(?:https?:)?\/\//i, `${info.name}: ${sheet.to}`)
      }
      for (const file of theme.files) assert.ok(existsSync(file.from), `${info.name}: missing ${file.from}`)
    }
  })
})

describe('contrast', () => {
  it('should compute WCAG contrast ratios', () => {
    assert.equal(contrastRatio('#000', '#fff'), 21)
    assert.equal(contrastRatio('white', 'white'), 1)
    assert.ok(Math.abs(contrastRatio('#777', '#fff') - 4.48) < 0.01)
    assert.ok(Math.abs(contrastRatio('rgb(0 0 0 / 50%)', '#fff') - contrastRatio('#808080', '#fff')) < 0.05)
    assert.deepEqual(parseColor('hsl(0, 100%, 50%)'), { r: 255, g: 0, b: 0, a: 1 })
    // CSS Color 4 notations have values too: the same colour as its sRGB hex, to rounding.
    for (const [modern, hex] of [['oklch(70% 0.1 200)', '#40b1b7'], ['lab(50% 40 59.5)', '#bf5700'], ['hwb(120 20% 30%)', '#33b333'], ['color(srgb 0.2 0.4 0.6)', '#336699']] as const) {
      assert.ok(Math.abs(contrastRatio(modern, '#fff') - contrastRatio(hex, '#fff')) < 0.03, `${modern} ≈ ${hex}`)
    }
    // Out of sRGB: mapped into it, not clipped to nothing.
    assert.ok(parseColor('oklch(70% 0.4 30)'))
    // What has no value of its own is not guessed.
    for (const unknown of ['var(--x)', 'currentcolor', 'color-mix(in srgb, red 50%, blue)']) {
      assert.equal(parseColor(unknown), undefined, unknown)
      assert.throws(() => contrastRatio(unknown, '#fff'), TypeError)
    }
  })

  it('should warn about low contrast written in oklch(), lab() and hwb()', async () => {
    for (const [textColor, backgroundColor] of [['oklch(80% 0.05 250)', 'oklch(95% 0.01 250)'], ['lab(70% 0 0)', 'white'], ['hwb(0 60% 30%)', '#fff']]) {
      const result = await themeVariablesToCss({ textColor, backgroundColor }, { projectDir })
      assert.ok(result.warnings.some((warning) => /WCAG AA/.test(warning.message)), `${textColor} on ${backgroundColor}: ${JSON.stringify(result.warnings)}`)
    }
    const fine = await themeVariablesToCss({ textColor: 'oklch(20% 0.02 250)', backgroundColor: 'oklch(98% 0.01 250)' }, { projectDir })
    assert.deepEqual(fine.warnings, [])
  })

  for (const name of lecternThemes) {
    it(`should meet WCAG AA (4.5:1) for text in ${name}`, async (t) => {
      const css = await readFile(path.join(lecternThemesDir(), name, 'theme.css'), 'utf8')
      const renditions = [parseThemeVariables(css)]
      const handout = path.join(lecternThemesDir(), name, 'handout.css')
      if (existsSync(handout)) renditions.push({ ...renditions[0], ...parseThemeVariables(await readFile(handout, 'utf8')) })
      for (const vars of renditions) {
        const background = vars['--r-background-color'] ?? ''
        const code = vars['--lectern-code-background'] ?? ''
        const pairs: Array<[string, string]> = [
          ['--r-main-color', background],
          ['--r-heading-color', background],
          ['--r-link-color', background],
          ['--lectern-muted-color', background],
          ['--lectern-accent', background],
          ['--lectern-code-color', code],
          ...Object.keys(vars)
            .filter((key) => key.startsWith('--lectern-hl-'))
            .map((key): [string, string] => [key, code])
        ]
        const measured: string[] = []
        for (const [key, bg] of pairs) {
          const ratio = contrastRatio(vars[key] ?? '', bg)
          measured.push(`${key} ${ratio.toFixed(2)}`)
          assert.ok(ratio >= 4.5, `${name}: ${key} ${vars[key]} on ${bg} is ${ratio.toFixed(2)}:1`)
        }
        t.diagnostic(`${name} on ${background}: ${measured.join(', ')}`)
      }
    })
  }
})

describe('themeVariablesToCss', () => {
  it('should map theme variables onto reveal and Lectern custom properties', async () => {
    const result = await themeVariablesToCss(
      {
        backgroundColor: '#101820',
        textColor: 'rgb(230, 230, 230)',
        headingColor: 'white',
        linkColor: '#7cc7ff',
        accentColor: 'hsl(30 100% 60%)',
        headingFont: 'Georgia, serif',
        'base-font-size': 40,
        headingTextTransform: 'uppercase',
        footer: 'ACME · 2026',
        slideNumbers: false,
        '--lectern-logo-height': '56px'
      },
      { projectDir }
    )
    assert.deepEqual(result.errors, [])
    assert.match(result.css, /--r-background-color: #101820;/)
    assert.match(result.css, /--r-background: #101820;/)
    assert.match(result.css, /--r-main-color: rgb\(230, 230, 230\);/)
    assert.match(result.css, /--r-heading-color: white;/)
    assert.match(result.css, /--r-link-color: #7cc7ff;/)
    assert.match(result.css, /--lectern-accent: hsl\(30 100% 60%\);/)
    assert.match(result.css, /--r-heading-font: Georgia, serif;/)
    assert.match(result.css, /--r-main-font-size: 40px;/)
    assert.match(result.css, /--r-heading-text-transform: uppercase;/)
    assert.match(result.css, /--lectern-logo-height: 56px;/)
    assert.match(result.css, /^:root \{/m)
    assert.equal(result.footer, 'ACME · 2026')
    assert.equal(result.slideNumbers, false)
  })

  it('should report unknown variables with a suggestion, and invalid values', async () => {
    const result = await themeVariablesToCss(
      {
        textColour: '#000',
        backgroundColor: 'not-a-colour',
        baseFontSize: '3 parsecs',
        headingTextTransform: 'shout',
        slideNumbers: 'yes',
        codeTheme: 'githib',
        '--x': 'a; b'
      },
      { projectDir }
    )
    const byKey = Object.fromEntries(result.errors.map((e) => [e.key, e.message]))
    assert.match(byKey['textColour'] ?? '', /Unknown theme variable `textColour` \(did you mean `textColor`\?\)/)
    assert.match(byKey['backgroundColor'] ?? '', /Expected a CSS colour.*not-a-colour/)
    assert.match(byKey['baseFontSize'] ?? '', /Expected a font size/)
    assert.match(byKey['headingTextTransform'] ?? '', /Expected one of none, uppercase/)
    assert.match(byKey['slideNumbers'] ?? '', /Expected true or false/)
    assert.match(byKey['codeTheme'] ?? '', /did you mean `github`/)
    assert.match(byKey['--x'] ?? '', /Expected a CSS value/)
    assert.equal(result.css, '')
  })

  it('should bundle font files, logos and highlight.js styles', async () => {
    const dir = path.join(projectDir, 'assets-vars')
    await mkdir(path.join(dir, 'fonts'), { recursive: true })
    await writeFile(path.join(dir, 'fonts', 'Brand-Bold.woff2'), 'font')
    await writeFile(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
    const result = await themeVariablesToCss(
      { headingFont: './fonts/Brand-Bold.woff2', bodyFont: 'Lato', logo: 'logo.svg', codeTheme: 'atom-one-dark' },
      { projectDir: dir }
    )
    assert.deepEqual(result.errors, [])
    assert.match(result.css, /^@import url\("assets\/highlight\/atom-one-dark\.css"\);/)
    assert.match(result.css, /@font-face \{ font-family: "Lectern heading"; src: url\("assets\/fonts\/custom\/Brand-Bold\.woff2"\) format\("woff2"\)/)
    assert.match(result.css, /--r-heading-font: "Lectern heading", system-ui/)
    assert.match(result.css, /--r-main-font: "Lato", system-ui/)
    assert.match(result.css, /src:url\("assets\/fonts\/lato\/lato-latin-400-normal\.woff2"\)/)
    assert.match(result.css, /--lectern-code-background: #282c34;/)
    assert.equal(result.logo, 'assets/logo/logo.svg')
    const tos = result.files.map((f) => f.to)
    for (const to of [
      'assets/fonts/custom/Brand-Bold.woff2',
      'assets/logo/logo.svg',
      'assets/highlight/atom-one-dark.css',
      'assets/fonts/lato/lato-latin-700-normal.woff2'
    ]) {
      assert.ok(tos.includes(to), `missing ${to} in ${tos.join(', ')}`)
    }
    for (const file of result.files) assert.ok(existsSync(file.from), `missing ${file.from}`)
  })

  it('should report unreadable font and logo paths', async () => {
    const result = await themeVariablesToCss({ codeFont: './fonts/none.woff2', logo: './nope.png' }, { projectDir })
    assert.deepEqual(
      result.errors.map((e) => e.key),
      ['codeFont', 'logo']
    )
    assert.match(result.errors[0]?.message ?? '', /Cannot read font file `\.\/fonts\/none\.woff2`/)
    assert.match(result.errors[1]?.message ?? '', /Cannot read logo `\.\/nope\.png`/)
  })

  it('should warn when text falls below AA contrast on the theme background', async () => {
    const theme = await resolveTheme('lectern', { projectDir })
    const result = await themeVariablesToCss({ textColor: '#bbbbbb' }, { projectDir, theme })
    assert.deepEqual(result.errors, [])
    assert.equal(result.warnings[0]?.key, 'textColor')
    assert.match(result.warnings[0]?.message ?? '', /WCAG AA/)
  })

  it('should accept CSS colour syntax', () => {
    for (const ok of ['#abc', '#aabbccdd', 'rebeccapurple', 'rgb(1 2 3 / 50%)', 'oklch(70% 0.1 200)', 'var(--x)']) {
      assert.ok(isCssColor(ok), ok)
    }
    for (const bad of ['#abcde', 'blu', 'rgb(1,2', 'url(x)', '1px']) assert.ok(!isCssColor(bad), bad)
  })
})

describe('scaffoldTheme', () => {
  it('should create a commented theme listing every variable, usable by name at once', async () => {
    const dir = path.join(projectDir, 'scaffold')
    await mkdir(dir, { recursive: true })
    const created = await scaffoldTheme('brand', { projectDir: dir })
    assert.equal(created, path.join(dir, 'themes', 'brand'))
    const css = await readFile(path.join(created, 'theme.css'), 'utf8')
    const base = parseThemeVariables(await readFile(path.join(lecternThemesDir(), 'lectern', 'theme.css'), 'utf8'))
    const scaffolded = parseThemeVariables(css)
    for (const [key, value] of Object.entries(base)) assert.equal(scaffolded[key], value, key)
    const code = css.replace(/\/\*[\s\S]*?\*\//g, '')
    assert.doesNotMatch(code, /https?:|@import|url\(/)
    assert.match(css, /\/\* Canvas \*\//)
    for (const layout of layoutNames) assert.match(css, new RegExp(`section\\.layout-${layout} \\{ \\}`), `a rule for the ${layout} layout`)

    const theme = await resolveTheme('brand', { projectDir: dir })
    assert.equal(theme.source, 'project')
    assert.deepEqual(theme.stylesheets, ['assets/themes/lectern/theme.css', 'assets/themes/project-brand/theme.css'])
    assert.ok(theme.files.some((f) => f.to.startsWith('assets/fonts/inter/')))

    await rejectsTheme(() => scaffoldTheme('brand', { projectDir: dir }), /already exists/)
  })

  it('should scaffold from a reveal.js theme and refuse bad names', async () => {
    const dir = path.join(projectDir, 'scaffold-reveal')
    await mkdir(dir, { recursive: true })
    const created = await scaffoldTheme('dark', { projectDir: dir, from: 'moon' })
    const css = await readFile(path.join(created, 'theme.css'), 'utf8')
    assert.match(css, /--r-background-color: #002b36;/)
    assert.match(css, /--lectern-accent: /)
    const theme = await resolveTheme('dark', { projectDir: dir })
    assert.equal(theme.dark, true)
    assert.deepEqual(theme.stylesheets, ['assets/reveal/theme/moon.css', 'assets/themes/project-dark/theme.css'])
    assert.equal(theme.generated.length, 1)
    await rejectsTheme(() => scaffoldTheme('../evil', { projectDir: dir }), /Expected a theme name/)
    await rejectsTheme(() => scaffoldTheme('x', { projectDir: dir, from: 'nope' }), /Unknown theme `nope`/)
  })
})

describe('rendering in Chromium', () => {
  let browser: Browser | undefined

  before(async () => {
    if (!existsSync(executablePath)) return
    browser = await puppeteer.launch({
      executablePath,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync'
      ]
    })
  })

  after(async () => {
    await browser?.close()
  })

  for (const name of lecternThemes) {
    it(`should render ${name} offline with its background, fonts and contrast`, async (t) => {
      if (!needsBrowser(t) || !browser) return
      const theme = await resolveTheme(name, { projectDir })
      const dist = path.join(projectDir, `render-${name}`)
      await writeDeck(dist, theme)

      const page = await browser.newPage()
      try {
        const remote: string[] = []
        page.on('request', (request) => {
          if (!/^(?:file|data):/.test(request.url())) remote.push(request.url())
        })
        await page.setViewport({ width: 1280, height: 720 })
        await page.goto(`file://${dist}/deck.html`)
        await page.waitForFunction('window.Reveal && Reveal.isReady()')
        await page.evaluate(() => document.fonts.ready)
        const png = PNG.sync.read(Buffer.from(await page.screenshot({ type: 'png' })))
        // (In the run's own folder, removed with it: a run leaves nothing in the system's temporary folder.)
        const screenshot = path.join(projectDir, `lectern-theme-${name}.png`)
        await writeFile(screenshot, PNG.sync.write(png))
        t.diagnostic(`screenshot: ${screenshot}`)

        assert.deepEqual(remote, [])
        const expected = parseColor(theme.variables['--r-background-color'] ?? '')
        assert.ok(expected)
        // Bottom-left area, clear of text, footer and the dark theme's corner glow.
        const index = (png.width * 520 + 8) * 4
        const [r = 0, g = 0, b = 0] = png.data.subarray(index, index + 3)
        const distance = Math.max(Math.abs(r - expected.r), Math.abs(g - expected.g), Math.abs(b - expected.b))
        assert.ok(distance <= 4, `${name}: pixel rgb(${r}, ${g}, ${b}) vs ${theme.variables['--r-background-color']}`)

        const rendered = await page.evaluate(() => {
          const h1 = document.querySelector('.title-slide h1')
          const style = h1 ? getComputedStyle(h1) : undefined
          return {
            family: style?.fontFamily ?? '',
            color: style?.color ?? '',
            fonts: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')),
            overflow: [...document.querySelectorAll('.slides section')].some((s) => s.scrollWidth > s.clientWidth + 1)
          }
        })
        const headingFamily = (theme.variables['--r-heading-font'] ?? '').split(',')[0]?.replace(/"/g, '').trim() ?? ''
        assert.ok(rendered.fonts.includes(headingFamily), `${headingFamily} not loaded: ${rendered.fonts.join(', ')}`)
        assert.equal(rendered.overflow, false)
        assert.ok(contrastRatio(rendered.color, theme.variables['--r-background-color'] ?? '') >= 4.5)
      } finally {
        await page.close()
      }
    })
  }
})

/** A small hand-written deck: title slide, bullets, code, table, quote. */
async function writeDeck(dist: string, theme: FoundTheme): Promise<void> {
  await rm(dist, { recursive: true, force: true })
  await cp(path.dirname(revealThemesDir()), path.join(dist, 'assets', 'reveal'), { recursive: true })
  for (const file of theme.files) {
    await mkdir(path.dirname(path.join(dist, file.to)), { recursive: true })
    await cp(file.from, path.join(dist, file.to))
  }
  for (const file of theme.generated) {
    await mkdir(path.dirname(path.join(dist, file.to)), { recursive: true })
    await writeFile(path.join(dist, file.to), file.content)
  }
  const links = ['assets/reveal/reset.css', 'assets/reveal/reveal.css', ...theme.stylesheets]
  await writeFile(
    path.join(dist, 'deck.html'),
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Theme test</title>
${links.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
</head><body><div class="reveal"><div class="slides">
<section class="title-slide"><p class="kicker">Conference 2026</p><h1>Turning Articles into Talks</h1>
<p class="subtitle">Slides you can present offline</p><p class="author">Ada Lovelace</p><p class="date">14 November 2026</p></section>
<section><h2>Bullets</h2><ul><li>One point</li><li>Another <a href="#">link</a></li></ul></section>
<section><h2>Code</h2><pre><code class="hljs"><span class="hljs-keyword">const</span> x = <span class="hljs-number">1</span></code></pre></section>
<section><h2>Table</h2><table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></section>
<section><blockquote><p>A quote.</p></blockquote></section>
</div><div class="lectern-footer">Footer</div></div>
<script src="assets/reveal/reveal.js"></script>
<script>Reveal.initialize({ width: 1280, height: 720, margin: 0.04, slideNumber: 'c/t', transition: 'none' })</script>
</body></html>`
  )
}

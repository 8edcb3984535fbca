/**
 * Themes: finding them (`resolveTheme`, `listThemes`), front-matter theme
 * variables (`themeVariablesToCss`), new project themes (`scaffoldTheme`)
 * and colour contrast (`contrastRatio`).
 */
export {
  listThemes,
  resolveTheme,
  lecternThemesDir,
  revealThemesDir,
  type FoundTheme,
  type GeneratedFile,
  type ThemeInfo,
  type ThemeLookupOptions,
  type ThemeManifest,
  type ThemeSource
} from './theme-resolve.js'
export {
  themeVariablesToCss,
  themeVariableDescriptions,
  type ThemeVariableIssue,
  type ThemeVariablesOptions,
  type ThemeVariablesResult
} from './theme-variables.js'
export { parseThemeVariables } from './theme-css.js'
export type { ThemeFile } from './theme-assets.js'
export { scaffoldTheme, type ScaffoldThemeOptions } from './theme-scaffold.js'
export { contrastRatio, isCssColor, parseColor, relativeLuminance, type Rgba } from './theme-color.js'

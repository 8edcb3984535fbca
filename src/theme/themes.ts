/**
 * Themes: finding them (`resolveTheme`, `listThemes`), front-matter theme
 * variables (`themeVariablesToCss`), new project themes (`scaffoldTheme`)
 * and colour contrast (`contrastRatio`).
 */
export {
  listThemes,
  resolveTheme,
  parseThemeVariables,
  lecternThemesDir,
  revealThemesDir,
  type GeneratedFile,
  type ResolvedTheme,
  type ThemeFile,
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
export { scaffoldTheme, type ScaffoldThemeOptions } from './theme-scaffold.js'
export { contrastRatio, isCssColor, parseColor, relativeLuminance, type Rgba } from './theme-color.js'

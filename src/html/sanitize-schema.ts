/**
 * The `rehype-sanitize` schema of `--safe` decks: GitHub's defaults, plus
 * what a slide needs (sections with reveal's presentation attributes,
 * speaker-notes asides, fragments, any class). No scripts, no event handlers,
 * no `style`, no `javascript:` URLs.
 */
import { defaultSchema, type Options as Schema } from 'rehype-sanitize'

const revealAttributes = [
  'className',
  'dataFragmentIndex',
  'dataTransition',
  'dataTransitionSpeed',
  'dataAutoAnimate',
  'dataAutoAnimateId',
  'dataId',
  // Code line numbers and highlight steps (```` ```js [1|2-3] ````).
  'dataLineNumbers',
  'dataLnStartFrom'
]

type AttributeList = NonNullable<Schema['attributes']>[string]

/**
 * Any class on any element: GitHub's schema allows only its own classes on
 * `li`, `p` and others, which would strip reveal's `fragment` from
 * `<!-- .element: class="fragment" -->`. Classes run no code.
 */
function anyClass(list: AttributeList): AttributeList {
  return list.map((entry) => (Array.isArray(entry) && entry[0] === 'className' ? 'className' : entry))
}

const defaultAttributes = Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).map(([tag, list]) => [tag, anyClass(list)]))

/** The schema used for `--safe`, text articles and standard input. */
export const safeSchema: Schema = {
  ...defaultSchema,
  // remark-rehype already prefixes footnote ids; prefixing again would break their links.
  clobberPrefix: '',
  // Drop the content of `<style>` too, rather than show the CSS as text on the slide.
  strip: [...(defaultSchema.strip ?? []), 'style'],
  tagNames: [...(defaultSchema.tagNames ?? []), 'section', 'aside', 'mark'],
  attributes: {
    ...defaultAttributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), ...revealAttributes],
    // Slides carry classes of their own (title-slide, stack, classes from `.slide:` comments).
    section: [
      'className',
      ...(defaultSchema.attributes?.section ?? []).filter((entry) => !(Array.isArray(entry) && entry[0] === 'className')),
      'dataSourceLine',
      'dataBackgroundColor',
      'dataBackgroundImage',
      'dataBackgroundSize',
      'dataBackgroundPosition',
      'dataBackgroundOpacity',
      'dataBackgroundGradient',
      'dataState',
      'dataLayout',
      'dataPart',
      'dataVisibility'
    ],
    aside: [['className', 'notes']]
  },
  protocols: {
    ...defaultSchema.protocols,
    dataBackgroundImage: ['http', 'https']
  }
}

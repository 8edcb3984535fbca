/**
 * The `rehype-sanitize` schema of `--safe` decks: GitHub's defaults, plus
 * what a slide needs (sections with reveal's presentation attributes,
 * speaker-notes asides, fragments, classes). No scripts, no event handlers,
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
  'dataId'
]

/** The schema used for `--safe`, text articles and standard input. */
export const safeSchema: Schema = {
  ...defaultSchema,
  // remark-rehype already prefixes footnote ids; prefixing again would break their links.
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'section', 'aside', 'mark'],
  attributes: {
    ...defaultSchema.attributes,
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
      'dataVisibility'
    ],
    aside: [['className', 'notes']],
    p: [['className', 'kicker', 'subtitle', 'author', 'date']],
    em: [['className', 'cont']]
  },
  protocols: {
    ...defaultSchema.protocols,
    dataBackgroundImage: ['http', 'https']
  }
}

/**
 * Regular expressions straight to machine code, for the whole process.
 *
 * V8 compiles a regular expression to bytecode on its first use, interprets
 * it, and compiles it again to machine code once it has run a few times (its
 * "tier-up"). Article mode tests every sentence against a few very large
 * expressions (`article/signposts.ts`, `text/boilerplate-lines.ts`…): in a
 * cold `lectern build` of a 3,000-word article, compiling and interpreting
 * them as bytecode before that second compile took about 0.1 s of the 0.5 s
 * article mode added (`npm run bench`, article rows); compiled at once
 * to machine code, they cost about a quarter of it. A Markdown deck builds in
 * the same time either way.
 *
 * The flag set is the number of bytecode runs before that second compile
 * (one by default), not tier-up itself: turning tier-up off in a running
 * process left expressions already compiled to bytecode in a state V8 does
 * not expect (a test process crashed now and then); with no run before the
 * compile, every expression takes V8's ordinary tier-up path. Imported first
 * by `bin.ts`.
 */
import { setFlagsFromString } from 'node:v8'

setFlagsFromString('--regexp-tier-up-ticks=0')

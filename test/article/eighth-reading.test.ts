/**
 * What the readings of held-out sets 15 and 16 asked for, each case with the
 * sentence as published: figures shown big only when the sentence states
 * them (a range whole, a change where it ends, a measure with its unit, never
 * one the sentence says is missing or one in brackets), and a listing copied
 * from a web page recognised as code when its lines are Ruby's `when` and
 * long string literals.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { firstFigure } from '../../src/article/key-figures.js'
import { isCodeLine } from '../../src/text/code.js'
import { textToMarkdown } from '../../src/text/index.js'

test('should show a range whole, a change where it ends, and a measure of length, weight or time with its unit', () => {
  // PEP 744; a breast-screening design history (NHS, OGL); Lectern's tree-canopy fixture.
  assert.equal(firstFigure('Building the JIT adds between 3 and 60 seconds to the build process, depending on platform'), '3–60 seconds')
  assert.equal(firstFigure('Are screened between the ages of 40 to 50 years'), '40–50 years')
  assert.equal(firstFigure('Raise the share of planting budget spent on aftercare from 15 to 30 per cent'), '30 per cent')
  assert.equal(firstFigure("Riverside's trees remove about 96 tonnes of air pollutants a year"), '96 tonnes')
  assert.equal(firstFigure('10 years and 27,147 more commits from 1192 unique contributors later, Electron has become one of the most popular frameworks'), '10 years')
  // Years in a range are no figure; a change in per cent keeps its first figure.
  assert.equal(firstFigure('23 per cent of trees planted between 2014 and 2020 died within five years'), '23 per cent')
  assert.equal(firstFigure('Trees planted between 2014 and 2020 died within five years'), undefined)
  assert.equal(firstFigure('The share fell from 46% to 20%'), '46%')
})

test('should show no figure the sentence says is missing, nor a number in brackets', () => {
  // DataFusion's "fastest Parquet engine" post (Apache-2.0); a breast-screening design history.
  assert.equal(firstFigure('Ours took sustained effort as DataFusion ran out of single 2x performance improvements several years ago'), undefined)
  assert.equal(firstFigure('There is no 10x improvement left to find'), undefined)
  assert.equal(firstFigure('If someone is identified as VHR before the routine screening age (50), they will be invited before their 50th birthday'), undefined)
  assert.equal(firstFigure('The survey got about 4200 responses'), '4200')
})

test('should take a copied Ruby listing with `when` lines and long string literals for code', () => {
  // 18F, "Lessons from Sandi Metz" (public domain): the listing as a browser copies it.
  for (const line of ['when 0', '    when 1', '"No more bottles of beer on the wall, no more bottles of beer.\\nGo to the store and buy some more, 99 bottles of beer on the wall.\\n"', '"#{number} bottles of beer on the wall, #{number} bottles of beer.\\nTake one down and pass it around, #{number-1} bottles of beer on the wall.\\n"']) {
    assert.equal(isCodeLine(line), true, line)
  }
  // A quoted sentence in prose is not code; nor is a line that opens with "When".
  for (const line of ['"We always say just get it working first and then make it better, and we mean it every single time."', 'When we finished this exercise, Sandi taught us about the concept of shameless green.']) {
    assert.equal(isCodeLine(line), false, line)
  }
  const text = `Lessons from Sandi Metz

In the case of 99 bottles, shameless green means not worrying about doing fancy logic for the verses that don't look like the others. Instead, it uses a conditional to print different strings:

class Bottles
  def verse(number)
    case number
    when 0
      "No more bottles of beer on the wall, no more bottles of beer.\\nGo to the store and buy some more, 99 bottles of beer on the wall.\\n"
    when 1
      "1 bottle of beer on the wall, 1 bottle of beer.\\nTake it down and pass it around, no more bottles of beer on the wall.\\n"
    else
      "#{number} bottles of beer on the wall, #{number} bottles of beer.\\nTake one down and pass it around, #{number-1} bottles of beer on the wall.\\n"
    end
  end
end

Developers love to write clever code, and in the case of the 99 bottles exercise, I was no exception.
`
  const markdown = textToMarkdown(text)
  assert.match(markdown, /```\nclass Bottles\n {2}def verse\(number\)[\s\S]*\n {4}when 0\n[\s\S]*\nend\n```/)
  assert.doesNotMatch(markdown, /^[-*] when/m)
})

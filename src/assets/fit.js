/*
 * Lectern's last guard against clipped slides. `lectern build` splits and
 * shrinks the slides its layout model finds too tall; what the model cannot
 * know (a custom theme or stylesheet, raw HTML, a font it has not measured)
 * this script catches in the browser: a slide whose content is taller than
 * the slide is shrunk with the same classes (`lectern-fit lectern-fit-NN`,
 * see lectern.css), never below 75% (a title slide's title, the only part of
 * it that shrinks: never below 50%), and marked `data-lectern-fitted="NN"`
 * so `lectern check` and the PDF export can report it. On screen each slide
 * is fitted when it is shown; in reveal's print view every slide is fitted
 * once fonts have loaded.
 */
(function () {
  'use strict'
  var scales = [95, 90, 85, 80, 75]
  var titleScales = scales.concat([70, 65, 60, 55, 50])

  function scaleOf(section) {
    var match = /\blectern-fit-(\d+)\b/.exec(section.className)
    return match ? Number(match[1]) : 100
  }

  function setScale(section, scale) {
    section.classList.remove('lectern-fit', 'lectern-fit-' + scaleOf(section))
    if (scale < 100) section.classList.add('lectern-fit', 'lectern-fit-' + scale)
  }

  function slideHeight() {
    return Reveal.getComputedSlideSize(window.innerWidth, window.innerHeight).height
  }

  /** Shrink one slide until it fits (or reaches the floor); returns whether it changed. */
  function fit(section, height) {
    if (!section || section.classList.contains('stack') || section.hasAttribute('data-lectern-fitted')) return false
    if (section.scrollHeight <= height + 1) return false
    var from = scaleOf(section)
    var chosen = from
    var steps = section.classList.contains('title-slide') ? titleScales : scales
    for (var i = 0; i < steps.length; i++) {
      if (steps[i] >= from) continue
      chosen = steps[i]
      setScale(section, chosen)
      if (section.scrollHeight <= height + 1) break
    }
    section.setAttribute('data-lectern-fitted', String(chosen))
    return true
  }

  /** Fit every printed slide, and centre again the ones that changed. */
  function fitPrinted() {
    var height = slideHeight()
    var center = Reveal.getConfig().center
    var sections = document.querySelectorAll('.reveal .slides .pdf-page > section')
    for (var i = 0; i < sections.length; i++) {
      var section = sections[i]
      if (!fit(section, height)) continue
      if (center || section.classList.contains('center')) {
        var page = section.parentElement
        section.style.top = Math.max((page.offsetHeight - section.scrollHeight) / 2, 0) + 'px'
      }
    }
    document.documentElement.setAttribute('data-lectern-fit', 'done')
  }

  function fitCurrent() {
    if (fit(Reveal.getCurrentSlide(), slideHeight())) Reveal.layout()
  }

  function whenFontsReady(callback) {
    if (document.fonts && document.fonts.ready) document.fonts.ready.then(callback, callback)
    else callback()
  }

  /** A picture that does not load (a missing file) is hidden: a broken-image icon and its alt text help no one. */
  function hideBroken(image) {
    if (image && image.tagName === 'IMG' && image.closest && image.closest('.reveal .slides')) image.style.display = 'none'
  }
  document.addEventListener('error', function (event) { hideBroken(event.target) }, true)
  function hideAllBroken() {
    var images = document.querySelectorAll('.reveal .slides img')
    for (var i = 0; i < images.length; i++) if (images[i].complete && images[i].naturalWidth === 0) hideBroken(images[i])
  }

  window.LecternFit = { fitPrinted: fitPrinted, fitCurrent: fitCurrent }
  if (!window.Reveal) return
  Reveal.on('pdf-ready', function () { hideAllBroken(); whenFontsReady(fitPrinted) })
  Reveal.on('ready', function () {
    hideAllBroken()
    if (!Reveal.isPrintView || !Reveal.isPrintView()) whenFontsReady(fitCurrent)
  })
  Reveal.on('slidechanged', fitCurrent)
})()

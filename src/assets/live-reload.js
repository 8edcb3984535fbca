/*
 * Lectern dev server client: when the deck's source changes, swap the new
 * slides into the page in place (no reload: styles, scripts and fonts stay)
 * and return to the same slide and fragment; fall back to a full reload when
 * the page's styles or scripts changed. Build errors show in an overlay
 * while the last good deck stays on screen.
 */
(function () {
  'use strict'
  var script = document.currentScript
  var version = script ? new URL(script.src).searchParams.get('version') || '' : ''
  var deck = decodeURIComponent(location.pathname.replace(/^.*\//, '').replace(/\.html$/, ''))
  var key = 'lectern:indices:' + deck
  var overlay
  var source

  function restore() {
    var saved = sessionStorage.getItem(key)
    if (!saved || !window.Reveal) return
    sessionStorage.removeItem(key)
    var indices = JSON.parse(saved)
    var go = function () { Reveal.slide(indices.h, indices.v, indices.f) }
    if (Reveal.isReady()) go()
    else Reveal.on('ready', go)
  }

  function fullReload() {
    if (window.Reveal && Reveal.isReady()) sessionStorage.setItem(key, JSON.stringify(Reveal.getIndices()))
    location.reload()
  }

  /* What must be equal for an in-place swap: stylesheets, inline styles, scripts. */
  function signature(doc) {
    var parts = []
    doc.querySelectorAll('head link[rel~="stylesheet"], head style, body > script:not([src*="/__lectern/"])').forEach(function (node) {
      parts.push(node.outerHTML)
    })
    return parts.join('\n')
  }

  function swap(html) {
    var next = new DOMParser().parseFromString(html, 'text/html')
    var slides = document.querySelector('.reveal .slides')
    var nextSlides = next.querySelector('.reveal .slides')
    if (!window.Reveal || !Reveal.isReady() || !slides || !nextSlides || signature(next) !== signature(document)) return false
    var indices = Reveal.getIndices()
    slides.innerHTML = nextSlides.innerHTML
    document.querySelectorAll('.reveal > .lectern-footer, .reveal > .lectern-logo').forEach(function (node) { node.remove() })
    next.querySelectorAll('.reveal > .lectern-footer, .reveal > .lectern-logo').forEach(function (node) {
      document.querySelector('.reveal').appendChild(document.importNode(node, true))
    })
    document.title = next.title
    Reveal.sync()
    Reveal.slide(indices.h, indices.v, indices.f)
    // The same slide shown again raises no slidechanged: fit its new content here.
    if (window.LecternFit) LecternFit.fitCurrent()
    return true
  }

  function update(nextVersion) {
    fetch(location.pathname, { cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(new Error(String(response.status))) })
      .then(function (html) {
        if (!swap(html)) return fullReload()
        clearError()
        version = nextVersion
        connect()
        document.dispatchEvent(new CustomEvent('lectern:updated', { detail: { version: version } }))
      })
      .catch(fullReload)
  }

  function showError(message) {
    if (!overlay) {
      overlay = document.createElement('div')
      overlay.id = 'lectern-error-overlay'
      overlay.setAttribute('role', 'alert')
      overlay.style.cssText = 'position:fixed;inset:auto 0 0 0;z-index:99999;max-height:50vh;overflow:auto;' +
        'margin:0;padding:16px 20px;background:#2b0a0a;color:#ffe3e3;border-top:4px solid #ff5c5c;' +
        'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap'
      document.body.appendChild(overlay)
    }
    overlay.textContent = 'Lectern: the last save could not be built; showing the last good deck.\n\n' + message
  }

  function clearError() {
    if (overlay) overlay.remove()
    overlay = undefined
  }

  function connect() {
    if (source) source.close()
    source = new EventSource('/__lectern/events?deck=' + encodeURIComponent(deck) + '&version=' + encodeURIComponent(version))
    source.addEventListener('reload', function (event) {
      var data = event.data ? JSON.parse(event.data) : {}
      if (data.full) return fullReload()
      update(data.version === undefined ? '' : String(data.version))
    })
    source.addEventListener('error-report', function (event) { showError(JSON.parse(event.data).message) })
    source.addEventListener('ok', function () { clearError() })
  }

  restore()
  connect()
})()

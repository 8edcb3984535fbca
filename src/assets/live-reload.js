/*
 * Lectern dev server client: reloads the deck when its source changes,
 * keeping the current slide and fragment, and shows build errors in an
 * overlay while keeping the last good deck on screen.
 */
(function () {
  'use strict'
  var script = document.currentScript
  var version = script ? new URL(script.src).searchParams.get('version') || '' : ''
  var deck = decodeURIComponent(location.pathname.replace(/^.*\//, '').replace(/\.html$/, ''))
  var key = 'lectern:indices:' + deck
  var overlay

  function restore() {
    var saved = sessionStorage.getItem(key)
    if (!saved || !window.Reveal) return
    sessionStorage.removeItem(key)
    var indices = JSON.parse(saved)
    var go = function () { Reveal.slide(indices.h, indices.v, indices.f) }
    if (Reveal.isReady()) go()
    else Reveal.on('ready', go)
  }

  function reload() {
    if (window.Reveal && Reveal.isReady()) sessionStorage.setItem(key, JSON.stringify(Reveal.getIndices()))
    location.reload()
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

  restore()
  var source = new EventSource('/__lectern/events?deck=' + encodeURIComponent(deck) + '&version=' + encodeURIComponent(version))
  source.addEventListener('reload', function () { reload() })
  source.addEventListener('error-report', function (event) { showError(JSON.parse(event.data).message) })
  source.addEventListener('ok', function () { clearError() })
})()

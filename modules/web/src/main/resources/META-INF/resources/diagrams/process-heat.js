/*
 * The process view (/manage/processes.xhtml): draws the chosen diagram with bpmn-js's navigated viewer and puts the
 * heat on it from the figures table (#heat-table), so the picture and the table cannot disagree: each activity's
 * shape is coloured by its level (app-heat-0 to app-heat-4) and carries a badge with its open tasks and mean time.
 * A file, not an inline script (a strict Content-Security-Policy forbids those).
 */
(function () {
  'use strict';

  var container = document.getElementById('diagram');
  if (!container || typeof window.BpmnJS !== 'function') {
    return;
  }
  var base = container.getAttribute('data-base');
  var definition = container.getAttribute('data-definition');
  var viewer = new window.BpmnJS({ container: container.querySelector('.app-diagram__canvas') });

  /**
   * The drawing is a picture: bpmn-js's SVG (which it makes focusable, for panning with the keyboard) is named by the
   * heading and described by the words the page gives, so a screen reader meets one image, not shapes without names.
   */
  /** A phone turned, or a window narrowed: the diagram is fitted again, so none of it is cut off. */
  function fitOnResize() {
    var pending = null;
    window.addEventListener('resize', function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(function () {
        var canvas = viewer.get('canvas');
        canvas.resized();
        canvas.zoom('fit-viewport');
      }, 200);
    });
  }

  function describeTheDrawing() {
    var svg = container.querySelector('svg');
    if (svg) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-labelledby', container.getAttribute('data-labelledby'));
      svg.setAttribute('aria-describedby', container.getAttribute('data-describedby'));
    }
  }

  function badge(open, mean) {
    var element = document.createElement('div');
    element.className = 'app-heat-badge';
    element.setAttribute('aria-hidden', 'true');
    element.textContent = open + ' open' + (mean ? ' · ' + mean : '');
    return element;
  }

  function heat() {
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    var overlays = viewer.get('overlays');
    document.querySelectorAll('#heat-table [data-activity]').forEach(function (row) {
      var id = row.getAttribute('data-activity');
      if (!registry.get(id)) {
        return;
      }
      var level = parseInt(row.getAttribute('data-level'), 10);
      if (level >= 0) {
        canvas.addMarker(id, 'app-heat-' + level);
      }
      overlays.add(id, 'app-heat', {
        position: { top: -14, left: 0 },
        html: badge(row.getAttribute('data-open'), row.getAttribute('data-mean'))
      });
    });
  }

  fetch(base + '/manage/data/diagram?definition=' + encodeURIComponent(definition),
    { credentials: 'same-origin', headers: { Accept: 'application/xml' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    })
    .then(function (xml) {
      return viewer.importXML(xml);
    })
    .then(function () {
      viewer.get('canvas').zoom('fit-viewport');
      describeTheDrawing();
      fitOnResize();
      heat();
      container.setAttribute('data-ready', 'true');
    })
    .catch(function () {
      container.setAttribute('data-ready', 'failed');
    });
}());

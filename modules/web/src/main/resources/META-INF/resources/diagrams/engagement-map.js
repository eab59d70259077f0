/*
 * One engagement on its map (/manage/engagement.xhtml): draws the diagram named by #diagram's data-definition with
 * bpmn-js's navigated viewer, then every few seconds fetches where the engagement stands
 * (/manage/data/progress?engagement=...) and moves the markers: app-current on what waits now, app-passed on what
 * was done. The list beside the diagram (#activity-states) and the status line (#diagram-status) follow, so the
 * words say what the picture shows. On the map, a stage's shape opens that stage.
 * A file, not an inline script, so that a strict Content-Security-Policy can forbid inline scripts; bpmn-js needs
 * no eval either.
 */
(function () {
  'use strict';

  var REFRESH_MS = 4000;
  var STATES = {
    CURRENT: { label: 'Current', tag: 'govuk-tag--blue' },
    PASSED: { label: 'Passed', tag: 'govuk-tag--green' },
    NOT_REACHED: { label: 'Not reached', tag: 'govuk-tag--grey' }
  };

  var container = document.getElementById('diagram');
  if (!container || typeof window.BpmnJS !== 'function') {
    return;
  }
  var base = container.getAttribute('data-base');
  var engagement = container.getAttribute('data-engagement');
  var definition = container.getAttribute('data-definition');
  var view = container.getAttribute('data-view');
  var stage = container.getAttribute('data-stage');
  var viewer = new window.BpmnJS({ container: container.querySelector('.app-diagram__canvas') });
  var marked = {};

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

  function get(path, type) {
    return fetch(base + path, { credentials: 'same-origin', headers: { Accept: type } }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return type === 'application/json' ? response.json() : response.text();
    });
  }

  /** The instance this view shows: the map, or the latest instance of the chosen stage. */
  function instanceOf(progress) {
    if (view === 'map') {
      return progress.map;
    }
    var found = null;
    progress.stages.forEach(function (instance) {
      if (instance.calledBy === stage) {
        found = instance;
      }
    });
    return found;
  }

  function stateOf(instance, id) {
    if (instance.active.indexOf(id) >= 0) {
      return 'CURRENT';
    }
    return instance.completed.indexOf(id) >= 0 ? 'PASSED' : 'NOT_REACHED';
  }

  function mark(instance) {
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    Object.keys(marked).forEach(function (id) {
      canvas.removeMarker(id, marked[id]);
    });
    marked = {};
    registry.getAll().forEach(function (element) {
      if (element.type === 'label' || element.waypoints || !element.businessObject || element.type === 'bpmn:Process') {
        return;
      }
      var state = stateOf(instance, element.id);
      var marker = state === 'CURRENT' ? 'app-current' : state === 'PASSED' ? 'app-passed' : null;
      if (marker) {
        canvas.addMarker(element.id, marker);
        marked[element.id] = marker;
      }
    });
  }

  function describe(instance) {
    var now = [];
    document.querySelectorAll('#activity-states [data-activity]').forEach(function (item) {
      var id = item.getAttribute('data-activity');
      var state = stateOf(instance, id);
      var tag = document.getElementById('activity-state-' + id);
      if (tag && tag.getAttribute('data-state') !== state) {
        tag.setAttribute('data-state', state);
        tag.className = 'govuk-tag ' + STATES[state].tag + ' app-state-tag';
        tag.textContent = STATES[state].label;
      }
      if (state === 'CURRENT') {
        now.push(item.firstElementChild && item.firstElementChild.tagName === 'A'
          ? item.firstElementChild.textContent.trim()
          : item.childNodes[0].textContent.trim());
      }
    });
    var status = document.getElementById('diagram-status');
    var text = now.length ? 'Now: ' + now.join(', ') + '.' : 'Nothing is waiting here now.';
    // Only a change is written: the status is a live region, and repeating it would talk over the reader.
    if (status && status.textContent.trim() !== text) {
      status.textContent = text;
    }
  }

  function refresh() {
    return get('/manage/data/progress?engagement=' + encodeURIComponent(engagement), 'application/json')
      .then(function (progress) {
        var instance = instanceOf(progress);
        if (instance) {
          mark(instance);
          describe(instance);
          container.setAttribute('data-refreshed', String(Date.now()));
        }
      })
      .catch(function () {
        // A failed refresh (signed out, network) leaves the last picture; the next one tries again.
      });
  }

  function openStagesOnClick() {
    if (view !== 'map') {
      return;
    }
    var canvas = viewer.get('canvas');
    viewer.get('elementRegistry').filter(function (element) {
      return element.type === 'bpmn:CallActivity';
    }).forEach(function (element) {
      canvas.addMarker(element.id, 'app-clickable');
    });
    viewer.get('eventBus').on('element.click', function (event) {
      if (event.element.type === 'bpmn:CallActivity') {
        window.location.href = base + '/manage/engagement.xhtml?id=' + encodeURIComponent(engagement)
          + '&stage=' + encodeURIComponent(event.element.id);
      }
    });
  }

  get('/manage/data/diagram?definition=' + encodeURIComponent(definition), 'application/xml')
    .then(function (xml) {
      return viewer.importXML(xml);
    })
    .then(function () {
      viewer.get('canvas').zoom('fit-viewport');
      describeTheDrawing();
      fitOnResize();
      openStagesOnClick();
      return refresh();
    })
    .then(function () {
      container.setAttribute('data-ready', 'true');
      window.setInterval(refresh, REFRESH_MS);
    })
    .catch(function () {
      container.setAttribute('data-ready', 'failed');
    });
}());

/*
 * The self-assessment form's live points. The page is complete without this script: the server writes
 * the points of the answers it was sent, and "Update my points" asks it again. With the script, the
 * answers are sent to the public API (POST /api/v1/assessments) as you answer, together with the same
 * answers changed one at a time (one question left out, or one option put in its place); the difference
 * of the engine's totals is what an answer or option adds, as the server works it out. No rule lives here.
 */
(function () {
  'use strict';
  var form = document.getElementById('answers');
  var running = document.getElementById('running');
  if (!form || !running || !window.fetch) {
    return;
  }
  var LEVEL = 'level';
  var letters = running.getAttribute('data-letters').split(',');
  var scale = Number(running.getAttribute('data-scale'));
  var totals = Array.prototype.slice.call(running.querySelectorAll('.totals li'));
  var shown = totals.map(function (li) { return li.id.substring('total-'.length); });
  var questions = Array.prototype.slice.call(form.querySelectorAll('[data-question]')).map(function (element) {
    var name = element.getAttribute('data-question');
    return { name: name, kind: element.getAttribute('data-input'), element: element, input: form.elements[name] };
  });
  var byName = {};
  questions.forEach(function (question) { byName[question.name] = question; });
  var timer = null;
  var sent = 0;

  function answers() {
    var values = {};
    questions.forEach(function (question) {
      var input = question.input;
      values[question.name] = question.kind === 'checkbox' ? (input.checked ? 'true' : '') : input.value.trim();
    });
    return values;
  }

  function isDate(text) {
    return /^\d{4}-\d{2}-\d{2}$/.test(text);
  }

  /** The profile JSON of answers: a question's name is its path (degrees.0.level); refused values are left out. */
  function profile(values) {
    var result = {};
    Object.keys(values).forEach(function (name) {
      var text = values[name];
      var question = byName[name];
      if (text === '' || name === 'id') {
        return;
      }
      var value = text;
      if (question.kind === 'checkbox') {
        value = true;
      } else if (question.kind === 'number') {
        value = Number(text.replace(/[,\s]/g, ''));
        if (!isFinite(value) || text.replace(/[,\s]/g, '') === '') {
          return;
        }
      } else if (question.kind === 'date' && !isDate(text)) {
        return;
      }
      var path = name.split('.');
      var node = result;
      for (var i = 0; i < path.length - 1; i++) {
        var next = /^\d+$/.test(path[i + 1]) ? [] : {};
        node[path[i]] = node[path[i]] || next;
        node = node[path[i]];
      }
      node[path[path.length - 1]] = value;
    });
    if (result.degrees) {
      // A degree counts with its level only, as the server's trial leaves the others out.
      result.degrees = result.degrees.filter(function (degree) { return degree && degree.level; });
    }
    return result;
  }

  function slot(name) {
    return name.substring(0, name.lastIndexOf('.') + 1);
  }

  function copy(values) {
    var result = {};
    Object.keys(values).forEach(function (name) { result[name] = values[name]; });
    return result;
  }

  /** The answers without one question: a degree's level takes the whole degree with it; no salary is 0. */
  function without(values, question) {
    var result = copy(values);
    if (question.name.indexOf('degrees.') === 0 && question.name.slice(-LEVEL.length) === LEVEL) {
      Object.keys(result).forEach(function (name) {
        if (name.indexOf(slot(question.name)) === 0) {
          result[name] = '';
        }
      });
    } else {
      result[question.name] = question.name === 'annualSalaryYen' ? '0' : '';
    }
    return result;
  }

  /** The trials of one question: [answers, answers without it, answers with each option]. */
  function trials(values, question) {
    var base = values;
    if (question.name.indexOf('degrees.') === 0 && question.name.slice(-LEVEL.length) !== LEVEL
        && values[slot(question.name) + LEVEL] === '') {
      // A degree's other answers count only with a level: they are tried on the least degree.
      var levels = byName[slot(question.name) + LEVEL].input.options;
      base = copy(values);
      base[slot(question.name) + LEVEL] = levels[levels.length - 1].value;
    }
    var options = [];
    if (question.kind === 'select') {
      options = Array.prototype.slice.call(question.input.options).map(function (option) { return option.value; })
        .filter(function (value) { return value !== ''; });
    } else if (question.kind === 'checkbox') {
      options = ['true'];
    }
    var list = [{ role: 'current', values: base }, { role: 'without', values: without(base, question) }];
    options.forEach(function (option) {
      var changed = copy(list[1].values);
      if (question.name.slice(-LEVEL.length) === LEVEL) {
        Object.keys(base).forEach(function (name) {
          if (name.indexOf(slot(question.name)) === 0) {
            changed[name] = base[name];
          }
        });
      }
      changed[question.name] = option;
      list.push({ role: 'option', option: option, values: changed });
    });
    return list;
  }

  function assessment(result, category) {
    for (var i = 0; i < result.assessments.length; i++) {
      if (result.assessments[i].category === category) {
        return result.assessments[i];
      }
    }
    return null;
  }

  function zeroTexts(one) {
    // The API lists the items that score nothing apart, under notCounted.
    var texts = (one.notCounted || []).map(function (item) { return item.explanation; });
    return texts.concat(one.notes.map(function (note) { return note.message; }));
  }

  /** What `after` adds to `before` per category shown, and the engine's words when it adds nothing. */
  function gain(after, before) {
    var points = [];
    var reasons = [];
    shown.forEach(function (category) {
      var a = assessment(after, category);
      var b = assessment(before, category);
      points.push(a.points - b.points);
      var old = zeroTexts(b);
      zeroTexts(a).forEach(function (text) {
        if (old.indexOf(text) < 0 && reasons.indexOf(text) < 0) {
          reasons.push(text);
        }
      });
    });
    var nothing = points.every(function (p) { return p === 0; });
    return { points: points, reasons: nothing ? reasons : [] };
  }

  function signed(points) {
    return points < 0 ? String(points) : '+' + points;
  }

  function label(g) {
    var same = g.points.every(function (p) { return p === g.points[0]; });
    if (same) {
      return signed(g.points[0]);
    }
    return g.points.map(function (p, i) { return letters[i] + ' ' + signed(p); }).join(' · ');
  }

  function showWhy(question, reasons) {
    var why = document.getElementById(question.input.id + '-why');
    if (why) {
      why.textContent = reasons.join('; ');
      why.hidden = reasons.length === 0;
    }
  }

  function update() {
    var values = answers();
    var birthDateGiven = isDate(values.birthDate);
    var trial = copy(values);
    if (!birthDateGiven) {
      var on = isDate(values.referenceDate) ? values.referenceDate : new Date().toISOString().substring(0, 10);
      trial.birthDate = (Number(on.substring(0, 4)) - 30) + on.substring(4);
    }
    if (profile(trial).annualSalaryYen === undefined) {
      trial.annualSalaryYen = '0';
    }
    var plan = [];
    questions.forEach(function (question) {
      if (question.kind === 'text' || question.kind === 'date') {
        return;
      }
      trials(trial, question).forEach(function (t) {
        t.question = question;
        plan.push(t);
      });
    });
    var body = [profile(trial)].concat(plan.map(function (t) { return profile(t.values); }));
    var number = ++sent;
    running.setAttribute('aria-busy', 'true');
    fetch('/api/v1/assessments', {
      method: 'POST',
      // The reasons come back in the page's language, not the browser's.
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json',
                 'Accept-Language': document.documentElement.lang || 'en' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (results) {
      if (number !== sent) {
        return;
      }
      running.removeAttribute('aria-busy');
      if (results) {
        show(values, birthDateGiven, results[0], plan, results.slice(1));
      }
    }).catch(function () {
      running.removeAttribute('aria-busy');
    });
  }

  function show(values, birthDateGiven, current, plan, results) {
    document.getElementById('running-wait').hidden = birthDateGiven;
    totals.forEach(function (li, i) {
      var one = assessment(current, shown[i]);
      li.querySelector('.points').textContent = birthDateGiven ? String(one.points) : '–';
      li.querySelector('.fill').style.width = birthDateGiven ? Math.min(100, Math.max(0, one.points) * 100 / scale) + '%' : '0%';
      li.querySelector('.meter').setAttribute('aria-label', birthDateGiven
        ? running.getAttribute('data-bar').replace('{0}', one.points) : running.getAttribute('data-no-total'));
      li.classList.toggle('eligible', birthDateGiven && one.eligible);
    });
    var withoutResult = null;
    var currentResult = null;
    plan.forEach(function (t, i) {
      var question = t.question;
      if (t.role === 'current') {
        currentResult = results[i];
        return;
      }
      if (t.role === 'without') {
        withoutResult = results[i];
        var gainLine = document.getElementById(question.input.id + '-gain');
        var answered = values[question.name] !== '' && values[question.name] !== (question.input.getAttribute('data-default') || '');
        if (question.name === 'annualSalaryYen' && !birthDateGiven) {
          gainLine.textContent = running.getAttribute('data-needs-birth-date');
          showWhy(question, []);
        } else if (question.kind !== 'checkbox') {
          var g = gain(currentResult, withoutResult);
          gainLine.textContent = answered ? running.getAttribute('data-answer').replace('{0}', label(g)) : '';
          showWhy(question, answered ? g.reasons : []);
        }
        return;
      }
      var optionGain = gain(results[i], withoutResult);
      if (question.kind === 'checkbox') {
        document.getElementById(question.input.id + '-gain').textContent = label(optionGain);
        showWhy(question, optionGain.reasons);
      } else {
        var option = question.input.querySelector('option[value="' + t.option + '"]');
        option.textContent = running.getAttribute('data-option').replace('{0}', option.getAttribute('data-text'))
            .replace('{1}', label(optionGain));
      }
    });
    var age = current.age;
    Array.prototype.slice.call(form.querySelectorAll('.scale')).forEach(function (table) {
      var from = Number(table.getAttribute('data-from-age'));
      var to = Number(table.getAttribute('data-to-age'));
      table.hidden = birthDateGiven && !(age >= from && (to < 0 || age <= to));
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(update, 400);
  }

  form.addEventListener('input', later);
  form.addEventListener('change', later);
  document.getElementById('refresh').hidden = true;
  update();
}());

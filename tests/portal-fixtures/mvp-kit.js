// Stands in for the MVP portal's design-system widgets (Fluent UI style, 2025–26), shared by the
// three dialog fixtures. Fields are found by the test only through labels and roles; data-key is
// what window.__formState reports, read from the widgets' own state, never from the DOM we fill.
// - combobox: a div or input with role=combobox; its list exists only while open.
// - chips: a multi-select showing picks as chips with a "Remove …" button.
// - picker: a calendar-only date box (read-only; typing is refused); days are picked in a grid.
// A page sets window.OPTIONS (key → option labels) and window.COUNTERS (type → counter keys shown).
(() => {
  const OPTIONS = window.OPTIONS || {};
  const COUNTERS = window.COUNTERS || null;
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const state = {};
  const fields = [...document.querySelectorAll('[data-key]')];

  window.__formState = () => {
    const out = {};
    for (const el of fields) {
      const key = el.dataset.key;
      if (el.closest('[hidden]')) continue;
      if (el.dataset.widget) out[key] = Array.isArray(state[key]) ? [...state[key]] : state[key];
      else out[key] = el.value;
    }
    return out;
  };

  function listbox(combo, key, { multiple, typeahead, onPick }) {
    const listId = combo.getAttribute('aria-controls');
    let list = null;
    const shown = () => {
      const options = OPTIONS[key] || [];
      if (!typeahead) return options;
      const text = combo.value.trim().toLowerCase();
      return (text ? options.filter((o) => o.toLowerCase().includes(text)) : options).slice(0, 8);
    };
    const render = () => {
      if (!list) return;
      list.replaceChildren(...shown().map((label, index) => {
        const option = document.createElement('div');
        option.setAttribute('role', 'option');
        option.id = `${listId}-${index}`;
        option.setAttribute('aria-selected', String(multiple ? state[key].includes(label) : state[key] === label));
        option.textContent = label;
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => { onPick(label); render(); });
        return option;
      }));
    };
    const open = () => {
      if (list) return;
      list = document.createElement('div');
      list.id = listId;
      list.setAttribute('role', 'listbox');
      if (multiple) list.setAttribute('aria-multiselectable', 'true');
      document.body.append(list);
      combo.setAttribute('aria-expanded', 'true');
      render();
    };
    const close = () => {
      list?.remove();
      list = null;
      combo.setAttribute('aria-expanded', 'false');
    };
    combo.addEventListener('click', () => (list ? close() : open()));
    combo.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
      if (event.key === 'ArrowDown') open();
    });
    if (combo.matches('input')) combo.addEventListener('input', () => { open(); render(); if (!multiple) state[key] = ''; });
    document.addEventListener('click', (event) => {
      if (list && !combo.contains(event.target) && !list.contains(event.target)) close();
    });
    return { close };
  }

  function combobox(combo) {
    const key = combo.dataset.key;
    state[key] = '';
    const control = listbox(combo, key, {
      typeahead: combo.matches('input'),
      onPick: (label) => {
        state[key] = label;
        if (combo.matches('input')) combo.value = label;
        else combo.textContent = label;
        control.close();
        if (key === 'activityTypeName') showCounters(label);
      },
    });
  }

  function chips(combo) {
    const key = combo.dataset.key;
    state[key] = [];
    const box = document.getElementById(combo.dataset.chips);
    const renderChips = () => box.replaceChildren(...state[key].map((label) => {
      const chip = document.createElement('span');
      chip.append(label);
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.setAttribute('aria-label', `Remove ${label}`);
      remove.textContent = '×';
      remove.addEventListener('click', () => { state[key] = state[key].filter((item) => item !== label); renderChips(); });
      chip.append(remove);
      return chip;
    }));
    listbox(combo, key, {
      multiple: true,
      typeahead: true,
      onPick: (label) => {
        state[key] = state[key].includes(label) ? state[key].filter((item) => item !== label) : [...state[key], label];
        combo.value = '';
        renderChips();
      },
    });
  }

  const pad = (n) => String(n).padStart(2, '0');
  const isoOf = (date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

  // Fluent's DatePicker with allowTextInput off: the box shows toDateString(), typing is refused.
  function picker(box) {
    const key = box.dataset.key;
    state[key] = '';
    box.readOnly = true;
    let popup = null;
    let month = null;
    const show = () => { box.value = state[key] ? new Date(`${state[key]}T12:00:00`).toDateString() : ''; };
    // A script that sets the value (as a paste or typing would) is undone: only a picked day counts.
    box.addEventListener('input', show);
    box.addEventListener('change', show);
    box.addEventListener('keydown', (event) => { if (event.key.length === 1) event.preventDefault(); });
    const render = () => {
      const first = new Date(month.getFullYear(), month.getMonth(), 1);
      const start = new Date(first);
      start.setDate(1 - first.getDay());
      const label = document.createElement('div');
      label.id = `${box.id}-month`;
      label.setAttribute('aria-live', 'polite');
      label.textContent = `${MONTHS[month.getMonth()]} ${month.getFullYear()}`;
      const previous = document.createElement('button');
      previous.type = 'button';
      previous.setAttribute('aria-label', `Go to previous month (${MONTHS[(month.getMonth() + 11) % 12]})`);
      previous.textContent = '↑';
      previous.addEventListener('click', () => { month = new Date(month.getFullYear(), month.getMonth() - 1, 1); render(); });
      const next = document.createElement('button');
      next.type = 'button';
      next.setAttribute('aria-label', `Go to next month (${MONTHS[(month.getMonth() + 1) % 12]})`);
      next.textContent = '↓';
      next.addEventListener('click', () => { month = new Date(month.getFullYear(), month.getMonth() + 1, 1); render(); });
      const grid = document.createElement('table');
      grid.setAttribute('role', 'grid');
      grid.setAttribute('aria-labelledby', label.id);
      const body = document.createElement('tbody');
      for (let week = 0; week < 6; week += 1) {
        const row = document.createElement('tr');
        for (let weekday = 0; weekday < 7; weekday += 1) {
          const day = new Date(start);
          day.setDate(start.getDate() + week * 7 + weekday);
          const cell = document.createElement('td');
          cell.setAttribute('role', 'gridcell');
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = String(day.getDate());
          button.setAttribute('aria-label', `${day.getDate()}, ${MONTHS[day.getMonth()]}, ${day.getFullYear()}`);
          button.addEventListener('click', () => {
            state[key] = isoOf(day);
            show();
            close();
          });
          cell.append(button);
          row.append(cell);
        }
        body.append(row);
      }
      grid.append(body);
      popup.replaceChildren(previous, label, next, grid);
    };
    const open = () => {
      if (popup) return;
      popup = document.createElement('div');
      popup.setAttribute('role', 'dialog');
      popup.setAttribute('aria-label', 'Calendar');
      const selected = state[key] ? new Date(`${state[key]}T12:00:00`) : new Date();
      month = new Date(selected.getFullYear(), selected.getMonth(), 1);
      document.body.append(popup);
      box.setAttribute('aria-expanded', 'true');
      render();
    };
    const close = () => {
      popup?.remove();
      popup = null;
      box.setAttribute('aria-expanded', 'false');
    };
    box.addEventListener('click', () => (popup ? close() : open()));
    document.addEventListener('click', (event) => {
      if (popup && event.target !== box && !popup.contains(event.target) && event.target.isConnected) close();
    });
  }

  function showCounters(type) {
    if (!COUNTERS) return;
    const wanted = new Set(COUNTERS[type] || []);
    for (const el of document.querySelectorAll('[data-counter]')) el.hidden = !wanted.has(el.dataset.counter);
  }

  for (const el of fields) {
    if (el.dataset.widget === 'combobox') combobox(el);
    if (el.dataset.widget === 'chips') chips(el);
    if (el.dataset.widget === 'picker') picker(el);
  }
  showCounters('');

  const dialog = document.getElementById('dialog');
  for (const opener of document.querySelectorAll('[data-opens]')) opener.addEventListener('click', () => { dialog.hidden = false; });
  document.getElementById('activity-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const values = window.__formState();
    const missing = fields.filter((el) => el.getAttribute('aria-required') === 'true' && !el.closest('[hidden]') && !(Array.isArray(values[el.dataset.key]) ? values[el.dataset.key].length : values[el.dataset.key]));
    if (missing.length) {
      document.getElementById('messages').textContent = 'Please complete the required fields.';
      return;
    }
    window.__saved = (window.__saved || 0) + 1;
    dialog.hidden = true;
    document.getElementById('messages').textContent = 'Activity saved successfully.';
  });
})();

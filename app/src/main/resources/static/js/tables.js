// Tables: sort by a column header, and tick every row with one header checkbox.
//
// Every <table> with a <thead> gets a button in each header cell that has text and no control of
// its own; pressing it (click, Enter or Space) sorts the rows of the first <tbody> by that column,
// ascending first, and marks the header with aria-sort. A column is compared as numbers when every
// filled cell reads as one, as dates when every one starts with YYYY-MM-DD, and as text otherwise;
// a cell's data-sort-value, when present, is what is compared. A row marked data-row-detail stays
// under the row before it. Tables sorted by the server (data-server-sort), whose headers are links
// carrying sort parameters, and tables marked data-no-sort are left as they are.
//
// A checkbox with data-select-all ticks or clears the row checkboxes of its table's <tbody>, and
// shows whether all, some or none of them are ticked.
(() => {
  const NUMBER = /^[-+]?[$€£¥]?\s*\d[\d,]*(\.\d+)?\s*%?$/;
  const DATE = /^\d{4}-\d{2}-\d{2}/;

  const cellValue = cell => {
    if (!cell) { return ''; }
    const given = cell.getAttribute('data-sort-value');
    return (given !== null ? given : cell.textContent).trim();
  };

  const asNumber = text => Number(text.replace(/[^\d.+-]/g, ''));

  function columnKind(values) {
    const filled = values.filter(v => v !== '');
    if (filled.length > 0 && filled.every(v => NUMBER.test(v))) { return 'number'; }
    if (filled.length > 0 && filled.every(v => DATE.test(v))) { return 'date'; }
    return 'text';
  }

  function compare(kind) {
    const text = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    return (a, b) => {
      // Empty cells go last whichever way the column is sorted.
      if (a === '' || b === '') { return a === b ? 0 : (a === '' ? 1 : -1); }
      if (kind === 'number') { return asNumber(a) - asNumber(b); }
      if (kind === 'date') { return a < b ? -1 : a > b ? 1 : 0; }
      return text.compare(a, b);
    };
  }

  function sortBy(table, th, index) {
    const body = table.tBodies[0];
    if (!body) { return; }
    const descending = th.getAttribute('aria-sort') === 'ascending';
    // Rows with the detail rows that follow them, so that a detail stays with its row.
    const groups = [];
    for (const row of Array.from(body.rows)) {
      if (row.hasAttribute('data-row-detail') && groups.length > 0) {
        groups[groups.length - 1].rows.push(row);
      } else {
        groups.push({ key: cellValue(row.cells[index]), rows: [row] });
      }
    }
    const byKey = compare(columnKind(groups.map(g => g.key)));
    groups.sort((a, b) => {
      const c = byKey(a.key, b.key);
      if (a.key === '' || b.key === '') { return c; }
      return descending ? -c : c;
    });
    for (const g of groups) { g.rows.forEach(r => body.appendChild(r)); }
    for (const other of th.parentElement.children) { other.removeAttribute('aria-sort'); }
    th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
  }

  function sortable(th) {
    return th.textContent.trim() !== '' &&
      !th.querySelector('a, button, input, select, textarea') &&
      !th.hasAttribute('data-no-sort');
  }

  function enhance(root) {
    const tables = root.matches && root.matches('table') ? [root] : root.querySelectorAll('table');
    for (const table of tables) {
      if (table.hasAttribute('data-server-sort') || table.hasAttribute('data-no-sort') ||
          table.hasAttribute('data-sortable') || !table.tHead || !table.tBodies[0]) {
        continue;
      }
      table.setAttribute('data-sortable', '');
      const header = table.tHead.rows[table.tHead.rows.length - 1];
      Array.from(header.cells).forEach((th, index) => {
        if (!sortable(th)) { return; }
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'th-sort';
        while (th.firstChild) { button.appendChild(th.firstChild); }
        th.appendChild(button);
        button.addEventListener('click', () => sortBy(table, th, index));
      });
    }
    root.querySelectorAll('input[data-select-all]').forEach(syncSelectAll);
  }

  const rowBoxes = box => {
    const table = box.closest('table');
    return table && table.tBodies[0]
      ? Array.from(table.tBodies[0].querySelectorAll('input[type=checkbox]:not(:disabled)'))
      : [];
  };

  function syncSelectAll(box) {
    const rows = rowBoxes(box);
    const ticked = rows.filter(r => r.checked).length;
    box.checked = rows.length > 0 && ticked === rows.length;
    box.indeterminate = ticked > 0 && ticked < rows.length;
  }

  document.addEventListener('change', e => {
    const box = e.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') { return; }
    if (box.hasAttribute('data-select-all')) {
      rowBoxes(box).forEach(r => { r.checked = box.checked; });
      box.indeterminate = false;
      return;
    }
    const table = box.closest('table');
    const all = table && table.tHead && table.tHead.querySelector('input[data-select-all]');
    if (all) { syncSelectAll(all); }
  });

  // On the first load, and on content htmx swaps in later.
  document.addEventListener('DOMContentLoaded', () => enhance(document));
  document.addEventListener('htmx:load', e => enhance(e.detail.elt));
})();

// The signed-in pages that list and change what the API holds: my learnwares, the check log on a detail page, and the
// admin console. Each fills the element marked data-manage="..." from the API with the browser's sign-in; the API decides
// who may see and change what.
window.dockManage = {
  cell(content) {
    const cell = document.createElement('td');
    if (content instanceof Node) cell.append(content); else cell.textContent = content ?? '';
    return cell;
  },
  chip(status) {
    return Object.assign(document.createElement('span'), { className: `chip status-${status}`, textContent: status });
  },
  link(text, href) {
    return Object.assign(document.createElement('a'), { href, textContent: text });
  },
  button(text, label, className, onclick) {
    const button = Object.assign(document.createElement('button'), { type: 'button', className: `secondary ${className}`, textContent: text, onclick });
    button.setAttribute('aria-label', label);
    return button;
  },
  day(timestamp) { return timestamp.slice(0, 10); },
  async json(url, alertId) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (response.ok) return response.json();
    document.getElementById(alertId).textContent = await dockAccount.problem(response);
    return null;
  },
  // Sends a change (PATCH, DELETE); a refusal is shown in the page's alert. True when the dock took it.
  async send(method, url, alertId, body) {
    const response = await fetch(url, {
      method, credentials: 'same-origin', headers: body ? { 'Content-Type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) document.getElementById(alertId).textContent = await dockAccount.problem(response);
    return response.ok;
  },
  async deleteLearnware(learnware, alertId) {
    if (!confirm(`Delete the learnware "${learnware.name}" with all its versions? This cannot be undone.`)) return false;
    return dockManage.send('DELETE', `/api/v1/learnwares/${encodeURIComponent(learnware.id)}`, alertId);
  },
  logView(log) {
    const details = document.createElement('details');
    details.append(Object.assign(document.createElement('summary'), { textContent: 'Show the log' }));
    details.append(Object.assign(document.createElement('pre'), { className: 'check-log', textContent: log ? JSON.stringify(log, null, 2) : 'No check has run yet.' }));
    return details;
  },

  // My learnwares: refreshed every two seconds while one is still waiting for or in its check.
  async mine(table) {
    clearTimeout(dockManage.mineTimer);
    const page = await dockManage.json('/api/v1/learnwares?mine=true&pageSize=200', 'mine-error');
    if (!page) return;
    // The listing has no check logs: each comes with its learnware's details, which the owner may read.
    const details = await Promise.all(page.items.map(l => dockManage.json(`/api/v1/learnwares/${encodeURIComponent(l.id)}`, 'mine-error')));
    const open = new Set([...table.querySelectorAll('tr[data-id] details[open]')].map(d => d.closest('tr').dataset.id));
    const body = table.querySelector('tbody');
    body.replaceChildren();
    page.items.forEach((learnware, i) => {
      const row = document.createElement('tr');
      row.dataset.id = learnware.id;
      row.dataset.status = learnware.status;
      const name = learnware.status === 'usable' ? dockManage.link(learnware.name, `/learnwares/${encodeURIComponent(learnware.id)}`) : learnware.name;
      const log = dockManage.logView(details[i]?.checkLog);
      log.open = open.has(learnware.id);
      const remove = dockManage.button('Delete', `Delete the learnware ${learnware.name}`, 'delete', async () => {
        if (await dockManage.deleteLearnware(learnware, 'mine-error')) await dockManage.mine(table);
      });
      row.append(dockManage.cell(name), dockManage.cell(dockManage.chip(learnware.status)), dockManage.cell(String(learnware.version)),
        dockManage.cell(dockManage.day(learnware.updatedAt)), dockManage.cell(log), dockManage.cell(remove));
      body.append(row);
    });
    document.getElementById('mine-empty').hidden = page.items.length > 0;
    if (page.items.some(l => l.status === 'pending' || l.status === 'checking'))
      dockManage.mineTimer = setTimeout(() => dockManage.mine(table), 2000);
  },

  // The detail page: the check log, when the API shows it to this caller.
  async 'check-log'(section) {
    const response = await fetch(`/api/v1/learnwares/${encodeURIComponent(section.dataset.learnware)}`, { credentials: 'same-origin' });
    if (!response.ok) return;
    const detail = await response.json();
    if (detail.checkLog == null) return;
    document.getElementById('check-log').textContent = JSON.stringify(detail.checkLog, null, 2);
    section.hidden = false;
  },

  // The admin console: counters, bar charts, users and every learnware.
  async admin() {
    await Promise.all([dockManage.summary(), dockManage.users(), dockManage.allLearnwares()]);
    document.getElementById('user-filter').oninput = () => dockManage.filterUsers();
  },
  async summary() {
    const summary = await dockManage.json('/api/v1/admin/summary', 'admin-error');
    if (!summary) return;
    const counts = document.getElementById('admin-counts');
    counts.replaceChildren();
    const counters = [['Learnwares', summary.learnwares], ['Accounts', summary.accounts], ...Object.entries(summary.byStatus)];
    for (const [label, value] of counters) {
      const card = Object.assign(document.createElement('div'), { className: 'card count' });
      card.dataset.counter = label.toLowerCase();
      card.append(Object.assign(document.createElement('strong'), { textContent: String(value) }), label[0].toUpperCase() + label.slice(1));
      counts.append(card);
    }
    const charts = document.getElementById('admin-charts');
    charts.replaceChildren(
      dockManage.bars('By status', Object.entries(summary.byStatus)),
      dockManage.bars('By task', Object.entries(summary.tags.task)),
      dockManage.bars('By data type', Object.entries(summary.tags.data)),
      dockManage.bars('By library', Object.entries(summary.tags.library)),
      dockManage.bars('By scenario', Object.entries(summary.tags.scenario)),
      dockManage.bars('By licence', Object.entries(summary.tags.license)),
      dockManage.bars('Uploads per day', summary.uploadsPerDay.map(d => [d.day, d.count])),
      dockManage.bars('Downloads per day', summary.downloadsPerDay.map(d => [d.day, d.count])));
  },
  // A horizontal bar chart: one labelled row per entry, the bar's length proportional to its count (CSS, no canvas),
  // and the numbers as text so screen readers read them.
  bars(title, entries) {
    const figure = Object.assign(document.createElement('figure'), { className: 'card bar-chart' });
    figure.append(Object.assign(document.createElement('figcaption'), { textContent: title }));
    const largest = Math.max(1, ...entries.map(([, count]) => count));
    if (entries.length === 0) figure.append(Object.assign(document.createElement('p'), { className: 'muted', textContent: 'None yet.' }));
    for (const [label, count] of entries) {
      const row = Object.assign(document.createElement('div'), { className: 'bar-row' });
      const bar = Object.assign(document.createElement('span'), { className: 'bar' });
      bar.style.width = `${(100 * count) / largest}%`;
      const track = Object.assign(document.createElement('span'), { className: 'bar-track' });
      track.append(bar);
      row.append(Object.assign(document.createElement('span'), { className: 'bar-label', textContent: label }), track,
        Object.assign(document.createElement('span'), { className: 'bar-count', textContent: String(count) }));
      figure.append(row);
    }
    return figure;
  },
  async users() {
    const users = await dockManage.json('/api/v1/admin/users', 'admin-error');
    if (!users) return;
    const body = document.querySelector('#admin-users tbody');
    body.replaceChildren();
    for (const user of users) {
      const row = document.createElement('tr');
      row.dataset.id = user.id;
      row.dataset.email = user.email;
      const role = document.createElement('select');
      role.setAttribute('aria-label', `Role of ${user.email}`);
      for (const name of ['user', 'admin']) role.append(new Option(name, name, false, name === user.role));
      role.onchange = async () => {
        if (await dockManage.send('PATCH', `/api/v1/admin/users/${encodeURIComponent(user.id)}`, 'admin-error', { role: role.value })) await dockManage.users();
      };
      const lock = dockManage.button(user.locked ? 'Unlock' : 'Lock', `${user.locked ? 'Unlock' : 'Lock'} ${user.email}`, 'lock', async () => {
        if (await dockManage.send('PATCH', `/api/v1/admin/users/${encodeURIComponent(user.id)}`, 'admin-error', { locked: !user.locked })) await dockManage.users();
      });
      const remove = dockManage.button('Delete', `Delete the account ${user.email}`, 'delete', async () => {
        if (!confirm(`Delete the account ${user.email} and its tokens? This cannot be undone.`)) return;
        if (await dockManage.send('DELETE', `/api/v1/admin/users/${encodeURIComponent(user.id)}`, 'admin-error')) await dockManage.admin();
      });
      const actions = dockManage.cell(lock);
      actions.append(' ', remove);
      row.append(dockManage.cell(user.email), dockManage.cell(role), dockManage.cell(user.locked ? 'locked' : 'no'),
        dockManage.cell(dockManage.day(user.createdAt)), actions);
      body.append(row);
    }
    dockManage.filterUsers();
  },
  filterUsers() {
    const wanted = document.getElementById('user-filter').value.trim().toLowerCase();
    for (const row of document.querySelectorAll('#admin-users tbody tr')) row.hidden = !row.dataset.email.toLowerCase().includes(wanted);
  },
  async allLearnwares() {
    const page = await dockManage.json('/api/v1/admin/learnwares?pageSize=200', 'admin-error');
    if (!page) return;
    const body = document.querySelector('#admin-learnwares tbody');
    body.replaceChildren();
    for (const learnware of page.items) {
      const row = document.createElement('tr');
      row.dataset.id = learnware.id;
      const name = learnware.status === 'usable' ? dockManage.link(learnware.name, `/learnwares/${encodeURIComponent(learnware.id)}`) : learnware.name;
      const remove = dockManage.button('Delete', `Delete the learnware ${learnware.name}`, 'delete', async () => {
        if (await dockManage.deleteLearnware(learnware, 'admin-error')) await Promise.all([dockManage.summary(), dockManage.allLearnwares()]);
      });
      row.append(dockManage.cell(name), dockManage.cell(learnware.ownerEmail ?? learnware.owner), dockManage.cell(dockManage.chip(learnware.status)),
        dockManage.cell(String(learnware.version)), dockManage.cell(dockManage.day(learnware.updatedAt)), dockManage.cell(remove));
      body.append(row);
    }
  },

  // The submit page: the package goes up with a progress bar (XMLHttpRequest reports upload progress, fetch does not),
  // then the check's status is followed until the dock decides.
  async submit(form) {
    form.onsubmit = event => {
      event.preventDefault();
      const alert = document.getElementById('submit-error');
      alert.textContent = '';
      const progress = document.getElementById('submit-progress');
      const request = new XMLHttpRequest();
      request.open('POST', '/api/v1/learnwares');
      request.withCredentials = true;
      request.upload.onprogress = e => { if (e.lengthComputable) progress.value = Math.round((100 * e.loaded) / e.total); };
      request.onerror = () => { alert.textContent = 'The upload failed: the dock could not be reached.'; };
      request.onload = async () => {
        if (request.status !== 202) {
          alert.textContent = await dockAccount.problem(new Response(request.responseText, { status: request.status }));
          return;
        }
        progress.value = 100;
        await dockManage.followCheck(JSON.parse(request.responseText).id);
      };
      request.send(new FormData(form));
    };
  },
  async followCheck(id) {
    document.getElementById('submit-check').hidden = false;
    const detail = await dockManage.json(`/api/v1/learnwares/${encodeURIComponent(id)}`, 'submit-error');
    if (!detail) return;
    const status = document.getElementById('submit-status');
    status.textContent = detail.status;
    status.className = `chip status-${detail.status}`;
    document.getElementById('submit-log').textContent = detail.checkLog ? JSON.stringify(detail.checkLog, null, 2) : 'Waiting for the check…';
    if (detail.status === 'usable') Object.assign(document.getElementById('submit-link'), { hidden: false, href: `/learnwares/${encodeURIComponent(id)}` });
    if (detail.status === 'pending' || detail.status === 'checking') setTimeout(() => dockManage.followCheck(id), 1000);
  },

  load() {
    for (const element of document.querySelectorAll('[data-manage]'))
      dockManage[element.dataset.manage](element).catch(error => console.error(error));
  },
};
document.addEventListener('DOMContentLoaded', () => dockManage.load());
// Blazor's enhanced navigation swaps the page without a new DOMContentLoaded.
window.Blazor?.addEventListener?.('enhancedload', () => dockManage.load());

// Account forms: each posts its fields as JSON to the dock's API (data-api), then goes to data-next; problems the API
// answers (RFC 9457, Identity's validation errors) are shown in the form's alert.
window.dockAccount = {
  async submit(form) {
    const alert = form.querySelector('[role="alert"]');
    alert.textContent = '';
    const body = {};
    for (const [key, value] of new FormData(form)) {
      const type = form.querySelector(`[name="${key}"]`).type;
      if (type === 'checkbox') (body[key] ??= []).push(value);
      else if (type === 'number') body[key] = Number(value);
      else body[key] = value;
    }
    if (form.dataset.confirm && body[form.dataset.confirmOf ?? 'password'] !== body[form.dataset.confirm]) {
      alert.textContent = 'The two passwords differ.';
      return null;
    }
    delete body[form.dataset.confirm];
    const response = await fetch(form.dataset.api, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(body),
    });
    if (!response.ok) {
      alert.textContent = response.status === 401 && form.dataset.unauthorized ? form.dataset.unauthorized : await dockAccount.problem(response);
      return null;
    }
    const answer = response.status === 204 ? null : await response.json().catch(() => null);
    if (form.dataset.then) await dockAccount[form.dataset.then](form, body, answer);
    if (form.dataset.next) location.assign(form.dataset.next);
    return answer;
  },
  async problem(response) {
    const problem = await response.json().catch(() => null);
    if (problem?.errors) return Object.values(problem.errors).flat().join(' ');
    return problem?.detail ?? problem?.title ?? `The dock answered ${response.status}.`;
  },
  // After registering: sign in with the same e-mail and password (a cookie).
  async signIn(form, body) {
    const response = await fetch('/api/v1/auth/login?useCookies=true', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin',
      body: JSON.stringify({ email: body.email, password: body.password }),
    });
    if (!response.ok) throw new Error(await dockAccount.problem(response));
  },
  // A changed password ends every sign-in made with the old one, and the dock refuses any API call carrying such a
  // cookie: drop it, then sign in again with the new password.
  async passwordChanged(form, body) {
    const email = document.getElementById('signed-in-as').textContent;
    await fetch('/account/logout', { method: 'POST', credentials: 'same-origin' });
    await dockAccount.signIn(form, { email, password: body.newPassword });
    form.reset();
    form.querySelector('[role="status"]').textContent = 'Your password is changed.';
  },
  async signOut() {
    await fetch('/account/logout', { method: 'POST', credentials: 'same-origin' });
    location.assign('/');
  },
  // A new token: its secret is shown once, with a copy button; the list below is refreshed.
  async showToken(form, body, issued) {
    const box = document.getElementById('new-token');
    box.hidden = false;
    document.getElementById('new-token-secret').textContent = issued.token;
    await dockAccount.listTokens();
  },
  async copy(id) {
    await navigator.clipboard.writeText(document.getElementById(id).textContent);
  },
  async listTokens() {
    const table = document.getElementById('tokens');
    if (!table) return;
    const response = await fetch('/api/v1/tokens', { credentials: 'same-origin' });
    const body = table.querySelector('tbody');
    body.replaceChildren();
    if (!response.ok) {
      body.append(dockAccount.row([await dockAccount.problem(response)]));
      return;
    }
    for (const token of await response.json()) {
      const state = token.revokedAt ? 'revoked' : new Date(token.expiresAt) <= new Date() ? 'expired' : 'active';
      const row = dockAccount.row([token.name, token.scopes.join(', '), token.expiresAt.slice(0, 10), state]);
      row.dataset.id = token.id;
      const cell = document.createElement('td');
      if (state === 'active') {
        const button = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary revoke', textContent: 'Revoke' });
        button.setAttribute('aria-label', `Revoke the token ${token.name}`);
        button.onclick = async () => {
          if (!confirm(`Revoke the token "${token.name}"? Programs using it will be refused.`)) return;
          const revoked = await fetch(`/api/v1/tokens/${token.id}`, { method: 'DELETE', credentials: 'same-origin' });
          if (!revoked.ok) alert(await dockAccount.problem(revoked));
          await dockAccount.listTokens();
        };
        cell.append(button);
      }
      row.append(cell);
      body.append(row);
    }
  },
  row(cells) {
    const row = document.createElement('tr');
    for (const text of cells) row.append(Object.assign(document.createElement('td'), { textContent: text }));
    return row;
  },
};
document.addEventListener('submit', event => {
  if (!event.target.dataset.api) return;
  event.preventDefault();
  dockAccount.submit(event.target).catch(error => {
    event.target.querySelector('[role="alert"]').textContent = error.message;
  });
});
document.addEventListener('DOMContentLoaded', () => dockAccount.listTokens());

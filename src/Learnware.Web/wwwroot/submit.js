// The /submit wizard: (1) the description, with a live markdown preview; (2) the package, its zip opened here to check
// the manifest and the files it names before anything is sent, then uploaded with a progress bar together with the
// description as a semantic specification, which the dock stores in the package in place of the package's own; (3) the
// dock's check, polled until the learnware is usable or rejected. ?edit={id} uploads a new version of that learnware.
(() => {
  const $ = id => document.getElementById(id);
  const wizard = $('submit-wizard');
  if (!wizard) return;
  const editing = wizard.dataset.edit || null;
  let chosen = null, typed = null;

  function show(step) {
    for (const n of [1, 2, 3]) {
      $(`step-${n}`).hidden = n !== step;
      if (n === step) $(`step-${n}-mark`).setAttribute('aria-current', 'step');
      else $(`step-${n}-mark`).removeAttribute('aria-current');
    }
  }

  // A small, escaping markdown preview: headings, lists, paragraphs, bold, italics, code. The dock renders the stored
  // description on the server; this only lets the author see the shape while typing.
  function escape(text) {
    return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }
  function inline(text) {
    return escape(text).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/\*([^*]+)\*/g, '<em>$1</em>');
  }
  function markdown(source) {
    const html = [];
    let list = false;
    for (const block of source.split(/\n{2,}/)) {
      const lines = block.split('\n').filter(l => l.trim());
      if (!lines.length) continue;
      const heading = /^(#{1,4})\s+(.*)$/.exec(lines[0]);
      if (heading) html.push(`<h${heading[1].length + 2}>${inline(heading[2])}</h${heading[1].length + 2}>`);
      else if (lines.every(l => /^\s*[-*]\s+/.test(l))) html.push(`<ul>${lines.map(l => `<li>${inline(l.replace(/^\s*[-*]\s+/, ''))}</li>`).join('')}</ul>`);
      else html.push(`<p>${inline(lines.join(' '))}</p>`);
    }
    return html.join('');
  }
  $('submit-description').addEventListener('input', () => { $('submit-preview').innerHTML = markdown($('submit-description').value); });
  const tableOnly = () => { $('submit-table-fields').hidden = $('submit-data').value !== 'Table'; };
  $('submit-data').addEventListener('change', tableOnly);
  tableOnly();

  // A new version starts from the learnware's current description.
  async function prefill(id) {
    const response = await fetch(`/api/v1/learnwares/${encodeURIComponent(id)}`, { credentials: 'same-origin' });
    if (!response.ok) { $('step-1-error').textContent = await dockAccount.problem(response); return; }
    const semantic = (await response.json()).semantic;
    const first = key => semantic[key]?.Values?.[0];
    $('submit-name').value = semantic.Name?.Values ?? '';
    for (const [id, key] of [['submit-data', 'Data'], ['submit-task', 'Task'], ['submit-library', 'Library'], ['submit-license', 'License']])
      if (first(key)) $(id).value = first(key);
    for (const box of $('submit-scenarios').querySelectorAll('input')) box.checked = (semantic.Scenario?.Values ?? []).includes(box.value);
    $('submit-description').value = semantic.Description?.Values ?? '';
    const byIndex = descriptions => {
      const lines = [];
      for (const [index, text] of Object.entries(descriptions ?? {})) lines[Number(index)] = text;
      return Array.from(lines, line => line ?? '').join('\n');
    };
    $('submit-features').value = byIndex(semantic.Input?.Description);
    $('submit-outputs').value = byIndex(semantic.Output?.Description);
    $('submit-description').dispatchEvent(new Event('input'));
    tableOnly();
    wizard.dataset.prefilled = 'true';
  }
  if (editing) prefill(editing);

  function described() {
    // Line i describes feature (or output) i; an empty line leaves that one undescribed.
    const lines = id => {
      const text = $(id).value.replace(/\s+$/, '');
      return text ? text.split('\n').map(l => l.trim()) : [];
    };
    const form = {
      name: $('submit-name').value.trim(), data: $('submit-data').value, task: $('submit-task').value, library: $('submit-library').value,
      scenarios: [...$('submit-scenarios').querySelectorAll('input:checked')].map(i => i.value), license: $('submit-license').value,
      description: $('submit-description').value.trim(),
    };
    // Per-feature and per-output descriptions are asked for tables only.
    form.features = form.data === 'Table' ? lines('submit-features') : [];
    form.outputs = form.data === 'Table' ? lines('submit-outputs') : [];
    return form;
  }
  // The length rules are the dock's own (SemanticVocabulary), rendered into the fields' attributes; a text that breaks
  // one is named here rather than after the package has been sent.
  function lengthProblem(id, what) {
    const field = $(id), length = field.value.trim().length, min = Number(field.dataset.min), max = field.maxLength;
    return length < min || length > max ? `The ${what} must be ${min} to ${max} characters long; it has ${length}.` : '';
  }
  $('step-1-next').addEventListener('click', () => {
    $('step-1-error').textContent = lengthProblem('submit-name', 'name') || lengthProblem('submit-description', 'description');
    if (!$('step-1-error').textContent) show(2);
  });
  $('step-2-back').addEventListener('click', () => show(1));

  // The zip's entries from its central directory; an entry's bytes are read (inflated) only when asked for.
  function zipEntries(buffer) {
    const view = new DataView(buffer);
    let end = -1;
    for (let i = buffer.byteLength - 22; i >= Math.max(0, buffer.byteLength - 22 - 65535); i--)
      if (view.getUint32(i, true) === 0x06054b50) { end = i; break; }
    if (end < 0) throw new Error('the file is not a zip (no central directory)');
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    const entries = new Map();
    const decoder = new TextDecoder();
    for (let n = 0; n < count; n++) {
      if (at + 46 > buffer.byteLength || view.getUint32(at, true) !== 0x02014b50) throw new Error('the zip\'s central directory is damaged');
      const method = view.getUint16(at + 10, true), size = view.getUint32(at + 20, true);
      const nameLength = view.getUint16(at + 28, true), extra = view.getUint16(at + 30, true), comment = view.getUint16(at + 32, true);
      const local = view.getUint32(at + 42, true);
      const name = decoder.decode(new Uint8Array(buffer, at + 46, nameLength));
      entries.set(name, { method, size, local });
      at += 46 + nameLength + extra + comment;
    }
    return entries;
  }
  async function entryText(buffer, entry) {
    const view = new DataView(buffer);
    const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
    const raw = new Uint8Array(buffer, start, entry.size);
    if (entry.method === 0) return new TextDecoder().decode(raw);
    if (entry.method !== 8) throw new Error(`compression method ${entry.method} is not supported`);
    const stream = new Blob([raw]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return await new Response(stream).text();
  }

  // What learnware.yaml names: the model, the statistical and semantic specifications, the readme.
  function manifestFiles(yaml) {
    const problems = [];
    if (!/^format_version:\s*\d+/m.test(yaml)) problems.push('learnware.yaml has no format_version');
    if (!/^model:/m.test(yaml)) problems.push('learnware.yaml has no model section');
    if (!/^stat_specifications:/m.test(yaml)) problems.push('learnware.yaml has no stat_specifications');
    if (!/^semantic_specification:/m.test(yaml)) problems.push('learnware.yaml names no semantic_specification');
    const files = [...yaml.matchAll(/^\s*(?:-\s*)?(?:file|semantic_specification|readme):\s*['"]?([^'"\s#]+)/gm)].map(m => m[1]);
    const semantic = /^semantic_specification:\s*['"]?([^'"\s#]+)/m.exec(yaml)?.[1] ?? null;
    return { problems, files, semantic };
  }

  // The semantic specification the upload carries: everything as described in step 1; the numbers of features and
  // outputs are the package's (its model fixes them), or else as many as the descriptions typed.
  function typedSemantic(form, semantic) {
    const tag = (type, values) => ({ Type: type, Values: values });
    const indexed = lines => Object.fromEntries(lines.map((line, i) => [String(i), line]).filter(([, line]) => line));
    const spec = {
      Data: tag('Class', [form.data]), Task: tag('Class', [form.task]), Library: tag('Class', [form.library]),
      Scenario: tag('Tag', form.scenarios), License: tag('Class', [form.license]),
      Name: tag('String', form.name), Description: tag('String', form.description),
    };
    const inputs = semantic?.Input?.Dimension ?? form.features.length;
    if (form.data === 'Table' || semantic?.Input) spec.Input = { Dimension: inputs, Description: indexed(form.features) };
    const outputs = semantic?.Output?.Dimension ?? form.outputs.length;
    if (['Classification', 'Regression'].includes(form.task) || semantic?.Output) spec.Output = { Dimension: outputs, Description: indexed(form.outputs) };
    return spec;
  }

  function differences(form, semantic) {
    const value = key => semantic?.[key]?.Values;
    const same = (a, b) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...(b ?? [])].sort());
    const found = [];
    if (value('Name') !== form.name) found.push(`name: you wrote "${form.name}", the package says "${value('Name') ?? ''}"`);
    for (const [key, mine] of [['Data', [form.data]], ['Task', [form.task]], ['Library', [form.library]], ['Scenario', form.scenarios], ['License', [form.license]]])
      if (!same(value(key), mine)) found.push(`${key.toLowerCase()}: you chose ${mine.join(', ') || 'none'}, the package says ${(value(key) ?? []).join(', ') || 'none'}`);
    if ((value('Description') ?? '').trim() !== form.description) found.push('description: the package\'s differs from yours');
    const described = lines => lines.filter(Boolean);
    const inputs = Object.values(semantic?.Input?.Description ?? {});
    if (!same(inputs, described(form.features))) found.push('feature descriptions: the package\'s differ from yours');
    const outputs = Object.values(semantic?.Output?.Description ?? {});
    if (!same(outputs, described(form.outputs))) found.push('output descriptions: the package\'s differ from yours');
    return found;
  }

  $('submit-package').addEventListener('change', async () => {
    chosen = null;
    typed = null;
    $('package-upload').disabled = true;
    $('package-summary').hidden = true;
    $('package-error').textContent = '';
    const file = $('submit-package').files[0];
    if (!file) return;
    try {
      const buffer = await file.arrayBuffer();
      const entries = zipEntries(buffer);
      const manifest = entries.get('learnware.yaml');
      if (!manifest) throw new Error('the package has no learnware.yaml at its root');
      const { problems, files, semantic } = manifestFiles(await entryText(buffer, manifest));
      for (const name of files) if (!entries.has(name)) problems.push(`learnware.yaml names ${name}, which is not in the package`);
      if (problems.length) throw new Error(problems.join('; '));
      let spec = null;
      try { spec = JSON.parse(await entryText(buffer, entries.get(semantic))); }
      catch { throw new Error(`${semantic} is not valid JSON`); }
      $('package-files').textContent = `Files: ${[...entries.keys()].join(', ')}`;
      const form = described();
      typed = JSON.stringify(typedSemantic(form, spec), null, 2);
      $('package-semantic').textContent = typed;
      const list = $('semantic-differences');
      list.replaceChildren(...differences(form, spec).map(d => Object.assign(document.createElement('li'), { textContent: d })));
      if (!list.children.length) list.append(Object.assign(document.createElement('li'), { textContent: 'The package\'s own matches what you described.' }));
      $('package-summary').hidden = false;
      chosen = file;
      $('package-upload').disabled = false;
    } catch (error) {
      $('package-error').textContent = `This package cannot be uploaded: ${error.message}.`;
    }
  });

  $('package-upload').addEventListener('click', () => {
    if (!chosen || !typed) return;
    $('package-upload').disabled = true;
    const progress = $('upload-progress');
    progress.hidden = false;
    const body = new FormData();
    body.append('package', chosen, chosen.name);
    body.append('semantic', typed);
    const request = new XMLHttpRequest();
    request.open(editing ? 'PUT' : 'POST', editing ? `/api/v1/learnwares/${encodeURIComponent(editing)}` : '/api/v1/learnwares');
    request.withCredentials = true;
    request.upload.onprogress = e => { if (e.lengthComputable) progress.value = Math.round(100 * e.loaded / e.total); };
    request.onerror = () => { $('package-error').textContent = 'The upload failed: the dock could not be reached.'; $('package-upload').disabled = false; };
    request.onload = () => {
      const answer = JSON.parse(request.responseText || 'null');
      if (request.status !== 202) {
        $('package-error').textContent = answer?.detail ?? answer?.title ?? `The dock answered ${request.status}.`;
        $('package-upload').disabled = false;
        return;
      }
      progress.value = 100;
      show(3);
      follow(answer.id);
    };
    request.send(body);
  });

  // Polls the learnware until its newest version leaves the queue.
  async function follow(id) {
    $('check-link').href = `/learnwares/${encodeURIComponent(id)}`;
    for (;;) {
      const response = await fetch(`/api/v1/learnwares/${encodeURIComponent(id)}`, { credentials: 'same-origin' });
      if (response.ok) {
        const detail = await response.json();
        $('check-status').textContent = detail.status;
        $('check-status').dataset.status = detail.status;
        if (detail.checkLog) $('check-log').textContent = JSON.stringify(detail.checkLog, null, 2);
        if (detail.status === 'usable' || detail.status === 'rejected') return;
      }
      await new Promise(resolve => setTimeout(resolve, 700));
    }
  }
})();

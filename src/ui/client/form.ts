import type { Issue } from '../../core/result.js';
import { fromInput, getAt, toInput, type Draft } from './draft.js';
import { h } from './dom.js';
import { ASSUMPTION_FIELDS, TEAM_FIELDS, WORKLOAD_GROUPS, type FieldGroup, type FieldSpec } from './fields.js';

export interface FormEvents {
  /** A field changed: set (or, for undefined, delete) the value at the profile path. */
  change: (path: string, value: unknown) => void;
  addWorkload: () => void;
  removeWorkload: (index: number) => void;
}

const fieldId = (path: string) => `f-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

function control(spec: FieldSpec, path: string, value: unknown, ev: FormEvents): HTMLElement {
  const id = fieldId(path);
  const describedBy = `${id}-err${spec.help ? ` ${id}-help` : ''}`;
  switch (spec.kind) {
    case 'multi': {
      const chosen = new Set(Array.isArray(value) ? value.map(String) : []);
      const boxes = (spec.options ?? []).map((opt) => {
        const box = h('input', { type: 'checkbox', value: opt, checked: chosen.has(opt), id: `${id}-${opt}`, name: id });
        box.addEventListener('change', () => {
          const all = [...(box.closest('fieldset')?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? [])];
          ev.change(path, all.filter((b) => b.checked).map((b) => b.value));
        });
        return h('label', { class: 'chip', for: `${id}-${opt}` }, box, opt);
      });
      return h('fieldset', { class: 'multi', 'aria-describedby': describedBy }, h('legend', {}, spec.label), ...boxes);
    }
    case 'checkbox': {
      const box = h('input', { type: 'checkbox', id, checked: value === true, 'aria-describedby': describedBy });
      box.addEventListener('change', () => ev.change(path, box.checked ? true : undefined));
      return h('label', { class: 'check', for: id }, box, spec.label);
    }
    case 'select': {
      const options = [...(spec.options ?? [])];
      const current = toInput(value);
      if (current && !options.includes(current)) options.push(current);
      const select = h('select', { id, name: path, 'aria-describedby': describedBy },
        spec.unsetLabel !== undefined || current === '' ? h('option', { value: '' }, spec.unsetLabel ?? '(choose)') : null,
        ...options.map((o) => h('option', { value: o, selected: o === current }, o)));
      select.addEventListener('change', () => ev.change(path, fromInput('select', select.value)));
      return h('div', {}, h('label', { for: id }, spec.label), select);
    }
    case 'text':
    case 'number':
    case 'numbers': {
      const input = h('input', {
        id,
        name: path,
        // Text, not type=number: unparseable input must stay visible so validation can name it.
        type: 'text',
        inputmode: spec.kind === 'number' ? 'decimal' : undefined,
        value: toInput(value),
        autocomplete: 'off',
        'aria-describedby': describedBy,
      });
      const kind = spec.kind;
      input.addEventListener('input', () => ev.change(path, fromInput(kind, input.value)));
      return h('div', {}, h('label', { for: id }, spec.label), input);
    }
  }
}

function field(spec: FieldSpec, base: string, draft: Draft, ev: FormEvents): HTMLElement {
  const path = base ? `${base}.${spec.key}` : spec.key;
  const id = fieldId(path);
  return h('div', { class: `field field-${spec.kind}`, 'data-path': path },
    control(spec, path, getAt(draft, path), ev),
    spec.help ? h('p', { class: 'help', id: `${id}-help` }, spec.help) : null,
    h('p', { class: 'error', id: `${id}-err`, role: 'alert' }));
}

function group(g: FieldGroup, base: string, draft: Draft, ev: FormEvents, open: boolean): HTMLElement {
  return h('details', { class: `group group-${g.id}`, open }, h('summary', {}, g.title), h('div', { class: 'fields' }, ...g.fields.map((f) => field(f, base, draft, ev))));
}

/** The guided form: team, then each workload in five groups, then assumptions. */
export function renderForm(root: HTMLElement, draft: Draft, ev: FormEvents): void {
  const workloads = Array.isArray(draft.workloads) ? (draft.workloads as unknown[]) : [];
  const blocks = workloads.map((w, i) => {
    const name = w && typeof w === 'object' ? toInput((w as Draft).name) : '';
    const remove = h('button', { type: 'button', class: 'remove', 'aria-label': `Remove workload ${name || i + 1}` }, 'Remove');
    remove.addEventListener('click', () => ev.removeWorkload(i));
    return h('section', { class: 'workload-form', 'data-index': i, 'aria-label': `Workload ${name}` },
      h('div', { class: 'workload-head' }, h('h2', {}, `Workload ${i + 1}: `, h('span', { class: 'wname' }, name)), workloads.length > 1 ? remove : null),
      ...WORKLOAD_GROUPS.map((g, gi) => group(g, `workloads[${i}]`, draft, ev, gi < 2)));
  });
  const add = h('button', { type: 'button', id: 'add-workload' }, 'Add a workload');
  add.addEventListener('click', () => ev.addWorkload());
  root.replaceChildren(
    h('div', { id: 'form-issues', class: 'form-issues', role: 'status' }),
    group(TEAM_FIELDS, 'team', draft, ev, true),
    ...blocks,
    add,
    group(ASSUMPTION_FIELDS, 'assumptions', draft, ev, false),
  );
}

/** Puts each issue under its field; returns those that belong to no field (shown in a list on top). */
export function showIssues(root: HTMLElement, issues: readonly Issue[]): Issue[] {
  // Nothing marked and nothing to mark: the common case while typing valid values.
  if (issues.length === 0 && !root.querySelector('.field.invalid, #form-issues > *')) return [];
  for (const f of root.querySelectorAll<HTMLElement>('.field.invalid')) {
    f.classList.remove('invalid');
    const err = f.querySelector('.error');
    if (err) err.textContent = '';
    f.querySelector('input,select,fieldset')?.removeAttribute('aria-invalid');
  }
  const fields = new Map([...root.querySelectorAll<HTMLElement>('.field')].map((f) => [f.dataset.path ?? '', f]));
  const loose: Issue[] = [];
  for (const issue of issues) {
    // Issues inside a field (e.g. `hourlyTraffic[3]`) belong to that field.
    const path = [...fields.keys()].filter((p) => issue.path === p || issue.path.startsWith(`${p}[`) || issue.path.startsWith(`${p}.`)).sort((a, b) => b.length - a.length)[0];
    const f = path === undefined ? undefined : fields.get(path);
    if (!f) {
      loose.push(issue);
      continue;
    }
    f.classList.add('invalid');
    f.querySelector('input,select,fieldset')?.setAttribute('aria-invalid', 'true');
    const err = f.querySelector('.error');
    if (err) err.textContent = err.textContent ? `${err.textContent}; ${issue.message}` : issue.message;
  }
  const box = root.querySelector('#form-issues');
  if (box) {
    box.replaceChildren(...(loose.length ? [h('strong', {}, 'Fix these first:'), h('ul', {}, ...loose.map((i) => h('li', {}, i.path ? `${i.path}: ${i.message}` : i.message)))] : []));
  }
  return loose;
}

/** Empty text fields show the value the engine will use (a schema default or a derived one) as a placeholder. */
export function showEffectiveValues(root: HTMLElement, profile: unknown): void {
  for (const f of root.querySelectorAll<HTMLElement>('.field-number, .field-text')) {
    const input = f.querySelector('input');
    if (!input || input.value !== '') continue;
    const value = getAt(profile, f.dataset.path ?? '');
    const text = value === undefined ? '' : `default: ${toInput(value)}`;
    // Writing an unchanged attribute still invalidates style; skip it.
    if (input.placeholder !== text) input.placeholder = text;
  }
}

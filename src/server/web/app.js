// marsad's web page: search, facets and the article view over the JSON API
// (doc/api.md). State lives in the URL fragment, so the back button, reloads
// and shared links work:  #q=بلينكن&source=...&page=2   or   #article=<id>
'use strict';

const $ = (id) => document.getElementById(id);
const PAGE_SIZE = 10;
const FILTER_KEYS = ['source', 'tag', 'entity', 'from', 'to'];
const FACET_TITLES = {
  sources: ['المصادر', 'source'],
  days: ['الأيام', 'from'],
  tags: ['الوسوم', 'tag'],
  entities: ['الكيانات', 'entity'],
};
const FILTER_LABELS = {source: 'المصدر', tag: 'الوسم', entity: 'الكيان', from: 'من', to: 'إلى'};

const dateFormat = new Intl.DateTimeFormat('ar', {dateStyle: 'long', timeZone: 'UTC'});
function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso + 'T00:00:00Z');
  return isNaN(d) ? iso : dateFormat.format(d);
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c != null) node.append(c);
  return node;
}

// The server's highlighted HTML: escaped text with <mark> only. Parsed into
// nodes and filtered again so that nothing but text and <mark> gets in.
function highlighted(html) {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const n of tpl.content.childNodes) {
    if (n.nodeType === Node.TEXT_NODE) out.append(n.textContent);
    else if (n.nodeName === 'MARK') out.append(el('mark', {text: n.textContent}));
    else out.append(n.textContent);
  }
  return out;
}

async function api(path) {
  const res = await fetch(path, {headers: {Accept: 'application/json'}});
  let body = null;
  try { body = await res.json(); } catch (e) { /* not JSON */ }
  if (!res.ok) {
    const msg = body && body.error ? body.error : `HTTP ${res.status}`;
    const err = new Error(msg);
    err.status = res.status;
    throw err;
  }
  return body;
}

function showError(message) {
  const box = $('error');
  box.textContent = message || '';
  box.hidden = !message;
}

function show(view) {
  $('welcome').hidden = view !== 'welcome';
  $('results-view').hidden = view !== 'results';
  $('article-view').hidden = view !== 'article';
}

function readState() {
  const params = new URLSearchParams(location.hash.slice(1));
  return params;
}

function navigate(params) {
  const hash = '#' + params.toString();
  if (location.hash === hash) render();
  else location.hash = hash;
}

// ---------- search ----------

let lastSearchHash = '';

async function renderSearch(params) {
  const q = params.get('q') || '';
  $('q').value = q;
  $('from').value = params.get('from') || '';
  $('to').value = params.get('to') || '';
  const query = new URLSearchParams();
  query.set('q', q);
  for (const key of FILTER_KEYS) for (const v of params.getAll(key)) query.append(key, v);
  query.set('page', params.get('page') || '1');
  query.set('size', String(PAGE_SIZE));
  document.title = `${q} — مرصد`;
  let data;
  try {
    data = await api('/api/search?' + query.toString());
  } catch (e) {
    show('results');
    $('results').replaceChildren();
    $('facets').replaceChildren();
    $('pager').replaceChildren();
    $('total').textContent = '';
    showError(e.message);
    return;
  }
  lastSearchHash = location.hash;
  show('results');
  renderFilters(params);
  $('total').textContent = data.total === 0
    ? 'لا نتائج.'
    : `${data.total.toLocaleString('ar')} نتيجة`;
  const list = $('results');
  list.replaceChildren();
  for (const hit of data.hits) {
    const meta = el('p', {class: 'meta'});
    if (hit.source) meta.append(el('span', {class: 'source', text: hit.source}));
    if (hit.published) {
      meta.append(el('span', {}, el('time', {datetime: hit.published, text: formatDate(hit.published)})));
    }
    const link = el('a', {href: '#article=' + encodeURIComponent(hit.id)});
    link.append(highlighted(hit.title_html));
    list.append(el('li', {class: 'hit'},
      el('h2', {}, link),
      meta,
      el('p', {class: 'snippet'}, highlighted(hit.snippet_html))));
  }
  renderFacets(data.facets || {}, params);
  renderPager(data, params);
}

function renderFilters(params) {
  const box = $('filters');
  box.replaceChildren();
  for (const key of FILTER_KEYS) {
    for (const value of params.getAll(key)) {
      box.append(el('button', {
        type: 'button',
        title: 'إزالة',
        text: `${FILTER_LABELS[key]}: ${key === 'from' || key === 'to' ? formatDate(value) : value} ✕`,
        onclick: () => {
          const next = new URLSearchParams(params);
          const rest = next.getAll(key).filter((v) => v !== value);
          next.delete(key);
          for (const v of rest) next.append(key, v);
          next.delete('page');
          navigate(next);
        },
      }));
    }
  }
}

function renderFacets(facets, params) {
  const box = $('facets');
  box.replaceChildren();
  for (const [name, [title, key]] of Object.entries(FACET_TITLES)) {
    const counts = facets[name] || [];
    if (counts.length === 0) continue;
    const ul = el('ul');
    for (const c of counts.slice(0, 12)) {
      const label = name === 'days' ? formatDate(c.value) : c.value;
      ul.append(el('li', {},
        el('button', {
          type: 'button',
          class: 'facet',
          'data-facet': name,
          onclick: () => {
            const next = new URLSearchParams(params);
            if (name === 'days') {
              next.set('from', c.value);
              next.set('to', c.value);
            } else if (!next.getAll(key).includes(c.value)) {
              next.append(key, c.value);
            }
            next.delete('page');
            navigate(next);
          },
        }, label, el('span', {class: 'count', text: `(${c.count.toLocaleString('ar')})`}))));
    }
    box.append(el('section', {}, el('h3', {text: title}), ul));
  }
}

function renderPager(data, params) {
  const box = $('pager');
  box.replaceChildren();
  const pages = Math.ceil(data.total / data.size);
  if (pages <= 1) return;
  const go = (p) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    navigate(next);
  };
  box.append(
    el('button', {type: 'button', text: 'السابق', onclick: () => go(data.page - 1),
      ...(data.page <= 1 ? {disabled: ''} : {})}),
    el('span', {text: `${data.page.toLocaleString('ar')} / ${pages.toLocaleString('ar')}`}),
    el('button', {type: 'button', text: 'التالي', onclick: () => go(data.page + 1),
      ...(data.page >= pages ? {disabled: ''} : {})}));
}

// ---------- article ----------

async function renderArticle(id) {
  let data;
  try {
    data = await api('/api/articles/' + encodeURIComponent(id));
  } catch (e) {
    show('article');
    $('article-title').textContent = '';
    $('article-body').replaceChildren();
    showError(e.message);
    return;
  }
  const a = data.article;
  show('article');
  document.title = `${a.title} — مرصد`;
  $('back').href = lastSearchHash || '#';
  $('back').hidden = !lastSearchHash;
  $('article-title').textContent = a.title;
  const meta = $('article-meta');
  meta.replaceChildren();
  if (a.source) meta.append(el('span', {text: a.source}));
  if (a.published) meta.append(el('span', {}, el('time', {datetime: a.published, text: formatDate(a.published)})));
  if (a.author) meta.append(el('span', {text: a.author}));

  // Paragraphs with their subheadings where the page put them.
  const body = $('article-body');
  body.replaceChildren();
  const subs = new Map();
  for (const s of a.subheadings || []) {
    if (!subs.has(s.before_paragraph)) subs.set(s.before_paragraph, []);
    subs.get(s.before_paragraph).push(s.text);
  }
  (a.paragraphs || []).forEach((p, i) => {
    for (const t of subs.get(i) || []) body.append(el('h3', {text: t}));
    body.append(el('p', {text: p.text}));
  });
  const n = (a.paragraphs || []).length;
  for (const [i, texts] of subs) if (i >= n) for (const t of texts) body.append(el('h3', {text: t}));

  const tags = $('article-tags');
  tags.replaceChildren();
  for (const t of a.tags || []) {
    tags.append(el('li', {}, el('button', {
      type: 'button', text: t,
      onclick: () => navigate(new URLSearchParams({q: t})),
    })));
  }
  $('article-tags-box').hidden = (a.tags || []).length === 0;

  const related = $('article-related');
  related.replaceChildren();
  const links = [...(data.related || [])];
  if (a.main_id) links.unshift({id: a.main_id, title: null, main: true});
  for (const r of links) {
    const label = r.title || (r.main ? 'المقالة الأصلية' : r.id);
    const li = el('li', {}, el('a', {href: '#article=' + encodeURIComponent(r.id), text: label}));
    if (r.published) li.append(el('span', {class: 'count', text: formatDate(r.published)}));
    related.append(li);
  }
  $('article-related-box').hidden = links.length === 0;

  const origin = (data.sightings || [])[0];
  $('article-origin').textContent = origin
    ? `المصدر: ${origin.path}${origin.first_line ? ':' + origin.first_line : ''}` +
      (a.url ? ` — ${a.url}` : '') + ` — المعرّف ${a.id}`
    : `المعرّف ${a.id}`;
  window.scrollTo(0, 0);
}

// ---------- home ----------

async function renderHome() {
  show('welcome');
  document.title = 'مرصد — بحث في الأخبار';
  $('q').value = '';
  try {
    const [stats, sources] = await Promise.all([api('/api/stats'), api('/api/sources')]);
    const n = stats.store.articles;
    $('summary').textContent = n === 0
      ? 'المخزن فارغ: أضف صفحات بالأمر marsad ingest.'
      : `في المخزن ${n.toLocaleString('ar')} مقالة من ${stats.store.sources.toLocaleString('ar')} مصدر.`;
    const list = $('sources');
    list.replaceChildren();
    for (const s of sources.sources.slice(0, 20)) {
      list.append(el('li', {}, el('span', {text: s.name}),
        el('span', {class: 'count', text: `(${s.articles.toLocaleString('ar')})`})));
    }
  } catch (e) {
    showError(e.message);
  }
}

function render() {
  showError('');
  const params = readState();
  if (params.has('article')) return renderArticle(params.get('article'));
  if (params.get('q')) return renderSearch(params);
  return renderHome();
}

document.addEventListener('DOMContentLoaded', () => {
  $('search').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = $('q').value.trim();
    if (!q) return;
    const current = readState();
    const next = new URLSearchParams({q});
    // A new query keeps the filters chosen so far, but not the page.
    if (current.has('q')) for (const key of ['source', 'tag', 'entity']) for (const v of current.getAll(key)) next.append(key, v);
    if ($('from').value) next.set('from', $('from').value);
    if ($('to').value) next.set('to', $('to').value);
    navigate(next);
  });
  $('home').addEventListener('click', (ev) => {
    ev.preventDefault();
    navigate(new URLSearchParams());
  });
  window.addEventListener('hashchange', render);
  render();
});

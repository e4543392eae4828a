/** Every public path of the site is built here, so links and the permalink manifest cannot disagree. */
export const docUrl = (slug: string) => `/policies/${slug}/`;
export const clauseUrl = (doc: string, id: string) => `/policies/${doc}/${id}/`;
export const clauseAnchorUrl = (doc: string, id: string) => `/policies/${doc}/#${id}`;
export const unitUrl = (id: string) => `/units/${id}/`;
export const topicUrl = (id: string) => `/topics/${id}/`;
export const externalUrl = (id: string) => `/external/${id}/`;
export const API_CLAUSES = '/api/clauses.json';
export const API_SCHEMA = '/api/schema.json';
export const roleUrl = (id: string) => `/roles/${id}/`;
/** Roles (kinds of organisation) have their own "what applies to us" page; bodies have a unit page. */
export const actorUrl = (u: { id: string; type: 'body' | 'role' }) => (u.type === 'role' ? roleUrl(u.id) : unitUrl(u.id));
export const TARGETS = '/targets/';
export const DEADLINES = '/deadlines/';
export const DEADLINES_ICS = '/deadlines.ics';
export const applicationUrl = (id: string) => `/apply/${id}/`;
export const CITIES = '/cities/';
/** Cities have no code in the 产业布局表: the printed name is the id (`/cities/长沙/`). */
export const cityUrl = (name: string) => `/cities/${name}/`;
export const INDUSTRIES = '/industries/';
export const industryUrl = (code: string) => `/industries/${code.toLowerCase()}/`;
export const API_DOCUMENT_SCHEMA = '/api/document.schema.json';
export const apiDocumentUrl = (slug: string) => `/api/documents/${slug}.json`;
export const csvUrl = (table: string) => `/api/${table}.csv`;
/** A unit's or role's 落实台账 download (`/ledger/edu-dept.xlsx`, `.docx`). */
export const ledgerUrl = (id: string, format: 'xlsx' | 'docx') => `/ledger/${id}.${format}`;
/** A unit's or role's print index: its documents, each linking to the document's print bundle for it. */
export const printUrl = (id: string) => `/print/${id}/`;
/** A document's print bundle; with a unit, opened on what applies to that unit (`#for-<unit>`, see src/lib/views/print.ts). */
export const printDocUrl = (slug: string, unit?: string) => `/print/documents/${slug}/${unit ? `#${printFilterId(unit)}` : ''}`;
/** The fragment that selects a unit's clauses in a document's print bundle. */
export const printFilterId = (unit: string) => `for-${unit}`;
/** A school's self-check of everything addressed to it. */
export const selfCheckUrl = (id: string) => `/self-check/${id}/`;
/** 我的清单: the reader's own list, kept in the browser. */
export const MY_LIST = '/my/';

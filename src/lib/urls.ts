/** Every public path of the site is built here, so links and the permalink manifest cannot disagree. */
export const docUrl = (slug: string) => `/policies/${slug}/`;
export const clauseUrl = (doc: string, id: string) => `/policies/${doc}/${id}/`;
export const clauseAnchorUrl = (doc: string, id: string) => `/policies/${doc}/#${id}`;
export const unitUrl = (id: string) => `/units/${id}/`;
export const topicUrl = (id: string) => `/topics/${id}/`;
export const externalUrl = (id: string) => `/external/${id}/`;
export const API_CLAUSES = '/api/clauses.json';
export const API_SCHEMA = '/api/schema.json';

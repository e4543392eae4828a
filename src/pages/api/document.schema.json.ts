import type { APIRoute } from 'astro';
import { apiDocumentJsonSchema } from '../../lib/schema';

export const GET: APIRoute = () => new Response(JSON.stringify(apiDocumentJsonSchema(), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });

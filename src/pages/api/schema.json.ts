import type { APIRoute } from 'astro';
import { apiJsonSchema } from '../../lib/schema';

export const GET: APIRoute = () => new Response(JSON.stringify(apiJsonSchema(), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });

/** GET: the OpenAPI 3.1 document of REST API v1 and of the webhooks Puente sends. Public. */
import { openApiDocument } from '@/lib/api/v1/openapi';

export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' } });
}

-- Attempts stored before the one rule for credential-like headers (lib/webhooks/sensitive-headers.ts)
-- kept values like X-Functions-Key or Ocp-Apim-Subscription-Key in clear. Redact them, in the
-- request and the response headers, exactly as the rule does today (a frozen copy of it).
CREATE FUNCTION pg_temp.puente_redact_headers(h jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_object_agg(key,
           CASE WHEN lower(key) ~ '(auth|token|secret|key|pass|cookie|session|signature|credential|bearer|jwt|private)'
                 AND lower(key) NOT IN ('webhook-id', 'webhook-timestamp', 'webhook-signature', 'www-authenticate',
                                        'proxy-authenticate', 'keep-alive', 'access-control-allow-credentials')
                THEN '"[redacted]"'::jsonb ELSE value END), '{}'::jsonb)
    FROM jsonb_each(h)
$$;
--> statement-breakpoint
UPDATE "delivery_attempts"
   SET "request_headers" = pg_temp.puente_redact_headers("request_headers")
 WHERE jsonb_typeof("request_headers") = 'object'
   AND "request_headers" <> pg_temp.puente_redact_headers("request_headers");
--> statement-breakpoint
UPDATE "delivery_attempts"
   SET "response_headers" = pg_temp.puente_redact_headers("response_headers")
 WHERE jsonb_typeof("response_headers") = 'object'
   AND "response_headers" <> pg_temp.puente_redact_headers("response_headers");

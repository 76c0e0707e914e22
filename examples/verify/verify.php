<?php
// Verify a Puente webhook (Standard Webhooks signature) in PHP 8+, no extensions needed.
//
//   PUENTE_SECRET=whsec_… [PUENTE_PREVIOUS_SECRET=whsec_…] \
//     php verify.php <body-file> <webhook-id> <webhook-timestamp> <webhook-signature>
//
// prints "ok" and exits 0 when the request is genuine; prints why not and exits 1 otherwise.
// In a web page: $body = file_get_contents('php://input'); the headers are
// $_SERVER['HTTP_WEBHOOK_ID'], $_SERVER['HTTP_WEBHOOK_TIMESTAMP'] and $_SERVER['HTTP_WEBHOOK_SIGNATURE'].
declare(strict_types=1);

// How far webhook-timestamp may be from this machine's clock: 5 minutes.
const PUENTE_TOLERANCE_SECONDS = 5 * 60;

/**
 * Throws unless one of the "v1," signatures in $signatureHeader was made with one of $secrets
 * (the current secret and, during a rotation, the previous one) over exactly these bytes, and
 * the timestamp is within 5 minutes of now. $body is the raw body, before json_decode.
 *
 * @param array<int, string|null|false> $secrets
 */
function puente_verify_webhook(string $body, ?string $id, ?string $timestamp, ?string $signatureHeader, array $secrets, ?int $now = null): void
{
    if ($id === null || $id === '' || $timestamp === null || $timestamp === '' || $signatureHeader === null || $signatureHeader === '') {
        throw new RuntimeException('missing webhook-id, webhook-timestamp or webhook-signature header');
    }
    if (!ctype_digit($timestamp) || strlen($timestamp) > 15) {
        throw new RuntimeException('webhook-timestamp is not a number of seconds');
    }
    $now ??= time();
    if (abs($now - (int) $timestamp) > PUENTE_TOLERANCE_SECONDS) {
        throw new RuntimeException('webhook-timestamp is more than 5 minutes away from now');
    }

    // The signed content is "<id>.<timestamp>.<body>", byte for byte.
    $signed = $id . '.' . $timestamp . '.' . $body;
    foreach ($secrets as $secret) {
        if (!is_string($secret) || $secret === '') {
            continue;
        }
        // The key is the base64 text after "whsec_", decoded.
        $key = base64_decode(str_starts_with($secret, 'whsec_') ? substr($secret, strlen('whsec_')) : $secret, true);
        if ($key === false) {
            throw new RuntimeException('the secret is not valid base64');
        }
        $expected = base64_encode(hash_hmac('sha256', $signed, $key, true));
        // Several signatures, separated by spaces, during a rotation: any one may match.
        foreach (explode(' ', $signatureHeader) as $candidate) {
            $parts = explode(',', $candidate, 2);
            if (count($parts) === 2 && $parts[0] === 'v1' && hash_equals($expected, $parts[1])) {
                return;
            }
        }
    }
    throw new RuntimeException('no signature matches: wrong secret, or the body was changed');
}

// Run as a program (php verify.php …), not when included by your page.
if (PHP_SAPI === 'cli' && isset($argv[0]) && realpath($argv[0]) === __FILE__) {
    $secret = getenv('PUENTE_SECRET');
    if ($argc !== 5 || $secret === false || $secret === '') {
        fwrite(STDERR, "usage: PUENTE_SECRET=whsec_… [PUENTE_PREVIOUS_SECRET=whsec_…] php verify.php <body-file> <webhook-id> <webhook-timestamp> <webhook-signature>\n");
        exit(2);
    }
    $body = file_get_contents($argv[1]);
    if ($body === false) {
        fwrite(STDERR, "cannot read {$argv[1]}\n");
        exit(2);
    }
    try {
        puente_verify_webhook($body, $argv[2], $argv[3], $argv[4], [$secret, getenv('PUENTE_PREVIOUS_SECRET')]);
    } catch (RuntimeException $e) {
        fwrite(STDERR, 'invalid: ' . $e->getMessage() . "\n");
        exit(1);
    }
    echo "ok\n";
}

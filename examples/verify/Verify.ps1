# Verify a Puente webhook (Standard Webhooks signature) in Windows PowerShell 5.1 or PowerShell 7+.
#
#   $env:PUENTE_SECRET = 'whsec_…'; $env:PUENTE_PREVIOUS_SECRET = 'whsec_…'  # the second only during a rotation
#   .\Verify.ps1 <body-file> <webhook-id> <webhook-timestamp> <webhook-signature>
#
# prints "ok" and exits 0 when the request is genuine; prints why not and exits 1 otherwise.
# In an Azure Function: Test-PuenteWebhook -Body ([Text.Encoding]::UTF8.GetBytes($Request.RawBody)) ...

# How far webhook-timestamp may be from this machine's clock: 5 minutes.
$PuenteToleranceSeconds = 5 * 60

# Throws unless one of the "v1," signatures in -SignatureHeader was made with one of -Secrets
# (the current secret and, during a rotation, the previous one) over exactly these bytes, and
# the timestamp is within 5 minutes of now. -Body is the raw request body as bytes.
function Test-PuenteWebhook {
    param(
        [byte[]] $Body,
        [string] $Id,
        [string] $Timestamp,
        [string] $SignatureHeader,
        [string[]] $Secrets,
        [long] $NowSeconds = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
    )
    if ([string]::IsNullOrEmpty($Id) -or [string]::IsNullOrEmpty($Timestamp) -or [string]::IsNullOrEmpty($SignatureHeader)) {
        throw 'missing webhook-id, webhook-timestamp or webhook-signature header'
    }
    if ($Timestamp -notmatch '^[0-9]{1,15}$') {
        throw 'webhook-timestamp is not a number of seconds'
    }
    if ([Math]::Abs($NowSeconds - [long]$Timestamp) -gt $PuenteToleranceSeconds) {
        throw 'webhook-timestamp is more than 5 minutes away from now'
    }

    # The signed content is "<id>.<timestamp>.<body>", byte for byte.
    $prefix = [Text.Encoding]::UTF8.GetBytes("$Id.$Timestamp.")
    $signed = New-Object byte[] ($prefix.Length + $Body.Length)
    [Array]::Copy($prefix, 0, $signed, 0, $prefix.Length)
    [Array]::Copy($Body, 0, $signed, $prefix.Length, $Body.Length)

    foreach ($secret in $Secrets) {
        if ([string]::IsNullOrEmpty($secret)) { continue }
        # The key is the base64 text after "whsec_", decoded.
        $key = [Convert]::FromBase64String(($secret -replace '^whsec_', ''))
        $hmac = [System.Security.Cryptography.HMACSHA256]::new($key)
        try { $expected = [Convert]::ToBase64String($hmac.ComputeHash($signed)) } finally { $hmac.Dispose() }
        # Several signatures, separated by spaces, during a rotation: any one may match.
        foreach ($candidate in $SignatureHeader.Split(' ')) {
            $parts = $candidate.Split([char[]]@(','), 2)
            if ($parts.Length -eq 2 -and $parts[0] -ceq 'v1' -and (Test-FixedTimeEquals $parts[1] $expected)) { return }
        }
    }
    throw 'no signature matches: wrong secret, or the body was changed'
}

# Compares in constant time (CryptographicOperations.FixedTimeEquals is missing in Windows PowerShell 5.1).
function Test-FixedTimeEquals([string] $A, [string] $B) {
    if ($A.Length -ne $B.Length) { return $false }
    $diff = 0
    for ($i = 0; $i -lt $A.Length; $i++) { $diff = $diff -bor ([int][char]$A[$i] -bxor [int][char]$B[$i]) }
    return $diff -eq 0
}

# Run as a script (.\Verify.ps1 …), not when dot-sourced (. .\Verify.ps1) to get the function.
if ($MyInvocation.InvocationName -ne '.') {
    if ($args.Count -ne 4 -or [string]::IsNullOrEmpty($env:PUENTE_SECRET)) {
        [Console]::Error.WriteLine('usage: $env:PUENTE_SECRET = ''whsec_…''; .\Verify.ps1 <body-file> <webhook-id> <webhook-timestamp> <webhook-signature>')
        exit 2
    }
    $body = [IO.File]::ReadAllBytes((Resolve-Path -LiteralPath $args[0]).ProviderPath)
    try {
        Test-PuenteWebhook -Body $body -Id $args[1] -Timestamp $args[2] -SignatureHeader $args[3] -Secrets @($env:PUENTE_SECRET, $env:PUENTE_PREVIOUS_SECRET)
    } catch {
        [Console]::Error.WriteLine("invalid: $($_.Exception.Message)")
        exit 1
    }
    'ok'
    exit 0
}

// Verify a Puente webhook (Standard Webhooks signature) in C#: .NET 6+, .NET Framework 4.6.2+
// (Dynamics 365 plug-ins) and Mono, with no packages.
//
//   PUENTE_SECRET=whsec_… [PUENTE_PREVIOUS_SECRET=whsec_…] \
//     dotnet run -- <body-file> <webhook-id> <webhook-timestamp> <webhook-signature>
//
// prints "ok" and exits 0 when the request is genuine; prints why not and exits 1 otherwise.
using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

public class WebhookVerificationException : Exception
{
    public WebhookVerificationException(string message) : base(message) { }
}

public static class PuenteWebhook
{
    /// <summary>How far webhook-timestamp may be from this machine's clock: 5 minutes.</summary>
    public const long ToleranceSeconds = 5 * 60;

    /// <summary>
    /// Throws unless one of the "v1," signatures in signatureHeader was made with one of secrets
    /// (the current secret and, during a rotation, the previous one) over exactly these bytes, and
    /// the timestamp is within 5 minutes of now. body is the raw request body, before any parsing.
    /// </summary>
    public static void Verify(byte[] body, string id, string timestamp, string signatureHeader, IEnumerable<string> secrets, long nowSeconds)
    {
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signatureHeader))
            throw new WebhookVerificationException("missing webhook-id, webhook-timestamp or webhook-signature header");
        if (!Regex.IsMatch(timestamp, "^[0-9]{1,15}$"))
            throw new WebhookVerificationException("webhook-timestamp is not a number of seconds");
        if (Math.Abs(nowSeconds - long.Parse(timestamp)) > ToleranceSeconds)
            throw new WebhookVerificationException("webhook-timestamp is more than 5 minutes away from now");

        // The signed content is "<id>.<timestamp>.<body>", byte for byte.
        byte[] prefix = Encoding.UTF8.GetBytes(id + "." + timestamp + ".");
        byte[] signed = new byte[prefix.Length + body.Length];
        Buffer.BlockCopy(prefix, 0, signed, 0, prefix.Length);
        Buffer.BlockCopy(body, 0, signed, prefix.Length, body.Length);

        foreach (string secret in secrets)
        {
            if (string.IsNullOrEmpty(secret)) continue;
            // The key is the base64 text after "whsec_", decoded.
            byte[] key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret.Substring("whsec_".Length) : secret);
            string expected;
            using (HMACSHA256 hmac = new HMACSHA256(key))
            {
                expected = Convert.ToBase64String(hmac.ComputeHash(signed));
            }
            // Several signatures, separated by spaces, during a rotation: any one may match.
            foreach (string candidate in signatureHeader.Split(' '))
            {
                string[] parts = candidate.Split(new[] { ',' }, 2);
                if (parts.Length == 2 && parts[0] == "v1" && FixedTimeEquals(parts[1], expected)) return;
            }
        }
        throw new WebhookVerificationException("no signature matches: wrong secret, or the body was changed");
    }

    public static void Verify(byte[] body, string id, string timestamp, string signatureHeader, IEnumerable<string> secrets)
    {
        Verify(body, id, timestamp, signatureHeader, secrets, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    /// <summary>Compares in constant time (CryptographicOperations.FixedTimeEquals is missing on .NET Framework).</summary>
    private static bool FixedTimeEquals(string a, string b)
    {
        if (a.Length != b.Length) return false;
        int diff = 0;
        for (int i = 0; i < a.Length; i++) diff |= a[i] ^ b[i];
        return diff == 0;
    }
}

public static class Program
{
    public static int Main(string[] args)
    {
        string secret = Environment.GetEnvironmentVariable("PUENTE_SECRET");
        if (args.Length != 4 || string.IsNullOrEmpty(secret))
        {
            Console.Error.WriteLine("usage: PUENTE_SECRET=whsec_… [PUENTE_PREVIOUS_SECRET=whsec_…] Verify <body-file> <webhook-id> <webhook-timestamp> <webhook-signature>");
            return 2;
        }
        byte[] body = File.ReadAllBytes(args[0]);
        try
        {
            PuenteWebhook.Verify(body, args[1], args[2], args[3], new[] { secret, Environment.GetEnvironmentVariable("PUENTE_PREVIOUS_SECRET") });
        }
        catch (WebhookVerificationException e)
        {
            Console.Error.WriteLine("invalid: " + e.Message);
            return 1;
        }
        Console.WriteLine("ok");
        return 0;
    }
}

// Verify a Puente webhook (Standard Webhooks signature) in Java 11+, JDK only.
//
//   PUENTE_SECRET=whsec_… [PUENTE_PREVIOUS_SECRET=whsec_…] \
//     java Verify.java <body-file> <webhook-id> <webhook-timestamp> <webhook-signature>
//
// prints "ok" and exits 0 when the request is genuine; prints why not and exits 1 otherwise.
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public final class Verify {
    /** How far webhook-timestamp may be from this machine's clock: 5 minutes. */
    public static final long TOLERANCE_SECONDS = 5 * 60;

    public static final class WebhookVerificationException extends Exception {
        public WebhookVerificationException(String message) {
            super(message);
        }
    }

    /**
     * Throws unless one of the "v1," signatures in signatureHeader was made with one of secrets
     * (the current secret and, during a rotation, the previous one) over exactly these bytes, and
     * the timestamp is within 5 minutes of now. body is the raw request body, before any parsing.
     */
    public static void verify(byte[] body, String id, String timestamp, String signatureHeader, List<String> secrets, long nowSeconds)
            throws WebhookVerificationException {
        if (id == null || id.isEmpty() || timestamp == null || timestamp.isEmpty() || signatureHeader == null || signatureHeader.isEmpty()) {
            throw new WebhookVerificationException("missing webhook-id, webhook-timestamp or webhook-signature header");
        }
        if (!timestamp.matches("[0-9]{1,15}")) {
            throw new WebhookVerificationException("webhook-timestamp is not a number of seconds");
        }
        if (Math.abs(nowSeconds - Long.parseLong(timestamp)) > TOLERANCE_SECONDS) {
            throw new WebhookVerificationException("webhook-timestamp is more than 5 minutes away from now");
        }

        // The signed content is "<id>.<timestamp>.<body>", byte for byte.
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        signed.writeBytes((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        signed.writeBytes(body);
        for (String secret : secrets) {
            if (secret == null || secret.isEmpty()) continue;
            // The key is the base64 text after "whsec_", decoded.
            byte[] key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret);
            byte[] expected;
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                expected = Base64.getEncoder().encode(mac.doFinal(signed.toByteArray()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            // Several signatures, separated by spaces, during a rotation: any one may match.
            for (String candidate : signatureHeader.split(" ")) {
                String[] parts = candidate.split(",", 2);
                // MessageDigest.isEqual compares in constant time.
                if (parts.length == 2 && parts[0].equals("v1") && MessageDigest.isEqual(parts[1].getBytes(StandardCharsets.UTF_8), expected)) {
                    return;
                }
            }
        }
        throw new WebhookVerificationException("no signature matches: wrong secret, or the body was changed");
    }

    public static void verify(byte[] body, String id, String timestamp, String signatureHeader, List<String> secrets)
            throws WebhookVerificationException {
        verify(body, id, timestamp, signatureHeader, secrets, System.currentTimeMillis() / 1000);
    }

    public static void main(String[] args) throws IOException {
        String secret = System.getenv("PUENTE_SECRET");
        if (args.length != 4 || secret == null || secret.isEmpty()) {
            System.err.println("usage: PUENTE_SECRET=whsec_… [PUENTE_PREVIOUS_SECRET=whsec_…] java Verify.java <body-file> <webhook-id> <webhook-timestamp> <webhook-signature>");
            System.exit(2);
        }
        byte[] body = Files.readAllBytes(Path.of(args[0]));
        try {
            verify(body, args[1], args[2], args[3], Arrays.asList(secret, System.getenv("PUENTE_PREVIOUS_SECRET")));
        } catch (WebhookVerificationException e) {
            System.err.println("invalid: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("ok");
    }
}

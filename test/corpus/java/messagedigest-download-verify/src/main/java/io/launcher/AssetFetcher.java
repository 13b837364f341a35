package io.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Downloads game assets over HTTPS and checks them against the SHA-1 listed in the asset index. */
public final class AssetFetcher {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    public Path fetch(String url, String expectedSha1, Path dest) throws IOException, InterruptedException {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path tmp = Files.createTempFile(dest.getParent(), "dl", ".part");
        HttpResponse<InputStream> resp = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (resp.statusCode() != 200) throw new IOException(url + ": HTTP " + resp.statusCode());
        try (InputStream in = new DigestInputStream(resp.body(), sha1)) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        String got = HexFormat.of().formatHex(sha1.digest());
        if (!got.equalsIgnoreCase(expectedSha1)) {
            Files.deleteIfExists(tmp);
            throw new IOException(url + ": checksum mismatch (expected " + expectedSha1 + ", got " + got + ")");
        }
        return Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

package com.example.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * bcrypt ($2b$) password hashes for the account service. Blowfish is only the expensive key
 * schedule here: nothing is ever decrypted, and the output is compared, never reversed.
 */
public final class PasswordHasher {
    private static final int ROUNDS = 16;
    /** "OrpheanBeholderScryDoubt" as six big-endian words: the text enciphered 64 times. */
    private static final int[] MAGIC = { 0x4f727068, 0x65616e42, 0x65686f6c, 0x64657253, 0x63727944, 0x6f756274 };

    private final int[] p = new int[ROUNDS + 2];
    private final int[] s = new int[1024];
    private final SecureRandom random = new SecureRandom();

    /** Initial contents of the key schedule: the digits of pi, loaded from a resource. */
    private void initState() {
        int[] digits = PiDigits.load();
        System.arraycopy(digits, 0, p, 0, p.length);
        System.arraycopy(digits, p.length, s, 0, s.length);
    }

    private int f(int x) {
        return ((s[x >>> 24] + s[0x100 | ((x >> 16) & 0xff)]) ^ s[0x200 | ((x >> 8) & 0xff)]) + s[0x300 | (x & 0xff)];
    }

    /** One block through the 16-round Feistel network. */
    private void encipher(int[] lr, int off) {
        int l = lr[off] ^ p[0], r = lr[off + 1];
        for (int i = 1; i <= ROUNDS; i += 2) {
            r ^= f(l) ^ p[i];
            l ^= f(r) ^ p[i + 1];
        }
        lr[off] = r ^ p[ROUNDS + 1];
        lr[off + 1] = l;
    }

    private static int streamWord(byte[] data, int[] pos) {
        int word = 0;
        for (int i = 0; i < 4; i++) {
            word = (word << 8) | (data[pos[0]] & 0xff);
            pos[0] = (pos[0] + 1) % data.length;
        }
        return word;
    }

    /** EksBlowfish setup: mixes salt and password into the state, the expensive part of bcrypt. */
    private void eksKey(byte[] salt, byte[] key) {
        int[] kpos = {0}, spos = {0}, lr = {0, 0};
        for (int i = 0; i < p.length; i++) p[i] ^= streamWord(key, kpos);
        for (int i = 0; i < p.length; i += 2) {
            lr[0] ^= streamWord(salt, spos);
            lr[1] ^= streamWord(salt, spos);
            encipher(lr, 0);
            p[i] = lr[0];
            p[i + 1] = lr[1];
        }
        for (int i = 0; i < s.length; i += 2) {
            lr[0] ^= streamWord(salt, spos);
            lr[1] ^= streamWord(salt, spos);
            encipher(lr, 0);
            s[i] = lr[0];
            s[i + 1] = lr[1];
        }
    }

    public String hash(String password, int logRounds) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return BcryptFormat.encode(logRounds, salt, rawHash(password, salt, logRounds));
    }

    public boolean verify(String password, String stored) {
        BcryptFormat.Parsed parsed = BcryptFormat.decode(stored);
        byte[] fresh = BcryptFormat.encode(parsed.logRounds(), parsed.salt(), rawHash(password, parsed.salt(), parsed.logRounds()))
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(fresh, stored.getBytes(StandardCharsets.US_ASCII));
    }

    private int[] rawHash(String password, byte[] salt, int logRounds) {
        byte[] key = (password + "\0").getBytes(StandardCharsets.UTF_8);
        initState();
        eksKey(salt, key);
        for (long i = 0; i < (1L << logRounds); i++) {
            eksKey(new byte[] {0}, key);
            eksKey(new byte[] {0}, salt);
        }
        int[] out = MAGIC.clone();
        for (int n = 0; n < 64; n++) {
            for (int j = 0; j < out.length; j += 2) encipher(out, j);
        }
        return out;
    }
}

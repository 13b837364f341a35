package com.medrec.storage;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Envelope encryption for scanned medical documents: a fresh AES-256 data key per blob,
 *  itself wrapped with the tenant master key (AESWrap) and stored in the blob header. */
public final class BlobCipher {
    private static final int TAG_BITS = 128;
    private static final SecureRandom RNG = new SecureRandom();

    private final SecretKey masterKey;

    public BlobCipher(byte[] masterKeyBytes) {
        this.masterKey = new SecretKeySpec(masterKeyBytes, "AES");
    }

    public void encrypt(InputStream in, OutputStream out) throws Exception {
        KeyGenerator kg = KeyGenerator.getInstance("AES");
        kg.init(256);
        SecretKey dataKey = kg.generateKey();

        Cipher wrap = Cipher.getInstance("AESWrap");
        wrap.init(Cipher.WRAP_MODE, masterKey);
        byte[] wrapped = wrap.wrap(dataKey);

        byte[] iv = new byte[12];
        RNG.nextBytes(iv);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, iv));

        out.write(wrapped.length);
        out.write(wrapped);
        out.write(iv);
        try (CipherOutputStream cos = new CipherOutputStream(out, gcm)) {
            in.transferTo(cos);
        }
    }

    public InputStream decrypt(InputStream in) throws Exception {
        byte[] wrapped = in.readNBytes(in.read());
        byte[] iv = in.readNBytes(12);
        Cipher unwrap = Cipher.getInstance("AESWrap");
        unwrap.init(Cipher.UNWRAP_MODE, masterKey);
        SecretKey dataKey = (SecretKey) unwrap.unwrap(wrapped, "AES", Cipher.SECRET_KEY);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, iv));
        return new CipherInputStream(in, gcm);
    }
}

package payroll.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.security.Security;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPCompressedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyKeyEncryptionMethodGenerator;

/** Encrypts the monthly payroll CSV to the bank's OpenPGP key before SFTP upload. */
public final class PgpEncryptor {
    static {
        Security.addProvider(new BouncyCastleProvider());
    }

    public static void encrypt(InputStream csv, String name, PGPPublicKey bankKey, OutputStream out)
            throws IOException, PGPException {
        PGPEncryptedDataGenerator encGen = new PGPEncryptedDataGenerator(
                new JcePGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                        .setWithIntegrityPacket(true)
                        .setSecureRandom(new SecureRandom())
                        .setProvider("BC"));
        encGen.addMethod(new JcePublicKeyKeyEncryptionMethodGenerator(bankKey).setProvider("BC"));

        try (ArmoredOutputStream armored = new ArmoredOutputStream(out);
             OutputStream encrypted = encGen.open(armored, new byte[1 << 16])) {
            PGPCompressedDataGenerator comp = new PGPCompressedDataGenerator(PGPCompressedData.ZIP);
            try (OutputStream compressed = comp.open(encrypted);
                 OutputStream literal = new PGPLiteralDataGenerator()
                         .open(compressed, PGPLiteralData.BINARY, name, new java.util.Date(), new byte[1 << 16])) {
                csv.transferTo(literal);
            }
        }
    }
}

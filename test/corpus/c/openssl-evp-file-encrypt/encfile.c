/* encfile: AES-256-CBC file encryption with a PBKDF2-derived key (OpenSSL EVP).
 * usage: encfile -e|-d <in> <out>   (passphrase from ENCFILE_PASS) */
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SALT_LEN 16
#define ITER 310000

static int derive(const char *pass, const unsigned char *salt, unsigned char *key, unsigned char *iv) {
    unsigned char out[48];
    if (!PKCS5_PBKDF2_HMAC(pass, (int)strlen(pass), salt, SALT_LEN, ITER, EVP_sha256(), sizeof out, out))
        return 0;
    memcpy(key, out, 32);
    memcpy(iv, out + 32, 16);
    return 1;
}

static int crypt_stream(FILE *in, FILE *out, const unsigned char *key, const unsigned char *iv, int enc) {
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    unsigned char ibuf[4096], obuf[4096 + EVP_MAX_BLOCK_LENGTH];
    int n, olen, ok = 0;
    if (!ctx || !EVP_CipherInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv, enc)) goto done;
    while ((n = (int)fread(ibuf, 1, sizeof ibuf, in)) > 0) {
        if (!EVP_CipherUpdate(ctx, obuf, &olen, ibuf, n)) goto done;
        fwrite(obuf, 1, (size_t)olen, out);
    }
    if (!EVP_CipherFinal_ex(ctx, obuf, &olen)) goto done;
    fwrite(obuf, 1, (size_t)olen, out);
    ok = 1;
done:
    EVP_CIPHER_CTX_free(ctx);
    return ok;
}

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: %s -e|-d in out\n", argv[0]); return 2; }
    const char *pass = getenv("ENCFILE_PASS");
    if (!pass) { fprintf(stderr, "ENCFILE_PASS not set\n"); return 2; }
    int enc = strcmp(argv[1], "-e") == 0;
    FILE *in = fopen(argv[2], "rb"), *out = fopen(argv[3], "wb");
    if (!in || !out) { perror(in ? argv[3] : argv[2]); return 1; }

    unsigned char salt[SALT_LEN], key[32], iv[16];
    if (enc) {
        RAND_bytes(salt, SALT_LEN);
        fwrite("Salted__", 1, 8, out);
        fwrite(salt, 1, SALT_LEN, out);
    } else {
        char magic[8];
        if (fread(magic, 1, 8, in) != 8 || memcmp(magic, "Salted__", 8) || fread(salt, 1, SALT_LEN, in) != SALT_LEN) {
            fprintf(stderr, "%s: not an encfile container\n", argv[2]);
            return 1;
        }
    }
    if (!derive(pass, salt, key, iv) || !crypt_stream(in, out, key, iv, enc)) {
        ERR_print_errors_fp(stderr);
        return 1;
    }
    OPENSSL_cleanse(key, sizeof key);
    fclose(in);
    fclose(out);
    return 0;
}

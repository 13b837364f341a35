/* $2b$ password hashes for the login service: hash on sign-up, verify on login. */
#include <stdio.h>
#include <string.h>
#include "blowfish.h"

static const char MAGIC[] = "OrpheanBeholderScryDoubt"; /* 24 bytes, enciphered 64 times */

int passwd_hash(const char *password, const uint8_t salt[16], int log_rounds, char out[61]) {
    if (log_rounds < 4 || log_rounds > 31) return -1;
    size_t keylen = strlen(password) + 1; /* the terminating NUL is part of the key */
    if (keylen > 72) keylen = 72;

    bf_state st;
    bf_init_state(&st);
    Blowfish_expandstate(&st, salt, 16, (const uint8_t *)password, keylen);
    for (uint64_t i = 0; i < (1ULL << log_rounds); i++) {
        Blowfish_expand0state(&st, (const uint8_t *)password, keylen);
        Blowfish_expand0state(&st, salt, 16);
    }

    uint32_t cdata[6];
    for (int i = 0; i < 6; i++)
        cdata[i] = (uint32_t)MAGIC[4 * i] << 24 | MAGIC[4 * i + 1] << 16 | MAGIC[4 * i + 2] << 8 | MAGIC[4 * i + 3];
    for (int n = 0; n < 64; n++)
        for (int i = 0; i < 6; i += 2) Blowfish_encipher(&st, &cdata[i], &cdata[i + 1]);

    /* Encoding with bcrypt's own base64 alphabet lives in passwd_encode.c. */
    extern void bcrypt_encode(char out[61], int log_rounds, const uint8_t salt[16], const uint32_t cdata[6]);
    bcrypt_encode(out, log_rounds, salt, cdata);
    return 0;
}

int passwd_verify(const char *password, const char *stored) {
    uint8_t salt[16];
    int rounds;
    extern int bcrypt_decode_salt(const char *stored, uint8_t salt[16], int *rounds);
    if (bcrypt_decode_salt(stored, salt, &rounds) != 0) return 0;
    char fresh[61];
    if (passwd_hash(password, salt, rounds, fresh) != 0) return 0;
    /* constant-time compare */
    unsigned char diff = 0;
    for (int i = 0; i < 60; i++) diff |= (unsigned char)(fresh[i] ^ stored[i]);
    return diff == 0;
}

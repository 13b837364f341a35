/* Encrypt-at-rest for the embedded key/value store: each value is stored as
 * nonce || crypto_secretbox_easy(value). Keys come from the device's secure element. */
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "kvstore.h"

static unsigned char g_key[crypto_secretbox_KEYBYTES];

int kvcrypt_init(const unsigned char *device_key) {
    if (sodium_init() < 0) return -1;
    if (sodium_mlock(g_key, sizeof g_key) != 0) return -1;
    memcpy(g_key, device_key, sizeof g_key);
    return 0;
}

int kvcrypt_put(kvstore *kv, const char *name, const unsigned char *val, size_t len) {
    size_t total = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + len;
    unsigned char *blob = malloc(total);
    if (!blob) return -1;
    randombytes_buf(blob, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(blob + crypto_secretbox_NONCEBYTES, val, len, blob, g_key);
    int rc = kvstore_put(kv, name, blob, total);
    sodium_memzero(blob, total);
    free(blob);
    return rc;
}

int kvcrypt_get(kvstore *kv, const char *name, unsigned char *out, size_t *out_len) {
    unsigned char *blob;
    size_t total;
    if (kvstore_get(kv, name, &blob, &total) != 0) return -1;
    if (total < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) return -2;
    size_t ct_len = total - crypto_secretbox_NONCEBYTES;
    if (crypto_secretbox_open_easy(out, blob + crypto_secretbox_NONCEBYTES, ct_len, blob, g_key) != 0)
        return -3; /* forged or corrupted */
    *out_len = ct_len - crypto_secretbox_MACBYTES;
    return 0;
}

void kvcrypt_shutdown(void) {
    sodium_munlock(g_key, sizeof g_key);
}

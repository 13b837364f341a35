#ifndef AES128_H
#define AES128_H
#include <stdint.h>

typedef struct {
    uint8_t round_key[176];
} aes128_ctx;

void aes128_init(aes128_ctx *ctx, const uint8_t key[16]);
void aes128_encrypt_block(const aes128_ctx *ctx, uint8_t block[16]);
void aes128_ctr_xcrypt(const aes128_ctx *ctx, uint8_t counter[16], uint8_t *buf, uint32_t len);

#endif

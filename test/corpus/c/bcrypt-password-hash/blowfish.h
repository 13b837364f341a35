/* Blowfish as used by the login service's password hashing (bcrypt).
 * Only the pieces bcrypt needs are public: the expensive key schedule and
 * the block function it iterates. */
#ifndef LOGIN_BLOWFISH_H
#define LOGIN_BLOWFISH_H

#include <stdint.h>
#include <stddef.h>

#define BF_ROUNDS 16

typedef struct {
    uint32_t S[4][256];
    uint32_t P[BF_ROUNDS + 2];
} bf_state;

void bf_init_state(bf_state *st);
void Blowfish_encipher(const bf_state *st, uint32_t *xl, uint32_t *xr);
void Blowfish_decipher(const bf_state *st, uint32_t *xl, uint32_t *xr);
void Blowfish_expandstate(bf_state *st, const uint8_t *salt, size_t saltlen,
                          const uint8_t *key, size_t keylen);
void Blowfish_expand0state(bf_state *st, const uint8_t *key, size_t keylen);

/* Unused by bcrypt; kept from the original port for the self-test tool. */
void bf_cbc_encrypt(const bf_state *st, uint8_t iv[8], uint8_t *data, size_t len);

#endif

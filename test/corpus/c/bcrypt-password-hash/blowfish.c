#include <string.h>
#include "blowfish.h"

/* Initial P-array and S-boxes: the hexadecimal digits of pi (bf_pi_digits.c, generated). */
extern const uint32_t bf_pi_p[BF_ROUNDS + 2];
extern const uint32_t bf_pi_s[4][256];

#define F(st, x) ((((st)->S[0][(x) >> 24] + (st)->S[1][((x) >> 16) & 0xff]) ^ (st)->S[2][((x) >> 8) & 0xff]) + (st)->S[3][(x) & 0xff])

void bf_init_state(bf_state *st) {
    memcpy(st->P, bf_pi_p, sizeof st->P);
    memcpy(st->S, bf_pi_s, sizeof st->S);
}

/* 16-round Feistel network. */
void Blowfish_encipher(const bf_state *st, uint32_t *xl, uint32_t *xr) {
    uint32_t l = *xl, r = *xr, t;
    for (int i = 0; i < BF_ROUNDS; i++) {
        l ^= st->P[i];
        r ^= F(st, l);
        t = l; l = r; r = t;
    }
    t = l; l = r; r = t;
    r ^= st->P[BF_ROUNDS];
    l ^= st->P[BF_ROUNDS + 1];
    *xl = l; *xr = r;
}

void Blowfish_decipher(const bf_state *st, uint32_t *xl, uint32_t *xr) {
    uint32_t l = *xl, r = *xr, t;
    for (int i = BF_ROUNDS + 1; i > 1; i--) {
        l ^= st->P[i];
        r ^= F(st, l);
        t = l; l = r; r = t;
    }
    t = l; l = r; r = t;
    r ^= st->P[1];
    l ^= st->P[0];
    *xl = l; *xr = r;
}

static uint32_t stream_word(const uint8_t *data, size_t len, size_t *pos) {
    uint32_t w = 0;
    for (int i = 0; i < 4; i++) {
        if (*pos >= len) *pos = 0;
        w = (w << 8) | data[(*pos)++];
    }
    return w;
}

/* EksBlowfish: the key schedule bcrypt makes expensive on purpose. */
void Blowfish_expandstate(bf_state *st, const uint8_t *salt, size_t saltlen,
                          const uint8_t *key, size_t keylen) {
    size_t kpos = 0, spos = 0;
    uint32_t l = 0, r = 0;
    for (int i = 0; i < BF_ROUNDS + 2; i++) st->P[i] ^= stream_word(key, keylen, &kpos);
    for (int i = 0; i < BF_ROUNDS + 2; i += 2) {
        l ^= stream_word(salt, saltlen, &spos);
        r ^= stream_word(salt, saltlen, &spos);
        Blowfish_encipher(st, &l, &r);
        st->P[i] = l; st->P[i + 1] = r;
    }
    for (int b = 0; b < 4; b++)
        for (int i = 0; i < 256; i += 2) {
            l ^= stream_word(salt, saltlen, &spos);
            r ^= stream_word(salt, saltlen, &spos);
            Blowfish_encipher(st, &l, &r);
            st->S[b][i] = l; st->S[b][i + 1] = r;
        }
}

void Blowfish_expand0state(bf_state *st, const uint8_t *key, size_t keylen) {
    static const uint8_t zero_salt[16];
    Blowfish_expandstate(st, zero_salt, sizeof zero_salt, key, keylen);
}

void bf_cbc_encrypt(const bf_state *st, uint8_t iv[8], uint8_t *data, size_t len) {
    for (size_t off = 0; off + 8 <= len; off += 8) {
        for (int i = 0; i < 8; i++) data[off + i] ^= iv[i];
        uint32_t l = (uint32_t)data[off] << 24 | data[off + 1] << 16 | data[off + 2] << 8 | data[off + 3];
        uint32_t r = (uint32_t)data[off + 4] << 24 | data[off + 5] << 16 | data[off + 6] << 8 | data[off + 7];
        Blowfish_encipher(st, &l, &r);
        for (int i = 0; i < 4; i++) {
            data[off + i] = (uint8_t)(l >> (24 - 8 * i));
            data[off + 4 + i] = (uint8_t)(r >> (24 - 8 * i));
        }
        memcpy(iv, data + off, 8);
    }
}
